// Opening a restaurant (开办餐饮店) as one bundle (一件事): the single window accepts once, the market regulator
// and the fire department decide in parallel — one with an on-site inspection that pauses its clock
// (行政许可法 Art. 45), the other with a statutory extension (Art. 42) — and the window delivers both results.
// Then every audit chain is verified and replayed. Deadlines come from @govkit/sla-calendar's official calendar.
import './readme';
import { createCalendar, createDeadlineClock } from '@govkit/sla-calendar';
import {
  type Actor,
  type CaseCommand,
  type CaseEffect,
  createMemoryCaseStore,
  executeCommand,
  explainAuditProblem,
  licensingWorkflow,
  replayCase,
  singleWindowWorkflow,
  startCase,
  verifyAuditChain,
  type WorkflowDefinition,
} from '@govkit/workflow';

const clock = createDeadlineClock(createCalendar());
const definitions: WorkflowDefinition[] = [singleWindowWorkflow(), licensingWorkflow()];
const byRef = (ref: string) => definitions.find((d) => `${d.id}@${d.version}` === ref)!;
const store = createMemoryCaseStore();
const system: Actor = { id: 'system', roles: ['system'] };
let now = '';

type Body<C> = C extends unknown ? Omit<C, 'expectedVersion'> : never;

/** Load, execute, append atomically, then carry out the effects: the whole host. */
async function send(caseId: string, actor: Actor, command: Body<CaseCommand>): Promise<void> {
  const snapshot = (await store.load(caseId))!;
  const result = executeCommand(
    byRef(snapshot.definition),
    snapshot,
    { ...command, expectedVersion: snapshot.version } as CaseCommand,
    {
      now,
      actor,
      clock,
    },
  );
  await store.append(caseId, snapshot.version, result.events, result.snapshot);
  const label = command.type === 'act' ? command.action : command.type;
  console.log(`  ${now.slice(0, 16)}  ${caseId.padEnd(16)} ${label.padEnd(10)} → ${result.snapshot.state}`);
  await carryOut(result.effects);
}

async function carryOut(effects: CaseEffect[]): Promise<void> {
  for (const effect of effects) {
    if (effect.type === 'startCase') {
      const { snapshot, events } = startCase(
        byRef(effect.definition),
        { id: effect.caseId, applicant: effect.applicant, parent: effect.parent, flags: effect.flags },
        { now, actor: system, clock },
      );
      await store.append(effect.caseId, 0, events, snapshot);
      console.log(`  ${now.slice(0, 16)}  ${effect.caseId.padEnd(16)} started for ${effect.department}`);
    } else if (effect.type === 'reportToParent') {
      if ((await store.load(effect.parent))?.status !== 'closed')
        await send(effect.parent, system, { type: 'childDecided', child: effect.child, outcome: effect.outcome });
    } else if (effect.type === 'terminateCase') {
      if ((await store.load(effect.caseId))?.status !== 'closed')
        await send(effect.caseId, system, { type: 'terminate', reason: effect.reason });
    } else if (effect.type === 'emit') {
      console.log(`  ${' '.repeat(16)}  ${effect.caseId.padEnd(16)} effect: ${effect.name}`);
    }
  }
}

const desk: Actor = { id: 'window-01', roles: ['frontDesk'] };
const officials = (dept: string) => ({
  handler: { id: `${dept}-handler`, roles: ['handler'] },
  reviewer: { id: `${dept}-reviewer`, roles: ['reviewer'] },
  approver: { id: `${dept}-approver`, roles: ['approver'] },
});
const market = officials('market');
const fire = officials('fire');

console.log('开办餐饮店 · Opening a restaurant: one window, two departments in parallel\n');
now = '2025-09-29T09:30:00+08:00';
const bundle = startCase(
  singleWindowWorkflow(),
  { id: 'B-2025-0001', applicant: 'applicant-zhang' },
  { now, actor: desk, clock },
);
await store.append('B-2025-0001', 0, bundle.events, bundle.snapshot);
await send('B-2025-0001', desk, {
  type: 'act',
  action: 'dispatch',
  children: [
    { definition: 'licensing@1', department: 'market regulation (食品经营许可)' },
    { definition: 'licensing@1', department: 'fire safety (消防安全检查)' },
  ],
});
const [marketCase, fireCase] = Object.keys((await store.load('B-2025-0001'))!.children!) as [string, string];
for (const id of [marketCase, fireCase]) await send(id, desk, { type: 'act', action: 'accept' });
const due = async (id: string) => (await store.load(id))!.clocks.decision!.dueDate;
console.log(`\n  decision due (20 working days, National Day holidays skipped): ${await due(marketCase)}\n`);

// Market regulation: on-site inspection is a special procedure; its days are not counted (Art. 45).
now = '2025-10-09T10:00:00+08:00';
await send(marketCase, market.handler, { type: 'suspend', reason: '现场核查 on-site inspection' });
now = '2025-10-16T15:00:00+08:00';
await send(marketCase, market.handler, { type: 'resume' });
await send(marketCase, market.handler, { type: 'act', action: 'approve' });
console.log(`  market decision due after the pause: ${await due(marketCase)}`);

// Fire safety: complex case, the head approves one statutory extension of 10 working days (Art. 42).
now = '2025-10-20T11:00:00+08:00';
await send(fireCase, fire.handler, { type: 'act', action: 'approve' });
await send(fireCase, fire.approver, { type: 'extend', clock: 'decision', reason: '情况复杂，经负责人批准延长十日' });
console.log(`  fire decision due after the extension: ${await due(fireCase)}\n`);

now = '2025-10-22T10:00:00+08:00';
await send(marketCase, market.reviewer, { type: 'act', action: 'approve' });
await send(marketCase, market.approver, { type: 'act', action: 'grant' });
now = '2025-10-28T16:00:00+08:00';
await send(fireCase, fire.reviewer, { type: 'act', action: 'approve' });
await send(fireCase, fire.approver, { type: 'act', action: 'grant' });
now = '2025-10-29T09:00:00+08:00';
await send('B-2025-0001', desk, { type: 'act', action: 'deliver' });

console.log('\nAudit');
for (const id of ['B-2025-0001', marketCase, fireCase]) {
  const events = await store.events(id);
  const snapshot = (await store.load(id))!;
  const verdict = verifyAuditChain(events, { head: snapshot.head });
  const replayed = JSON.stringify(replayCase(definitions, events)) === JSON.stringify(snapshot);
  console.log(
    `  ${id.padEnd(16)} ${verdict.count} events, chain ${verdict.valid ? 'intact' : 'BROKEN'}, replay ${replayed ? '=' : '≠'} snapshot`,
  );
  if (!verdict.valid || !replayed) throw new Error(`audit failed for ${id}`);
}
const tampered = await store.events(marketCase);
tampered[3] = { ...tampered[3]!, actor: 'someone-else' };
const verdict = verifyAuditChain(tampered);
console.log(
  `  an edited copy of ${marketCase}: ${explainAuditProblem(verdict.problem!).zh} / ${verdict.problem!.message}`,
);
if (verdict.valid) throw new Error('tampering went undetected');
const final = (await store.load('B-2025-0001'))!;
console.log(`\nBundle ${final.id}: ${final.state}, outcome ${final.outcome}`);
