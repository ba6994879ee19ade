/**
 * Turns what the cluster and the clients did into tokens moving between nodes (flights) and
 * one-place effects (marks), in simulated time. It also remembers when a record's token lands in
 * its partition and when a line's token reaches its file, so the canvas shows a chip or a line
 * only once its token got there. The animation only reads this (architecture rule 11).
 */
import type { KafkaEvent, KafkaRecord } from '../../engine/kafka';
import { IN, OUT, partitionIn, partitionOut } from './anchors';
import { recordRef, type Anchor, type KafkaLatency, type KFlight, type KMark, type KMarkKind } from './types';

/** Bounds for bookkeeping maps: old entries go first, so a long run cannot grow memory. */
const MAX_TRACKED = 20_000;
/** Tokens of one batch leave this far apart, so a batch reads as a row, not one blob. */
export const STAGGER_MS = 90;
const MAX_STAGGER = 12;

/** Names on the canvas → node ids, refreshed when the document changes. */
export interface NameIndex {
  topic(name: string): string | undefined;
  connector(name: string): string | undefined;
  file(name: string): string | undefined;
  /** The node of a consumer-group member: [group node, consumer id] or null. */
  member(group: string, member: string): { node: string; handle: string } | null;
  producer(id: string): { node: string; topicEdge: boolean } | null;
}

export class KafkaFlightBoard {
  flights: KFlight[] = [];
  marks: KMark[] = [];
  private nextId = 1;
  private readonly keyColors = new Map<string, number>();
  private readonly refColors = new Map<string, number>();
  private nextNullColor = 40;
  private readonly landing = new Map<string, number>();
  /** Per file: sizes the file reached and when that text became visible (null = still travelling). */
  private readonly fileSteps = new Map<string, { from: number; size: number; at: number | null }[]>();
  /** Per connector: when its current batch of tokens started, to stagger them. */
  private readonly batchAt = new Map<string, { at: number; n: number }>();

  constructor(private readonly latency: KafkaLatency) {}

  /** A record's colour: one per key (same key, same colour everywhere), one per record when unkeyed. */
  colorFor(key: string | null, ref?: string): number {
    if (key !== null) {
      let c = this.keyColors.get(key);
      if (c === undefined) {
        c = this.keyColors.size + 1;
        this.remember(this.keyColors, key, c);
      }
      if (ref !== undefined) this.remember(this.refColors, ref, c);
      return c;
    }
    if (ref === undefined) return this.nextNullColor++;
    let c = this.refColors.get(ref);
    if (c === undefined) {
      c = this.nextNullColor++;
      this.remember(this.refColors, ref, c);
    }
    return c;
  }

  colorOfRecord(r: Pick<KafkaRecord, 'topic' | 'partition' | 'offset' | 'key'>): number {
    if (r.key !== null) return this.colorFor(r.key);
    return this.refColors.get(recordRef(r.topic, r.partition, r.offset)) ?? 0;
  }

  /** The colour of a record known only by reference (a log line); 0 when it was never seen. */
  colorOfRef(ref: string): number {
    return this.refColors.get(ref) ?? 0;
  }

  setRecordColor(ref: string, color: number): void {
    this.remember(this.refColors, ref, color);
  }

  add(f: Omit<KFlight, 'id'>): KFlight {
    const flight = { ...f, id: this.nextId++ };
    this.flights.push(flight);
    return flight;
  }

  mark(kind: KMarkKind, at: Anchor, time: number, colorId: number): void {
    this.marks.push({ id: this.nextId++, kind, at, time, colorId });
  }

  /** When the record's token reaches its partition (undefined: it is already there). */
  landingOf(ref: string): number | undefined {
    return this.landing.get(ref);
  }

  setLanding(ref: string, at: number): void {
    this.remember(this.landing, ref, at);
  }

  /** How much of a file the canvas shows at `now`: text still travelling to it is not there yet. */
  visibleSize(path: string, size: number, now: number): number {
    const steps = this.fileSteps.get(path);
    if (!steps || steps.length === 0) return size;
    for (const s of steps) if (s.at === null || s.at > now) return s.from;
    return size;
  }

  /** Forgets flights that arrived, marks older than `keepMs`, and settled landing times. */
  prune(now: number, keepMs = 2000): void {
    if (this.flights.some((f) => f.arriveAt < now)) this.flights = this.flights.filter((f) => f.arriveAt >= now);
    if (this.marks.length > 0 && this.marks[0].time < now - keepMs) this.marks = this.marks.filter((m) => m.time >= now - keepMs);
    for (const [ref, at] of this.landing) if (at < now - keepMs) this.landing.delete(ref);
    for (const [path, steps] of this.fileSteps) {
      let i = 0;
      while (i < steps.length && steps[i].at !== null && (steps[i].at ?? 0) <= now) i++;
      if (i === steps.length) this.fileSteps.delete(path);
      else if (i > 0) steps.splice(0, i);
    }
  }

  /** The start of the next token of a connector's batch: batches of lines leave one after another. */
  private staggered(who: string, t: number): number {
    const b = this.batchAt.get(who);
    if (!b || b.at !== t) {
      this.batchAt.set(who, { at: t, n: 1 });
      return t;
    }
    b.n++;
    return t + Math.min(b.n - 1, MAX_STAGGER) * STAGGER_MS;
  }

