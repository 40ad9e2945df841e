import { MaskingError } from '../errors';
import type { Reason } from '../policy/types';

/** 直接标识符 / 准标识符 / 敏感属性 / 其他 (GB/T 42460-2023 §4, GB/T 37964-2019 §3). */
export type FieldRole = 'direct' | 'quasi' | 'sensitive' | 'other';
/** 一般数据 / 重要数据 / 核心数据 (GB/T 43697-2024 §5). */
export type DataGrade = 'general' | 'important' | 'core';
/** Not personal information / personal information / sensitive personal information (PIPL Art. 4, 28). */
export type PersonalInfoLevel = 'none' | 'general' | 'sensitive';

/** How a field of a dataset is described for grading; `kind` fills in defaults for known kinds. */
export interface FieldDescription {
  /** A known kind such as `'name'`, `'residentId'`, `'birthDate'`, `'health'` (see {@link describeKind}), or your own. */
  kind?: string;
  role?: FieldRole;
  personalInfo?: PersonalInfoLevel;
  /** A grade the field carries on its own (e.g. a field from an important-data catalogue). */
  grade?: DataGrade;
}

/** A dataset to grade: its fields and, if known, how many people it describes. */
export interface DatasetDescription {
  fields: Record<string, FieldDescription>;
  /** Number of distinct people (subjects) in the dataset. */
  subjects?: number;
}

/** A combination rule: when a dataset holds every one of `kinds`, it is raised to at least these levels. */
export interface CombinationRule {
  id: string;
  kinds: string[];
  personalInfo?: PersonalInfoLevel;
  grade?: DataGrade;
  reason: Reason;
}

/** One rule or field that raised the grade, with why. */
export interface GradingFinding {
  rule: string;
  fields: string[];
  grade: DataGrade;
  personalInfo: PersonalInfoLevel;
  reason: Reason;
}

/** The answer of {@link gradeDataset}. */
export interface GradingReport {
  grade: DataGrade;
  personalInfo: PersonalInfoLevel;
  /** Field names by role. */
  roles: Record<FieldRole, string[]>;
  /** Everything that raised the result above "general / none", highest first. */
  findings: GradingFinding[];
  /** The overall verdict, showable to a person. */
  reason: Reason;
}

/** Options of {@link gradeDataset}. */
export interface GradingOptions {
  /** Combination rules (default {@link defaultCombinationRules}); pass `[...defaultCombinationRules(), mine]` to extend. */
  rules?: CombinationRule[];
  /**
   * Personal information about at least this many people is graded important data (default
   * 1,000,000, the scale sector important-data catalogues under GB/T 43697-2024 commonly use).
   */
  importantScale?: number;
}

const GRADES: readonly DataGrade[] = ['general', 'important', 'core'];
const PI: readonly PersonalInfoLevel[] = ['none', 'general', 'sensitive'];
const ROLE_ZH: Record<FieldRole, string> = {
  direct: '直接标识符',
  quasi: '准标识符',
  sensitive: '敏感属性',
  other: '其他',
};
const GRADE_ZH: Record<DataGrade, string> = { general: '一般数据', important: '重要数据', core: '核心数据' };
const PI_ZH: Record<PersonalInfoLevel, string> = {
  none: '不含个人信息',
  general: '个人信息',
  sensitive: '敏感个人信息',
};
const PI_EN: Record<PersonalInfoLevel, string> = {
  none: 'no personal information',
  general: 'personal information',
  sensitive: 'sensitive personal information',
};

/**
 * The defaults for a known field kind (GB/T 42460-2023 Annex A lists direct and quasi-identifiers;
 * PIPL Art. 28 the sensitive categories). A standalone resident ID is not sensitive under the 2024
 * guidance and GB/T 45574-2025; combinations are handled by rules. `undefined` for unknown kinds.
 *
 * @example
 * ```ts
 * describeKind('bankCard'); // { role: 'direct', personalInfo: 'sensitive' } — a financial account (PIPL Art. 28)
 * ```
 */
