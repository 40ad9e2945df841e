import { MaskingError } from '../errors';
import { ageBand, generaliseAddress, generaliseBirthDate, numberRange } from '../operators/generalise';
import { checkChar, maskRange } from '../operators/mask';
import { PRESET_NAMES } from '../presets/names';
import { presetFunction } from '../presets/presets';
import type { CompileOptions, OperatorContext, OperatorSpec, ValueMasker } from './types';

/** Masks every code point: the fail-closed answer when an operator cannot handle a value. */
export const maskAll: ValueMasker = (v) => maskRange(v, 0, 0, '*');

/** A value function that never throws: a value an operator rejects is masked whole instead. */
function failClosed(f: (v: string) => string | null): ValueMasker {
  return (v) => {
    try {
      return f(v) ?? maskAll(v);
    } catch {
      return maskAll(v);
    }
  };
}

function int(spec: Record<string, unknown>, name: string, field: string, min: number): number | undefined {
  const n = spec[name];
  if (n === undefined) return undefined;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min)
    throw new MaskingError('INVALID_POLICY', `${field}.${name} must be an integer ≥ ${min}, got ${JSON.stringify(n)}`, {
      field: `${field}.${name}`,
    });
  return n;
}

function text(spec: Record<string, unknown>, name: string, field: string, optional: boolean): string | undefined {
  const s = spec[name];
  if (s === undefined && optional) return undefined;
  if (typeof s !== 'string')
    throw new MaskingError('INVALID_POLICY', `${field}.${name} must be a string`, { field: `${field}.${name}` });
  return s;
}

/**
 * Compiles one value operator (everything except `keep` and `drop`, which the policy handles
 * structurally) into a function, validating its options now rather than at the millionth record.
 *
 * @example
 * ```ts
 * compileOperator({ op: 'mask', keepStart: 1 }, 'classes.name.public', context, {})('段正淳'); // '段**'
 * ```
 */
export function compileOperator(
  spec: OperatorSpec,
  field: string,
  context: OperatorContext,
  options: CompileOptions,
): ValueMasker {
  const raw = spec as unknown as Record<string, unknown>;
  switch (spec.op) {
    case 'redact': {
      const t = text(raw, 'text', field, true) ?? '***';
      return () => t;
    }
    case 'replace': {
      const t = text(raw, 'with', field, false)!;
      return () => t;
    }
    case 'mask': {
      const keepStart = int(raw, 'keepStart', field, 0) ?? 0;
      const keepEnd = int(raw, 'keepEnd', field, 0) ?? 0;
      const char = text(raw, 'char', field, true) ?? '*';
      try {
        checkChar(char, `${field}.char`);
      } catch (e) {
        throw new MaskingError('INVALID_POLICY', (e as Error).message, { field: `${field}.char` });
      }
      return (v) => maskRange(v, keepStart, keepEnd, char);
    }
    case 'preset':
      if (!(PRESET_NAMES as readonly string[]).includes(spec.name))
        throw new MaskingError('INVALID_POLICY', `${field}.name: unknown preset ${JSON.stringify(spec.name)}`, {
          field: `${field}.name`,
        });
      return presetFunction(spec.name);
    case 'generalise':
      return compileGeneralise(spec, field);
    case 'pseudonym':
    case 'fpe':
    case 'detect':
    case 'custom': {
      const name = spec.op === 'custom' ? text(raw, 'name', field, false)! : spec.op;
      const compiler = options.operators?.[name];
      if (!compiler)
        throw new MaskingError(
          'UNKNOWN_OPERATOR',
          `${field}: operator ${JSON.stringify(name)} is not registered; pass it in compilePolicy(policy, { operators: { ${name}: … } })` +
            (spec.op === 'custom' ? '' : ` (import it from '@govkit/masking/${spec.op === 'fpe' ? 'ff1' : spec.op}')`),
          { field },
        );
      return failClosed(compiler(spec, context));
    }
    default:
      throw new MaskingError('UNKNOWN_OPERATOR', `${field}: unknown operator ${JSON.stringify(raw.op)}`, { field });
  }
}

function compileGeneralise(spec: Extract<OperatorSpec, { op: 'generalise' }>, field: string): ValueMasker {
  const bad = (what: string) => new MaskingError('INVALID_POLICY', `${field}: generalise ${what}`, { field });
  if (spec.kind === 'address') {
    const to = spec.to;
    if (to !== 'province' && to !== 'city' && to !== 'district') throw bad(`address to ${JSON.stringify(to)}`);
    return failClosed((v) => generaliseAddress(v, to));
  }
  if (spec.kind === 'birthDate' && spec.to === 'year') return failClosed(generaliseBirthDate);
  if (spec.kind === 'birthDate' && spec.to === 'ageBand') {
    const { asOf, width = 10 } = spec;
    try {
      ageBand(asOf, asOf, width); // validates asOf and width once
    } catch (e) {
      throw bad(`ageBand: ${(e as Error).message}`);
    }
    return failClosed((v) => ageBand(v, asOf, width));
  }
  if (spec.kind === 'number') {
    const { width } = spec;
    if (!(width > 0) || !Number.isFinite(width)) throw bad(`number width ${JSON.stringify(width)}`);
    return failClosed((v) => numberRange(v, width));
  }
  throw bad(
    `kind ${JSON.stringify((spec as { kind: unknown }).kind)} / to ${JSON.stringify((spec as { to?: unknown }).to)}`,
  );
}
