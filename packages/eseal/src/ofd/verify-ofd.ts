import { documentReport, finishReport } from '../report/summary';
import type { Check, VerificationReport } from '../report/types';
import type { Verifier } from '../verifier/create-verifier';
import { checkOfdReferences } from './references';

/** One seal of an OFD e-licence: its description file, its SES signature, and the container's files. */
export interface OfdSealInput {
  /** The signature description file (e.g. `Doc_0/Signs/Sign_0/Signature.xml`). */
  signatureXml: Uint8Array;
  /** The SES_Signature (`SignedValue.dat`). */
  signedValue: Uint8Array;
  /** The OFD container's files by path, at least those Signature.xml references. */
  files: Readonly<Record<string, Uint8Array>>;
}

/**
 * Verifies a seal on an OFD document end to end: the GB/T 38540 signature whose dataHash is SM3 of the
 * signature description file (first level), then every file it references against its CheckValue
 * (second level, GB/T 33190-2016 §18). One report; a changed file is HASH_FAILURE, a missing one
 * SIGNED_DATA_NOT_FOUND.
 *
 * @example
 * ```ts
 * const report = await verifyOfdSignature(verifier, { signatureXml, signedValue, files }, { at: '2026-06-01T00:00:00Z' });
 * ```
 */
export async function verifyOfdSignature(
  verifier: Verifier,
  input: OfdSealInput,
  options: { at: string },
): Promise<VerificationReport> {
  const results = checkOfdReferences(input.signatureXml, input.files);
  const base = await verifier.verifySesSignature(input.signedValue, { at: options.at, data: input.signatureXml });
  const sig = base.signatures[0]!;
  const changed = results.filter((r) => r.matched === false).map((r) => r.fileRef);
  const missing = results.filter((r) => r.matched === null).map((r) => r.fileRef);
  const check: Check =
    changed.length > 0
      ? {
          id: 'DATA_HASH',
          target: 'document',
          status: 'failed',
          subIndication: 'HASH_FAILURE',
          message: {
            zh: `OFD 文件已被修改：${changed.join('、')}`,
            en: `OFD files were altered: ${changed.join(', ')}`,
          },
        }
      : missing.length > 0
        ? {
            id: 'DATA_HASH',
            target: 'document',
            status: 'indeterminate',
            subIndication: 'SIGNED_DATA_NOT_FOUND',
            message: {
              zh: `未提供签名描述文件引用的 OFD 文件：${missing.join('、')}`,
              en: `OFD files referenced by the signature were not supplied: ${missing.join(', ')}`,
            },
          }
        : {
            id: 'DATA_HASH',
            target: 'document',
            status: 'passed',
            message: {
              zh: `签名描述文件引用的 ${results.length} 个文件均未被修改`,
              en: `all ${results.length} files referenced by the signature are unaltered`,
            },
          };
  const { indication: _i, subIndication: _s, errors: _e, warnings: _w, ...rest } = sig;
  const report = finishReport({
    ...rest,
    covered: {
      description: {
        zh: '签名描述文件及其引用的 OFD 文件',
        en: 'the signature description file and the OFD files it references',
      },
      parts: [
        ...sig.covered.parts,
        ...results.map((r) => ({
          name: r.fileRef,
          digestAlgorithm: r.algorithm,
          digest: r.expected,
          matched: r.matched,
        })),
      ],
    },
    checks: [...sig.checks, check],
  });
  return documentReport(base.validationTime, [report]);
}
