import { alternatives } from './definition';
import { WorkflowError } from './errors';
import { authorizeAct } from './execute';
import { explainError } from './explain';
import { type Actor, type Bilingual, type CaseSnapshot, SYSTEM, type WorkflowDefinition } from './types';

/** One action of the current step, and whether (and why not) this actor may take it. */
export interface ActionOption {
  action: string;
  title: Bilingual;
  allowed: boolean;
  reasonRequired: boolean;
  /** Why the action is not allowed, for a person to read. */
  reason?: Bilingual;
}

/**
 * The actions of the current step as one actor sees them: allowed or not, with the reason in Chinese and
 * English (role, assignment, separation of duties, guard). Uses the same checks as `executeCommand`, so a UI
 * can show exactly what the engine will accept. Actions only the system takes are left out.
 *
 * @example
 * ```ts
 * for (const o of availableActions(definition, snapshot, { id: 'w-1', roles: ['frontDesk'] }))
 *   console.log(o.title.zh, o.allowed ? '✓' : o.reason?.zh);
 * ```
 */
export function availableActions(definition: WorkflowDefinition, snapshot: CaseSnapshot, actor: Actor): ActionOption[] {
  const state = definition.states[snapshot.state];
  const options: ActionOption[] = [];
  for (const action of Object.keys(state?.on ?? {})) {
    const alts = alternatives(state, action);
    if (alts.every((t) => t.roles.length === 1 && t.roles[0] === SYSTEM)) continue;
    const option: ActionOption = {
      action,
      title: alts[0]!.title ?? { zh: action, en: action },
      allowed: true,
      reasonRequired: alts.some((t) => t.reasonRequired),
    };
    try {
      option.reasonRequired = !!authorizeAct(definition, snapshot, actor, action).transition.reasonRequired;
    } catch (err) {
      if (!(err instanceof WorkflowError)) throw err;
      option.allowed = false;
      option.reason = explainError(err);
    }
    options.push(option);
  }
  return options;
}
