import { validateMobile, validateRegionCode, validateResidentId, validateUscc } from '@govkit/identifiers';
import { dayNumber } from './dates';
import { MaterialsError } from './errors';
import type {
  FormField,
  ItemForm,
  LocalizedText,
  MergedField,
  MergedForm,
  PrefillValue,
  ResolutionPolicy,
} from './types';

type Property = 'type' | 'format' | 'maxLength' | 'options';

/** Options of {@link mergeForms}. */
export interface MergeFormsOptions {
  /** Values from shared data (共享数据) to prefill fields with, each naming its source. */
  prefill?: PrefillValue[];
  /** Prefill happens only when the policy accepts `shared-data` and the applicant consented to fetching. */
  policy?: Pick<ResolutionPolicy, 'accept' | 'consentToFetch'>;
}

/** Named formats a prefill value is checked against (GB 32100, GB 11643, mobile numbers, GB/T 2260). */
const FORMATS: Record<string, (v: string) => { valid: boolean }> = {
  uscc: validateUscc,
  'resident-id': (v) => validateResidentId(v),
  mobile: validateMobile,
  'region-code': validateRegionCode,
};

/**
 * 一表申请: merges the application forms of a bundle's items into one form. Fields are de-duplicated by
 * information concept (国办发〔2024〕3号 "高效办成一件事": 一张表单); every merged field lists the items that
 * need it and is required if any item requires it. Definitions that disagree on type, format, length or
 * enumeration are reported as conflicts with every side, never merged silently. Fields are prefilled from
 * shared data only where the policy allows, and each prefill records its source.
 *
 * @example
 * ```ts
 * const form = mergeForms([
 *   { itemCode: 'A', fields: [{ concept: 'enterprise.name', label: '企业名称', type: 'text', required: true }] },
 *   { itemCode: 'B', fields: [{ concept: 'enterprise.name', label: '单位名称', type: 'text', required: false }] },
 * ]);
 * form.metrics; // { fieldsBefore: 2, fieldsAfter: 1, conflicts: 0, prefilled: 0, fieldReduction: 0.5 }
 * ```
 */
export function mergeForms(forms: readonly ItemForm[], options: MergeFormsOptions = {}): MergedForm {
  if (!Array.isArray(forms as unknown))
    throw new MaterialsError('INVALID_ARGUMENT', 'forms: expected an array', { field: 'forms' });
  const byConcept = new Map<string, { itemCode: string; field: FormField }[]>();
  const codes = new Set<string>();
  let fieldsBefore = 0;
  forms.forEach((form, i) => {
    if (codes.has(form.itemCode)) dup(`forms[${i}].itemCode`, form.itemCode);
    codes.add(form.itemCode);
    const seen = new Set<string>();
    form.fields.forEach((field, j) => {
      const at = `forms[${i}].fields[${j}]`;
      if (seen.has(field.concept)) dup(`${at}.concept`, field.concept);
      seen.add(field.concept);
      if ((field.type === 'choice' || field.type === 'multi-choice') && !field.options?.length)
        throw new MaterialsError('INVALID_ARGUMENT', `${at}.options: a ${field.type} field needs its options`, {
          field: `${at}.options`,
        });
      fieldsBefore++;
      const list = byConcept.get(field.concept);
      if (list) list.push({ itemCode: form.itemCode, field });
      else byConcept.set(field.concept, [{ itemCode: form.itemCode, field }]);
    });
  });

  const fields: MergedField[] = [];
  for (const [concept, variants] of byConcept) {
    const first = variants[0]!.field;
    const itemCodes = variants.map((v) => v.itemCode);
    const properties = (['type', 'format', 'maxLength', 'options'] as const).filter((p) =>
      variants.some((v) => key(v.field, p) !== key(first, p)),
    );
    if (properties.length) fields.push({ status: 'conflict', concept, properties, variants, itemCodes });
    else
      fields.push({
        status: 'merged',
        concept,
        field: { ...first, required: variants.some((v) => v.field.required) },
        itemCodes,
      });
  }

  const prefillRejected: MergedForm['prefillRejected'] = [];
  const allowed = options.policy?.accept.includes('shared-data') && options.policy.consentToFetch;
  for (const p of options.prefill ?? []) {
    const target = fields.find((f) => f.concept === p.concept);
    const reject = (reason: LocalizedText) =>
      prefillRejected.push({ concept: p.concept, sourceId: p.sourceId, reason });
    if (!allowed) reject({ zh: '未获授权调取共享数据', en: 'shared data may not be used: not accepted or no consent' });
    else if (!target) reject({ zh: '表单中没有该信息项', en: 'no field of this concept in the form' });
    else if (target.status === 'conflict')
      reject({ zh: '该信息项定义冲突，不予预填', en: 'the field is in conflict; not prefilled' });
    else if (target.prefill) reject({ zh: '该信息项已由其他来源预填', en: 'already prefilled from another source' });
    else {
      const misfit = misfitOf(target.field, p.value);
      if (misfit) reject(misfit);
      else target.prefill = p;
    }
  }

  const conflicts = fields.filter((f) => f.status === 'conflict').length;
  return {
    fields,
    prefillRejected,
    metrics: {
      fieldsBefore,
      fieldsAfter: fields.length,
      conflicts,
      prefilled: fields.filter((f) => f.status === 'merged' && f.prefill).length,
      fieldReduction: fieldsBefore === 0 ? 0 : 1 - fields.length / fieldsBefore,
    },
  };
}

function key(field: FormField, p: Property): string {
  const v = field[p];
  // An enumeration is a set: the order options are listed in does not make two fields differ.
  return Array.isArray(v) ? JSON.stringify([...v].sort()) : String(v);
}

/** Why `value` does not fit `field`, or undefined if it fits. */
function misfitOf(field: FormField, value: PrefillValue['value']): LocalizedText | undefined {
  const bad = (zh: string, en: string) => ({ zh: `预填值不符：${zh}`, en: `prefill value does not fit: ${en}` });
  switch (field.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad('应为数字', 'expected a number');
      return undefined;
    case 'integer':
      if (!Number.isInteger(value)) return bad('应为整数', 'expected an integer');
      return undefined;
    case 'boolean':
      if (typeof value !== 'boolean') return bad('应为是/否', 'expected true or false');
      return undefined;
    case 'date':
      try {
        dayNumber(value, field.concept);
        return undefined;
      } catch {
        return bad('应为日期 YYYY-MM-DD', 'expected a date YYYY-MM-DD');
      }
    case 'choice':
      if (typeof value !== 'string' || !field.options!.includes(value))
        return bad('不在可选项中', 'not one of the options');
      return undefined;
    case 'multi-choice':
      if (!Array.isArray(value) || !value.every((v) => field.options!.includes(v)))
        return bad('不在可选项中', 'not among the options');
      return undefined;
    case 'text': {
      if (typeof value !== 'string') return bad('应为文本', 'expected text');
      if (field.maxLength !== undefined && [...value].length > field.maxLength)
        return bad(`超过 ${field.maxLength} 个字符`, `longer than ${field.maxLength} characters`);
      if (field.format === undefined) return undefined;
      const check = FORMATS[field.format];
      if (!check) return bad(`无法校验格式 ${field.format}`, `format "${field.format}" cannot be checked`);
      return check(value).valid ? undefined : bad(`格式不是 ${field.format}`, `not a valid ${field.format}`);
    }
  }
}

function dup(field: string, value: string): never {
  throw new MaterialsError('DUPLICATE_ID', `${field}: "${value}" appears twice`, { field });
}
