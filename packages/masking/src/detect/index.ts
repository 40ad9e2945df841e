/**
 * @packageDocumentation
 * PII detection in Chinese free text, validated by @govkit/identifiers: `@govkit/masking/detect`.
 */
export { type FieldSuggestion, suggestFieldClasses } from './classify';
export { type Detection, type DetectOptions, detectPii, maskDetections, maskPii } from './detect';
export { DETECTED_KINDS, type DetectedKind } from './kinds';
export { detectOperator } from './operator';
