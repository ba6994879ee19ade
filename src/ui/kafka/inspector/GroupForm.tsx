import { useState } from 'react';
import { useT } from '../../../app/context';
import type { AssignorName, AutoOffsetReset } from '../../../engine/kafka';
import { newConsumer } from '../../../scenario/kafka/defaults';
import { KAFKA_RANGES } from '../../../scenario/kafka/limits';
import type { CommitMode, KConsumer } from '../../../scenario/kafka/types';
import { useKEditor, useKSim, useKSimBundle } from '../context';
import { useKNode } from '../canvas/nodes/use-knode';
import { KField, KSelect } from './KField';
import { parseInt, parseName } from './parse';
import { otherNames, useKUpdate } from './use-update';

const ASSIGNORS: readonly AssignorName[] = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];
const RESETS: readonly AutoOffsetReset[] = ['earliest', 'latest', 'none'];

export function GroupForm({ id }: { id: string }) {
  const t = useT();
  const node = useKNode(id, 'group');
  const nodes = useKEditor((s) => s.doc.nodes);
  const update = useKUpdate(id, 'group');
  if (!node) return null;
  const setConsumer = (cid: string, patch: Partial<KConsumer>) => update((n) => ({ consumers: n.consumers.map((c) => (c.id === cid ? { ...c, ...patch } : c)) }));
  const commits: readonly { value: CommitMode; label: string }[] = [
    { value: 'auto', label: t('kafka.f.commit.auto') },
    { value: 'after-batch', label: t('kafka.f.commit.after-batch') },
    { value: 'manual', label: t('kafka.f.commit.manual') },
  ];
  return (
    <>
      <KField label="group.id" value={node.name} parse={parseName(t, otherNames(nodes, id, 'group'))} onCommit={(name) => update(() => ({ name }))} hint={t('kafka.f.groupIdHint')} mono />
      <fieldset className="insp-group">
        <legend>{t('kafka.f.consumerConfig')}</legend>
        <KSelect label="partition.assignment.strategy" value={node.assignor} options={ASSIGNORS.map((a) => ({ value: a, label: a }))} onChange={(assignor) => update(() => ({ assignor }))} hint={t('kafka.f.assignorHint')} mono />
        <KSelect label="auto.offset.reset" value={node.autoOffsetReset} options={RESETS.map((a) => ({ value: a, label: a }))} onChange={(autoOffsetReset) => update(() => ({ autoOffsetReset }))} hint={t('kafka.f.resetHint')} mono />
        <KSelect label={t('kafka.f.commit')} value={node.commit} options={commits} onChange={(commit) => update(() => ({ commit }))} hint={t('kafka.f.commitHint')} />
        {node.commit === 'auto' && (
          <KField label="auto.commit.interval.ms" value={String(node.autoCommitIntervalMs)} parse={parseInt(t, KAFKA_RANGES.intervalMs)} onCommit={(autoCommitIntervalMs) => update(() => ({ autoCommitIntervalMs }))} mono />
        )}
        <KField label="session.timeout.ms" value={String(node.sessionTimeoutMs)} parse={parseInt(t, KAFKA_RANGES.intervalMs)} onCommit={(sessionTimeoutMs) => update(() => ({ sessionTimeoutMs }))} hint={t('kafka.f.sessionHint')} mono />
        <KField label="max.poll.records" value={String(node.maxPollRecords)} parse={parseInt(t, KAFKA_RANGES.maxPollRecords)} onCommit={(maxPollRecords) => update(() => ({ maxPollRecords }))} mono />
        <p className="insp-hint">{t('kafka.f.rejoinHint')}</p>
      </fieldset>
      <fieldset className="insp-group">
        <legend>{t('kafka.f.consumers')}</legend>
        {node.consumers.map((c) => (
          <fieldset key={c.id} className="insp-group">
            <legend className="kf-mono">{c.name}</legend>
            <KField label={t('kafka.f.memberName')} value={c.name} parse={parseName(t, node.consumers.filter((x) => x.id !== c.id).map((x) => x.name))} onCommit={(name) => setConsumer(c.id, { name })} mono />
            <KField label={t('kafka.f.pollInterval')} value={String(c.pollIntervalMs)} parse={parseInt(t, KAFKA_RANGES.intervalMs)} onCommit={(pollIntervalMs) => setConsumer(c.id, { pollIntervalMs })} mono />
            <KField label={t('kafka.f.processing')} value={String(c.processingMs)} parse={parseInt(t, KAFKA_RANGES.processingMs)} onCommit={(processingMs) => setConsumer(c.id, { processingMs })} mono />
            <button type="button" className="insp-button" onClick={() => update((n) => ({ consumers: n.consumers.filter((x) => x.id !== c.id) }))}>
              {t('kafka.f.removeConsumer', { name: c.name })}
            </button>
          </fieldset>
        ))}
        <button type="button" className="insp-button" onClick={() => update((n) => ({ consumers: [...n.consumers, newConsumer(n.consumers)] }))}>
          + {t('kafka.group.add')}
        </button>
      </fieldset>
      <OffsetControls id={id} name={node.name} manual={node.commit === 'manual'} />
    </>
  );
}

