import { MaskingError } from '../errors';
import type { Reason } from '../policy/types';
import { presetFunction } from '../presets/presets';
import { type CustomRecogniser, compileRecognisers } from './custom';
import type { DetectedKind } from './kinds';
import { type Recogniser, recognisers } from './recognisers';

/**
 * One personal identifier found in text. Offsets are JavaScript string indices (UTF-16), `end` exclusive.
 * `K` is the kind: a built-in one, or with {@link CustomRecogniser}s, one of yours.
 */
export interface Detection<K extends string = DetectedKind> {
  kind: K;
  start: number;
  end: number;
  text: string;
  /** Confidence in [0, 1]: checksum validation, Luhn and context words contribute. */
  score: number;
  /** Why this score, in Chinese and English. */
  reason: Reason;
}

/** Options of {@link detectPii}; `K` is the kinds of your own recognisers. */
export interface DetectOptions<K extends string = never> {
  /** Only these kinds (default all, yours included). */
  kinds?: readonly (DetectedKind | K)[];
  /**
   * Identifiers of your own, looked for after the built-in ones (see {@link CustomRecogniser}). The list is
   * checked and compiled once per array: reuse the same array across calls, and do not change it afterwards.
   */
  recognisers?: readonly CustomRecogniser<K>[];
  /** Report matches scoring at least this (default 0.5). */
  minScore?: number;
  /** How many characters before a match are searched for context words (default 12). */
  contextWindow?: number;
}

const CONTEXT_BOOST = 0.3;
const KIND_ZH: Record<DetectedKind, string> = {
  residentId: '居民身份证号码',
  uscc: '统一社会信用代码',
  mobile: '手机号码',
  fixedPhone: '固定电话',
  bankCard: '银行卡号',
  email: '电子邮箱',
  hkId: '香港身份证号码',
  moId: '澳门身份证号码',
  twId: '台湾身份证号码',
  passport: '护照号码',
  permit: '出入境通行证号码',
  plate: '车牌号码',
};

let cached: Recogniser[] | undefined;
const withCustom = new WeakMap<readonly CustomRecogniser<string>[], Recogniser[]>();

/** The built-in recognisers, then `custom` ones, compiled once per array. */
function recognisersWith(custom: readonly CustomRecogniser<string>[] | undefined): Recogniser[] {
  cached ??= recognisers();
  if (custom === undefined) return cached;
  let all = withCustom.get(custom);
  if (all === undefined) {
    all = [...cached, ...compileRecognisers(custom, 'recognisers')];
    withCustom.set(custom, all);
  }
  return all;
}

/**
 * Finds Chinese personal identifiers in free text with regular expressions plus the checksum and
 * format validators of @govkit/identifiers (microseconds per document, where NER models take
 * milliseconds). Checksum-invalid look-alikes are not reported as IDs; context words just before
 * a match ("身份证", "手机", "卡号"…) raise its score; overlapping matches are resolved in favour of
 * the higher score, then the longer match.
 *
 * @example
 * ```ts
 * detectPii('联系人段正淳，身份证11010519491231002X，手机138 1234 5678。');
 * // [{ kind: 'residentId', start: 10, end: 28, score: 1, … }, { kind: 'mobile', start: 32, end: 45, score: 1, … }]
 * ```
 */
export function detectPii<K extends string = never>(
  text: string,
  options: DetectOptions<K> = {},
): Detection<DetectedKind | K>[] {
  if (typeof text !== 'string') throw new MaskingError('INVALID_ARGUMENT', 'text must be a string', { field: 'text' });
  const { kinds, minScore = 0.5, contextWindow = 12 } = options;
  if (!(minScore >= 0 && minScore <= 1))
    throw new MaskingError('INVALID_ARGUMENT', 'minScore must be between 0 and 1', { field: 'minScore' });
  if (!Number.isSafeInteger(contextWindow) || contextWindow < 0)
    throw new MaskingError('INVALID_ARGUMENT', 'contextWindow must be a non-negative integer', {
      field: 'contextWindow',
    });
  const all = recognisersWith(options.recognisers);
  const candidates: Detection<DetectedKind | K>[] = [];
  for (const r of all) {
    if (kinds && !(kinds as readonly string[]).includes(r.kind)) continue;
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(text); m; m = r.pattern.exec(text)) {
      if (m[0] === '') {
        r.pattern.lastIndex++; // an empty match would never advance
        continue;
      }
      const scored = r.score(m[0]);
      if (scored === null) continue;
      const before = text.slice(Math.max(0, m.index - contextWindow), m.index);
      const context = r.context.exec(before)?.[0];
      const score = Math.min(1, scored.base + (context ? CONTEXT_BOOST : 0));
      if (score < minScore) continue;
      candidates.push({
        kind: r.kind as DetectedKind | K,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        score: Math.round(score * 100) / 100,
        reason: {
          zh: `${r.name ?? KIND_ZH[r.kind as DetectedKind]}：格式${scored.checked ? '与校验码' : ''}相符${context ? `，前文有“${context}”` : ''}`,
          en: `${r.kind}: ${scored.checked ? 'format and check digit match' : 'format matches'}${context ? `, preceded by "${context}"` : ''}`,
        },
      });
    }
  }
  return resolveOverlaps(candidates);
}

