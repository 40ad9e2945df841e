// Console helpers for the demo: numbered steps with their elapsed time, so progress is visible as it runs.
const started = performance.now();
let n = 0;
export const TOTAL_STEPS = 8;

/** Prints the header of the next step. */
export function step(title: string): void {
  n++;
  const ms = Math.round(performance.now() - started);
  console.log(`\n\x1b[1m[${n}/${TOTAL_STEPS}] ${title}\x1b[0m  (+${ms} ms)`);
}

/** Prints an indented line. */
export const line = (text = '', indent = 2): void => console.log(`${' '.repeat(indent)}${text}`);
