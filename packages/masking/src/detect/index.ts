/**
 * @packageDocumentation
 * PII detection in Chinese free text, validated by @govkit/identifiers: `@govkit/masking/detect`.
 */
export { type FieldSuggestion, suggestFieldClasses } from './classify';
export type { CustomRecogniser } from './custom';
export { type Detection, type DetectOptions, detectPii, maskDetections, maskPii } from './detect';
export { DETECTED_KINDS, type DetectedKind } from './kinds';
export { createDetectOperator, detectOperator } from './operator';