/** Better of two overlapping matches: the higher score, then the longer span, then the earlier one. */
function better(a: Detection<string>, b: Detection<string>): boolean {
  return a.score !== b.score
    ? a.score > b.score
    : a.end - a.start !== b.end - b.start
      ? a.end - a.start > b.end - b.start
      : a.start < b.start;
}

/**
 * One sweep in start order (O(n log n), not O(n²) for long documents): a candidate replaces the kept
 * matches it overlaps only if it is better than each of them.
 */
function resolveOverlaps<D extends Detection<string>>(candidates: D[]): D[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: D[] = [];
  for (const c of candidates) {
    let first = kept.length;
    while (first > 0 && kept[first - 1]!.end > c.start) first--;
    if (kept.slice(first).every((k) => better(c, k))) kept.splice(first, kept.length - first, c);
  }
  return kept;
}

/** The preset each detected kind is masked with by default; a kind of your own is masked whole (fail closed). */
function defaultMasker(name: string): (text: string) => string {
  const kind = name as DetectedKind;
  switch (kind) {
    case 'residentId':
      return presetFunction('hutool.residentId');
    case 'mobile':
      return presetFunction('hutool.mobile');
    case 'fixedPhone':
      return presetFunction('hutool.fixedPhone');
    case 'bankCard':
      return presetFunction('hutool.bankCard');
    case 'email':
      return presetFunction('hutool.email');
    case 'plate':
      return presetFunction('hutool.plate');
    case 'uscc':
      return presetFunction('govkit.uscc');
    case 'hkId':
    case 'moId':
    case 'twId':
    case 'passport':
    case 'permit':
      return presetFunction(`govkit.${kind}`);
    default:
      return maskWhole;
  }
}

const maskWhole = (text: string) => '*'.repeat([...text].length);

/**
 * Replaces each detected span with its masked form: by default the Hutool-compatible or govkit
 * preset for its kind, or `mask(detection)` if given. Detections must come from the same text.
 *
 * @example
 * ```ts
 * const text = '身份证11010519491231002X';
 * maskDetections(text, detectPii(text)); // '身份证1***************2X'
 * ```
 */
export function maskDetections(
  text: string,
  detections: readonly Detection<string>[],
  mask: (detection: Detection<string>) => string = (d) => defaultMasker(d.kind)(d.text),
): string {
  let out = '';
  let at = 0;
  for (const d of [...detections].sort((a, b) => a.start - b.start)) {
    if (d.start < at || d.end > text.length || text.slice(d.start, d.end) !== d.text)
      throw new MaskingError('INVALID_ARGUMENT', `detections: span ${d.start}-${d.end} does not match the text`, {
        field: 'detections',
      });
    out += text.slice(at, d.start) + mask(d);
    at = d.end;
  }
  return out + text.slice(at);
}

/**
 * Detects and masks personal identifiers in one call; your recognisers' matches are masked with
 * their `mask`, or whole.
 *
 * @example
 * ```ts
 * maskPii('请致电13812345678'); // '请致电138****5678'
 * const caseNo = { kind: 'caseNo', pattern: /SL-\d{4}-\d{8}/, context: /案号/, mask: (t: string) => `${t.slice(0, 8)}****` };
 * maskPii('案号SL-2026-20261201', { recognisers: [caseNo] }); // '案号SL-2026-****'
 * ```
 */
export function maskPii<K extends string = never>(text: string, options: DetectOptions<K> = {}): string {
  const found = detectPii(text, options);
  const own = new Map<string, (text: string) => string>(options.recognisers?.map((r) => [r.kind, r.mask ?? maskWhole]));
  return maskDetections(text, found, (d) => (own.get(d.kind) ?? defaultMasker(d.kind))(d.text));
}
