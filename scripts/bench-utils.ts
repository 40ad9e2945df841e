// Shared benchmark helper for every package's bench/: runs competing tasks on the same input in the same
// process and prints ops/s and the ratio of the first task (govkit) to each other one.
// Usage from packages/<pkg>/bench/*.ts:  import { compare } from '../../../scripts/bench-utils';
import { Bench } from 'tinybench';

export interface CompareResult {
  /** Mean operations per second of each task, by name. */
  hz: Record<string, number>;
  /** Ratio of the first task's throughput to each task's (first ÷ other), by name. */
  ratio: Record<string, number>;
}

/**
 * Benchmarks `tasks` (the first one is govkit's) and prints a table with the ratios.
 * `unit` optionally converts ops/s into a domain figure (e.g. MB/s with `bytesPerOp`).
 */
export async function compare(
  title: string,
  tasks: Record<string, () => unknown>,
  options: { time?: number; bytesPerOp?: number } = {},
): Promise<CompareResult> {
  const bench = new Bench({ time: options.time ?? 500, warmupTime: 100 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  const hz: Record<string, number> = {};
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== 'completed')
      throw new Error(`benchmark task "${task.name}" ${r.state}: ${'error' in r ? String(r.error) : ''}`);
    hz[task.name] = r.throughput.mean;
  }
  const names = Object.keys(hz);
  const first = hz[names[0]!]!;
  const ratio = Object.fromEntries(names.map((n) => [n, first / hz[n]!]));
  console.log(`\n${title}`);
  for (const n of names) {
    const rate = options.bytesPerOp
      ? `${((hz[n]! * options.bytesPerOp) / 1e6).toFixed(1)} MB/s`
      : `${Math.round(hz[n]!).toLocaleString('en-US')} ops/s`;
    console.log(`  ${n.padEnd(40)} ${rate.padStart(18)}   ${names[0]} ÷ this = ${ratio[n]!.toFixed(2)}×`);
  }
  return { hz, ratio };
}
