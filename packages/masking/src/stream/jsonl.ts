import { MaskingError } from '../errors';
import type { CompiledPolicy, MaskedRecord } from '../policy/compile';
import { lineSplitter } from './lines';
import { textTransform } from './text-transform';

/**
 * A Web Streams transform that masks JSON Lines: text in (any chunking), one masked JSON object
 * per line out. Backpressure comes from the stream pipeline, so datasets larger than memory flow
 * through in constant space. A line that is not a JSON object errors the stream with
 * `MALFORMED_RECORD` naming the line: nothing is silently skipped. Blank lines are kept out.
 *
 * @example
 * ```ts
 * await file.stream()
 *   .pipeThrough(new TextDecoderStream())
 *   .pipeThrough(maskJsonLines(policy, 'public'))
 *   .pipeThrough(new TextEncoderStream())
 *   .pipeTo(output);
 * ```
 */
export function maskJsonLines(policy: CompiledPolicy, level: string): TransformStream<string, string> {
  const mask = policy.forLevel(level);
  return textTransform((emit) =>
    lineSplitter((raw, n) => {
      const line = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw; // a UTF-8 BOM from Windows tools
      if (line.trim() === '') return;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (cause) {
        throw new MaskingError('MALFORMED_RECORD', `line ${n}: not valid JSON`, { field: `line ${n}`, cause });
      }
      if (record === null || typeof record !== 'object' || Array.isArray(record))
        throw new MaskingError('MALFORMED_RECORD', `line ${n}: not a JSON object`, { field: `line ${n}` });
      emit(`${JSON.stringify(mask(record))}\n`);
    }),
  );
}

/**
 * A Web Streams transform that masks parsed records (objects in, masked objects out).
 *
 * @example
 * ```ts
 * ReadableStream.from(records).pipeThrough(maskRecords(policy, 'clerk'));
 * ```
 */
export function maskRecords<T extends object>(
  policy: CompiledPolicy,
  level: string,
): TransformStream<T, MaskedRecord<T>> {
  const mask = policy.forLevel(level);
  return new TransformStream<T, MaskedRecord<T>>({
    transform(record, controller) {
      controller.enqueue(mask(record));
    },
  });
}
