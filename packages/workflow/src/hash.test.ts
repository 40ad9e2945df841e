import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseEvent, JsonValue } from './index';
import { eventHash } from './index';
import { sm3 } from './sm3/index';

/** The documented input of an event hash, built the slow, obvious way: every object's keys sorted. */
const sortedJson = (v: JsonValue): string =>
  Array.isArray(v)
    ? `[${v.map(sortedJson).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${sortedJson(v[k]!)}`)
          .join(',')}}`
      : JSON.stringify(v);
const documented = (e: CaseEvent) =>
  new TextEncoder().encode(
    JSON.stringify([e.caseId, e.seq, e.type, e.at, e.actor, e.role, e.from, e.to, e.prev]) + sortedJson(e.payload),
  );

// Any text, lone surrogates and control characters included, and payloads of any JSON shape.
const text = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 })
  .map((units) => String.fromCharCode(...units));
const event = fc.record({
  caseId: text,
  seq: fc.nat(),
  type: fc.constantFrom('created', 'transitioned', 'voted' as const),
  at: text,
  actor: text,
  role: text,
  from: text,
  to: text,
  payload: fc.dictionary(text, fc.jsonValue({ maxDepth: 3 })) as fc.Arbitrary<{ [key: string]: JsonValue }>,
  prev: text,
  hash: fc.constant(''),
});

describe('eventHash', () => {
  it('hashes the fixed-order head and the key-sorted JSON of the payload, in any key order (property)', () => {
    fc.assert(
      fc.property(event, (e) => {
        expect(eventHash(e, 'sha256')).toBe(bytesToHex(nobleSha256(documented(e))));
        expect(eventHash(e, 'sm3', sm3)).toBe(bytesToHex(sm3(documented(e))));
        // A store that reorders keys (PostgreSQL jsonb) changes nothing.
        const reversed = Object.fromEntries(Object.entries(e.payload).reverse());
        expect(eventHash({ ...e, payload: reversed }, 'sha256')).toBe(eventHash(e, 'sha256'));
      }),
      { numRuns: 150 },
    );
  });

  it('gives a known digest for a known event', () => {
    const e: CaseEvent = {
      caseId: 'C-1',
      seq: 2,
      type: 'transitioned',
      at: '2025-03-03T01:00:00Z',
      actor: 'w-1',
      role: 'frontDesk',
      from: 'submitted',
      to: 'handling',
      payload: { reason: '材料齐全 "ok"\n', action: 'accept', n: [1.5, -0, true, null, { b: 1, a: {} }] },
      prev: 'ab',
      hash: '',
    };
    // sha256 of ["C-1",2,"transitioned","2025-03-03T01:00:00Z","w-1","frontDesk","submitted","handling","ab"]
    // followed by {"action":"accept","n":[1.5,0,true,null,{"a":{},"b":1}],"reason":"材料齐全 \"ok\"\n"}
    expect(bytesToHex(documented(e))).toContain(
      bytesToHex(new TextEncoder().encode('{"action":"accept","n":[1.5,0,true,null,{"a":{},"b":1}],"reason":')),
    );
    expect(eventHash(e, 'sha256')).toBe(bytesToHex(nobleSha256(documented(e))));
    // The digest of earlier releases: logs written by them still verify.
    expect(eventHash(e, 'sha256')).toBe('7690b1f8d179bfacd5a680906c5fdab5ac6ae4875851e7a0392b372ef3814b9b');
  });
});
