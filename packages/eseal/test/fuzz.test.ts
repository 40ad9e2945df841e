// Fuzzing: random and mutated inputs may only ever produce reports or EsealError, and never a pass.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../src/bytes';
import { readDer } from '../src/der/reader';
import { createVerifier, EsealError, parseSesSeal, parseSesSignature, sealDocument } from '../src/index';
import { createTimestampToken } from '../src/issuing/index';
import { parseCertificate } from '../src/x509/certificate';
import { parseCrl } from '../src/x509/crl';
import { parseTimestampToken } from '../src/x509/timestamp';
import { at, department, jsonTrust, licence, officer, pki, seal, sesData, sesSignature, sesTrust } from './fixtures';

const onlyTypedErrors = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof EsealError)) throw err;
  }
};

const mutation = (length: number) =>
  fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(length - 1), bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(length - 1) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(length), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(length - 1) }),
  );
type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; byte: number }
  | { kind: 'delete'; at: number };
function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  switch (m.kind) {
    case 'flip': {
      const out = bytes.slice();
      out[m.at]! ^= 1 << m.bit;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, m.at);
    case 'insert':
      return Uint8Array.from([...bytes.subarray(0, m.at), m.byte, ...bytes.subarray(m.at)]);
    default:
      return Uint8Array.from([...bytes.subarray(0, m.at), ...bytes.subarray(m.at + 1)]);
  }
}

describe('parsers on random bytes', () => {
  it('throw nothing but EsealError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        onlyTypedErrors(() => readDer(bytes, 'x'));
        onlyTypedErrors(() => parseSesSignature(bytes));
        onlyTypedErrors(() => parseSesSeal(bytes));
        onlyTypedErrors(() => parseCertificate(bytes));
        onlyTypedErrors(() => parseCrl(bytes));
        onlyTypedErrors(() => parseTimestampToken(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it('throw nothing but EsealError on mutated real structures', () => {
    const token = createTimestampToken({ tsa: pki.tsa, genTime: '2026-03-01T08:05:00Z', data: sesData });
    const samples = [sesSignature, seal, pki.department.certificate, pki.crls[0]!, token];
    fc.assert(
      fc.property(fc.nat(samples.length - 1), fc.nat(), (which, seed) => {
        const bytes = samples[which]!;
        const m = fc.sample(mutation(bytes.length), { seed, numRuns: 1 })[0]! as Mutation;
        const input = mutate(bytes, m);
        onlyTypedErrors(() => parseSesSignature(input));
        onlyTypedErrors(() => parseSesSeal(input));
        onlyTypedErrors(() => parseCertificate(input));
        onlyTypedErrors(() => parseCrl(input));
        onlyTypedErrors(() => parseTimestampToken(input));
      }),
      { numRuns: 150 },
    );
  });
});

describe('verification of mutated inputs never passes', () => {
  const ses = createVerifier({ trust: sesTrust });
  const json = createVerifier({ trust: jsonTrust });

  it('GB/T 38540 signatures', async () => {
    await fc.assert(
      fc.asyncProperty(mutation(sesSignature.length), async (m) => {
        const report = await ses.verifySesSignature(mutate(sesSignature, m as Mutation), { at, data: sesData });
        expect(report.indication).not.toBe('TOTAL_PASSED');
      }),
      { numRuns: 40 },
    );
  });

  it('JSON sealed documents: any changed byte of header, payload or signature', async () => {
    const doc = await sealDocument({ json: licence }, [department, officer]);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(1),
        fc.constantFrom('protected', 'payload', 'signature'),
        fc.nat(),
        fc.integer({ min: 0, max: 7 }),
        async (i, part, pos, bit) => {
          const sig = doc.signatures[i]!;
          const text = part === 'payload' ? doc.payload! : sig[part as 'protected' | 'signature'];
          const bytes = fromBase64(text)!;
          bytes[pos % bytes.length]! ^= 1 << bit;
          const changed = toBase64(bytes, true);
          const signatures = doc.signatures.map((s, j) =>
            j === i && part !== 'payload' ? { ...s, [part]: changed } : s,
          );
          const report = await json.verifySealedDocument(
            { payload: part === 'payload' ? changed : doc.payload!, signatures },
            { at },
          );
          expect(report.indication).not.toBe('TOTAL_PASSED');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('JSON sealed documents: arbitrary strings and objects', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.json().map((j) => j),
        ),
        async (input) => {
          const report = await json.verifySealedDocument(input, { at });
          expect(report.indication).not.toBe('TOTAL_PASSED');
        },
      ),
      { numRuns: 60 },
    );
  });
});
