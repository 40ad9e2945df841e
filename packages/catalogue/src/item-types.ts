/**
 * 事项类型 (item types). The national numeric codes follow the national government-service item catalogue
 * (国务院办公厅《政务服务事项基本目录》 practice, exchange schema field 事项类型): 01 行政许可 … 10 其他行政权力,
 * 20 公共服务. Local lists use letter codes (XK = 行政许可 …) and add their own types (e.g. 行政备案); vendors
 * register those through an {@link ItemTypeDefinition} list passed to `loadCatalogue`.
 */
export interface ItemTypeDefinition<C extends string = string> {
  /** The code stored in `item.type`. */
  code: C;
  /** Local letter alias accepted on input and normalised to `code` (e.g. `XK` → `01`). */
  letter?: string;
  name: { zh: string; en: string };
}

/** The national numeric item-type codes. */
export type NationalItemTypeCode = (typeof NATIONAL_ITEM_TYPES)[number]['code'];

/**
 * The national item types with their common letter aliases.
 *
 * @example
 * ```ts
 * NATIONAL_ITEM_TYPES.find((t) => t.code === '01')?.name.zh; // '行政许可'
 * ```
 */
export const NATIONAL_ITEM_TYPES = [
  { code: '01', letter: 'XK', name: { zh: '行政许可', en: 'administrative licensing' } },
  { code: '02', letter: 'CF', name: { zh: '行政处罚', en: 'administrative penalty' } },
  { code: '03', letter: 'QZ', name: { zh: '行政强制', en: 'administrative coercion' } },
  { code: '04', letter: 'ZS', name: { zh: '行政征收', en: 'administrative levy' } },
  { code: '05', letter: 'GF', name: { zh: '行政给付', en: 'administrative payment' } },
  { code: '06', letter: 'JC', name: { zh: '行政检查', en: 'administrative inspection' } },
  { code: '07', letter: 'QR', name: { zh: '行政确认', en: 'administrative confirmation' } },
  { code: '08', letter: 'JL', name: { zh: '行政奖励', en: 'administrative reward' } },
  { code: '09', letter: 'CJ', name: { zh: '行政裁决', en: 'administrative adjudication' } },
  { code: '10', letter: 'QT', name: { zh: '其他行政权力', en: 'other administrative power' } },
  { code: '20', letter: 'GG', name: { zh: '公共服务', en: 'public service' } },
] as const satisfies readonly ItemTypeDefinition[];
