// SM3 throughput: @govkit/sm3 against node:crypto's OpenSSL SM3 and sm-crypto-v2's pure-JS SM3, same input, same run.
import { createHash, getHashes } from 'node:crypto';
import { sm3 as smCryptoV2 } from 'sm-crypto-v2';
import { compare } from '../../../scripts/bench-utils';
import { sm3 } from '../src/index';

for (const size of [64, 4096, 1 << 20]) {
  const data = new Uint8Array(size).map((_, i) => (i * 31) & 0xff);
  await compare(
    `SM3 over ${size} bytes`,
    {
      '@govkit/sm3': () => sm3(data),
      ...(getHashes().includes('sm3') && {
        'node:crypto sm3 (OpenSSL)': () => createHash('sm3').update(data).digest(),
      }),
      'sm-crypto-v2 sm3': () => smCryptoV2(data),
    },
    { time: 400, bytesPerOp: size },
  );
}
