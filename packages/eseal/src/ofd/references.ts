import { sm3 } from '@govkit/sm3';
import { sha256 } from '@noble/hashes/sha2.js';
import { fromBase64, toHex } from '../bytes';
import { OID } from '../der/oids';
import { EsealError } from '../errors';

/** The outcome for one file listed in an OFD signature description file. */
export interface OfdReferenceResult {
  /** The FileRef as written in Signature.xml. */
  fileRef: string;
  /** The digest algorithm named by CheckMethod. */
  algorithm: 'SM3' | 'SHA-256';
  /** The recorded CheckValue, hex. */
  expected: string;
  /** true if the supplied file matches, false if it differs, null if it was not supplied. */
  matched: boolean | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
const normalise = (path: string) => path.replace(/\\/g, '/').replace(/^\.?\//, '');

function algorithmOf(method: string | undefined): 'SM3' | 'SHA-256' | undefined {
  // GB/T 33190-2016 §18.2.2: CheckMethod defaults to the algorithm of the signature, which for SES is SM3.
  const m = (method ?? OID.sm3).trim().toUpperCase().replace(/[-_]/g, '');
  if (m === OID.sm3 || m === 'SM3') return 'SM3';
  if (m === OID.sha256 || m === 'SHA256') return 'SHA-256';
  return undefined;
}

/**
 * Checks the second level of an OFD seal's two-level hash (GB/T 33190-2016 §18): every file listed in
 * the signature description file (Signature.xml, `References/Reference@FileRef` with its `CheckValue`)
 * is hashed with the `CheckMethod` and compared. The first level (SM3 of Signature.xml = the SES
 * dataHash) is checked by {@link verifyOfdSignature}. `files` maps container paths to their bytes.
 *
 * @example
 * ```ts
 * const results = checkOfdReferences(signatureXml, { 'Doc_0/Document.xml': documentXml });
 * results.every((r) => r.matched === true);
 * ```
 */
export function checkOfdReferences(
  signatureXml: Uint8Array,
  files: Readonly<Record<string, Uint8Array>>,
): OfdReferenceResult[] {
  if (!(signatureXml instanceof Uint8Array))
    throw new EsealError('INVALID_ARGUMENT', 'signatureXml: expected a Uint8Array', { field: 'signatureXml' });
  if (!files || typeof files !== 'object')
    throw new EsealError('INVALID_ARGUMENT', 'files: expected an object of path → bytes', { field: 'files' });
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(signatureXml);
  } catch (cause) {
    throw new EsealError('MALFORMED_DOCUMENT', 'signatureXml: not UTF-8 text', { field: 'signatureXml', cause });
  }
  const refs = /<(?:[\w-]+:)?References\b([^>]*)>([\s\S]*?)<\/(?:[\w-]+:)?References>/.exec(xml);
  if (!refs)
    throw new EsealError('MALFORMED_DOCUMENT', 'signatureXml: no References element', { field: 'signatureXml' });
  const method = /\bCheckMethod\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(refs[1]!);
  const algorithm = algorithmOf(method ? unescapeXml(method[1] ?? method[2]!) : undefined);
  if (!algorithm) {
    throw new EsealError(
      'UNSUPPORTED_ALGORITHM',
      `signatureXml: CheckMethod "${method?.[1] ?? method?.[2]}" is not SM3 or SHA-256`,
      {
        field: 'signatureXml.References.CheckMethod',
      },
    );
  }
  const hash = algorithm === 'SM3' ? sm3 : sha256;
  const normalised = new Map(Object.entries(files).map(([k, v]) => [normalise(k), v]));
  const out: OfdReferenceResult[] = [];
  const re =
    /<(?:[\w-]+:)?Reference\b([^>]*)>\s*<(?:[\w-]+:)?CheckValue>([^<]*)<\/(?:[\w-]+:)?CheckValue>\s*<\/(?:[\w-]+:)?Reference>/g;
  for (const m of refs[2]!.matchAll(re)) {
    const ref = /\bFileRef\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[1]!);
    const value = fromBase64(m[2]!.trim());
    if (!ref || !value)
      throw new EsealError('MALFORMED_DOCUMENT', 'signatureXml: a Reference lacks FileRef or a base64 CheckValue', {
        field: 'signatureXml.References.Reference',
      });
    const fileRef = unescapeXml(ref[1] ?? ref[2]!);
    const file = normalised.get(normalise(fileRef));
    const expected = toHex(value);
    out.push({
      fileRef,
      algorithm,
      expected,
      matched: file instanceof Uint8Array ? toHex(hash(file)) === expected : null,
    });
  }
  if (out.length === 0)
    throw new EsealError('MALFORMED_DOCUMENT', 'signatureXml: References lists no file', {
      field: 'signatureXml.References',
    });
  return out;
}
