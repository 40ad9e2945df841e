// @govkit/workflow against XState 5 on an equivalent guarded approval machine, same inputs, same run.
// Run: npm run bench -w @govkit/workflow   (ratios, not absolute times: the machine is shared and noisy).
// The script bundles this file with esbuild and runs it with node, so both libraries run as plain minified-free
// JavaScript without tsx's per-function name wrappers, which would otherwise slow the TypeScript side only.

import { loadavg } from 'node:os';
import { brotliCompressSync } from 'node:zlib';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { build } from 'esbuild';
import { assign, createActor, setup, transition } from 'xstate';
import { sha256Hex } from '#sha256-hex';
import { compare } from '../../../scripts/bench-utils';
import { runCommand } from '../src/execute';
import {
  type CaseCommand,
  type CaseSnapshot,
  defineWorkflow,
  eventHash,
  executeCommand,
  licensingWorkflow,
  replayCase,
  startCase,
} from '../src/index';
import { parseSnapshot } from '../src/schemas/index';
import { sha256 } from '../src/sha256';
import { sha256Hex as portableSha256Hex } from '../src/sha256-hex';
import { sm3 } from '../src/sm3/index';
import { actors, naturalDayClock, TestCase } from '../test/helpers';

// The machine's load goes beside the figures: on a shared machine it explains much of the spread between runs.
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
// `npm run bench` runs this file twice: bundled for Node (SHA-256 through node:crypto, as `#sha256-hex` resolves
// under the `node` condition) and bundled without the condition (the portable pure-JS SHA-256 that browsers get).
const hashing =
  sha256Hex === portableSha256Hex ? 'portable pure-JS SHA-256 (what browsers run)' : 'node:crypto SHA-256';
console.log(`Node ${process.version}; audit hashing: ${hashing}; load average at start ${load()}`);

// ── The same guarded approval process in both libraries ─────────────────────────────────────────────
// submitted →accept[frontDesk]→ handling →approve[handler]→ reviewing →approve[reviewer]→ deciding
// →grant[approver]→ granted; each official step checks the role and separation of duties.
const approval = defineWorkflow({
  id: 'approval',
  version: 1,
  title: { zh: '审批', en: 'Approval' },
  roles: ['frontDesk', 'handler', 'reviewer', 'approver'],
  initial: 'submitted',
  states: {
    submitted: { on: { accept: { target: 'handling', roles: ['frontDesk'] } } },
    handling: {
      on: {
        approve: { target: 'reviewing', roles: ['handler'], duty: 'handler' },
        again: { target: 'handling', roles: ['handler'], duty: 'handler' },
      },
    },
    reviewing: { on: { approve: { target: 'deciding', roles: ['reviewer'], duty: 'reviewer' } } },
    deciding: { on: { grant: { target: 'granted', roles: ['approver'], duty: 'approver' } } },
    granted: { final: true },
  },
});
type Duty = 'handler' | 'reviewer' | 'approver';
type Ev = { type: 'accept' | 'approve' | 'again' | 'grant'; actor: string; roles: string[] };
const allowed = (ctx: Ctx, e: Ev, role: string, duty?: Duty) =>
  e.roles.includes(role) &&
  (!duty ||
    (['handler', 'reviewer', 'approver'] as const).every((d) => d === duty || !ctx.duties[d].includes(e.actor)));
type Ctx = { duties: Record<Duty, string[]> };
const step = (target: string, role: string, duty?: Duty) => ({
  target,
  guard: { type: 'allowed' as const, params: { role, duty } },
  ...(duty && { actions: { type: 'record' as const, params: { duty } } }),
});
const machine = setup({
  types: { context: {} as Ctx, events: {} as Ev },
  guards: {
    allowed: ({ context, event }, params: { role: string; duty: Duty | undefined }) =>
      allowed(context, event, params.role, params.duty),
  },
  actions: {
    record: assign(({ context, event }, params: { duty: Duty }) => ({
      duties: context.duties[params.duty].includes(event.actor)
        ? context.duties
        : { ...context.duties, [params.duty]: [...context.duties[params.duty], event.actor] },
    })),
  },
}).createMachine({
  id: 'approval',
  initial: 'submitted',
  context: { duties: { handler: [], reviewer: [], approver: [] } },
  states: {
    submitted: { on: { accept: step('handling', 'frontDesk') } },
    handling: {
      on: { approve: step('reviewing', 'handler', 'handler'), again: step('handling', 'handler', 'handler') },
    },
    reviewing: { on: { approve: step('deciding', 'reviewer', 'reviewer') } },
    deciding: { on: { grant: step('granted', 'approver', 'approver') } },
    granted: { type: 'final' },
  },
});

