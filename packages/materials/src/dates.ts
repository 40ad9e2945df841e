import { MaterialsError } from './errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 of an ISO 8601 calendar date. Calendar dates carry no time zone, so the
 * result is the same on every machine; anything else is rejected rather than guessed.
 */
export function dayNumber(value: unknown, field: string): number {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return t / 86_400_000;
  }
  throw new MaterialsError(
    'INVALID_DATE',
    `${field}: expected an existing calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`,
    {
      field,
    },
  );
}
