// Instructor mode, the pure part: pick test messages from the producers of a scenario, run it
// headless, and record where each test message ended ("these test messages should end in these
// queues") as the expectations of a new exercise.

import type { Scenario } from '../scenario/types';
import type { ExerciseDocument } from './document';
import { EXERCISE_LIMITS } from './document';
import { runCheck } from './run';
import { traceMessages } from './trace';
import type { CheckSpec, Expectation, Level, Locks, TestMessage } from './types';

/** Test messages leave this far apart, in simulated ms. */
export const AUTHOR_MESSAGE_GAP = 200;
/** Time after the last test message for everything to settle. */
export const AUTHOR_SETTLE_MS = 10_000;
const MAX_SUGGESTED = 20;

/** One message per routing key each connected producer would send (its schedule's keys, or its key). */
export function testMessagesFromProducers(doc: Scenario): TestMessage[] {
  const out: TestMessage[] = [];
  for (const p of doc.nodes) {
    if (p.kind !== 'producer' || !doc.edges.some((e) => e.kind === 'publish' && e.source === p.id))
      continue;
    const keys = p.schedule.keys.length > 0 ? p.schedule.keys : [p.message.routingKey];
    for (const routingKey of keys) out.push({ via: { producer: p.name }, at: 0, routingKey });
  }
  return spaced(out.slice(0, MAX_SUGGESTED));
}

/** Gives each message its own moment, in list order. */
export function spaced(messages: readonly TestMessage[]): TestMessage[] {
  return messages.map((m, i) => ({ ...m, at: i * AUTHOR_MESSAGE_GAP }));
}

export function authorRunMs(messages: readonly TestMessage[]): number {
  return Math.min(
    EXERCISE_LIMITS.runMs.max,
    Math.max(0, ...messages.map((m) => m.at)) + AUTHOR_SETTLE_MS,
  );
}

export interface Outcome {
  readonly queues: readonly string[];
  /** The producer it came back to (mandatory and unroutable), or null. */
  readonly returnedTo: string | null;
  readonly sent: boolean;
}

export interface Capture {
  readonly messages: readonly TestMessage[];
  readonly outcomes: readonly Outcome[];
  readonly expect: readonly Expectation[];
}

/** Runs the scenario with the messages and turns each one's first routing into an expectation. */
export function captureOutcomes(doc: Scenario, messages: readonly TestMessage[]): Capture {
  const spec: CheckSpec = { messages, actions: [], runMs: authorRunMs(messages), expect: [] };
  const run = runCheck(doc, spec);
  const traces = traceMessages(run);
  const outcomes: Outcome[] = traces.map((t) => {
    const producer = t.returned
      ? (doc.nodes.find((n) => n.id === t.returnedTo)?.name ?? null)
      : null;
    return { queues: [...t.routedTo].sort(), returnedTo: producer, sent: t.id !== null };
  });
  const expect: Expectation[] = outcomes.flatMap((o, msg): Expectation[] => {
    if (!o.sent) return [];
    if (o.returnedTo !== null) return [{ kind: 'returned', msg, producer: o.returnedTo }];
    return [{ kind: 'route', msg, queues: o.queues }];
  });
  return { messages, outcomes, expect };
}

export interface AuthorDraft {
  readonly title: string;
  readonly goal: string;
  readonly level: Level;
  readonly hints: string;
  readonly capture: Capture | null;
  readonly requireNotLost: boolean;
  readonly start: Scenario | null;
  readonly locked: Locks;
}

export type DraftProblem =
  | 'ex.author.need.capture'
  | 'ex.author.need.start'
  | 'ex.author.need.title'
  | 'ex.author.need.goal'
  | 'ex.author.need.messages';

/** The exercise document a draft describes, or what is still missing. */
export function documentFromDraft(
  d: AuthorDraft,
): { ok: true; document: ExerciseDocument } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  if (d.title.trim() === '') problems.push('ex.author.need.title');
  if (d.goal.trim() === '') problems.push('ex.author.need.goal');
  if (!d.capture) problems.push('ex.author.need.capture');
  else if (d.capture.messages.length === 0) problems.push('ex.author.need.messages');
  if (!d.start) problems.push('ex.author.need.start');
  if (problems.length > 0 || !d.capture || !d.start) return { ok: false, problems };
  const start = d.start;
  const hints = d.hints
    .split('\n')
    .map((h) => h.trim())
    .filter((h) => h !== '')
    .slice(0, EXERCISE_LIMITS.hints);
  // Locks can only name parts the starting scenario has.
  const locked: Locks = {
    nodes: d.locked.nodes.filter((id) => start.nodes.some((n) => n.id === id)),
    edges: d.locked.edges.filter((id) => start.edges.some((e) => e.id === id)),
  };
  const expect = d.requireNotLost
    ? [...d.capture.expect, { kind: 'not-lost' } as const]
    : d.capture.expect;
  return {
    ok: true,
    document: {
      title: d.title.trim(),
      goal: d.goal.trim(),
      level: d.level,
      hints,
      start,
      locked,
      check: {
        messages: d.capture.messages,
        actions: [],
        runMs: authorRunMs(d.capture.messages),
        expect,
      },
    },
  };
}
