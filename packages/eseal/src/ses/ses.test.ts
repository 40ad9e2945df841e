import { sm3 } from '@govkit/sm3';
import { describe, expect, it } from 'vitest';
import { at, pki, sealOptions, sesData } from '../../test/fixtures';
import { createSesSeal, createSesSignature } from '../issuing/ses';
import { resolveOptions } from '../verifier/context';
import { parseSesSignature } from './parse';
import { verifySesSealWith, verifySesSignatureWith } from './verify';

const data = sesData;
const sealOpts = sealOptions;
const ctx = resolveOptions({ trust: { anchors: [pki.sm2Root.certificate], crls: pki.crls } });
const verify = (bytes: Uint8Array, d = data) => verifySesSignatureWith(ctx, bytes, at, Date.parse(at), { data: d });

describe('GB/T 38540 round trip', () => {
  for (const version of [4, 1] as const) {
    it(`v${version}: a generated seal and signature verify, and every check passes`, async () => {
      const seal = createSesSeal({ ...sealOpts, version });
      const sig = createSesSignature({
        seal,
        signer: pki.department,
        signingTime: '2026-03-01T08:00:00Z',
        data,
        propertyInfo: 'licence.ofd',
      });
      const parsed = parseSesSignature(sig);
      expect(parsed.version).toBe(version);
      expect(parsed.seal.name).toBe(sealOpts.name);
      expect(parsed.dataHash).toEqual(sm3(data));
      const report = await verify(sig);
      expect(report.signatures[0]!.checks.filter((c) => c.status !== 'passed')).toEqual([]);
      expect(report.indication).toBe('TOTAL_PASSED');
      expect(report.signatures[0]!.signer).toMatchObject({
        organisation: '示例市市场监督管理局',
        sealId: '35010000000001',
      });
      expect(report.signatures[0]!.claimedSigningTime).toBe('2026-03-01T08:00:00Z');
      const sealReport = await verifySesSealWith(ctx, seal, at, Date.parse(at));
      expect(sealReport.indication).toBe('TOTAL_PASSED');
    });
  }

  it('detects a data mismatch', async () => {
    const seal = createSesSeal(sealOpts);
    const sig = createSesSignature({
      seal,
      signer: pki.department,
      signingTime: '2026-03-01T08:00:00Z',
      data,
      propertyInfo: 'x',
    });
    const report = await verify(sig, new TextEncoder().encode('tampered'));
    expect(report.indication).toBe('TOTAL_FAILED');
    expect(report.subIndication).toBe('HASH_FAILURE');
  });
});