/** Replay: seek the group's live members, or commit by hand; and the lag per partition. */
function OffsetControls({ id, name, manual }: { id: string; name: string; manual: boolean }) {
  const t = useT();
  const { store } = useKSimBundle();
  const group = useKSim((s) => s.snapshot.groups.find((g) => g.id === name));
  const [offset, setOffset] = useState('0');
  const n = Number(offset);
  const valid = /^\d+$/.test(offset.trim()) && Number.isSafeInteger(n);
  return (
    <fieldset className="insp-group">
      <legend>{t('kafka.f.offsets')}</legend>
      <p className="insp-hint">{t('kafka.f.seekHint')}</p>
      <div className="kf-button-row">
        <button type="button" className="insp-button" onClick={() => store.getState().act((s) => s.seekGroup(id, 'earliest'))}>
          ⏮ {t('kafka.f.seekEarliest')}
        </button>
        <button type="button" className="insp-button" onClick={() => store.getState().act((s) => s.seekGroup(id, 'latest'))}>
          ⏭ {t('kafka.f.seekLatest')}
        </button>
      </div>
      <div className="kf-button-row">
        <label className="kf-inline-label">
          {t('kafka.f.seekTo')}
          <input type="text" inputMode="numeric" className="insp-mono kf-small-input" value={offset} onChange={(e) => setOffset(e.target.value)} aria-invalid={valid ? undefined : true} />
        </label>
        <button type="button" className="insp-button" disabled={!valid} onClick={() => store.getState().act((s) => s.seekGroup(id, n))}>
          {t('kafka.f.seek')}
        </button>
      </div>
      {manual && (
        <button type="button" className="insp-button" onClick={() => store.getState().act((s) => s.commitGroup(id))}>
          ✓ {t('kafka.f.commitNow')}
        </button>
      )}
      {group && group.partitions.length > 0 && (
        <table className="kf-table">
          <caption>{t('kafka.f.lagTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kafka.f.col.partition')}</th>
              <th scope="col">{t('kafka.f.col.committed')}</th>
              <th scope="col">LEO</th>
              <th scope="col">lag</th>
              <th scope="col">{t('kafka.f.col.owner')}</th>
            </tr>
          </thead>
          <tbody>
            {group.partitions.map((p) => (
              <tr key={`${p.topic}/${p.partition}`}>
                <td className="kf-mono">
                  {p.topic}/{p.partition}
                </td>
                <td>{p.committed ?? '—'}</td>
                <td>{p.logEndOffset}</td>
                <td>{p.lag ?? '—'}</td>
                <td className="kf-mono">{p.owner ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
