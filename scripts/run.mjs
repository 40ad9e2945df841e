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
