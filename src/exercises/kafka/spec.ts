// What a Kafka exercise checks, as data: a run of the student's scenario for `runMs` of simulated
// time, faults scripted at fixed instants, and expectations about what the run did. The same words
// serve the built-in exercises (catalogue.ts) and the ones an instructor writes and shares by link
// (document.ts), so every check a student sees is one of these, worded in both languages.
// Everything refers to nodes by their names (what the student sees), never by ids.
// Pure and deterministic: the same scenario and spec always get the same lines.

import type { MessageKey } from '../../i18n/en';
import type { Params } from '../../i18n/translate';
import type { KafkaNode, KafkaScenario, NodeOfKind } from '../../scenario/kafka/types';
import { memberKey } from '../../sim/kafka/sync';
import { clientEvents, engineEvents, runHeadless, type RunResult, type ScriptStep } from './run';

/** A fault (or a late start) at a fixed instant of the run. */
export type KafkaAction =
  /** The group's consumer number `consumer` (from 1, as drawn) crashes. */
  | { readonly kind: 'crash-consumer'; readonly at: number; readonly group: string; readonly consumer: number }
  /** The broker leading the topic's partition fails. */
  | { readonly kind: 'fail-leader'; readonly at: number; readonly topic: string; readonly partition: number }
  /** The group is absent from the run until then (an application started later). */
  | { readonly kind: 'start-late'; readonly at: number; readonly group: string };

export type KafkaExpect =
  /** At least `min` records were appended to the topic. */
  | { readonly kind: 'records'; readonly topic: string; readonly min: number }
  /** All records of each key landed in one partition of the topic. */
  | { readonly kind: 'key-one-partition'; readonly topic: string }
  /** The group processed each key's records in the order they were sent (and at least `min`). */
  | { readonly kind: 'key-order'; readonly group: string; readonly min: number }
  /** The group has at least `min` consumers. */
  | { readonly kind: 'consumers'; readonly group: string; readonly min: number }
  /** After the run, every member of the group owns at least one partition. */
  | { readonly kind: 'no-idle'; readonly group: string }
  /** Every consumer of the group processed at least one record. */
  | { readonly kind: 'all-worked'; readonly group: string }
  /** The group processed every record the topic holds. */
  | { readonly kind: 'read-all'; readonly group: string; readonly topic: string }
  /** The group processed between `min` and `max` records (max null: no upper bound). */
  | { readonly kind: 'processed'; readonly group: string; readonly min: number; readonly max: number | null }
  /** No acknowledged record was lost. */
  | { readonly kind: 'none-lost' }
  /** Every record a producer sent to the topic is in its log. */
  | { readonly kind: 'all-in-log'; readonly topic: string }
  /** After a crash-consumer action, the crashed consumer's partitions went to others within `withinMs`. */
  | { readonly kind: 'takeover'; readonly group: string; readonly withinMs: number }
  /** The `to` file ended equal to the `from` file, with the lines going through Kafka Connect. */
  | { readonly kind: 'file-copy'; readonly from: string; readonly to: string }
  /** The file holds at least `min` lines. */
  | { readonly kind: 'file-lines'; readonly file: string; readonly min: number }
  /** The topic's log keeps one record per key (its latest), after at least `min` were written. */
  | { readonly kind: 'one-per-key'; readonly topic: string; readonly min: number };

export interface KafkaCheckSpec {
  readonly runMs: number;
  readonly actions: readonly KafkaAction[];
  readonly expect: readonly KafkaExpect[];
}

export interface CheckLine {
  readonly key: MessageKey;
  readonly params?: Params;
  readonly ok: boolean;
}

export const ACTION_KINDS = ['crash-consumer', 'fail-leader', 'start-late'] as const satisfies readonly KafkaAction['kind'][];
export const EXPECT_KINDS = [
  'records',
  'key-one-partition',
  'key-order',
  'consumers',
  'no-idle',
  'all-worked',
  'read-all',
  'processed',
  'none-lost',
  'all-in-log',
  'takeover',
  'file-copy',
  'file-lines',
  'one-per-key',
] as const satisfies readonly KafkaExpect['kind'][];

export function passed(lines: readonly CheckLine[]): boolean {
  return lines.length > 0 && lines.every((l) => l.ok);
}

const line = (key: MessageKey, ok: boolean, params?: Params): CheckLine => (params ? { key, params, ok } : { key, ok });
const named = <K extends KafkaNode['kind']>(doc: KafkaScenario, kind: K, name: string) =>
  doc.nodes.find((n): n is NodeOfKind<K> => n.kind === kind && n.name === name);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Runs the scenario as the spec says and judges it: one line per action, then one per expectation. */
