// A national e-seal end to end: a seal maker makes a GB/T 38540 seal 电子印章 for a department,
// the department seals an OFD e-licence (SES_Signature over the signature description file), and
// the receiving office verifies both hash levels, the SM2 signatures, the certificates and the seal.
import { createHash } from 'node:crypto';
import { createVerifier, parseSesSignature, verifyOfdSignature } from '@govkit/eseal';
import { createDemoPki, createSesSeal, createSesSignature } from '@govkit/eseal/issuing';

const pki = createDemoPki();
const utf8 = new TextEncoder();

// The seal maker 制章者 makes the seal and lists the department's SM2 certificate as its holder.
const seal = createSesSeal({
  maker: pki.sealMaker,
  sealId: '35010000000001',
  name: '示例市市场监督管理局电子公章',
  holders: [pki.department.certificate],
  createdAt: '2026-01-01T00:00:00Z',
  validFrom: '2026-01-01T00:00:00Z',
  validTo: '2028-01-01T00:00:00Z',
});

// An OFD e-licence: the signature description file lists the SM3 hash of each protected file.
const documentXml = utf8.encode(
  '<ofd:Document><ofd:CommonData>营业执照 示例餐饮有限公司</ofd:CommonData></ofd:Document>',
);
const sm3Base64 = (bytes: Uint8Array) => createHash('sm3').update(bytes).digest('base64');
const signatureXml = utf8.encode(
  `<ofd:Signature xmlns:ofd="http://www.ofdspec.org/2016"><ofd:SignedInfo>` +
    `<ofd:References CheckMethod="1.2.156.10197.1.401">` +
    `<ofd:Reference FileRef="/Doc_0/Document.xml"><ofd:CheckValue>${sm3Base64(documentXml)}</ofd:CheckValue></ofd:Reference>` +
    `</ofd:References></ofd:SignedInfo><ofd:SignedValue>/Doc_0/Signs/Sign_0/SignedValue.dat</ofd:SignedValue></ofd:Signature>`,
);
const signedValue = createSesSignature({
  seal,
  signer: pki.department,
  signingTime: '2026-03-01T08:00:00Z',
  data: signatureXml,
  propertyInfo: '/Doc_0/Signs/Sign_0/Signature.xml',
});

const parsed = parseSesSignature(signedValue);
console.log(
  `SES_Signature v${parsed.version}, seal v${parsed.seal.version}: "${parsed.seal.name}" (${parsed.seal.sealId}), valid ${parsed.seal.validFrom} – ${parsed.seal.validTo}`,
);

const verifier = createVerifier({ trust: { anchors: [pki.sm2Root.certificate], crls: pki.crls } });
const at = '2026-06-01T00:00:00Z';
const files = { 'Doc_0/Document.xml': documentXml, 'Doc_0/Signs/Sign_0/Signature.xml': signatureXml };
const report = await verifyOfdSignature(verifier, { signatureXml, signedValue, files }, { at });

const s = report.signatures[0]!;
console.log(`\nResult 结果: ${report.indication}${report.subIndication ? ` / ${report.subIndication}` : ''}`);
console.log(`Sealed by 签章单位: ${s.signer.organisation} (${s.signer.creditCode}), seal 印章 "${s.signer.sealName}"`);
console.log(`Claimed signing time 声称签署时间: ${s.claimedSigningTime}`);
for (const p of s.covered.parts)
  console.log(`Covers 覆盖: ${p.name} ${p.digestAlgorithm} ${p.digest.slice(0, 16)}… matched=${p.matched}`);
for (const c of s.checks)
  console.log(`  [${c.status.padEnd(13)}] ${c.target.padEnd(20)} ${c.id.padEnd(22)} ${c.message.zh}`);

// Change one protected file: the second hash level catches it.
const altered = await verifyOfdSignature(
  verifier,
  {
    signatureXml,
    signedValue,
    files: { ...files, 'Doc_0/Document.xml': utf8.encode('<ofd:Document>改</ofd:Document>') },
  },
  { at },
);
console.log(`\nAfter altering Document.xml 修改文件后: ${altered.indication} / ${altered.subIndication}`);

if (report.indication !== 'TOTAL_PASSED' || altered.subIndication !== 'HASH_FAILURE') {
  console.error('unexpected verification result');
  process.exit(1);
}
