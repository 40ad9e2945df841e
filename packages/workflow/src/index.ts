/**
 * @packageDocumentation
 * The administrative case state machine: acceptance, supplements, graded review, parallel approval, tamper-evident audit.
 */
export { WorkflowError } from './errors';
