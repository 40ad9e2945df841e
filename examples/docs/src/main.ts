// Runs the code samples of the guides in docs/guides, one module per guide or topic: each asserts what its guide
// says (node:assert/strict) and throws on the first sample that no longer holds. The guides show these files'
// `// #region` blocks through TypeDoc's {@includeCode}; the checks at the end keep those tags pointing at regions
// that exist, and the Chinese guides showing only samples of the English ones, in their order.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const modules = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.ts') && file !== 'main.ts')
  .sort();

for (const file of modules) {
  const started = performance.now();
  await import(`./${file}`);
  console.log(`✓ ${file}: every sample holds (${Math.round(performance.now() - started)} ms)`);
}

const guides = new URL('../../../docs/guides/', import.meta.url);
const read = (url: URL) => readFileSync(url, 'utf8');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The samples of a guide in order: each {@includeCode} target, and the text of each inline ```ts block. */
const samples = (guide: string) =>
  [...read(new URL(guide, guides)).matchAll(/\{@includeCode\s+([^}\s]+)\s*\}|```ts\n([\s\S]*?)```/g)].map(
    ([, tag, block]) => (tag ? { tag } : { block: block! }),
  );

let tags = 0;
for (const guide of readdirSync(guides).filter((f) => f.endsWith('.md'))) {
  for (const sample of samples(guide)) {
    if (!('tag' in sample)) continue;
    // TypeDoc resolves the path from the guide's folder and takes `// #region name` … `// #endregion name`.
    const [file, regions = ''] = sample.tag.split('#');
    const source = read(new URL(file!, guides));
    for (const region of regions.split(',').filter(Boolean)) {
      for (const marker of ['region', 'endregion'])
        assert.equal(
          source.match(new RegExp(`// *#${marker} +${escapeRegExp(region)} *\\n`, 'g'))?.length,
          1,
          `${guide}: ${sample.tag}: "// #${marker} ${region}" must occur exactly once in ${file}`,
        );
    }
    tags++;
  }
  if (guide.endsWith('.zh.md')) continue;
  // Inline ```ts blocks only where a test checks them against tested code (packages/fixtures/src/guide.test.ts).
  if (guide !== 'fixtures.md')
    assert.ok(
      samples(guide).every((s) => 'tag' in s),
      `${guide}: a \`\`\`ts block; take it from examples/docs/src`,
    );
  // A Chinese guide shows the English guide's samples in the same order, never one the English guide dropped
  // (it may lag behind a sample just added).
  const zh = guide.replace(/\.md$/, '.zh.md');
  if (!readdirSync(guides).includes(zh)) continue;
  const english = samples(guide).map((s) => JSON.stringify(s));
  let at = 0;
  for (const sample of samples(zh).map((s) => JSON.stringify(s))) {
    at = english.indexOf(sample, at) + 1;
    assert.ok(at > 0, `${zh}: ${sample} is not (or not in this order) in ${guide}`);
  }
}
console.log(
  `✓ docs/guides: ${tags} {@includeCode} tags point at existing regions; Chinese guides follow the English samples`,
);
