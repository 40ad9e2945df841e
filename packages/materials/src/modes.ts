/**
 * The ways to do without an upload: Beijing E-Town's substitution list (data call, shared verification,
 * online certificate, notification-commitment 告知承诺) plus e-licences, earlier submissions and bundle outputs.
 */
export const SUBSTITUTION_MODES = [
  'e-licence',
  'shared-data',
  'shared-verification',
  'online-certificate',
  'earlier-submission',
  'bundle-output',
  'commitment',
] as const;
