/**
 * The consumer applications of a scenario's groups: each polls, waits for its records to travel,
 * processes them one by one and commits as its group says (auto-commit is the engine's timer;
 * after-batch is commitSync() once the batch is done). A crash drops what was polled and not
 * processed: the next owner reads it again (at-least-once).
 */
import type { KafkaCluster, KafkaCommand, OffsetSpec } from '../../engine/kafka';
import type { KafkaScenario, KGroupNode } from '../../scenario/kafka/types';
import { memberIn, partitionOut } from './anchors';
import { STAGGER_MS, type KafkaFlightBoard, type NameIndex } from './flights';
import { memberKey, nodeById, type MemberRun } from './sync';
import { recordRef, type HeldRecord, type KafkaLatency, type KClientEvent } from './types';

export type ConsumerTimer = { kind: 'poll'; key: string; gen: number } | { kind: 'processed'; key: string; gen: number; held: HeldRecord; last: boolean };

export interface ConsumerRuntime {
  readonly run: MemberRun;
  gen: number;
  crashed: boolean;
  held: HeldRecord[];
  lastError: string | null;
}

/** What the consumers need from the simulation around them. */
export interface ConsumerPorts {
  readonly engine: KafkaCluster;
  readonly flights: KafkaFlightBoard;
  readonly latency: KafkaLatency;
  now(): number;
  doc(): KafkaScenario;
  names(): NameIndex;
  schedule(at: number, timer: ConsumerTimer): void;
  client(event: KClientEvent): void;
  /** Runs a command; a refusal goes to the log. */
  run(node: string | null, cmd: KafkaCommand): boolean;
  /** Moves the engine's new events into the log. */
  collect(): void;
  changed(): void;
}

export class ConsumerApps {
  readonly runtimes = new Map<string, ConsumerRuntime>();
  /** Records processed per group node since the start (the queue comparison counts them). */
  readonly processedBy = new Map<string, number>();

  constructor(private readonly p: ConsumerPorts) {}

  joined(m: MemberRun): void {
    const rt: ConsumerRuntime = { run: m, gen: 0, crashed: false, held: [], lastError: null };
    this.runtimes.set(m.key, rt);
    this.p.schedule(this.p.now(), { kind: 'poll', key: m.key, gen: rt.gen });
  }

  left(key: string): void {
    this.runtimes.delete(key);
  }

  handle(timer: ConsumerTimer): void {
    if (timer.kind === 'poll') this.poll(timer.key, timer.gen);
    else this.processed(timer.key, timer.gen, timer.held, timer.last);
  }

  crash(groupNode: string, consumerId: string): void {
    const rt = this.runtimes.get(memberKey(groupNode, consumerId));
    if (!rt || rt.crashed) return;
    if (!this.p.run(groupNode, { type: 'consumer.crash', group: rt.run.group, member: rt.run.member })) return;
    rt.crashed = true;
    rt.gen++;
    const dropped = rt.held.length;
    rt.held = [];
    this.p.flights.mark('crash', { node: groupNode, handle: memberIn(consumerId) }, this.p.now(), 0);
    this.p.client({ type: 'consumer-crashed', group: groupNode, consumer: consumerId, dropped });
  }

  /** The crashed consumer starts again and rejoins (`rejoin` sends the join); false when it could not. */
  restart(groupNode: string, consumerId: string, rejoin: (key: string) => boolean): void {
    const key = memberKey(groupNode, consumerId);
    const rt = this.runtimes.get(key);
    if (!rt || !rt.crashed || !rejoin(key)) return;
    rt.crashed = false;
    rt.gen++;
    rt.lastError = null;
    this.p.client({ type: 'consumer-restarted', group: groupNode, consumer: consumerId });
    this.p.schedule(this.p.now(), { kind: 'poll', key, gen: rt.gen });
  }

  /** commitSync() for every live member of a group (the manual commit button). */
  commit(groupNode: string): void {
    for (const rt of this.runtimes.values())
      if (rt.run.groupNode === groupNode && !rt.crashed) this.p.run(groupNode, { type: 'commit', group: rt.run.group, member: rt.run.member });
  }