export function describeKind(kind: string): { role: FieldRole; personalInfo: PersonalInfoLevel } | undefined {
  switch (kind) {
    case 'name':
    case 'residentId':
    case 'mobile':
    case 'fixedPhone':
    case 'email':
    case 'passport':
    case 'hkId':
    case 'moId':
    case 'twId':
    case 'permit':
    case 'plate':
    case 'address':
      return { role: 'direct', personalInfo: 'general' };
    case 'bankCard':
    case 'biometric':
      return { role: 'direct', personalInfo: 'sensitive' };
    case 'birthDate':
    case 'age':
    case 'gender':
    case 'district':
    case 'postcode':
    case 'occupation':
    case 'education':
    case 'maritalStatus':
      return { role: 'quasi', personalInfo: 'general' };
    case 'ethnicity':
      return { role: 'quasi', personalInfo: 'sensitive' };
    case 'health':
    case 'religion':
    case 'finance':
    case 'location':
    case 'criminalRecord':
    case 'minor':
      return { role: 'sensitive', personalInfo: 'sensitive' };
    case 'uscc':
    case 'organizationName':
      return { role: 'other', personalInfo: 'none' };
    default:
      return undefined;
  }
}

/**
 * The default combination rules: identifiers that single out one person, and the classic
 * quasi-identifier triple (birth date + gender + district makes most people unique).
 *
 * @example
 * ```ts
 * gradeDataset(ds, { rules: [...defaultCombinationRules(), myRule] });
 * ```
 */
export function defaultCombinationRules(): CombinationRule[] {
  return [
    {
      id: 'name+residentId',
      kinds: ['name', 'residentId'],
      personalInfo: 'sensitive',
      reason: {
        zh: '姓名与身份证号组合可确定特定自然人，组合后按敏感个人信息重新评估（GB/T 45574-2025）',
        en: 'Name with resident ID singles out a person; re-assessed as sensitive in combination (GB/T 45574-2025)',
      },
    },
    {
      id: 'name+mobile',
      kinds: ['name', 'mobile'],
      personalInfo: 'sensitive',
      reason: {
        zh: '姓名与手机号组合可直接联系并识别特定自然人',
        en: 'Name with mobile number identifies and reaches a specific person',
      },
    },
    {
      id: 'birthDate+gender+district',
      kinds: ['birthDate', 'gender', 'district'],
      personalInfo: 'sensitive',
      reason: {
        zh: '出生日期、性别与区县三个准标识符组合可唯一识别大多数人（GB/T 42460-2023 K-匿名评估）',
        en: 'Birth date, gender and district together single out most people (GB/T 42460-2023, k-anonymity)',
      },
    },
  ];
}

