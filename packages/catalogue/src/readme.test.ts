// The README's opening example, run as a test so it cannot rot.
import { expect, it } from 'vitest';
import { sampleCatalogue } from '../test/fixtures';
import { createSearchIndex, loadCatalogue, personalise, search } from './index';

it('README example', () => {
  const json: unknown = sampleCatalogue();
  // --- README ---
  const catalogue = loadCatalogue(json, { locale: 'zh-CN' }); // throws with every issue, e.g. items[3].materials[2].copies
  const index = createSearchIndex(catalogue);
  const [hit] = search(index, '开餐馆'); // Chinese full-text, ranked, no segmenter
  const guide = personalise(hit!.item, { applicant: 'agent', 'sells-cold-food': true });
  guide.materials.map((m) => m.name); // […, '委托代理人授权委托书', '经营场所平面布局图', '专间操作规程']
  guide.promisedLimit; // { value: 8, unit: 'working-day' }
  guide.explanations[0]?.reason.zh; // '适用：「由谁办理？」为"委托代理人"'
  // --- /README ---
  expect(hit?.item.name).toBe('食品经营许可（新办）');
  expect(guide.materials.map((m) => m.name).slice(-3)).toEqual([
    '委托代理人授权委托书',
    '经营场所平面布局图',
    '专间操作规程',
  ]);
  expect(guide.promisedLimit).toEqual({ value: 8, unit: 'working-day' });
  expect(guide.explanations[0]?.reason.zh).toBe('适用：「由谁办理？」为"委托代理人"');
});
