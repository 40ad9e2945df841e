// Shared fixtures for the adversarial corpus and fuzz tests: one demo PKI, a seal, and sealed documents.

import type { SealMetadata } from '../src/index';
import {
  createCertificate,
  createDemoPki,
  createSesSeal,
  createSesSignature,
  fixtureKey,
  publicKeyOf,
} from '../src/issuing/index';

export const pki = createDemoPki();
export const at = '2026-06-01T00:00:00Z';
export const signingTime = '2026-03-01T08:00:00Z';
export const licence = { licenceType: '营业执照', holder: '示例餐饮有限公司', issuedOn: '2026-03-01' };

export const sealMetadata: SealMetadata = {
  id: '3501000000001',
  name: '示例市市场监督管理局电子证照专用章',
  type: 'licence',
  organisation: pki.organisation.name,
  creditCode: pki.organisation.creditCode,
  validFrom: '2026-01-01T00:00:00Z',
  validTo: '2028-01-01T00:00:00Z',
};

export const department = {
  algorithm: 'ES256' as const,
  key: pki.departmentEs256.key,
  certificateChain: [pki.departmentEs256.certificate],
  signingTime,
  seal: sealMetadata,
  role: 'department',
};
export const officer = {
  algorithm: 'EdDSA' as const,
  key: pki.officer.key,
  certificateChain: [pki.officer.certificate],
  signingTime,
  role: 'officer',
};

export const jsonTrust = { anchors: [pki.ecRoot.certificate], crls: pki.crls };
export const sesTrust = { anchors: [pki.sm2Root.certificate], crls: pki.crls };

export const sesData = new TextEncoder().encode('<ofd:Signature>示例</ofd:Signature>');
export const sealOptions = {
  maker: pki.sealMaker,
  sealId: '35010000000001',
  name: '示例市市场监督管理局电子公章',
  holders: [pki.department.certificate],
  createdAt: '2026-01-01T00:00:00Z',
  validFrom: '2026-01-01T00:00:00Z',
  validTo: '2028-01-01T00:00:00Z',
};
export const seal = createSesSeal(sealOptions);
export const sesSignature = createSesSignature({
  seal,
  signer: pki.department,
  signingTime,
  data: sesData,
  propertyInfo: 'Doc_0/Signs/Sign_0/Signature.xml',
});

/** Another SM2 holder certificate under the same root, not listed in the seal. */
export const stranger = (() => {
  const key = fixtureKey('SM2', 'stranger');
  const certificate = createCertificate({
    subject: { country: 'CN', commonName: '未授权人员' },
    publicKey: publicKeyOf(key),
    issuer: pki.sm2Root,
    serialNumber: 0x1003n,
    notBefore: '2025-06-01T00:00:00Z',
    notAfter: '2030-06-01T00:00:00Z',
  });
  return { certificate, key };
})();
