import { bytesKey, equalBytes } from '../bytes';
import type { Certificate, PublicKeyInfo } from './certificate';
import type { Crl } from './crl';
import { sameName } from './name';
import { type SignatureOutcome, verifyWithKey } from './signature';

const MAX_PATH = 8;
const MAX_CACHE = 20_000;

/** Why no certification path was accepted. */
export type PathFailure =
  | { kind: 'no-issuer'; certificate: Certificate }
  | { kind: 'bad-signature'; certificate: Certificate; issuer: Certificate }
  | { kind: 'unsupported'; certificate: Certificate; algorithm: string };

/** The outcome of path building: a path from the leaf up to (and including) a trust anchor. */
export type PathResult = { path: Certificate[] } | { failure: PathFailure };

/**
 * Caller-supplied trust anchors, intermediates and CRLs, plus a cache of signature checks. No
 * network: every certificate and CRL must be given (RFC 5280 §6 path validation over a closed set).
 */
export class TrustContext {
  readonly anchors: readonly Certificate[];
  private readonly intermediates: readonly Certificate[];
  private readonly crls: readonly Crl[];
  private readonly signatures = new Map<string, Promise<SignatureOutcome>>();
  private readonly paths = new Map<string, Promise<PathResult>>();
  private readonly issuerCrls = new WeakMap<Certificate, Promise<DatedCrl[]>>();
  private readonly anchorFlags = new WeakMap<Certificate, boolean>();

  constructor(anchors: readonly Certificate[], intermediates: readonly Certificate[], crls: readonly Crl[]) {
    this.anchors = anchors;
    this.intermediates = intermediates;
    this.crls = crls;
  }

  /** Verifies a signature, remembering the answer for this exact (key, data, signature) triple. */
  verify(algorithm: string, key: PublicKeyInfo, data: Uint8Array, signature: Uint8Array): Promise<SignatureOutcome> {
    const k = `${algorithm}|${bytesKey(key.spki)}|${bytesKey(signature)}|${bytesKey(data)}`;
    let hit = this.signatures.get(k);
    if (!hit) {
      if (this.signatures.size >= MAX_CACHE) this.signatures.clear();
      hit = verifyWithKey(algorithm, key, data, signature);
      this.signatures.set(k, hit);
    }
    return hit;
  }

  isAnchor(cert: Certificate): boolean {
    let flag = this.anchorFlags.get(cert);
    if (flag === undefined) {
      flag = this.anchors.some((a) => equalBytes(a.bytes, cert.bytes));
      this.anchorFlags.set(cert, flag);
    }
    return flag;
  }

  /**
   * Builds a path from `leaf` to a trust anchor through `extra` (certificates carried by the
   * document) and the configured intermediates, verifying each link's signature (RFC 5280 §6.1.3 a.1)
   * and name chaining (§6.1.3 a.4). Depth-first, anchors tried first, at most 8 certificates.
   */
  buildPath(leaf: Certificate, extra: readonly Certificate[] = [], cacheKey?: string): Promise<PathResult> {
    if (cacheKey === undefined) return this.findPath(leaf, extra);
    let hit = this.paths.get(cacheKey);
    if (!hit) {
      if (this.paths.size >= MAX_CACHE) this.paths.clear();
      hit = this.findPath(leaf, extra);
      this.paths.set(cacheKey, hit);
    }
    return hit;
  }

  private async findPath(leaf: Certificate, extra: readonly Certificate[]): Promise<PathResult> {
    if (this.isAnchor(leaf)) return { path: [leaf] };
    let failure: PathFailure = { kind: 'no-issuer', certificate: leaf };
    const walk = async (path: Certificate[]): Promise<Certificate[] | undefined> => {
      const last = path[path.length - 1]!;
      if (path.length >= MAX_PATH) return undefined;
      const candidates = [...this.anchors, ...extra, ...this.intermediates].filter(
        (c) =>
          sameName(c.subject, last.issuer) &&
          !path.some((p) => equalBytes(p.bytes, c.bytes)) &&
          (!last.authorityKeyId || !c.subjectKeyId || last.authorityKeyId === c.subjectKeyId),
      );
      for (const issuer of candidates) {
        const outcome = await this.verify(last.signatureAlgorithm, issuer.publicKey, last.tbs, last.signature);
        if (outcome === 'unsupported') {
          failure = { kind: 'unsupported', certificate: last, algorithm: last.signatureAlgorithm };
          continue;
        }
        if (outcome !== 'valid') {
          if (failure.kind === 'no-issuer') failure = { kind: 'bad-signature', certificate: last, issuer };
          continue;
        }
        if (this.isAnchor(issuer)) return [...path, issuer];
        const found = await walk([...path, issuer]);
        if (found) return found;
      }
      if (failure.kind === 'no-issuer') failure = { kind: 'no-issuer', certificate: last };
      return undefined;
    };
    const path = await walk([leaf]);
    return path ? { path } : { failure };
  }

  /**
   * The newest CRL from `issuer` whose signature verifies with the issuer's key (RFC 5280 §6.3.3 (f))
   * and that was issued by `notAfter`; undefined when there is none.
   */
  async crlFor(issuer: Certificate, notAfter: number): Promise<DatedCrl | undefined> {
    let verified = this.issuerCrls.get(issuer);
    if (!verified) {
      verified = this.crlsSignedBy(issuer);
      this.issuerCrls.set(issuer, verified);
    }
    // Newest first, so the first one issued by `notAfter` is the one to use.
    for (const dated of await verified) if (dated.thisUpdate <= notAfter) return dated;
    return undefined;
  }

  private async crlsSignedBy(issuer: Certificate): Promise<DatedCrl[]> {
    if (issuer.keyUsage && !issuer.keyUsage.cRLSign) return [];
    const out: DatedCrl[] = [];
    for (const crl of this.crls) {
      if (!sameName(crl.issuer, issuer.subject)) continue;
      if ((await this.verify(crl.signatureAlgorithm, issuer.publicKey, crl.tbs, crl.signature)) === 'valid') {
        out.push({
          crl,
          thisUpdate: Date.parse(crl.thisUpdate),
          nextUpdate: crl.nextUpdate === undefined ? undefined : Date.parse(crl.nextUpdate),
        });
      }
    }
    return out.sort((a, b) => b.thisUpdate - a.thisUpdate);
  }
}

/** A CRL whose signature was verified, with its dates as epoch milliseconds. */
export interface DatedCrl {
  crl: Crl;
  thisUpdate: number;
  nextUpdate: number | undefined;
}
