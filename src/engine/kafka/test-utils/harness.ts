import { createKafkaCluster, type KafkaClusterOptions } from '../cluster';
import type { KafkaCommand } from '../commands';
import type { KafkaEvent } from '../events';
import type { KafkaResult } from '../errors';

/** Test harness: a cluster plus helpers that fail loudly when a command that should work does not. */
export function harness(opts: Partial<KafkaClusterOptions> = {}) {
  const cluster = createKafkaCluster({ seed: 42, brokers: 3, ...opts });
  const events: KafkaEvent[] = [];
  const drain = (): KafkaEvent[] => {
    const e = cluster.takeEvents();
    events.push(...e);
    return e;
  };
  function must<C extends KafkaCommand>(cmd: C) {
    const r = cluster.execute(cmd);
    if (!r.ok) throw new Error(`${cmd.type} failed: ${r.error.code} ${JSON.stringify(r.error.params)}`);
    return r.value;
  }
  const poll = (group: string, member: string, maxRecords?: number) =>
    must({ type: 'poll', group, member, ...(maxRecords === undefined ? {} : { maxRecords }) }).records;
  const values = (group: string, member: string, maxRecords?: number) => poll(group, member, maxRecords).map((r) => r.value);
  const assignment = (group: string): Record<string, string[]> => {
    const g = cluster.groups().find((x) => x.id === group)!;
    return Object.fromEntries(g.members.map((m) => [m.id, m.assignment.map((a) => `${a.topic}p${a.partition}`)]));
  };
  const partition = (topic: string, p: number) => cluster.topics().find((t) => t.name === topic)!.partitions[p];
  const ofType = <T extends KafkaEvent['type']>(list: KafkaEvent[], type: T) =>
    list.filter((e): e is Extract<KafkaEvent, { type: T }> => e.type === type);
  return { cluster, must, poll, values, assignment, partition, drain, events, ofType };
}

export function errorCode<T>(r: KafkaResult<T>): string | null {
  return r.ok ? null : r.error.code;
}
