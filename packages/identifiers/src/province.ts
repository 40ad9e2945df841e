/** A province-level division of GB/T 2260 (省级行政区划): its 6-digit code and its names. */
export interface Province {
  /** 6-digit GB/T 2260 code, e.g. '110000'. */
  code: string;
  /** Official Chinese name, e.g. '北京市'. */
  name: string;
  /** English name, e.g. 'Beijing'. */
  nameEn: string;
}

// The 34 province-level divisions of GB/T 2260-2007 (and its later updates, unchanged at this level):
// 23 provinces incl. Taiwan, 5 autonomous regions, 4 municipalities, 2 special administrative regions.
const PROVINCES: Record<string, readonly [string, string]> = {
  '11': ['北京市', 'Beijing'],
  '12': ['天津市', 'Tianjin'],
  '13': ['河北省', 'Hebei'],
  '14': ['山西省', 'Shanxi'],
  '15': ['内蒙古自治区', 'Inner Mongolia'],
  '21': ['辽宁省', 'Liaoning'],
  '22': ['吉林省', 'Jilin'],
  '23': ['黑龙江省', 'Heilongjiang'],
  '31': ['上海市', 'Shanghai'],
  '32': ['江苏省', 'Jiangsu'],
  '33': ['浙江省', 'Zhejiang'],
  '34': ['安徽省', 'Anhui'],
  '35': ['福建省', 'Fujian'],
  '36': ['江西省', 'Jiangxi'],
  '37': ['山东省', 'Shandong'],
  '41': ['河南省', 'Henan'],
  '42': ['湖北省', 'Hubei'],
  '43': ['湖南省', 'Hunan'],
  '44': ['广东省', 'Guangdong'],
  '45': ['广西壮族自治区', 'Guangxi'],
  '46': ['海南省', 'Hainan'],
  '50': ['重庆市', 'Chongqing'],
  '51': ['四川省', 'Sichuan'],
  '52': ['贵州省', 'Guizhou'],
  '53': ['云南省', 'Yunnan'],
  '54': ['西藏自治区', 'Xizang (Tibet)'],
  '61': ['陕西省', 'Shaanxi'],
  '62': ['甘肃省', 'Gansu'],
  '63': ['青海省', 'Qinghai'],
  '64': ['宁夏回族自治区', 'Ningxia'],
  '65': ['新疆维吾尔自治区', 'Xinjiang'],
  '71': ['台湾省', 'Taiwan'],
  '81': ['香港特别行政区', 'Hong Kong SAR'],
  '82': ['澳门特别行政区', 'Macao SAR'],
};

/**
 * The province-level division for a 2-digit prefix (or any code starting with it), or undefined when GB/T 2260
 * has no such province.
 *
 * @example
 * ```ts
 * provinceOf('110105'); // { code: '110000', name: '北京市', nameEn: 'Beijing' }
 * provinceOf('99');     // undefined
 * ```
 */
export function provinceOf(code: string): Province | undefined {
  const prefix = code.slice(0, 2);
  const entry = Object.hasOwn(PROVINCES, prefix) ? PROVINCES[prefix] : undefined;
  return entry && { code: `${prefix}0000`, name: entry[0], nameEn: entry[1] };
}

/**
 * All 34 province-level divisions, in code order.
 *
 * @example
 * ```ts
 * listProvinces().length; // 34
 * ```
 */
export function listProvinces(): Province[] {
  return Object.keys(PROVINCES).map((p) => provinceOf(p)!);
}
