import { useT } from '../../app/context';
import { newKafkaNode, uniqueName } from '../../scenario/kafka/defaults';
import { useKEditor, useKEditorStore, useKSim } from './context';

/**
 * The side-by-side view: the same messages through a RabbitMQ queue (left, a small AMQP
 * simulation) and the Kafka topic on the canvas. "Add a reader" adds a consumer group in Kafka
 * and, for it, a consumer on the queue.
 */
export function CompareView() {
  const t = useT();
  const view = useKSim((s) => s.compareView);
  const topics = useKSim((s) => s.snapshot.topics);
  const groups = useKSim((s) => s.snapshot.groups);
  const sim = useKSim((s) => s.sim);
  useKSim((s) => s.version);
  const doc = useKEditor((s) => s.doc);
  const editor = useKEditorStore();
  if (!view) return null;
  const topic = topics.find((x) => x.name === view.queue) ?? topics[0];
  const records = topic ? topic.partitions.reduce((n, p) => n + p.records.length, 0) : 0;
  const addReader = () => {
    const d = editor.getState().doc;
    const topicNode = d.nodes.find((n) => n.kind === 'topic' && n.name === topic?.name);
    const last = d.nodes.filter((n) => n.kind === 'group').at(-1);
    const id = `n${d.nodes.reduce((m, n) => Math.max(m, Number(/\d+$/.exec(n.id)?.[0] ?? 0)), 0) + 1}`;
    const g = newKafkaNode('group', id, { x: last?.position.x ?? 720, y: (last?.position.y ?? 60) + 190 }, d.nodes);
    if (g.kind !== 'group') return;
    const group = { ...g, name: uniqueName('audit', d.nodes.filter((n) => n.kind === 'group').map((n) => n.name)), autoOffsetReset: 'earliest' as const };
    const edgeId = `e${d.edges.reduce((m, e) => Math.max(m, Number(/\d+$/.exec(e.id)?.[0] ?? 0)), 0) + 1}`;
    // An edit, not a new document: the simulation keeps its history, which is the point.
    editor.getState().edit({ ...d, nodes: [...d.nodes, group], edges: topicNode ? [...d.edges, { id: edgeId, kind: 'subscribe', source: topicNode.id, target: id }] : d.edges });
  };
  return (
    <section className="kf-compare" aria-label={t('kafka.compare.title')}>
      <div className="kf-compare-side">
        <h3>
          ☰ {t('kafka.compare.queue')} <code>{view.queue}</code>
        </h3>
        <p className="kf-muted">{t('kafka.compare.queueStats', { published: view.published, ready: view.ready.length, unacked: view.unacked })}</p>
        <div className="bl-queue-row kf-compare-queue" aria-label={t('kafka.compare.readyLabel')}>
          {view.ready.length === 0 ? <span className="kf-muted">{t('kafka.compare.empty')}</span> : view.ready.slice(0, 10).map((b, i) => <span key={i} className="kf-pill">{b}</span>)}
        </div>
        <ul className="kf-compare-readers">
          {view.readers.map((r) => (
            <li key={r.groupNode}>
              <strong>{r.name}</strong>: {t('kafka.compare.got', { n: r.received.length })} <span className="kf-muted kf-mono">{r.received.slice(-4).join(' · ')}</span>
            </li>
          ))}
        </ul>
        <p className="insp-hint">{t('kafka.compare.queueLesson')}</p>
      </div>
      <div className="kf-compare-side">
        <h3>
          ▤ {t('kafka.compare.topic')} <code>{topic?.name ?? '—'}</code>
        </h3>
        <p className="kf-muted">{t('kafka.compare.topicStats', { records })}</p>
        <ul className="kf-compare-readers">
          {doc.nodes.flatMap((n) => {
            if (n.kind !== 'group') return [];
            const g = groups.find((x) => x.id === n.name);
            const committed = g?.partitions.reduce((sum, p) => sum + (p.committed ?? 0), 0) ?? 0;
            return [
              <li key={n.id}>
                <strong>{n.name}</strong>: {t('kafka.compare.processed', { n: sim.processedBy(n.id), total: records })} <span className="kf-muted">{t('kafka.compare.committed', { n: committed })}</span>
              </li>,
            ];
          })}
        </ul>
        <p className="insp-hint">{t('kafka.compare.topicLesson')}</p>
      </div>
      <div className="kf-compare-actions">
        <button type="button" className="bl-btn bl-btn-primary" onClick={addReader}>
          + {t('kafka.compare.addReader')}
        </button>
        <p className="insp-hint">{t('kafka.compare.addReaderHint')}</p>
      </div>
    </section>
  );
}
