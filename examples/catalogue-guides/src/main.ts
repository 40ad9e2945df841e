// Load a small catalogue with a vendor extension, personalise one item for two applicants and print both
// service guides (办事指南). Run: npm run start -w @govkit/example-catalogue-guides
import { defineExtension, loadCatalogue, personalise, type ServiceGuide } from '@govkit/catalogue';
import * as z from 'zod';
import { catalogueJson } from './catalogue';

// A district's local fields: the front-desk window and the SMS template. Typed through everything below.
const DistrictFields = z.object({ windowNo: z.string(), smsTemplate: z.string() });
type DistrictFields = z.infer<typeof DistrictFields>;
const district = defineExtension({
  local: DistrictFields,
  itemTypes: [{ code: 'BA', name: { zh: '行政备案', en: 'administrative filing' } }],
});
const catalogue = loadCatalogue(catalogueJson, { extension: district });
const item = catalogue.items[0]!;

const UNIT = { 'working-day': '个工作日', 'natural-day': '个自然日', month: '个月', year: '年' } as const;
const FORM = { paper: '纸质', electronic: '电子', both: '纸质或电子' } as const;

function print(title: string, guide: ServiceGuide<DistrictFields, 'BA'>): void {
  console.log(`\n=== ${title} ===`);
  console.log(`${guide.item.name}（${guide.item.local.windowNo} 号窗口）`);
  console.log(
    `承诺时限：${guide.promisedLimit.value}${UNIT[guide.promisedLimit.unit]}；到现场次数：${guide.maxVisits}`,
  );
  console.log('申请材料：');
  for (const m of guide.materials)
    console.log(
      `  ${m.order}. ${m.name}（${FORM[m.form]}，原件 ${m.originals} 份，复印件 ${m.copies} 份${m.necessity === 'deferrable' ? '，可容缺' : ''}）`,
    );
  console.log(`办理环节：${guide.steps.map((s) => s.name).join(' → ')}`);
  for (const e of guide.explanations) console.log(`  · ${e.id}: ${e.reason.zh} / ${e.reason.en}`);
  if (!guide.complete) console.log(`尚未回答：${guide.unanswered.map((u) => u.text).join('、')}`);
}

print('法定代表人本人办理，不经营冷食', personalise(item, { applicant: 'self' }));
print('委托代理人办理，经营冷食类食品', personalise(item, { applicant: 'agent', 'sells-cold-food': true }));
