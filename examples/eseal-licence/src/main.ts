// Seal an e-licence 电子证照 as a JSON sealed document (department seal + officer), verify it,
// tamper with it, and print both reports. Keys come from a deterministic demo PKI: never use them for real.
import { createVerifier, sealDocument, type VerificationReport } from '@govkit/eseal';
import { createDemoPki } from '@govkit/eseal/issuing';

const pki = createDemoPki();
const licence = {
  licenceType: '营业执照',
  licenceNumber: '91350100M000100Y43',
  holder: '示例餐饮有限公司',
  scope: '餐饮服务',
  issuedOn: '2026-03-01',
};

const sealed = await sealDocument({ json: licence }, [
  {
    algorithm: 'ES256',
    key: pki.departmentEs256.key,
    certificateChain: [pki.departmentEs256.certificate],
    signingTime: '2026-03-01T08:00:00Z',
    role: 'department',
    seal: {
      id: '3501000000001',
      name: '示例市市场监督管理局电子证照专用章',
      type: 'licence',
      organisation: pki.organisation.name,
      creditCode: pki.organisation.creditCode,
      validFrom: '2026-01-01T00:00:00Z',
      validTo: '2028-01-01T00:00:00Z',
    },
  },
  {
    algorithm: 'EdDSA',
    key: pki.officer.key,
    certificateChain: [pki.officer.certificate],
    signingTime: '2026-03-01T08:01:00Z',
    role: 'officer',
  },
]);

// The receiving office trusts the issuing authority's root and has its current CRL.
const verifier = createVerifier({ trust: { anchors: [pki.ecRoot.certificate], crls: pki.crls } });
const at = '2026-06-01T00:00:00Z';

const genuine = await verifier.verifySealedDocument(sealed, { at });
print('Genuine e-licence 原件', genuine);

// Someone changes the holder's name in the payload.
const forgedPayload = Buffer.from(JSON.stringify({ ...licence, holder: '冒名贸易有限公司' })).toString('base64url');
const tampered = await verifier.verifySealedDocument({ ...sealed, payload: forgedPayload }, { at });
print('Tampered e-licence 篡改件', tampered);

if (genuine.indication !== 'TOTAL_PASSED' || tampered.indication !== 'TOTAL_FAILED') {
  console.error('unexpected verification result');
  process.exit(1);
}

function print(title: string, report: VerificationReport): void {
  console.log(`\n=== ${title}: ${report.indication}${report.subIndication ? ` / ${report.subIndication}` : ''} ===`);
  for (const s of report.signatures) {
    const who = [s.signer.organisation, s.signer.creditCode, s.signer.sealName ?? s.signer.commonName]
      .filter(Boolean)
      .join(' · ');
    console.log(
      `- ${s.signer.role ?? 'signature'} (${s.algorithm}): ${s.indication}${s.subIndication ? ` / ${s.subIndication}` : ''}`,
    );
    console.log(`  who: ${who}`);
    console.log(
      `  claimed signing time: ${s.claimedSigningTime ?? '—'}; proven: ${s.provenSigningTime ?? 'none (no timestamp)'}`,
    );
    console.log(`  covers: ${s.covered.description.en}`);
    for (const c of s.checks)
      console.log(`  [${c.status.padEnd(13)}] ${c.id.padEnd(20)} ${c.message.zh} | ${c.message.en}`);
  }
}
