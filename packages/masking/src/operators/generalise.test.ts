import { describe, expect, it } from 'vitest';
import { ageBand, generaliseAddress, generaliseBirthDate, numberRange } from '../index';

describe('generalisation', () => {
  it.each([
    ['浙江省杭州市西湖区文三路90号', 'province', '浙江省'],
    ['浙江省杭州市西湖区文三路90号', 'city', '浙江省杭州市'],
    ['浙江省杭州市西湖区文三路90号', 'district', '浙江省杭州市西湖区'],
    ['北京市朝阳区建国路1号', 'city', '北京市'],
    ['北京市朝阳区建国路1号', 'district', '北京市朝阳区'],
    ['广西壮族自治区南宁市青秀区民族大道100号', 'district', '广西壮族自治区南宁市青秀区'],
    ['吉林省延边朝鲜族自治州延吉市光明街1号', 'district', '吉林省延边朝鲜族自治州延吉市'],
    ['内蒙古自治区锡林郭勒盟正蓝旗上都镇', 'district', '内蒙古自治区锡林郭勒盟正蓝旗'],
  ] as const)('%s → %s', (address, level, expected) => {
    expect(generaliseAddress(address, level)).toBe(expected);
  });

  it('returns null instead of guessing when the level is not in the text', () => {
    expect(generaliseAddress('文三路90号', 'province')).toBeNull();
    expect(generaliseAddress('浙江省', 'district')).toBeNull();
    expect(generaliseAddress('杭州市西湖区某省道12号', 'province')).toBeNull();
    expect(generaliseAddress('上海市浦东新区世纪大道100号', 'district')).toBe('上海市浦东新区');
  });

  it('birth dates to years and age bands, with an explicit asOf (no hidden clock)', () => {
    expect(generaliseBirthDate('19491231')).toBe('1949');
    expect(ageBand('1990-06-15', '2026-06-14')).toBe('30-39');
    expect(ageBand('1990-06-15', '2030-06-15')).toBe('40-49');
    expect(ageBand('2000-02-29', '2001-02-28', 1)).toBe('0');
    expect(() => ageBand('2000-02-30', '2026-01-01')).toThrow(expect.objectContaining({ field: 'birthDate' }));
    expect(() => ageBand('2027-01-01', '2026-01-01')).toThrow(expect.objectContaining({ field: 'asOf' }));
  });

  it('numbers to ranges', () => {
    expect(numberRange(12345, 1000)).toBe('12000-13000');
    expect(numberRange('-5', 10)).toBe('-10-0');
    expect(() => numberRange('abc', 10)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
