import { mod37_36 } from './checksums/iso7064';
import { cleanInput } from './input';
import { fail, type IdentifierResult, pass } from './result';
import { validateUscc } from './uscc';

/** The OID arc under which GB/T 36904-2018 roots every e-licence identifier. */
export const E_LICENCE_ROOT = '1.2.156.3005.2';

/** The parsed parts of an e-licence identifier. */
export interface ELicenceIdParts {
  /** 证照类型代码: the defining authority's credit code and a 3-digit type number (21 characters). */
  licenceTypeCode: string;
  /** The credit code of the authority that defined the licence type (first 18 characters of the type code). */
  definingAuthority: string;
  /** 颁发机构代码: the issuing authority's unified social credit code. */
  issuingAuthority: string;
  /** 顺序号 assigned by the issuer. */
  serial: string;
  /** 版本号, 3 digits. */
  version: string;
  /** The ISO/IEC 7064 MOD 37,36 check character. */
  checkCharacter: string;
}

/** Why an e-licence identifier was rejected. `LICENCE_TYPE` / `ISSUER`: an embedded credit code is invalid. */
export type ELicenceIdReason = 'EMPTY' | 'FORMAT' | 'ROOT' | 'LICENCE_TYPE' | 'ISSUER' | 'CHECKSUM';

/**
 * Validates an electronic licence identifier (电子证照标识, GB/T 36904-2018):
 * `1.2.156.3005.2.<licence type code>.<issuing authority code>.<serial>.<version>.<check>`, where the type code
 * is the defining authority's unified social credit code plus 3 digits, the issuer is identified by its credit
 * code, and the check character is ISO/IEC 7064 MOD 37,36 (GB/T 17710) over every character after the root,
 * dots excluded. Both embedded credit codes must be valid (GB 32100).
 *
 * @example
 * ```ts
 * const r = validateELicenceId('1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F');
 * if (r.valid) r.parts.issuingAuthority; // '11220000013544541J'
 * ```
 */
export function validateELicenceId(input: string): IdentifierResult<ELicenceIdParts, ELicenceIdReason> {
  const id = cleanInput('eLicenceId', input);
  if (id === '') return fail('EMPTY', 'eLicenceId: empty', '电子证照标识：未填写');
  if (!id.startsWith(`${E_LICENCE_ROOT}.`)) {
    return fail(
      'ROOT',
      `eLicenceId: must start with the root ${E_LICENCE_ROOT}`,
      `电子证照标识：应以根标识 ${E_LICENCE_ROOT} 开头`,
    );
  }
  const m = /^([0-9A-Z]{18})(\d{3})\.([0-9A-Z]{18})\.([0-9A-Z]+)\.(\d{3})\.([0-9A-Z])$/.exec(
    id.slice(E_LICENCE_ROOT.length + 1),
  );
  if (!m) {
    return fail(
      'FORMAT',
      'eLicenceId: expected root.<type code: credit code + 3 digits>.<issuer credit code>.<serial>.<3-digit version>.<check>',
      '电子证照标识：应为 根标识.证照类型代码(统一社会信用代码+3位数字).颁发机构代码.顺序号.3位版本号.校验位',
    );
  }
  const [, definingAuthority, typeNumber, issuingAuthority, serial, version, check] = m as unknown as string[] as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (!validateUscc(definingAuthority).valid) {
    return fail(
      'LICENCE_TYPE',
      `eLicenceId: the licence type code's credit code ${definingAuthority} is invalid (GB 32100)`,
      `电子证照标识：证照类型代码中的统一社会信用代码 ${definingAuthority} 无效`,
    );
  }
  if (!validateUscc(issuingAuthority).valid) {
    return fail(
      'ISSUER',
      `eLicenceId: the issuing authority code ${issuingAuthority} is not a valid credit code (GB 32100)`,
      `电子证照标识：颁发机构代码 ${issuingAuthority} 不是有效的统一社会信用代码`,
    );
  }
  const expected = mod37_36(`${definingAuthority}${typeNumber}${issuingAuthority}${serial}${version}`);
  if (check !== expected) {
    return fail(
      'CHECKSUM',
      `eLicenceId: check character should be ${expected}, got ${check} (ISO/IEC 7064 MOD 37,36)`,
      `电子证照标识：校验位应为 ${expected}，实为 ${check}`,
    );
  }
  return pass(id, {
    licenceTypeCode: definingAuthority + typeNumber,
    definingAuthority,
    issuingAuthority,
    serial,
    version,
    checkCharacter: check,
  });
}
