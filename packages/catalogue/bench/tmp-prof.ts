import { exportCatalogue, importCatalogue, loadCatalogue } from '../src/index';
import { CatalogueSchema } from '../src/schemas/index';
import { sampleCatalogue } from '../test/fixtures';

const input = sampleCatalogue();
const time = (name: string, f: () => void, n = 200) => {
  f();
  const t = performance.now();
  for (let i = 0; i < n; i++) f();
  console.log(name, ((performance.now() - t) / n).toFixed(3), 'ms');
};
time('load', () => loadCatalogue(input));
time('zod', () => CatalogueSchema.parse(input));
const c = loadCatalogue(input);
time('export', () => exportCatalogue(c));
const text = exportCatalogue(c);
time('import', () => importCatalogue(text));
