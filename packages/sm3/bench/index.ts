// SM3 throughput: @govkit/sm3 against node:crypto's OpenSSL SM3 and sm-crypto-v2's pure-JS SM3, same input, same run.
import { createHash, getHashes } from 'node:crypto';
import { sm3 as smCryptoV2 } from 'sm-crypto-v2';
import { Bench } from 'tinybench';
import { sm3 } from '../src/index';

const sizes = [64, 4096, 1 << 20];
for (const size of sizes) {
  const data = new Uint8Array(size).map((_, i) => (i * 31) & 0xff);
  const bench = new Bench({ time: 400 });
  bench.add('@govkit/sm3', () => sm3(data));
  if (getHashes().includes('sm3'))
    bench.add('node:crypto sm3 (OpenSSL)', () => createHash('sm3').update(data).digest());
  bench.add('sm-crypto-v2 sm3', () => smCryptoV2(data));
  await bench.run();
  const ours = bench.tasks[0]!.result!.throughput.mean;
  console.log(`\n${size} bytes`);
  for (const task of bench.tasks) {
    const hz = task.result!.throughput.mean;
    console.log(
      `  ${task.name.padEnd(28)} ${((hz * size) / 1e6).toFixed(1).padStart(8)} MB/s   govkit ÷ this = ${(ours / hz).toFixed(2)}×`,
    );
  }
}