export function judgeKafka(doc: KafkaScenario, spec: KafkaCheckSpec): CheckLine[] {
  const late = new Set(spec.actions.flatMap((a) => (a.kind === 'start-late' ? [a.group] : [])));
  const absent = doc.nodes.filter((n) => n.kind === 'group' && late.has(n.name)).map((n) => n.id);
  const early: KafkaScenario = absent.length === 0 ? doc : { ...doc, nodes: doc.nodes.filter((n) => !absent.includes(n.id)), edges: doc.edges.filter((e) => !absent.includes(e.source) && !absent.includes(e.target)) };
  const script = spec.actions.map((a) => step(doc, a));
  const run = runHeadless(early, spec.runMs, script);
  return [...spec.actions.map((a) => actionLine(doc, run, a)), ...spec.expect.map((e) => expectLine(doc, run, e, spec.actions))];
}

function step(doc: KafkaScenario, a: KafkaAction): ScriptStep {
  switch (a.kind) {
    case 'crash-consumer': {
      const g = named(doc, 'group', a.group);
      const c = g?.consumers[a.consumer - 1];
      return { at: a.at, act: (sim) => g && c && sim.crashConsumer(g.id, c.id) };
    }
    case 'fail-leader':
      return {
        at: a.at,
        act: (sim) => {
          const leader = sim.engine.topics().find((t) => t.name === a.topic)?.partitions[a.partition]?.leader;
          if (leader !== null && leader !== undefined) sim.failBroker(leader);
        },
      };
    case 'start-late':
      return { at: a.at, act: (sim) => sim.setDocument(doc) };
  }
}

function actionLine(doc: KafkaScenario, run: RunResult, a: KafkaAction): CheckLine {
  const at = seconds(a.at);
  switch (a.kind) {
    case 'crash-consumer': {
      const g = named(doc, 'group', a.group);
      const c = g?.consumers[a.consumer - 1];
      const crashed = g !== undefined && c !== undefined && run.sim.consumers.get(memberKey(g.id, c.id))?.crashed === true;
      return line('kafka.act.crash-consumer', crashed, { group: a.group, consumer: c?.name ?? `#${a.consumer}`, at });
    }
    case 'fail-leader':
      return line('kafka.act.fail-leader', engineEvents(run.log, 'broker.failed').length > 0, { topic: a.topic, partition: a.partition, at });
    case 'start-late':
      return line('kafka.act.start-late', named(doc, 'group', a.group) !== undefined, { group: a.group, at });
  }
}

const groupIdOf = (doc: KafkaScenario, name: string) => named(doc, 'group', name)?.id;
const processedBy = (doc: KafkaScenario, run: RunResult, group: string) => {
  const id = groupIdOf(doc, group);
  return id === undefined ? [] : clientEvents(run.log, 'consumer-processed').filter((e) => e.group === id);
};

