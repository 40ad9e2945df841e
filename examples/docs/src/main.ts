// Runs the code samples of the English guides in docs/guides, one module per guide or topic: each asserts
// what its guide says (node:assert/strict) and throws on the first sample that no longer holds. The guides
// show these files' `// #region` blocks through TypeDoc's {@includeCode}.
import { readdirSync } from 'node:fs';

const modules = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.ts') && file !== 'main.ts')
  .sort();

for (const file of modules) {
  const started = performance.now();
  await import(`./${file}`);
  console.log(`✓ ${file}: every sample holds (${Math.round(performance.now() - started)} ms)`);
}
