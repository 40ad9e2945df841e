import { EsealError } from '../errors';
import type { SealedDocument } from '../jws/types';
import { type DetachedFiles, JwsCache, verifySealedDocumentWith } from '../jws/verify';
import type { VerificationReport } from '../report/types';
import { type SesDataInput, verifySesSealWith, verifySesSignatureWith } from '../ses/verify';
import { resolveOptions, validationTime } from './context';
import type { VerifierOptions } from './options';

/** A verifier bound to one set of trust anchors, CRLs and policy; it caches chains and keys across calls. */
export interface Verifier {
  /** Verifies every signature of a JSON sealed document (general, flattened or compact JWS). */
  verifySealedDocument(
    document: SealedDocument | string,
    options: { at: string; files?: DetachedFiles },
  ): Promise<VerificationReport>;
  /** Verifies a GB/T 38540 `SES_Signature` over data (or its SM3 hash). */
  verifySesSignature(signature: Uint8Array, options: { at: string } & SesDataInput): Promise<VerificationReport>;
  /** Verifies a GB/T 38540 `SESeal` on its own. */
  verifySesSeal(seal: Uint8Array, options: { at: string }): Promise<VerificationReport>;
}

function atOf(options: { at: string } | undefined): { at: string; ms: number } {
  if (!options || typeof options !== 'object')
    throw new EsealError('INVALID_ARGUMENT', 'options: expected { at, … }', { field: 'options' });
  return { at: options.at, ms: validationTime(options.at) };
}

/**
 * Creates a verifier for both formats. Trust anchors, intermediates and CRLs are parsed once; certificate
 * paths, CRL signatures and imported keys are cached, so verifying many documents sealed under the same
 * certificates costs little more than their signatures. Validation time is always passed in (`at`).
 *
 * @example
 * ```ts
 * const verifier = createVerifier({ trust: { anchors: [rootDer], crls: [crlDer] } });
 * const report = await verifier.verifySealedDocument(doc, { at: '2026-06-01T00:00:00Z' });
 * report.indication; // 'TOTAL_PASSED' | 'TOTAL_FAILED' | 'INDETERMINATE'
 * ```
 */
export function createVerifier(options: VerifierOptions): Verifier {
  const ctx = resolveOptions(options);
  const cache = new JwsCache();
  return {
    async verifySealedDocument(document, opts) {
      const { at, ms } = atOf(opts);
      return verifySealedDocumentWith(ctx, cache, document, at, ms, opts.files);
    },
    async verifySesSignature(signature, opts) {
      const { at, ms } = atOf(opts);
      return verifySesSignatureWith(ctx, signature, at, ms, opts);
    },
    async verifySesSeal(seal, opts) {
      const { at, ms } = atOf(opts);
      return verifySesSealWith(ctx, seal, at, ms);
    },
  };
}

/**
 * Verifies a JSON sealed document once (see {@link createVerifier} to verify many).
 *
 * @example
 * ```ts
 * const report = await verifySealedDocument(doc, { trust: { anchors: [rootDer], crls }, at: '2026-06-01T00:00:00Z' });
 * ```
 */
export async function verifySealedDocument(
  document: SealedDocument | string,
  options: VerifierOptions & { at: string; files?: DetachedFiles },
): Promise<VerificationReport> {
  return createVerifier(options).verifySealedDocument(document, options);
}

/**
 * Verifies a GB/T 38540 electronic signature 电子签章 once: signature value over the original DER,
 * the signer's certificate (listed in the seal; chain, validity, revocation), the seal (maker's
 * signature and certificate, validity window, status) and the data hash.
 *
 * @example
 * ```ts
 * const report = await verifySesSignature(sesBytes, { trust: { anchors: [sm2Root], crls }, at: '2026-06-01T00:00:00Z', data });
 * ```
 */
export async function verifySesSignature(
  signature: Uint8Array,
  options: VerifierOptions & { at: string } & SesDataInput,
): Promise<VerificationReport> {
  return createVerifier(options).verifySesSignature(signature, options);
}

/**
 * Verifies a GB/T 38540 electronic seal 电子印章 on its own at the validation time.
 *
 * @example
 * ```ts
 * const report = await verifySesSeal(sealBytes, { trust: { anchors: [sm2Root], crls }, at: '2026-06-01T00:00:00Z' });
 * ```
 */
export function verifySesSeal(
  seal: Uint8Array,
  options: VerifierOptions & { at: string },
): Promise<VerificationReport> {
  return createVerifier(options).verifySesSeal(seal, options);
}