const now = '2025-03-03T01:00:00.000Z';
const who = {
  desk: { id: 'w-desk', roles: ['frontDesk'] },
  handler: { id: 'w-h', roles: ['handler'] },
  reviewer: { id: 'w-r', roles: ['reviewer'] },
  approver: { id: 'w-a', roles: ['approver'] },
};
const ctx = (actor: { id: string; roles: string[] }) => ({ now, actor });
const steps = [
  ['accept', who.desk],
  ['approve', who.handler],
  ['approve', who.reviewer],
  ['grant', who.approver],
] as const;

function govkitLifecycle(hashing: boolean) {
  let s = startCase(approval, { id: 'B-1', applicant: 'u-1' }, ctx(who.desk)).snapshot;
  for (const [action, actor] of steps)
    s = runCommand(approval, s, { type: 'act', action, expectedVersion: s.version }, ctx(actor), hashing).snapshot;
  return s;
}
function xstateLifecycle() {
  const actor = createActor(machine).start();
  for (const [type, a] of steps) actor.send({ type, actor: a.id, roles: a.roles });
  return actor.getSnapshot();
}

// One guarded self-transition from a running case: pure in govkit, so the same snapshot is reused.
const handling = runCommand(
  approval,
  startCase(approval, { id: 'B-1', applicant: 'u-1' }, ctx(who.desk)).snapshot,
  { type: 'act', action: 'accept', expectedVersion: 1 },
  ctx(who.desk),
  false,
).snapshot;
const again: CaseCommand = { type: 'act', action: 'again', expectedVersion: handling.version };
const xActor = createActor(machine).start();
xActor.send({ type: 'accept', actor: who.desk.id, roles: who.desk.roles });
const xHandling = xActor.getSnapshot();
const xAgain: Ev = { type: 'again', actor: who.handler.id, roles: who.handler.roles };

// A guarded transition takes well under a microsecond, not much more than tinybench spends timing one call, so
// each timed call runs a batch of BATCH transitions, on both sides alike (one loop per task, so that no call
// site is shared); every figure is per transition.
const BATCH = 100;
const handler = ctx(who.handler);
const t1 = await compare(
  'One guarded transition, no hashing',
  {
    'govkit executeCommand (pure)': () => {
      for (let i = 0; i < BATCH; i++) runCommand(approval, handling, again, handler, false);
    },
    'xstate actor.send': () => {
      for (let i = 0; i < BATCH; i++) xActor.send(xAgain);
    },
    'xstate transition() (pure)': () => {
      for (let i = 0; i < BATCH; i++) transition(machine, xHandling, xAgain);
    },
  },
  { opsPerCall: BATCH },
);
const t2 = await compare('Case lifecycle: create + 4 guarded transitions, no hashing', {
  'govkit startCase + 4 × executeCommand': () => govkitLifecycle(false),
  'xstate createActor + 4 × actor.send': () => xstateLifecycle(),
});
const t3 = await compare('Case lifecycle with the hash-chained audit (5 events per case)', {
  'govkit, SHA-256 audit chain': () => govkitLifecycle(true),
  'xstate (no audit at all)': () => xstateLifecycle(),
});

// ── Hashing ────────────────────────────────────────────────────────────────────────────────────────
const sample = new TestCase(licensingWorkflow());
sample.act(actors.desk, 'accept');
const event = sample.events.at(-1)!;
const h = await compare('Hashing one audit event (canonical JSON + digest)', {
  'govkit eventHash SHA-256': () => eventHash(event, 'sha256'),
  'govkit eventHash SM3': () => eventHash(event, 'sm3', sm3),
});
const bytes = new TextEncoder().encode(JSON.stringify(event));
await compare(
  `SHA-256 over one event (${bytes.length} bytes)`,
  { 'govkit compact sha256': () => sha256(bytes), '@noble/hashes sha256': () => nobleSha256(bytes) },
  { bytesPerOp: bytes.length },
);

