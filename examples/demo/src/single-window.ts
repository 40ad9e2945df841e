// The host around @govkit/workflow for the demo: an in-memory case store, the single-window bundle case that
// dispatches one licensing sub-case per department, and the officials' actions, each printed as it happens.
import { type ServiceGuide, toClockLimit } from '@govkit/catalogue';
import { type Calendar, createDeadlineClock } from '@govkit/sla-calendar';
import {
  type Actor,
  type CaseCommand,
  type CaseEffect,
  type CaseEvent,
  type CaseSnapshot,
  createMemoryCaseStore,
  executeCommand,
  licensingWorkflow,
  singleWindowWorkflow,
  startCase,
  type WorkflowDefinition,
} from '@govkit/workflow';
import { line } from './report';

type Body<C> = C extends unknown ? Omit<C, 'expectedVersion'> : never;
type Recorded = { id: string; events: CaseEvent[]; snapshot: CaseSnapshot };
type ChildCase = { id: string; name: string; department: string };

const DEPARTMENT_KEYS: Record<string, string> = {
  示例县市场监督管理局: 'market',
  示例县消防救援大队: 'fire',
  示例县住房和城乡建设局: 'housing',
  示例县生态环境分局: 'environment',
};

/**
 * Runs the bundle through the single window: accept once, dispatch to every department, one supplement
 * request (补正, Art. 32), one expert review that pauses the clock (Art. 45), one extension (Art. 42), the
 * graded decisions, delivery. Returns every case with its audit events.
 */
