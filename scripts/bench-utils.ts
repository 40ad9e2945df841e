// Shared benchmark helper for every package's bench/: runs competing tasks on the same input in the same
// process and prints ops/s and the ratio of the first task (govkit) to each other one.
// Usage from packages/<pkg>/bench/*.ts:  import { compare } from '../../../scripts/bench-utils';
import { Bench } from 'tinybench';

export interface CompareResult {
  /** Operations per second of each task, by name (per operation, not per timed call, with `opsPerCall`). */
  hz: Record<string, number>;
  /** Ratio of the first task's throughput to each task's (first ÷ other), by name. */
  ratio: Record<string, number>;
}

/**
 * Benchmarks `tasks` (the first one is govkit's) and prints a table with the ratios.
 * The tasks are run in `rounds` interleaved rounds (A B C, A B C, …) and each task's median
 * throughput is reported, so that a burst of load on a shared machine skews no single task.
 * For operations of well under a microsecond, time a batch per call on every side and pass
 * `opsPerCall`: tinybench reads the timer around each call, which would otherwise dominate.
 * For slow tasks (hashing 64 MB), pass `iterations`: each round then runs every task exactly that many times
 * after one warm-up call, instead of tinybench's default of at least 64 calls.
 */
export async function compare(
  title: string,
  tasks: Record<string, () => unknown>,
  options: { time?: number; bytesPerOp?: number; rounds?: number; opsPerCall?: number; iterations?: number } = {},
): Promise<CompareResult> {
  const rounds = options.rounds ?? 3;
  const opsPerCall = options.opsPerCall ?? 1;
  const time = (options.time ?? 500) / rounds;
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((n) => [n, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of Object.entries(tasks)) {
      const bench = options.iterations
        ? new Bench({ time: 0, iterations: options.iterations, warmupTime: 0, warmupIterations: round === 0 ? 1 : 0 })
        : new Bench({ time, warmupTime: round === 0 ? 100 : 20 });
      bench.add(name, fn);
      await bench.run();
      const r = bench.tasks[0]!.result;
      if (r.state !== 'completed')
        throw new Error(`benchmark task "${name}" ${r.state}: ${'error' in r ? String(r.error) : ''}`);
      samples[name]!.push(r.throughput.mean * opsPerCall);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const hz: Record<string, number> = Object.fromEntries(Object.entries(samples).map(([n, xs]) => [n, median(xs)]));
  const names = Object.keys(hz);
  const first = hz[names[0]!]!;
  const ratio = Object.fromEntries(names.map((n) => [n, first / hz[n]!]));
  const batched = opsPerCall === 1 ? '' : `, ${opsPerCall} operations per timed call`;
  const calls = options.iterations ? ` × ${options.iterations} calls` : '';
  console.log(`\n${title} (median of ${rounds} interleaved rounds${calls}${batched})`);
  for (const n of names) {
    const rate = options.bytesPerOp
      ? `${((hz[n]! * options.bytesPerOp) / 1e6).toFixed(1)} MB/s`
      : `${Math.round(hz[n]!).toLocaleString('en-US')} ops/s`;
    console.log(`  ${n.padEnd(40)} ${rate.padStart(18)}   ${names[0]} ÷ this = ${ratio[n]!.toFixed(2)}×`);
  }
  return { hz, ratio };
}