function expectLine(doc: KafkaScenario, run: RunResult, e: KafkaExpect, actions: readonly KafkaAction[]): CheckLine {
  const topicOf = (name: string) => run.sim.engine.topics().find((t) => t.name === name);
  switch (e.kind) {
    case 'records': {
      const n = engineEvents(run.log, 'record.appended').filter((r) => r.topic === e.topic).length;
      return line('kafka.expect.records', n >= e.min, { topic: e.topic, min: e.min, n });
    }
    case 'key-one-partition': {
      const parts = new Map<string, Set<number>>();
      const appended = engineEvents(run.log, 'record.appended').filter((r) => r.topic === e.topic && r.key !== null);
      for (const a of appended) parts.set(a.key ?? '', (parts.get(a.key ?? '') ?? new Set()).add(a.partition));
      const split = [...parts.entries()].filter(([, s]) => s.size > 1).map(([k]) => k);
      return line('kafka.expect.key-one-partition', appended.length > 0 && split.length === 0, { topic: e.topic, split: split.slice(0, 3).join(', ') || '—' });
    }
    case 'key-order': {
      const processed = processedBy(doc, run, e.group);
      const sent = new Map<string, string[]>();
      for (const s of clientEvents(run.log, 'producer-sent')) sent.set(s.key ?? '', [...(sent.get(s.key ?? '') ?? []), s.value]);
      const outOfOrder = new Set<string>();
      const last = new Map<string, number>();
      const used = new Map<string, Set<number>>();
      for (const p of processed) {
        const key = p.key ?? '';
        const list = sent.get(key) ?? [];
        const taken = used.get(key) ?? new Set<number>();
        const index = list.findIndex((v, i) => v === p.value && !taken.has(i));
        if (index < 0) continue;
        taken.add(index);
        used.set(key, taken);
        if (index < (last.get(key) ?? -1)) outOfOrder.add(key);
        last.set(key, Math.max(index, last.get(key) ?? -1));
      }
      const ok = processed.length >= Math.max(1, e.min) && outOfOrder.size === 0;
      return line('kafka.expect.key-order', ok, { group: e.group, n: processed.length, min: e.min, keys: [...outOfOrder].slice(0, 3).join(', ') || '—' });
    }
    case 'consumers': {
      const n = named(doc, 'group', e.group)?.consumers.length ?? 0;
      return line('kafka.expect.consumers', n >= e.min, { group: e.group, min: e.min, n });
    }
    case 'no-idle': {
      const members = run.sim.engine.groups().find((g) => g.id === e.group)?.members ?? [];
      const idle = members.filter((m) => m.alive && m.assignment.length === 0).length;
      return line('kafka.expect.no-idle', members.length > 0 && idle === 0, { group: e.group, idle });
    }
    case 'all-worked': {
      const g = named(doc, 'group', e.group);
      const busy = new Set(processedBy(doc, run, e.group).map((p) => p.consumer));
      const idle = g ? g.consumers.filter((c) => !busy.has(c.id)).map((c) => c.name) : [];
      return line('kafka.expect.all-worked', g !== undefined && g.consumers.length > 0 && idle.length === 0, { group: e.group, idle: idle.slice(0, 3).join(', ') || '—' });
    }
    case 'read-all': {
      const read = new Set(processedBy(doc, run, e.group).filter((p) => p.topic === e.topic).map((p) => `${p.partition}@${p.offset}`));
      const want = (topicOf(e.topic)?.partitions ?? []).flatMap((p) => p.records.filter((r) => r.offset < p.highWatermark).map((r) => `${p.partition}@${r.offset}`));
      const n = want.filter((k) => read.has(k)).length;
      return line('kafka.expect.read-all', want.length > 0 && n === want.length, { group: e.group, topic: e.topic, n, want: want.length });
    }
    case 'processed': {
      const n = processedBy(doc, run, e.group).length;
      const ok = groupIdOf(doc, e.group) !== undefined && n >= e.min && (e.max === null || n <= e.max);
      if (e.max === null) return line('kafka.expect.processed-min', ok, { group: e.group, min: e.min, n });
      if (e.max === e.min) return line('kafka.expect.processed-exactly', ok, { group: e.group, want: e.min, n });
      return line('kafka.expect.processed-between', ok, { group: e.group, min: e.min, max: e.max, n });
    }
    case 'none-lost': {
      const n = engineEvents(run.log, 'records.lost').reduce((sum, x) => sum + x.records.length, 0);
      return line('kafka.expect.none-lost', n === 0, { n });
    }
    case 'all-in-log': {
      const sent = clientEvents(run.log, 'producer-sent').filter((s) => s.topic === e.topic);
      const kept = new Set((topicOf(e.topic)?.partitions ?? []).flatMap((p) => p.records.map((r) => `${r.key ?? ''}\u0000${r.value ?? ''}`)));
      const n = sent.filter((s) => kept.has(`${s.key ?? ''}\u0000${s.value}`)).length;
      return line('kafka.expect.all-in-log', sent.length > 0 && n === sent.length, { topic: e.topic, n, want: sent.length });
    }
    case 'takeover': {
      const crash = actions.find((a): a is Extract<KafkaAction, { kind: 'crash-consumer' }> => a.kind === 'crash-consumer' && a.group === e.group);
      const victim = crash ? named(doc, 'group', e.group)?.consumers[crash.consumer - 1] : undefined;
      const took = crash && victim
        ? run.log.find((x) => x.time >= crash.at && x.source === 'engine' && x.event.type === 'group.rebalance.completed' && x.event.group === e.group && !(victim.name in x.event.assignment) && Object.values(x.event.assignment).flat().length > 0)
        : undefined;
      const after = took && crash ? took.time - crash.at : null;
      return line('kafka.expect.takeover', after !== null && after <= e.withinMs, { group: e.group, s: after === null ? '—' : seconds(after), max: seconds(e.withinMs) });
    }
    case 'file-copy': {
      const files = run.sim.engine.files();
      const from = files.find((f) => f.path === e.from)?.content ?? '';
      const to = files.find((f) => f.path === e.to)?.content ?? '';
      const viaKafka = engineEvents(run.log, 'connect.source.line.read').some((x) => x.file === e.from) && engineEvents(run.log, 'connect.sink.line.written').some((x) => x.file === e.to);
      return line('kafka.expect.file-copy', from !== '' && to === from && viaKafka, { from: e.from, to: e.to, lines: lineCount(to) });
    }
    case 'file-lines': {
      const n = lineCount(run.sim.engine.files().find((f) => f.path === e.file)?.content ?? '');
      return line('kafka.expect.file-lines', n >= e.min, { file: e.file, min: e.min, n });
    }
    case 'one-per-key': {
      const parts = topicOf(e.topic)?.partitions ?? [];
      const written = parts.reduce((sum, p) => sum + p.logEndOffset, 0);
      const kept = parts.flatMap((p) => p.records.filter((r) => r.offset < p.highWatermark).map((r) => `${p.partition}\u0000${r.key ?? ''}`));
      const latest = parts.every((p) => p.records.every((r) => !p.records.some((o) => o.key === r.key && o.offset > r.offset)));
      const ok = written >= e.min && kept.length > 0 && new Set(kept).size === kept.length && latest;
      return line('kafka.expect.one-per-key', ok, { topic: e.topic, n: kept.length, written, min: e.min });
    }
  }
}

const lineCount = (text: string) => text.split('\n').filter((l) => l !== '').length;
