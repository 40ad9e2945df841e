/** A push parser over text chunks: `push` each chunk, `end` once; it emits output through the callback it was built with. */
export interface ChunkParser {
  push(chunk: string): void;
  end(): void;
}

/**
 * A `TransformStream` of text driven by a push parser. A parser error errors the stream, so a bad
 * record stops the pipeline instead of being skipped; backpressure is the stream's own.
 *
 * @example
 * ```ts
 * const upper = textTransform((emit) => ({ push: (c) => emit(c.toUpperCase()), end: () => {} }));
 * ```
 */
export function textTransform(
  makeParser: (emit: (text: string) => void) => ChunkParser,
): TransformStream<string, string> {
  let parser: ChunkParser;
  return new TransformStream<string, string>({
    start(controller) {
      parser = makeParser((text) => controller.enqueue(text));
    },
    transform(chunk) {
      parser.push(chunk);
    },
    flush() {
      parser.end();
    },
  });
}
