import { describe, expect, it } from 'vitest';
import { foodLicenceItem, HEALTH_BUREAU, MARKET_BUREAU, sampleCatalogue } from '../test/fixtures';
import { generateCatalogue } from '../test/generate';
import { CatalogueError, loadCatalogue, validateCatalogue } from './index';

const FOOD = `${MARKET_BUREAU.creditCode}0001070020001`;

function issuesOf(input: unknown, locale: 'en' | 'zh-CN' = 'en') {
  const r = validateCatalogue(input, { locale });
  if (r.ok) throw new Error('expected issues');
  return r.issues;
}

describe('loadCatalogue', () => {
  it('loads the sample catalogue', () => {
    const c = loadCatalogue(sampleCatalogue());
    expect(c.items.map((i) => i.name)).toEqual(['有限责任公司设立登记', '食品经营许可（新办）', '公共场所卫生许可']);
    expect(c.bundles[0]?.members).toHaveLength(3);
  });

  it('aggregates structural issues with precise paths, in English or Chinese, and returns nothing partial', () => {
    const input = sampleCatalogue();
    const food = input.items[1]!;
    food.materials[2]!.copies = -1;
    (food as { name: unknown }).name = 42;
    const en = issuesOf(input);
    expect(en.map((i) => i.path)).toEqual(['items[1].name', 'items[1].materials[2].copies']);
    expect(en[1]).toMatchObject({ code: 'TOO_SMALL', message: expect.stringMatching(/>=\s*0/) });
    const zh = issuesOf(input, 'zh-CN');
    expect(zh[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(() => loadCatalogue(input)).toThrowError(CatalogueError);
    try {
      loadCatalogue(input, { locale: 'en' });
    } catch (e) {
      expect(e).toMatchObject({ code: 'INVALID_CATALOGUE', field: 'items[1].name', issues: en });
    }
  });

  it('reports rule issues in both languages', () => {
    const input = sampleCatalogue();
    input.items[1] = { ...foodLicenceItem(), maxVisits: 2, visitReason: undefined as unknown as string };
    delete (input.items[1] as { visitReason?: string }).visitReason;
    input.items[1]!.materials[0]!.name = '相关证明材料';
    expect(issuesOf(input).map((i) => [i.path, i.code])).toEqual([
      ['items[1].visitReason', 'VISIT_REASON_REQUIRED'],
      ['items[1].materials[0].name', 'VAGUE_MATERIAL_NAME'],
    ]);
    expect(issuesOf(input, 'zh-CN')[0]?.message).toBe('到现场次数大于 0 时须说明理由');
  });

  it('checks referential integrity', () => {
    const input = sampleCatalogue();
    input.items[0]!.steps[0]!.role = 'clerk';
    input.items[1]!.materials[4]!.evidence = [['layout-plan', 'floor-photo']];
    input.items[2]!.themes = ['restaurant'];
    const bundle = input.bundles[0]!;
    bundle.departments = [MARKET_BUREAU];
    bundle.members[1]!.order = 1;
    bundle.feeds[0]!.to.requirement = 'layout-plan';
    expect(issuesOf(input).map((i) => `${i.path} ${i.code}`)).toEqual([
      'items[0].steps[0].role UNKNOWN_ROLE',
      'items[1].materials[4].evidence[0][1] UNKNOWN_EVIDENCE_TYPE',
      'items[2].themes[0] UNKNOWN_THEME',
      'bundles[0].departments DEPARTMENT_MISSING',
      'bundles[0].members[1].dependsOn[0] DEPENDENCY_ORDER',
      'bundles[0].feeds[0] DEPENDENCY_ORDER',
      'bundles[0].feeds[0] FEED_MISMATCH',
    ]);
  });

  it('validates credit codes and implementation-code layout', () => {
    const input = sampleCatalogue();
    const bad = `${HEALTH_BUREAU.creditCode.slice(0, 17)}X`;
    const item = input.items[2]!;
    item.implementingBody.creditCode = bad;
    item.implementationCode = `${bad}0001170030001`;
    expect(issuesOf(input).map((i) => `${i.path} ${i.code}`)).toContain(
      'items[2].implementingBody.creditCode INVALID_CREDIT_CODE',
    );
    const input2 = sampleCatalogue();
    input2.items[2]!.implementationCode = `${MARKET_BUREAU.creditCode}0001170030001`;
    expect(issuesOf(input2).map((i) => i.code)).toEqual(['IMPLEMENTATION_CODE_LAYOUT']);
  });

  it('rejects duplicate codes and overlapping versions', () => {
    const input = sampleCatalogue();
    input.items.push({ ...foodLicenceItem(), version: 2, effectiveFrom: '2025-01-01' });
    expect(issuesOf(input).map((i) => `${i.path} ${i.code}`)).toEqual(['items[3].effectiveFrom OVERLAPPING_VERSIONS']);
    input.items[1]!.effectiveTo = '2024-12-31';
    expect(validateCatalogue(input).ok).toBe(true);
    input.items.push({ ...foodLicenceItem(), version: 2, effectiveFrom: '2026-01-01' });
    expect(issuesOf(input).map((i) => i.code)).toContain('DUPLICATE_CODE');
    expect(FOOD).toHaveLength(31);
  });

  it('reports issues deep inside a condition with their full path and locale', () => {
    const input = sampleCatalogue();
    input.items[1]!.materials[0]!.when = {
      op: 'all',
      of: [
        { op: 'not', of: { op: 'range', question: 'area' } },
        { op: 'eq', question: ' bad id', value: 1 },
      ],
    };
    const en = issuesOf(input);
    expect(en.map((i) => `${i.path} ${i.code}`)).toEqual([
      'items[1].materials[0].when.of[0].of CUSTOM',
      'items[1].materials[0].when.of[1].question INVALID_FORMAT',
      // The per-item rules still run: neither question is declared.
      'items[1].materials[0].when.of[0].of.question UNKNOWN_QUESTION',
      'items[1].materials[0].when.of[1].question UNKNOWN_QUESTION',
    ]);
    expect(en[0]?.message).toBe('range needs min or max');
    expect(issuesOf(input, 'zh-CN')[1]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  // Time zones cannot matter to this one (dates are strings) and it is the slowest test: run it once.
  it.runIf(process.env.TZ === 'UTC')('loads a generated catalogue of 5,000 items', { timeout: 60_000 }, () => {
    const c = loadCatalogue(generateCatalogue(5000, 7));
    expect(c.items).toHaveLength(5000);
  });
});