  onEngineEvent(e: KafkaEvent, names: NameIndex): void {
    const L = this.latency;
    switch (e.type) {
      case 'record.appended': {
        if (!e.producer.startsWith('connector-producer-')) return;
        // A source connector's line: file → connector → topic, then into its partition.
        const ref = recordRef(e.topic, e.partition, e.offset);
        const color = this.colorFor(e.key, ref);
        const name = e.producer.slice('connector-producer-'.length).replace(/-\d+$/, '');
        const connector = names.connector(name);
        const topic = names.topic(e.topic);
        if (!connector || !topic) return;
        const t0 = this.staggered(connector, e.at);
        this.add({ kind: 'record', a: { node: connector, handle: OUT }, b: { node: topic, handle: IN }, curve: true, reverse: false, departAt: t0 + L.connect, arriveAt: t0 + 2 * L.connect, colorId: color, ref });
        this.hop(topic, e.partition, t0 + 2 * L.connect, color, ref);
        return;
      }
      case 'connect.source.line.read': {
        const connector = names.connector(e.connector);
        const file = names.file(e.file);
        if (!connector || !file) return;
        const b = this.batchAt.get(connector);
        const t0 = b && b.at === e.at ? e.at + Math.min(b.n - 1, MAX_STAGGER) * STAGGER_MS : e.at;
        this.add({ kind: 'line', a: { node: file, handle: OUT }, b: { node: connector, handle: IN }, curve: true, reverse: false, departAt: t0, arriveAt: t0 + L.connect, colorId: 0, ref: null });
        return;
      }
      case 'record.acked': {
        const p = names.producer(e.producer);
        const topic = names.topic(e.topic);
        if (p && topic) this.ack(p.node, topic, e.at);
        return;
      }
      case 'offset.committed': {
        if (e.member === null) return;
        const topic = names.topic(e.topic);
        const m = names.member(e.group, e.member);
        if (!topic || !m) return;
        this.add({ kind: 'commit', a: { node: topic, handle: partitionOut(e.partition) }, b: { node: m.node, handle: m.handle }, curve: true, reverse: true, departAt: e.at, arriveAt: e.at + L.commit, colorId: 0, ref: null });
        return;
      }
      case 'file.appended': {
        if (e.by === 'connector') {
          const steps = this.fileSteps.get(e.path) ?? [];
          steps.push({ from: e.size - e.text.length, size: e.size, at: null });
          this.fileSteps.set(e.path, steps);
        } else if (this.fileSteps.has(e.path)) this.fileSteps.get(e.path)?.push({ from: e.size - e.text.length, size: e.size, at: e.at });
        return;
      }
      case 'connect.sink.line.written': {
        const ref = recordRef(e.topic, e.partition, e.offset);
        const connector = names.connector(e.connector);
        const topic = names.topic(e.topic);
        const file = names.file(e.file);
        const color = this.refColors.get(ref) ?? 0;
        let reach = e.at;
        if (connector && topic && file) {
          const land = this.landing.get(ref) ?? e.at;
          const t0 = this.staggered(`${connector}:sink`, Math.max(e.at, land));
          this.add({ kind: 'record', a: { node: topic, handle: partitionOut(e.partition) }, b: { node: connector, handle: IN }, curve: true, reverse: false, departAt: t0, arriveAt: t0 + L.deliver, colorId: color, ref });
          this.add({ kind: 'line', a: { node: connector, handle: OUT }, b: { node: file, handle: IN }, curve: true, reverse: false, departAt: t0 + L.deliver, arriveAt: t0 + L.deliver + L.connect, colorId: color, ref });
          reach = t0 + L.deliver + L.connect;
        }
        // The line shows in the file when its token gets there, and never before an earlier one.
        const steps = this.fileSteps.get(e.file);
        const step = steps?.find((s) => s.at === null);
        if (step && steps) {
          const before = steps[steps.indexOf(step) - 1]?.at ?? 0;
          step.at = Math.max(reach, before ?? 0);
        }
        return;
      }
      case 'records.lost': {
        const topic = names.topic(e.topic);
        if (topic) for (const r of e.records) this.mark('lost', { node: topic, handle: partitionIn(e.partition) }, e.at, this.colorFor(r.key));
        return;
      }
      default:
        return;
    }
  }

  /** The short hop inside a topic, from its entry to the partition the record was appended to. */
  hop(topicNode: string, partition: number, at: number, color: number, ref: string): void {
    this.add({ kind: 'record', a: { node: topicNode, handle: IN }, b: { node: topicNode, handle: partitionIn(partition) }, curve: false, reverse: false, departAt: at, arriveAt: at + this.latency.hop, colorId: color, ref });
    this.setLanding(ref, at + this.latency.hop);
  }

  /** An acknowledgement travelling back from the topic to the producer. */
  ack(producerNode: string, topicNode: string, at: number): void {
    this.add({ kind: 'ack', a: { node: producerNode, handle: OUT }, b: { node: topicNode, handle: IN }, curve: true, reverse: true, departAt: at, arriveAt: at + this.latency.commit, colorId: 0, ref: null });
  }

  private remember<K, V>(map: Map<K, V>, key: K, value: V): void {
    map.set(key, value);
    if (map.size > MAX_TRACKED) map.delete(map.keys().next().value as K);
  }
}
