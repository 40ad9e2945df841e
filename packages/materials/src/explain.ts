// The sentences shown to applicants and supervising offices, in Chinese and English.
import type { LocalizedText, Provenance, UnusableEvidence } from './types';

/** Names used in explanations, resolved by the caller. */
export interface Names {
  type(code: string): { zh: string; en: string };
  item(id: string): string;
}

const until = (d: string | undefined): LocalizedText =>
  d ? { zh: `有效期至 ${d}`, en: `valid until ${d}` } : { zh: '长期有效', en: 'valid indefinitely' };

/** Why one evidence type needs no upload. */
export function provenanceText(p: Provenance, names: Names): LocalizedText {
  // Requirement-level waivers (a bundle feed, a commitment-flagged requirement) name no evidence type.
  const t = p.evidenceType === undefined ? { zh: '该材料', en: 'the material' } : names.type(p.evidenceType);
  const byName =
    'matchedByName' in p && p.matchedByName ? { zh: '（按名称匹配）', en: ' (matched by name)' } : { zh: '', en: '' };
  switch (p.mode) {
    case 'e-licence': {
      const u = until(p.validUntil);
      return {
        zh: `已持有电子证照「${t.zh}」${p.licenceId}，${u.zh}${byName.zh}`,
        en: `e-licence "${t.en}" ${p.licenceId} held, ${u.en}${byName.en}`,
      };
    }
    case 'shared-data':
      return {
        zh: `「${t.zh}」通过共享数据「${p.sourceName}」调取`,
        en: `"${t.en}" obtained from shared data "${p.sourceName}"`,
      };
    case 'shared-verification':
      return {
        zh: `「${t.zh}」经「${p.sourceName}」共享核验`,
        en: `"${t.en}" verified against shared data "${p.sourceName}"`,
      };
    case 'online-certificate':
      return { zh: `「${t.zh}」由「${p.sourceName}」在线开具`, en: `"${t.en}" issued online by "${p.sourceName}"` };
    case 'earlier-submission': {
      const where =
        p.origin === 'this-case'
          ? { zh: '本次办件', en: 'this case' }
          : p.origin === 'earlier-case'
            ? { zh: `办件 ${p.caseId ?? ''} `.replace('  ', ' '), en: `case ${p.caseId ?? ''}`.trim() }
            : { zh: '材料库（一人一档/一企一档）', en: 'the archive' };
      return {
        zh: `「${t.zh}」已于 ${p.submittedAt} 在${where.zh}中提交（${p.submissionId}），可复用${byName.zh}`,
        en: `"${t.en}" already submitted on ${p.submittedAt} in ${where.en} (${p.submissionId}), reused${byName.en}`,
      };
    }
    case 'bundle-output':
      return {
        zh: `「${t.zh}」由本一件事中先办理的事项「${names.item(p.itemCode)}」的结果 ${p.resultId} 提供`,
        en: `"${t.en}" is provided by result ${p.resultId} of "${names.item(p.itemCode)}" earlier in this bundle`,
      };
    case 'commitment':
      return {
        zh: `「${t.zh}」以申请人书面告知承诺代替，事后核查`,
        en: `"${t.en}" replaced by the applicant's written commitment (告知承诺), verified afterwards`,
      };
  }
}

/** Why a requirement needs nothing from the applicant. */
export function waivedText(name: string, provenance: Provenance[], names: Names): LocalizedText {
  const parts = provenance.map((p) => provenanceText(p, names));
  return {
    zh: `无需提交「${name}」：${parts.map((p) => p.zh).join('；')}`,
    en: `"${name}" not required: ${parts.map((p) => p.en).join('; ')}`,
  };
}

/** Why a requirement still needs uploads (and what at hand could not be used). */
export function requestedText(
  name: string,
  uploads: string[],
  unusable: UnusableEvidence[],
  names: Names,
): LocalizedText {
  const types = uploads.map((u) => names.type(u));
  const extra = unusable.length
    ? {
        zh: `；未采用：${unusable.map((u) => u.reason.zh).join('；')}`,
        en: `; not used: ${unusable.map((u) => u.reason.en).join('; ')}`,
      }
    : { zh: '', en: '' };
  return {
    zh: `「${name}」需上传：${types.map((t) => t.zh).join('、')}（无可用的电子证照、共享数据或已交材料）${extra.zh}`,
    en: `"${name}" needs an upload of ${types.map((t) => t.en).join(', ')} (no usable e-licence, shared data or earlier submission)${extra.en}`,
  };
}

/** Why a requirement cannot be met under the policy. */
export function unsatisfiableText(name: string, blocked: string[], names: Names): LocalizedText {
  const types = blocked.map((b) => names.type(b));
  return {
    zh: `「${name}」在现行规则下无法满足：${types.map((t) => t.zh).join('、')} 不能由申请人提交，且无可用的共享来源`,
    en: `"${name}" cannot be met under this policy: ${types.map((t) => t.en).join(', ')} cannot be uploaded by the applicant and no usable shared source exists`,
  };
}

/** The reason shown for an optional requirement. */
export function optionalText(name: string): LocalizedText {
  return { zh: `「${name}」为非必要材料，可不提交`, en: `"${name}" is optional` };
}
