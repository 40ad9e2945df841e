/**
 * @packageDocumentation
 * The administrative case state machine (办件): acceptance, supplements, graded review, parallel approval,
 * time limits through an injected clock, and a tamper-evident, hash-chained audit trail. A pure core:
 * (definition, snapshot, command, context) → new snapshot + events + effects, or a typed error.
 * Zod schemas of every type are in `@govkit/workflow/schemas`; SM3 for SM3-chained logs in `@govkit/workflow/sm3`.
 */
export type { ActionOption } from './actions';
export { availableActions } from './actions';
export type { AuditProblem, AuditVerification } from './audit';
export { verifyAuditChain } from './audit';
export type {
  ClockInput,
  ClockPause,
  ClockReading,
  DeadlineClock,
  TimeLimit,
  TimeLimitUnit,
  WarningLevel,
} from './clock';
export type { DefinitionIssue } from './definition';
export { checkDefinition, defineWorkflow } from './definition';
export type { WorkflowErrorCode } from './errors';
export { WorkflowError } from './errors';
export type { StartInput } from './execute';
export { executeCommand, startCase } from './execute';
export { explainAuditProblem, explainError } from './explain';
export { eventHash } from './hash';
export { licensingWorkflow } from './licensing';
export { toMermaid } from './mermaid';
export type { Migration } from './migrate';
export { migrateCase } from './migrate';
export { replayCase } from './replay';
export { singleWindowWorkflow } from './single-window';
export type { CaseQuery, CaseStore } from './store';
export { createMemoryCaseStore } from './store';
export type {
  Actor,
  Bilingual,
  CaseClock,
  CaseCommand,
  CaseEffect,
  CaseEvent,
  CaseEventType,
  CaseSnapshot,
  CaseStatus,
  ChildCase,
  ChildInput,
  ClockDefinition,
  CommandContext,
  CommandResult,
  Duty,
  FlagGuard,
  HashAlgorithm,
  JoinRule,
  JsonValue,
  OperationRoles,
  Signer,
  SignerInput,
  SignerPolicy,
  Sm3,
  StateDefinition,
  Task,
  TransitionDefinition,
  WorkflowDefinition,
} from './types';