function max<T>(order: readonly T[], a: T, b: T): T {
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

/** Merges several datasets into one description: the union of fields, the higher levels on conflicts. */
function merge(datasets: readonly DatasetDescription[]): DatasetDescription {
  const fields: Record<string, FieldDescription> = {};
  let subjects: number | undefined;
  for (const ds of datasets) {
    for (const [name, f] of Object.entries(ds.fields)) fields[name] = { ...fields[name], ...f };
    if (ds.subjects !== undefined) subjects = Math.max(subjects ?? 0, ds.subjects);
  }
  return subjects === undefined ? { fields } : { fields, subjects };
}

/**
 * Grades a dataset (GB/T 43697-2024): core / important / general, and personal-information
 * sensitivity (PIPL Art. 28). Combination rules raise the grade when fields that are harmless
 * alone appear together; pass several datasets to grade their combination. Throughout, the
 * higher level wins (就高从严).
 *
 * @example
 * ```ts
 * const r = gradeDataset({ fields: { 姓名: { kind: 'name' }, 手机: { kind: 'mobile' } }, subjects: 1200 });
 * r.personalInfo; // 'sensitive' (rule name+mobile)
 * r.reason.zh; // '一般数据，敏感个人信息：…'
 * ```
 */
export function gradeDataset(
  dataset: DatasetDescription | readonly DatasetDescription[],
  options: GradingOptions = {},
): GradingReport {
  const ds = merge(Array.isArray(dataset) ? dataset : [dataset as DatasetDescription]);
  const { rules = defaultCombinationRules(), importantScale = 1_000_000 } = options;
  const roles: Record<FieldRole, string[]> = { direct: [], quasi: [], sensitive: [], other: [] };
  const byKind = new Map<string, string[]>();
  const findings: GradingFinding[] = [];
  let grade: DataGrade = 'general';
  let personalInfo: PersonalInfoLevel = 'none';

  for (const [name, f] of Object.entries(ds.fields)) {
    const defaults = f.kind === undefined ? undefined : describeKind(f.kind);
    const role = f.role ?? defaults?.role;
    const pi = f.personalInfo ?? defaults?.personalInfo;
    if (!role || !pi || !ROLE_ZH[role] || !PI.includes(pi))
      throw new MaskingError(
        'INVALID_ARGUMENT',
        `fields.${name}: unknown kind ${JSON.stringify(f.kind)}; give role and personalInfo explicitly`,
        { field: `fields.${name}` },
      );
    if (f.grade !== undefined && !GRADES.includes(f.grade))
      throw new MaskingError('INVALID_ARGUMENT', `fields.${name}.grade: unknown grade ${JSON.stringify(f.grade)}`, {
        field: `fields.${name}.grade`,
      });
    roles[role].push(name);
    if (f.kind !== undefined) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), name]);
    personalInfo = max(PI, personalInfo, pi);
    const fieldGrade = f.grade ?? 'general';
    grade = max(GRADES, grade, fieldGrade);
    if (pi === 'sensitive' || fieldGrade !== 'general')
      findings.push({
        rule: 'field',
        fields: [name],
        grade: fieldGrade,
        personalInfo: pi,
        reason: {
          zh: `字段“${name}”为${ROLE_ZH[role]}，属${GRADE_ZH[fieldGrade]}、${PI_ZH[pi]}`,
          en: `Field "${name}" is a ${role} ${role === 'other' ? 'field' : 'identifier'} and alone is ${fieldGrade} data with ${PI_EN[pi]}`,
        },
      });
  }

  for (const rule of rules) {
    if (rule.kinds.length === 0 || !rule.kinds.every((k) => byKind.has(k))) continue;
    const g = rule.grade ?? 'general';
    const p = rule.personalInfo ?? 'none';
    grade = max(GRADES, grade, g);
    personalInfo = max(PI, personalInfo, p);
    findings.push({
      rule: rule.id,
      fields: rule.kinds.flatMap((k) => byKind.get(k)!),
      grade: g,
      personalInfo: p,
      reason: rule.reason,
    });
  }

  if (ds.subjects !== undefined && ds.subjects >= importantScale && personalInfo !== 'none') {
    grade = max(GRADES, grade, 'important');
    findings.push({
      rule: 'scale',
      fields: [...roles.direct, ...roles.quasi, ...roles.sensitive],
      grade: 'important',
      personalInfo,
      reason: {
        zh: `涉及 ${ds.subjects} 人的个人信息，达到 ${importantScale} 人的规模门槛，按重要数据管理（GB/T 43697-2024）`,
        en: `Personal information about ${ds.subjects} people reaches the ${importantScale}-person threshold: important data (GB/T 43697-2024)`,
      },
    });
  }

  findings.sort(
    (a, b) =>
      GRADES.indexOf(b.grade) - GRADES.indexOf(a.grade) || PI.indexOf(b.personalInfo) - PI.indexOf(a.personalInfo),
  );
  const why = findings[0]?.reason;
  return {
    grade,
    personalInfo,
    roles,
    findings,
    reason: {
      zh: `${GRADE_ZH[grade]}，${PI_ZH[personalInfo]}${why ? `：${why.zh}` : ''}（就高从严）`,
      en: `${grade} data with ${PI_EN[personalInfo]}${why ? `: ${why.en}` : ''} (the higher level wins)`,
    },
  };
}
