/**
 * @packageDocumentation
 * SM3 (GB/T 32905-2016) for SM3-chained audit logs, from its own subpath so that bundles which only use SHA-256
 * never carry it. Pass it in the command context, and to `verifyAuditChain` / `replayCase`.
 *
 * @example
 * ```ts
 * import { startCase, verifyAuditChain } from '@govkit/workflow';
 * import { sm3 } from '@govkit/workflow/sm3';
 * const { snapshot, events } = startCase(definition, { id: 'C-1', applicant: 'u-1', hash: 'sm3' }, { ...context, sm3 });
 * verifyAuditChain(events, { head: snapshot.head, sm3 }).valid; // true
 * ```
 */
export { sm3 } from '@govkit/sm3';
