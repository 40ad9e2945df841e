import type { ChunkParser } from './text-transform';

/**
 * Splits a text stream into lines (LF or CRLF), carrying partial lines across chunks.
 *
 * @example
 * ```ts
 * const lines = lineSplitter((line, n) => console.log(n, line));
 * lines.push('a\r\nb'); lines.end(); // 1 'a', then 2 'b'
 * ```
 */
export function lineSplitter(onLine: (line: string, lineNumber: number) => void): ChunkParser {
  let rest = '';
  let n = 0;
  return {
    push(chunk) {
      const first = chunk.indexOf('\n');
      if (first < 0) {
        rest += chunk; // a long line over many chunks is scanned once, not once per chunk
        return;
      }
      const text = rest + chunk;
      let start = 0;
      for (let i = rest.length + first; i >= 0; i = text.indexOf('\n', start)) {
        const line = text.charCodeAt(i - 1) === 13 ? text.slice(start, i - 1) : text.slice(start, i);
        start = i + 1;
        onLine(line, ++n);
      }
      rest = text.slice(start);
    },
    end() {
      if (rest !== '') onLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest, ++n);
      rest = '';
    },
  };
}