// ── Replay, restore and size ───────────────────────────────────────────────────────────────────────
const long = new TestCase(licensingWorkflow());
long.act(actors.desk, 'accept');
while (long.events.length < 200) long.run(actors.handler2, { type: 'copyTo', to: ['w-leader'], reason: '知悉' });
const log = long.events.slice(0, 200);
const r = await compare('Replay a 200-event case (verify chain + rebuild)', {
  'govkit replayCase': () => replayCase([licensingWorkflow()], log),
});
const typical = new TestCase(licensingWorkflow());
typical.act(actors.desk, 'accept');
typical.act(actors.handler2, 'approve');
const stored = JSON.stringify(typical.snapshot);
const closed = new TestCase(licensingWorkflow());
for (const [actor, action] of [
  [actors.desk, 'accept'],
  [actors.handler2, 'approve'],
  [actors.reviewer, 'approve'],
  [actors.approver, 'grant'],
  [actors.desk, 'deliver'],
] as const)
  closed.act(actor, action);
const storedClosed = JSON.stringify(closed.snapshot);
const xPersisted = JSON.stringify(createActor(machine, { snapshot: xHandling }).start().getPersistedSnapshot());
await compare('Restore a case from JSON', {
  'govkit parseSnapshot (zod-validated)': () => parseSnapshot(JSON.parse(stored)),
  'govkit JSON.parse only': () => JSON.parse(stored) as CaseSnapshot,
  'xstate createActor({ snapshot }).start()': () => createActor(machine, { snapshot: JSON.parse(xPersisted) }).start(),
});
// The restored case still runs: tick reads its clocks.
executeCommand(
  licensingWorkflow(),
  parseSnapshot(JSON.parse(stored)),
  { type: 'tick', expectedVersion: typical.snapshot.version },
  {
    now,
    actor: actors.system,
    clock: naturalDayClock,
  },
);

async function minBrotli(contents: string, conditions: string[] = []) {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions,
  });
  return brotliCompressSync(out.outputFiles[0]!.contents).length;
}
const core = await minBrotli(`export { startCase, executeCommand } from './src/index';`, ['@govkit/source']);
const xcore = await minBrotli(`export { createMachine, createActor } from 'xstate';`);
console.log('\nSizes');
console.log(
  `  persisted snapshot, case in review      ${stored.length} B (xstate persisted snapshot of the smaller machine: ${xPersisted.length} B)`,
);
console.log(`  persisted snapshot, closed case         ${storedClosed.length} B (3 stopped clocks)`);
console.log(
  `  core bundle min+brotli (startCase, executeCommand, SHA-256)  ${(core / 1024).toFixed(2)} KB; xstate createMachine + createActor ${(xcore / 1024).toFixed(2)} KB (govkit ÷ xstate = ${(core / xcore).toFixed(2)}×)`,
);
console.log('\nSummary');
console.log(
  `  guarded transitions/s, no hashing: ${Math.round(t1.hz['govkit executeCommand (pure)']!).toLocaleString('en-US')} (${t1.ratio['xstate actor.send']!.toFixed(1)}× actor.send)`,
);
console.log(`  lifecycle ratio vs actor.send: ${t2.ratio['xstate createActor + 4 × actor.send']!.toFixed(1)}×`);
console.log(
  `  audited events/s (${hashing}): ${Math.round(t3.hz['govkit, SHA-256 audit chain']! * 5).toLocaleString('en-US')}; SHA-256 event hashes/s: ${Math.round(h.hz['govkit eventHash SHA-256']!).toLocaleString('en-US')}`,
);
console.log(`  200-event replays/s: ${Math.round(r.hz['govkit replayCase']!).toLocaleString('en-US')}`);
console.log(`  load average at the end: ${load()}`);
