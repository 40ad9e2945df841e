import { MaskingError } from '../errors';
import type { CompiledPolicy } from '../policy/compile';
import { type ChunkParser, textTransform } from './text-transform';

/** Options of {@link maskCsv}. */
export interface CsvOptions {
  /** Field delimiter, one character (default `,`). */
  delimiter?: string;
}

/** An RFC 4180 parser that accepts chunks: quoted fields may hold delimiters, quotes ("") and newlines. */
function csvParser(delimiter: string, onRow: (row: string[], rowNumber: number) => void): ChunkParser {
  let field = '';
  let row: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let rowNumber = 0;
  let pendingCR = false;
  const endRow = () => {
    row.push(field);
    field = '';
    const r = row;
    row = [];
    rowNumber++;
    if (!(r.length === 1 && r[0] === '')) onRow(r, rowNumber);
  };
  return {
    push(chunk: string) {
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk[i]!;
        if (pendingCR) {
          pendingCR = false;
          if (c === '\n') continue;
        }
        if (quoted) {
          if (c === '"') {
            quoted = false;
            afterQuote = true;
          } else field += c;
        } else if (c === '"') {
          if (afterQuote) {
            field += '"'; // "" inside quotes
            quoted = true;
            afterQuote = false;
          } else if (field === '') quoted = true;
          else
            throw new MaskingError('MALFORMED_RECORD', `row ${rowNumber + 1}: stray quote`, {
              field: `row ${rowNumber + 1}`,
            });
        } else if (c === delimiter) {
          row.push(field);
          field = '';
          afterQuote = false;
        } else if (c === '\n' || c === '\r') {
          pendingCR = c === '\r';
          afterQuote = false;
          endRow();
        } else if (afterQuote) {
          throw new MaskingError('MALFORMED_RECORD', `row ${rowNumber + 1}: text after a closing quote`, {
            field: `row ${rowNumber + 1}`,
          });
        } else field += c;
      }
    },
    end() {
      if (quoted)
        throw new MaskingError('MALFORMED_RECORD', `row ${rowNumber + 1}: unterminated quoted field`, {
          field: `row ${rowNumber + 1}`,
        });
      if (field !== '' || row.length > 0) endRow();
    },
  };
}

function formatField(value: unknown, delimiter: string): string {
  const s = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return s.includes('"') || s.includes(delimiter) || s.includes('\n') || s.includes('\r')
    ? `"${s.replaceAll('"', '""')}"`
    : s;
}

/**
 * A Web Streams transform that masks CSV (RFC 4180): the first row names the columns, which are the
 * policy's field paths; each later row is masked as a record. Columns the level must not see are
 * projected out of the header and every row. A row with the wrong number of fields errors the
 * stream with `MALFORMED_RECORD`.
 *
 * @example
 * ```ts
 * csvText.pipeThrough(maskCsv(policy, 'clerk')); // '姓名,手机\n段**,138****5678\n'
 * ```
 */
export function maskCsv(
  policy: CompiledPolicy,
  level: string,
  options: CsvOptions = {},
): TransformStream<string, string> {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r')
    throw new MaskingError('INVALID_ARGUMENT', 'delimiter must be one character other than a quote or newline', {
      field: 'delimiter',
    });
  const mask = policy.forLevel(level);
  let header: string[] | undefined;
  let kept: string[] | undefined;
  return textTransform((emit) =>
    csvParser(delimiter, (row, n) => {
      if (!header) {
        // Excel's "CSV UTF-8" starts with a BOM, which would otherwise hide the first column's name.
        if (row[0]?.charCodeAt(0) === 0xfeff) row[0] = row[0].slice(1);
        const twice = row.find((h, i) => row.indexOf(h) !== i);
        if (twice !== undefined)
          throw new MaskingError('MALFORMED_RECORD', `row 1: column ${JSON.stringify(twice)} appears twice`, {
            field: 'row 1',
          });
        header = row;
        // Which columns this level sees does not depend on the values: probe with an all-empty row.
        const probe = mask(Object.fromEntries(header.map((h) => [h, ''])));
        kept = header.filter((h) => Object.hasOwn(probe, h));
        emit(`${kept.map((h) => formatField(h, delimiter)).join(delimiter)}\n`);
        return;
      }
      if (row.length !== header.length)
        throw new MaskingError('MALFORMED_RECORD', `row ${n}: ${row.length} fields, the header has ${header.length}`, {
          field: `row ${n}`,
        });
      const record: Record<string, string> = {};
      for (let i = 0; i < header.length; i++)
        Object.defineProperty(record, header[i]!, { value: row[i], enumerable: true, writable: true });
      const out = mask(record) as Record<string, unknown>;
      emit(`${kept!.map((h) => formatField(out[h], delimiter)).join(delimiter)}\n`);
    }),
  );
}
