import { dayNumber } from './dates';
import { MaterialsError } from './errors';
import type { Fingerprint, IdenticalUploads, LocalizedText, Submission, Upload } from './types';

/** Options of {@link findIdenticalUploads}. */
export interface IdenticalUploadsOptions {
  /** Earlier submissions (this case, earlier cases, the archive) whose fingerprints are compared too. */
  submissions?: Submission[];
  /** The day reuse is judged on (YYYY-MM-DD); required with `submissions`. */
  at?: string;
  /** The uploader's identifier; an earlier submission of another holder is never reused. */
  holderId?: string;
}

const keyOf = (f: Fingerprint) => `${f.algorithm}:${f.digest}:${f.size}`;

/**
 * Groups uploads with identical content (same algorithm, digest and size) and finds earlier submissions
 * of the same content, saying for each whether it may be reused on `at`: only if it belongs to the
 * same holder and is valid that day. Only groups with a duplicate or an earlier match are returned,
 * in the order of their first upload.
 *
 * @example
 * ```ts
 * const fp = await fingerprint(scan);
 * findIdenticalUploads([{ id: 'u1', fingerprint: fp }, { id: 'u2', fingerprint: fp }]);
 * // [{ fingerprint: fp, uploadIds: ['u1', 'u2'], earlier: [] }]
 * ```
 */
export function findIdenticalUploads(
  uploads: readonly Upload[],
  options: IdenticalUploadsOptions = {},
): IdenticalUploads[] {
  const { submissions = [], holderId } = options;
  if (submissions.length && options.at === undefined)
    throw new MaterialsError('INVALID_ARGUMENT', 'at: required to judge whether earlier submissions are still valid', {
      field: 'at',
    });
  const at = options.at === undefined ? 0 : dayNumber(options.at, 'at');
  const groups = new Map<string, IdenticalUploads>();
  const ids = new Set<string>();
  uploads.forEach((u, i) => {
    if (ids.has(u.id))
      throw new MaterialsError('DUPLICATE_ID', `uploads[${i}].id: "${u.id}" appears twice`, {
        field: `uploads[${i}].id`,
      });
    ids.add(u.id);
    const k = keyOf(u.fingerprint);
    const g = groups.get(k);
    if (g) g.uploadIds.push(u.id);
    else groups.set(k, { fingerprint: u.fingerprint, uploadIds: [u.id], earlier: [] });
  });
  submissions.forEach((s, i) => {
    const g = s.fingerprint && groups.get(keyOf(s.fingerprint));
    if (!g) return;
    const submitted = dayNumber(s.submittedAt, `submissions[${i}].submittedAt`);
    const until = s.validUntil === undefined ? undefined : dayNumber(s.validUntil, `submissions[${i}].validUntil`);
    const problem: LocalizedText | undefined =
      holderId === undefined || s.holderId.trim().toUpperCase() !== holderId.trim().toUpperCase()
        ? { zh: '无法确认为同一持有人，不复用', en: 'not reused: the holder is not the uploader' }
        : submitted > at
          ? { zh: '提交日期晚于判断日，不复用', en: 'not reused: submitted after the day of judgement' }
          : until !== undefined && until < at
            ? { zh: `已于 ${s.validUntil} 失效，不复用`, en: `not reused: expired on ${s.validUntil}` }
            : undefined;
    const reusable = {
      zh: `与 ${s.submittedAt} 提交的材料 ${s.id} 内容相同，可复用`,
      en: `identical to ${s.id} submitted on ${s.submittedAt}; reusable`,
    };
    g.earlier.push({ submissionId: s.id, reusable: !problem, reason: problem ?? reusable });
  });
  return [...groups.values()].filter((g) => g.uploadIds.length > 1 || g.earlier.length > 0);
}
