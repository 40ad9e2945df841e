import { Bench } from 'tinybench';

const bench = new Bench({ time: 500 });
// bench.add('@govkit/masking …', () => { … });
// bench.add('leading alternative …', () => { … });
await bench.run();
console.table(bench.table());
