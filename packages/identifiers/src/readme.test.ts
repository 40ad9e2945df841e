// The README's opening example, verbatim between the markers, so that it stays true.
import { expect, it, vi } from 'vitest';

it('README example prints what the README says', async () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const { syntheticIds, validateResidentId, validateUscc } = await import('./index');
  // --- README ---
  const id = validateResidentId('110105 19491231 002x', { asOf: '2026-11-22' });
  if (id.valid) console.log(id.value, id.parts.birthDate, id.parts.gender, id.parts.province.name);
  // → 11010519491231002X 1949-12-31 female 北京市

  const code = validateUscc('91310110666007217A');
  if (!code.valid) console.log(code.reason, code.messageZh);
  // → LEGACY_CHECKSUM 统一社会信用代码：校验码应为 T，实为 A；可能是早期试点代码，也可能是录入错误，请与持有人核实

  const fake = syntheticIds(42).residentId({ province: '44', gender: 'female' });
  console.log(validateResidentId(fake).valid); // → true: checksum-valid, clearly synthetic (address code 440000)
  // --- end ---
  expect(log.mock.calls).toEqual([
    ['11010519491231002X', '1949-12-31', 'female', '北京市'],
    ['LEGACY_CHECKSUM', '统一社会信用代码：校验码应为 T，实为 A；可能是早期试点代码，也可能是录入错误，请与持有人核实'],
    [true],
  ]);
  expect(fake.startsWith('440000')).toBe(true);
  log.mockRestore();
});
