import { loadCatalogue } from '../src/index';
import { CatalogueSchema } from '../src/schemas/index';
import { generateCatalogue } from '../test/generate';

const input = generateCatalogue(10000, 1);
const cpu = (f: () => void) => {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return ((d.user + d.system) / 1000).toFixed(0);
};
for (let k = 0; k < 4; k++)
  console.log(
    'zod',
    cpu(() => CatalogueSchema.parse(input)),
    'load',
    cpu(() => loadCatalogue(input)),
  );
