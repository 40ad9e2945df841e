// The README's opening example, run as a test so it cannot rot (the catalogue is the example's).
import { loadCatalogue, personaliseBundle } from '@govkit/catalogue';
import { expect, it } from 'vitest';
import { catalogueJson } from '../../../examples/materials-restaurant/src/catalogue';
import { resolveMaterials } from './index';

it('README example', () => {
  const log: unknown[][] = [];
  const console = { log: (...args: unknown[]) => log.push(args) };
  // --- README ---
  const catalogue = loadCatalogue(catalogueJson); // e.g. examples/materials-restaurant/src/catalogue.ts
  const { bundle, guides } = personaliseBundle(catalogue, 'open-restaurant', { premises: 'rented' });
  const r = resolveMaterials({
    guides,
    bundle,
    evidenceTypes: catalogue.evidenceTypes,
    at: '2026-11-22',
    applicant: { kind: 'legal-person', id: '91310110666007217T', name: '上海某某餐饮管理有限公司' },
    eLicences: [{ id: '31011000020230518001', licenceType: 'BL', holderId: '91310110666007217T' }],
    policy: { accept: ['e-licence', 'bundle-output', 'commitment'], consentToFetch: true },
  });
  for (const q of r.requests) console.log('upload', q.name, q.itemCodes); // one upload per evidence type
  for (const o of r.outcomes) if (o.status === 'waived') console.log(o.reason.zh); // 无需提交「营业执照」：已持有电子证照…
  // --- /README ---
  expect(r.method).toBe('exact');
  expect(log.filter((l) => l[0] === 'upload').map((l) => l[1])).not.toContain('营业执照');
  expect(log.find((l) => l[0] !== 'upload')?.[0]).toMatch(
    /^无需提交「营业执照」：已持有电子证照「营业执照」31011000020230518001/,
  );
});
