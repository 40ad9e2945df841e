import { createSearchIndex, loadCatalogue, search } from '../src/index';
import { generateCatalogue } from '../test/generate';

const catalogue = loadCatalogue(generateCatalogue(50_000, 3));
const index = createSearchIndex(catalogue);
const words = [
  '食品经营许可',
  '许可',
  '变更登记',
  '医疗机构执业登记',
  '道路运输',
  '注销',
  '养老机构备案',
  '排污许可延续',
  '特种设备',
];
const queries: { q: string; department?: string }[] = [];
for (let i = 0; i < 400; i++) {
  const item = index.items[(i * 7919) % index.items.length]!;
  const name = item.name;
  const q = i % 3 === 0 ? name : i % 3 === 1 ? name.slice(i % 3, (i % 3) + 2 + (i % 4)) : words[i % words.length]!;
  queries.push(i % 5 === 0 ? { q, department: item.implementingBody.creditCode } : { q });
}
const res = queries.map((query) => {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    search(index, query.q, query.department ? { filter: { department: query.department } } : {});
    best = Math.min(best, performance.now() - t);
  }
  return { ...query, best };
});
res.sort((a, b) => b.best - a.best);
console.log(
  res
    .slice(0, 10)
    .map((r) => `${r.q} ${r.department ?? ''} ${r.best.toFixed(2)}`)
    .join('\n'),
);
const slow = res[0]!;
const t0 = performance.now();
for (let k = 0; k < 20; k++) search(index, slow.q, { filter: { department: slow.department! } });
console.log('filtered x20', (performance.now() - t0).toFixed(1));
const t1 = performance.now();
for (let k = 0; k < 20; k++) search(index, slow.q);
console.log('unfiltered x20', (performance.now() - t1).toFixed(1));
