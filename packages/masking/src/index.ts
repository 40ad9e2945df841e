/**
 * @packageDocumentation
 * Permission-level masking, de-identification operators (incl. FF1), PII detection and dataset grading.
 */
export { MaskingError } from './errors';
