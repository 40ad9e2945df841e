// The catalogue (事项目录 / 实施清单) schema: items plus the shared code lists they refer to — evidence types,
// roles, themes — and the one-thing bundles (一件事) built from them.
import * as z from 'zod';
import { itemSchema } from './item';
import type { SchemaOptions } from './options';
import { audience, id, organisation, text } from './parts';

/**
 * An evidence type: a document, an e-licence type, shared data or a written commitment.
 *
 * @example
 * ```ts
 * evidenceTypeSchema().parse({ id: 'business-licence', name: '营业执照', kind: 'e-licence', licenceType: 'BL' });
 * ```
 */
export function evidenceTypeSchema() {
  return z.object({
    id: id(),
    name: text(),
    /** document (an applicant's paper/file), e-licence (电子证照), shared-data (共享数据), commitment (告知承诺书). */
    kind: z.enum(['document', 'e-licence', 'shared-data', 'commitment']),
    /** National e-licence type code; required for kind `e-licence`. */
    licenceType: text().optional(),
    /** The dataset or department that shares the data; for kind `shared-data`. */
    source: text().optional(),
  });
}

/**
 * A role (经办, 复核, 审批 …) that process steps refer to.
 *
 * @example
 * ```ts
 * roleSchema().parse({ id: 'handler', name: '经办' });
 * ```
 */
export function roleSchema() {
  return z.object({ id: id(), name: text() });
}

/**
 * 主题: a navigation theme by audience, life event, business event, department or region.
 *
 * @example
 * ```ts
 * themeSchema().parse({ id: 'open-restaurant', name: '开餐馆', kind: 'business-event' });
 * ```
 */
export function themeSchema() {
  return z.object({
    id: id(),
    name: text(),
    /** 主题: by audience, life event (个人生命周期), business event (企业全生命周期), department, region. */
    kind: z.enum(['audience', 'life-event', 'business-event', 'department', 'region']),
    parent: id().optional(),
    /** A code from a shared code list (e.g. a life-event code), for export. */
    code: text().optional(),
    audience: audience().optional(),
    regionCode: z
      .string()
      .regex(/^\d{6}(\d{6})?$/)
      .optional(),
    creditCode: z
      .string()
      .regex(/^[0-9A-Z]{18}$/)
      .optional(),
  });
}

/**
 * 一件事: member items with order, dependencies, outputs feeding inputs and departments.
 *
 * @example
 * ```ts
 * bundleSchema().shape.members.element.parse({ item: '91310110666007217T0001070010001', order: 1 });
 * ```
 */
export function bundleSchema() {
  const endpoint = { item: text() };
  return z.object({
    id: id(),
    code: text().optional(),
    name: text(),
    description: text().optional(),
    themes: z.array(id()),
    /** Member items by item code, with their order and the members they wait for. */
    members: z
      .array(z.object({ item: text(), order: z.number().int().min(1), dependsOn: z.array(text()).optional() }))
      .min(2),
    /** Outputs feeding inputs: a result of one member satisfies a material requirement of a later one. */
    feeds: z.array(
      z.object({
        from: z.object({ ...endpoint, result: id() }),
        to: z.object({ ...endpoint, requirement: id() }),
      }),
    ),
    departments: z.array(organisation()).min(1),
  });
}

/**
 * Builds the whole-catalogue schema (structure and per-item rules; referential checks run after it).
 *
 * @example
 * ```ts
 * const result = catalogueSchema({ local: z.object({ windowNo: z.string() }) }).safeParse(json);
 * ```
 */
export function catalogueSchema<L, T extends string>(options: SchemaOptions<L, T> = {}) {
  return z.object({
    format: z.literal('govkit.catalogue/1'),
    name: text().optional(),
    regionCode: z
      .string()
      .regex(/^\d{6}(\d{6})?$/)
      .optional(),
    evidenceTypes: z.array(evidenceTypeSchema()),
    roles: z.array(roleSchema()),
    themes: z.array(themeSchema()),
    items: z.array(itemSchema(options)),
    bundles: z.array(bundleSchema()),
  });
}
