import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPreset, PRESET_NAMES } from '../index';

describe('Hutool-compatible presets (DesensitizedUtil)', () => {
  // Expected values are those of Hutool 5.8's DesensitizedUtil on the same inputs.
  it.each([
    ['hutool.chineseName', '段正淳', '段**'],
    ['hutool.residentId', '51343620000320711X', '5***************1X'],
    ['hutool.fixedPhone', '09157518479', '0915*****79'],
    ['hutool.mobile', '18049531999', '180****1999'],
    ['hutool.address', '北京市海淀区马连洼街道289号', '北京市海淀区马********'],
    ['hutool.email', 'duandazhi-jack@gmail.com.cn', 'd*************@gmail.com.cn'],
    ['hutool.password', '1234567890', '**********'],
    ['hutool.plate', '苏D40000', '苏D4***0'],
    ['hutool.plate', '陕A12345D', '陕A1****D'],
    ['hutool.bankCard', '1234 2222 3333 4444 6789 9', '1234 **** **** **** **** 9'],
    ['hutool.bankCard', '1234 2222 3333 4444 6789 91', '1234 **** **** **** **** 91'],
    ['hutool.bankCard', '1234 2222 3333 4444 678', '1234 **** **** **** 678'],
    ['hutool.bankCard', '1234 2222 3333 4444', '1234 **** **** 4444'],
    ['hutool.ipv4', '192.0.2.1', '192.*.*.*'],
    ['hutool.ipv6', '2001:0db8:86a3:08d3:1319:8a2e:0370:7344', '2001:*:*:*:*:*:*:*'],
  ] as const)('%s(%s) = %s', (name, input, expected) => {
    expect(applyPreset(name, input)).toBe(expected);
  });

  it('counts code points for rare characters outside the BMP', () => {
    expect(applyPreset('hutool.chineseName', '𠮷天乐')).toBe('𠮷**');
  });

  it('fails closed where Hutool would return malformed input unchanged', () => {
    expect(applyPreset('hutool.mobile', '12345')).toBe('*****');
    expect(applyPreset('hutool.email', 'no-at-sign')).toBe('**********');
    expect(applyPreset('hutool.plate', '苏D400')).toBe('*****');
    expect(applyPreset('hutool.bankCard', '12345678')).toBe('********');
    expect(applyPreset('hutool.ipv4', 'localhost')).toBe('*');
    expect(applyPreset('hutool.chineseName', '李')).toBe('*');
  });

  it('blank input gives an empty string', () => {
    expect(applyPreset('hutool.residentId', '  ')).toBe('');
  });
});

describe('financial and govkit presets', () => {
  it.each([
    ['financial.bankCard', '6222021234567890123', '622202*********0123'],
    ['financial.mobile', '13812345678', '138****5678'],
    ['financial.chineseName', '张三丰', '**丰'],
    ['financial.residentId', '11010519491231002X', '1****************X'],
    ['govkit.uscc', '91310110666007217T', '91************217T'],
    ['govkit.hkId', 'A1234563', 'A*****63'],
    ['govkit.twId', 'A123456789', 'A*******89'],
    ['govkit.passport', 'E12345678', 'E******78'],
  ] as const)('%s(%s) = %s', (name, input, expected) => {
    expect(applyPreset(name, input)).toBe(expected);
  });

  it('no preset shows every digit of a value, and masking twice changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESET_NAMES), fc.stringMatching(/^\d{1,24}$/), (name, digits) => {
        const out = applyPreset(name, digits);
        expect(out.replace(/[^0-9]/g, '').length).toBeLessThan(digits.length);
        expect(applyPreset(name, out)).toBe(out);
      }),
      { numRuns: 200 },
    );
  });
});
