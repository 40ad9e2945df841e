import { alternatives } from './definition';
import type { FlagGuard, WorkflowDefinition } from './types';

const guardText = (when: FlagGuard | undefined) =>
  Object.entries(when ?? {})
    .map(([flag, value]) => (value ? flag : `not ${flag}`))
    .join(', ');

/** Mermaid state ids allow letters, digits and underscores. */
const id = (state: string) => state.replace(/[^\w]/g, '_');

/**
 * A Mermaid `stateDiagram-v2` of a definition: every state with its Chinese and English title, every action
 * with its roles and guard, final states, and notes for parallel and multi-signer steps. Paste it into Markdown
 * (GitHub, TypeDoc, VitePress) to document a process from the definition that runs it.
 *
 * @example
 * ```ts
 * const diagram = toMermaid(licensingWorkflow());
 * // stateDiagram-v2
 * //   state "已提交 Submitted" as submitted ...
 * ```
 */
export function toMermaid(definition: WorkflowDefinition): string {
  const lines = ['stateDiagram-v2'];
  const states = Object.entries(definition.states);
  for (const [name, s] of states)
    lines.push(`  state "${s.title ? `${s.title.zh} ${s.title.en}` : name}" as ${id(name)}`);
  lines.push(`  [*] --> ${id(definition.initial)}`);
  for (const [name, s] of states) {
    for (const action of Object.keys(s.on ?? {}))
      for (const t of alternatives(s, action)) {
        const guard = guardText(t.when);
        lines.push(
          `  ${id(name)} --> ${id(t.target)}: ${action} (${t.roles.join(' / ')})${guard ? ` if ${guard}` : ''}`,
        );
      }
    if (s.final) lines.push(`  ${id(name)} --> [*]`);
    if (s.parallel) lines.push(`  note right of ${id(name)}: parallel sub-cases, join ${s.parallel.join}`);
    if (s.signers)
      lines.push(`  note right of ${id(name)}: multi-signer, ${s.signers.policy}${s.signers.veto ? ', veto' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
