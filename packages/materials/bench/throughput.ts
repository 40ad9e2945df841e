// Throughput of competing tasks on one large buffer, in the same run. The shared `compare` (tinybench) runs every
// task at least 64 times per round, which for 64 MB hashes in pure JS takes minutes; here each task runs a few
// times per round, rounds interleaved (A B C, A B C, …), and the median is reported with the ratio of the first
// task (govkit's) to each other one.

/**
 * Prints MB/s of each task over `bytes` per call and `first ÷ this`; returns the median MB/s by name.
 *
 * @example
 * ```ts
 * await compareThroughput('sha-256, 64 MB', { govkit: () => fingerprint(big), node: () => hash(big) }, big.length);
 * ```
 */
export async function compareThroughput(
  title: string,
  tasks: Record<string, () => unknown>,
  bytes: number,
  { rounds = 3, runs = 3 } = {},
): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = {};
  for (const name of Object.keys(tasks)) samples[name] = [];
  for (let round = 0; round < rounds; round++)
    for (const [name, fn] of Object.entries(tasks)) {
      if (round === 0) await fn(); // warm-up
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await fn();
        samples[name]!.push(bytes / 1e3 / (performance.now() - t0)); // MB/s
      }
    }
  const median: Record<string, number> = {};
  for (const [name, xs] of Object.entries(samples)) median[name] = xs.sort((a, b) => a - b)[xs.length >> 1]!;
  const names = Object.keys(median);
  const first = median[names[0]!]!;
  console.log(`\n${title} (median of ${rounds} interleaved rounds × ${runs} runs)`);
  for (const n of names)
    console.log(
      `  ${n.padEnd(40)} ${`${median[n]!.toFixed(1)} MB/s`.padStart(14)}   ${names[0]} ÷ this = ${(first / median[n]!).toFixed(2)}×`,
    );
  return median;
}
