import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { Detection } from './detect/index';
import type { DatasetDescription, GradingReport, KAnonymityReport } from './grading/index';
import type { MaskingDecision, MaskingPolicy, OperatorSpec, ReleaseEvent } from './index';
import { compilePolicy } from './index';
import {
  type DatasetDescriptionSchema,
  type DetectionSchema,
  type GradingReportSchema,
  type KAnonymityReportSchema,
  type MaskingDecisionSchema,
  type MaskingPolicySchema,
  type OperatorSpecSchema,
  parsePolicy,
  type ReleaseEventSchema,
} from './schemas';

describe('schemas', () => {
  it('infer exactly the public types', () => {
    expectTypeOf<z.infer<typeof OperatorSpecSchema>>().toEqualTypeOf<OperatorSpec>();
    expectTypeOf<z.infer<typeof MaskingPolicySchema>>().toEqualTypeOf<MaskingPolicy>();
    expectTypeOf<z.infer<typeof MaskingDecisionSchema>>().toEqualTypeOf<MaskingDecision>();
    expectTypeOf<z.infer<typeof ReleaseEventSchema>>().toEqualTypeOf<ReleaseEvent>();
    expectTypeOf<z.infer<typeof DetectionSchema>>().toEqualTypeOf<Detection>();
    expectTypeOf<z.infer<typeof DatasetDescriptionSchema>>().toEqualTypeOf<DatasetDescription>();
    expectTypeOf<z.infer<typeof GradingReportSchema>>().toEqualTypeOf<GradingReport>();
    expectTypeOf<z.infer<typeof KAnonymityReportSchema>>().toEqualTypeOf<KAnonymityReport>();
  });

  it('parsePolicy accepts a JSON policy and rejects a malformed one with zod issues', () => {
    const json =
      '{"levels":["public"],"fields":{"m":"mobile"},"classes":{"mobile":{"public":{"op":"preset","name":"hutool.mobile"}}}}';
    const policy = parsePolicy(JSON.parse(json));
    expect(compilePolicy(policy).apply({ m: '13812345678' }, 'public')).toEqual({ m: '138****5678' });
    try {
      parsePolicy({ levels: ['public'], fields: {}, classes: { x: { public: { op: 'shred' } } } });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'INVALID_POLICY', field: 'classes.x.public' });
      expect((e as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
    }
  });
});
