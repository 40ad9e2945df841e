import { WorkflowError } from './errors';
import {
  APPLICANT,
  type FlagGuard,
  type StateDefinition,
  SYSTEM,
  type TransitionDefinition,
  type WorkflowDefinition,
} from './types';

/** One problem found by {@link checkDefinition}. */
export interface DefinitionIssue {
  kind:
    | 'invalidField'
    | 'unknownState'
    | 'undefinedRole'
    | 'unknownClock'
    | 'noActor'
    | 'unreachableState'
    | 'deadEnd'
    | 'missingAction';
  /** Where: `states.<state>.on.<action>`, `clocks.<clock>`, … */
  path: string;
  message: string;
}

/** `definitionId@version`: what a case is pinned to. */
export const definitionRef = (definition: Pick<WorkflowDefinition, 'id' | 'version'>): string =>
  `${definition.id}@${definition.version}`;

/** The guarded alternatives of an action, as a list. */
export const alternatives = (state: StateDefinition | undefined, action: string): readonly TransitionDefinition[] => {
  const t = state?.on && Object.hasOwn(state.on, action) ? state.on[action] : undefined;
  return t === undefined ? [] : Array.isArray(t) ? t : [t as TransitionDefinition];
};

/** The first alternative of an action whose guard holds (`null`: none holds; `undefined`: no such action). */
export const pickTransition = (
  state: StateDefinition | undefined,
  action: string,
  flags: Readonly<Record<string, boolean>>,
): TransitionDefinition | null | undefined => {
  const t = state?.on && Object.hasOwn(state.on, action) ? state.on[action] : undefined;
  if (t === undefined) return undefined;
  // The common single-transition case allocates nothing: this runs twice per command.
  if (!Array.isArray(t))
    return guardHolds((t as TransitionDefinition).when, flags) ? (t as TransitionDefinition) : null;
  for (const x of t as readonly TransitionDefinition[]) if (guardHolds(x.when, flags)) return x;
  return null;
};

/** Whether the flags satisfy a guard (a missing flag is `false`). */
export const guardHolds = (guard: FlagGuard | undefined, flags: Readonly<Record<string, boolean>>): boolean => {
  for (const key in guard) if ((flags[key] ?? false) !== guard[key]) return false;
  return true;
};

const entries = <T>(record: Readonly<Record<string, T>> | undefined): [string, T][] =>
  record ? Object.entries(record) : [];

/**
 * Static checks of a process definition: unknown states, roles and clocks, transitions with no actor,
 * states that cannot be reached from `initial`, and dead ends (non-final states from which no final state can
 * be reached). Returns every issue found; an empty list means the definition is sound.
 *
 * @example
 * ```ts
 * for (const issue of checkDefinition(myDefinition)) console.warn(issue.path, issue.message);
 * ```
 */
