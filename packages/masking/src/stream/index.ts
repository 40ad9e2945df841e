/**
 * @packageDocumentation
 * Masking JSON Lines, CSV and record streams with Web Streams (backpressure, constant memory):
 * `@govkit/masking/stream`.
 */
export { type CsvOptions, maskCsv } from './csv';
export { maskJsonLines, maskRecords } from './jsonl';
