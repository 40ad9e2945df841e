import type { Item } from './types';

/**
 * The code that identifies an item in a catalogue, a bundle or a search result: its business-item code
 * (业务办理项编码) when it is a handling variant, else its implementation code (实施编码).
 *
 * @example
 * ```ts
 * itemCode({ implementationCode: '91310110666007217T0001070010001' }); // '91310110666007217T0001070010001'
 * ```
 */
export function itemCode(item: Pick<Item, 'implementationCode' | 'businessItemCode'>): string {
  return item.businessItemCode ?? item.implementationCode;
}