export function checkDefinition(definition: WorkflowDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const add = (kind: DefinitionIssue['kind'], path: string, message: string) => issues.push({ kind, path, message });
  const d = definition as Partial<WorkflowDefinition>;
  if (typeof d.id !== 'string' || !d.id || d.id.includes('@'))
    add('invalidField', 'id', 'id must be a non-empty string without "@"');
  if (!Number.isInteger(d.version) || (d.version as number) < 1)
    add('invalidField', 'version', 'version must be a positive integer');
  if (!d.states || typeof d.states !== 'object') {
    add('invalidField', 'states', 'states must be an object');
    return issues;
  }
  const roles = new Set([...(Array.isArray(d.roles) ? d.roles : []), APPLICANT, SYSTEM]);
  const states = definition.states;
  const clocks = definition.clocks ?? {};
  const checkRoles = (path: string, list: readonly string[] | undefined) => {
    if (!Array.isArray(list) || list.length === 0) add('noActor', path, `${path} names no role that may act`);
    else
      for (const r of list)
        if (!roles.has(r)) add('undefinedRole', path, `role "${r}" at ${path} is not declared in roles`);
  };
  const checkClock = (path: string, name: string) => {
    if (!Object.hasOwn(clocks, name)) add('unknownClock', path, `clock "${name}" at ${path} is not defined in clocks`);
  };
  if (!Object.hasOwn(states, definition.initial))
    add('unknownState', 'initial', `initial state "${definition.initial}" is not defined`);

  const edges = new Map<string, Set<string>>();
  for (const [name, state] of entries(states)) {
    const out = new Set<string>();
    edges.set(name, out);
    const actions = entries(state.on);
    if (state.final) {
      if (actions.length) add('invalidField', `states.${name}.on`, `final state "${name}" must have no actions`);
      continue;
    }
    for (const [action, value] of actions) {
      for (const [i, t] of (Array.isArray(value) ? value : [value]).entries()) {
        const path = `states.${name}.on.${action}${Array.isArray(value) ? `[${i}]` : ''}`;
        if (!Object.hasOwn(states, t.target)) add('unknownState', path, `${path} targets unknown state "${t.target}"`);
        else out.add(t.target);
        checkRoles(path, t.roles);
        for (const c of t.startClocks ?? []) {
          checkClock(path, c.clock);
          if (c.from !== undefined) checkClock(path, c.from);
        }
        for (const c of t.stopClocks ?? []) checkClock(path, c);
      }
    }
    const need = (action: string, why: string) => {
      if (!alternatives(state, action).length)
        add('missingAction', `states.${name}.on.${action}`, `${why} needs an action "${action}"`);
    };
    if (state.signers) {
      need('approve', `multi-signer state "${name}"`);
      need('reject', `multi-signer state "${name}"`);
      const th = state.signers.threshold;
      if (
        (state.signers.policy === 'ratio' || state.signers.policy === 'weighted') &&
        !(typeof th === 'number' && th > 0 && th <= 1)
      )
        add('invalidField', `states.${name}.signers.threshold`, 'threshold must be a number in (0, 1]');
    }
    if (state.parallel) {
      need('granted', `parallel state "${name}"`);
      need('denied', `parallel state "${name}"`);
      if (state.parallel.join === 'independent') need('partial', `parallel state "${name}" with join "independent"`);
    }
  }
  for (const [name, clock] of entries(clocks)) {
    const path = `clocks.${name}`;
    if (!(clock.limit?.value > 0)) add('invalidField', `${path}.limit`, 'limit value must be positive');
    if (clock.extension) checkRoles(`${path}.extension`, clock.extension.roles);
    if (clock.onExpire && !entries(states).some(([, s]) => alternatives(s, clock.onExpire!).length))
      add('missingAction', `${path}.onExpire`, `no state has the action "${clock.onExpire}"`);
  }
  for (const [op, list] of entries(definition.operations as Record<string, readonly string[]> | undefined))
    checkRoles(`operations.${op}`, list);

  // Reachability from the initial state, and whether a final state can be reached from each state.
  const reached = new Set<string>();
  const stack = [definition.initial];
  while (stack.length) {
    const s = stack.pop()!;
    if (reached.has(s) || !edges.has(s)) continue;
    reached.add(s);
    stack.push(...edges.get(s)!);
  }
  const live = new Set(
    entries(states)
      .filter(([, s]) => s.final)
      .map(([n]) => n),
  );
  for (let grew = true; grew; ) {
    grew = false;
    for (const [n, out] of edges)
      if (!live.has(n) && [...out].some((t) => live.has(t))) {
        live.add(n);
        grew = true;
      }
  }
  for (const name of edges.keys()) {
    if (!reached.has(name))
      add('unreachableState', `states.${name}`, `state "${name}" cannot be reached from "${definition.initial}"`);
    if (!live.has(name)) add('deadEnd', `states.${name}`, `no final state can be reached from "${name}"`);
  }
  return issues;
}

/**
 * Validates a process definition and returns it unchanged, typed. Throws `INVALID_DEFINITION` listing every
 * issue of {@link checkDefinition}.
 *
 * @example
 * ```ts
 * const approval = defineWorkflow({
 *   id: 'leave', version: 1, title: { zh: '请假', en: 'Leave' }, roles: ['manager'], initial: 'open',
 *   states: {
 *     open: { on: { approve: { target: 'done', roles: ['manager'], duty: 'approver' } } },
 *     done: { final: true, outcome: 'granted' },
 *   },
 * });
 * ```
 */
export function defineWorkflow<const D extends WorkflowDefinition>(definition: D): D {
  const issues = checkDefinition(definition);
  if (issues.length)
    throw new WorkflowError('INVALID_DEFINITION', `invalid definition: ${issues.map((i) => i.message).join('; ')}`, {
      field: issues[0]!.path,
      issues,
    });
  return definition;
}