export async function runSingleWindow(guides: readonly ServiceGuide[], applicant: string, calendar: Calendar) {
  const clock = createDeadlineClock(calendar);
  const definitions: WorkflowDefinition[] = [singleWindowWorkflow(), licensingWorkflow()];
  const byRef = (ref: string) => definitions.find((d) => `${d.id}@${d.version}` === ref)!;
  const store = createMemoryCaseStore();
  const system: Actor = { id: 'system', roles: ['system'] };
  const desk: Actor = { id: 'window-03', roles: ['frontDesk'] };
  const official = (dept: string, role: 'handler' | 'reviewer' | 'approver'): Actor => ({
    id: `${dept}-${role}`,
    roles: [role],
  });
  const guideOf = new Map(guides.map((g) => [g.item.name, g]));
  let now = '';

  async function send(caseId: string, actor: Actor, command: Body<CaseCommand>): Promise<void> {
    const snapshot = (await store.load(caseId))!;
    const command_ = { ...command, expectedVersion: snapshot.version } as CaseCommand;
    const result = executeCommand(byRef(snapshot.definition), snapshot, command_, { now, actor, clock });
    await store.append(caseId, snapshot.version, result.events, result.snapshot);
    const label = command.type === 'act' ? command.action : command.type;
    line(
      `${now.slice(5, 16).replace('T', ' ')}  ${caseId.padEnd(14)} ${label.padEnd(18)} → ${result.snapshot.state}`,
      4,
    );
    for (const effect of result.effects) await carryOut(effect);
  }

  async function carryOut(effect: CaseEffect): Promise<void> {
    if (effect.type === 'startCase') {
      const guide = guideOf.get(effect.department ?? '');
      // Month or year limits have no day count: the definition's default limit applies to those.
      const limit = guide?.promisedLimit ?? guide?.statutoryLimit;
      const decision = limit && toClockLimit(limit);
      const { snapshot, events } = startCase(
        byRef(effect.definition),
        {
          id: effect.caseId,
          applicant: effect.applicant,
          ...(effect.parent && { parent: effect.parent }),
          ...(effect.flags && { flags: effect.flags }),
          ...(decision && { limits: { decision } }),
        },
        { now, actor: system, clock },
      );
      await store.append(effect.caseId, 0, events, snapshot);
      line(`${now.slice(5, 16).replace('T', ' ')}  ${effect.caseId.padEnd(14)} opened for ${effect.department}`, 4);
    } else if (effect.type === 'reportToParent') {
      if ((await store.load(effect.parent))?.status !== 'closed')
        await send(effect.parent, system, { type: 'childDecided', child: effect.child, outcome: effect.outcome });
    } else if (effect.type === 'terminateCase') {
      if ((await store.load(effect.caseId))?.status !== 'closed')
        await send(effect.caseId, system, { type: 'terminate', reason: effect.reason });
    }
  }

  // Monday 23 November 2026, 09:30 Beijing time: the applicant submits once at the window.
  now = '2026-11-23T09:30:00+08:00';
  const bundleId = 'YJS-2026-0088';
  const opened = startCase(singleWindowWorkflow(), { id: bundleId, applicant }, { now, actor: desk, clock });
  await store.append(bundleId, 0, opened.events, opened.snapshot);
  await send(bundleId, desk, {
    type: 'act',
    action: 'dispatch',
    children: guides.map((g) => ({ definition: 'licensing@1', department: g.item.name })),
  });
  const children: ChildCase[] = Object.entries((await store.load(bundleId))!.children!).map(([id, c]) => ({
    id,
    name: c.department!,
    department: DEPARTMENT_KEYS[guideOf.get(c.department!)!.item.implementingBody.name] ?? 'other',
  }));
  const food = children.find((c) => c.name.startsWith('食品经营许可'))!;
  const fire = children.find((c) => c.department === 'fire')!;

  const decide = async (c: (typeof children)[number], at: string) => {
    now = at;
    for (const role of ['handler', 'reviewer'] as const)
      await send(c.id, official(c.department, role), { type: 'act', action: 'approve' });
    await send(c.id, official(c.department, 'approver'), { type: 'act', action: 'grant' });
  };
  const [environment, drainage, signboard] = ['固定污染源排污登记', '城镇污水排入排水管网许可', '户外招牌设置许可'].map(
    (name) => children.find((c) => c.name === name)!,
  ) as [ChildCase, ChildCase, ChildCase];

  // The window checks the sub-applications: the food licence lacks its floor plan, so the applicant is
  // told once and completely (一次性告知补正, Art. 32); the others are accepted on the spot.
  await send(food.id, desk, { type: 'act', action: 'requestSupplement', reason: '缺经营场所平面布局图（一次性告知）' });
  for (const c of children) if (c !== food) await send(c.id, desk, { type: 'act', action: 'accept' });

  // The fire brigade sends the kitchen's gas system to an expert review: a special procedure whose days
  // are not counted (Art. 45).
  now = '2026-11-24T09:00:00+08:00';
  await send(fire.id, official('fire', 'handler'), { type: 'suspend', reason: '燃气系统专家评审 expert review' });
  now = '2026-11-24T10:15:00+08:00';
  await send(food.id, { id: applicant, roles: ['applicant'] }, { type: 'act', action: 'supplement' });
  await send(food.id, desk, { type: 'act', action: 'accept' });

  // Graded review in every department: handler → reviewer → approver, three different people.
  await decide(environment, '2026-11-24T15:00:00+08:00');
  await decide(drainage, '2026-11-25T10:00:00+08:00');
  now = '2026-11-25T17:00:00+08:00';
  await send(fire.id, official('fire', 'handler'), { type: 'resume' });
  // The review found work to do: the brigade's head extends the limit once (Art. 42).
  await send(fire.id, official('fire', 'approver'), {
    type: 'extend',
    clock: 'decision',
    reason: '情况复杂，经负责人批准延长十日',
  });
  await decide(fire, '2026-11-26T11:00:00+08:00');
  await decide(signboard, '2026-11-26T16:30:00+08:00');
  // The food licence relies on the fire inspection's result (the bundle's dependency), so it comes last.
  await decide(food, '2026-11-27T16:00:00+08:00');
  const decidedOn = now.slice(0, 10);
  now = '2026-11-30T09:00:00+08:00';
  await send(bundleId, desk, { type: 'act', action: 'deliver' });

  const record = async (id: string): Promise<Recorded> => ({
    id,
    events: await store.events(id),
    snapshot: (await store.load(id))!,
  });
  return {
    definitions,
    /** When the results were delivered; the demo seals and verifies the licence then. */
    now,
    decidedOn,
    bundle: await record(bundleId),
    children: await Promise.all(children.map(async (c) => ({ ...c, ...(await record(c.id)) }))),
  };
}