  /** seek() on every partition the group's live members own; they read from there at their next poll. */
  seek(groupNode: string, offset: OffsetSpec): void {
    const name = nodeById(this.p.doc(), groupNode)?.name;
    const group = this.p.engine.groups().find((g) => g.id === name);
    if (!group) return;
    for (const m of group.members) {
      if (!m.alive) continue;
      for (const a of m.assignment) this.p.run(groupNode, { type: 'seek', group: group.id, member: m.id, topic: a.topic, partition: a.partition, offset });
    }
  }

  private settings(rt: ConsumerRuntime): { node: KGroupNode; pollIntervalMs: number; processingMs: number } | null {
    const n = nodeById(this.p.doc(), rt.run.groupNode);
    const c = n?.kind === 'group' ? n.consumers.find((x) => x.id === rt.run.consumerId) : undefined;
    return n?.kind === 'group' && c ? { node: n, pollIntervalMs: c.pollIntervalMs, processingMs: c.processingMs } : null;
  }

  private poll(key: string, gen: number): void {
    const rt = this.runtimes.get(key);
    if (!rt || rt.gen !== gen || rt.crashed) return;
    const g = this.settings(rt);
    if (!g) return;
    const now = this.p.now();
    const r = this.p.engine.execute({ type: 'poll', group: rt.run.group, member: rt.run.member, maxRecords: g.node.maxPollRecords });
    this.p.collect();
    if (!r.ok) {
      // Said once, not at every poll: the same error would fill the log.
      if (rt.lastError !== r.error.code) this.p.client({ type: 'command-failed', node: g.node.id, command: 'poll', error: r.error });
      rt.lastError = r.error.code;
      this.p.schedule(now + g.pollIntervalMs, { kind: 'poll', key, gen });
      return;
    }
    rt.lastError = null;
    const records = r.value.records;
    if (records.length === 0) {
      this.p.schedule(now + g.pollIntervalMs, { kind: 'poll', key, gen });
      return;
    }
    const names = this.p.names();
    let done = now;
    records.forEach((rec, i) => {
      const ref = recordRef(rec.topic, rec.partition, rec.offset);
      const topicNode = names.topic(rec.topic);
      // A record leaves its partition once its own token got there, then one after the other.
      const depart = Math.max(now, this.p.flights.landingOf(ref) ?? now) + Math.min(i, 12) * STAGGER_MS;
      const arriveAt = depart + this.p.latency.deliver;
      const colorId = this.p.flights.colorOfRecord(rec);
      if (topicNode)
        this.p.flights.add({ kind: 'record', a: { node: topicNode, handle: partitionOut(rec.partition) }, b: { node: rt.run.groupNode, handle: memberIn(rt.run.consumerId) }, curve: true, reverse: false, departAt: depart, arriveAt, colorId, ref });
      done = Math.max(done, arriveAt) + g.processingMs;
      const held: HeldRecord = { record: rec, colorId, arriveAt, doneAt: done };
      rt.held.push(held);
      this.p.schedule(done, { kind: 'processed', key, gen, held, last: i === records.length - 1 });
    });
    this.p.changed();
  }

  private processed(key: string, gen: number, held: HeldRecord, last: boolean): void {
    const rt = this.runtimes.get(key);
    if (!rt || rt.gen !== gen || rt.crashed) return;
    rt.held = rt.held.filter((h) => h !== held);
    this.processedBy.set(rt.run.groupNode, (this.processedBy.get(rt.run.groupNode) ?? 0) + 1);
    const rec = held.record;
    this.p.client({ type: 'consumer-processed', group: rt.run.groupNode, consumer: rt.run.consumerId, topic: rec.topic, partition: rec.partition, offset: rec.offset, key: rec.key, value: rec.value });
    if (!last) return;
    const g = this.settings(rt);
    if (!g) return;
    if (g.node.commit === 'after-batch') this.p.run(g.node.id, { type: 'commit', group: rt.run.group, member: rt.run.member });
    this.p.schedule(this.p.now() + g.pollIntervalMs, { kind: 'poll', key, gen });
  }
}
