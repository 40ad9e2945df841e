/**
 * @packageDocumentation
 * `@govkit/eseal/issuing`: builders for test fixtures, examples and demonstrations — X.509
 * certificates and CRLs, GB/T 38540 seals and signatures, deterministic fixture keys and a demo PKI.
 * Real structures and real signatures; the fixture keys are public and must never protect anything.
 */
export {
  type CertificateOptions,
  type CrlOptions,
  createCertificate,
  createCrl,
  type Issuer,
  type NameInput,
} from './certificate';
export { createDemoPki, type DemoPki, type DemoPkiOptions, type KeyedCertificate } from './demo-pki';
export { fixtureKey, type IssuerKey, type PublicKey, publicKeyOf } from './keys';
export { createSesSeal, createSesSignature, type SesSealOptions, type SesSignatureOptions } from './ses';
export { createTimestampToken, type TimestampOptions } from './timestamp';
