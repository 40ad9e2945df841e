// Spawns a command and captures its output; used by the gate scripts.
import { spawn } from 'node:child_process';

/** @returns {Promise<{ code: number, output: string, ms: number }>} */
export function run(cmd, args, options = {}) {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...options, env: { ...process.env, ...options.env }, shell: false });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output, ms: performance.now() - start }));
  });
}

/**
 * Prints each result (✓ label and time, or ✗ label and its output), then `<gate>: N passed, N failed`,
 * and exits non-zero when any failed. `results`: `{ label, code, output, ms }[]`.
 */
export function report(gate, results) {
  const failed = results.filter((r) => r.code !== 0);
  for (const r of results) {
    if (r.code === 0) console.log(`✓ ${r.label} (${(r.ms / 1000).toFixed(1)} s)`);
    else console.error(`✗ ${r.label} (exit ${r.code})\n${r.output}`);
  }
  console.log(`${gate}: ${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}
