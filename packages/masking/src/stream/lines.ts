import type { ChunkParser } from './text-transform';

/** Splits a text stream into lines (LF or CRLF), carrying partial lines across chunks. */
export function lineSplitter(onLine: (line: string, lineNumber: number) => void): ChunkParser {
  let rest = '';
  let n = 0;
  return {
    push(chunk) {
      const text = rest + chunk;
      let start = 0;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
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
