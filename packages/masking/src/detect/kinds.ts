/** Every kind of personal identifier the detector finds; also the policy classes detected spans are masked with. */
export const DETECTED_KINDS = [
  'residentId',
  'uscc',
  'mobile',
  'fixedPhone',
  'bankCard',
  'email',
  'hkId',
  'moId',
  'twId',
  'passport',
  'permit',
  'plate',
] as const;

/** A kind of personal identifier found in text, e.g. `'residentId'`. */
export type DetectedKind = (typeof DETECTED_KINDS)[number];
