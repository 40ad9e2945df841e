// Benchmarks compare govkit with the leading alternative on the same input, in the same run, and print ratios:
//
// import { compare } from '../../../scripts/bench-utils';
// await compare('what is measured', {
//   '@govkit/__NAME__ …': () => …,
//   'leading alternative …': () => …,
// });
export {};
