import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../../../app/context';
import { useKSim, useKSimBundle } from '../../context';
import { KNodeFrame } from './KNodeFrame';
import { useKNode } from './use-knode';

/** Lines shown; the file scrolls to its end as it grows. */
const SHOWN_LINES = 8;

/** A text file the connectors read or write; its content grows line by line as tokens arrive. */
export const FileNode = memo(function FileNode({ id, selected }: NodeProps) {
  const t = useT();
  const node = useKNode(id, 'file');
  const file = useKSim((s) => s.snapshot.files.find((f) => f.path === node?.name));
  const time = useKSim((s) => s.time);
  const { store } = useKSimBundle();
  if (!node) return null;
  const content = file ? file.content.slice(0, store.getState().sim.flights.visibleSize(file.path, file.size, time)) : '';
  const lines = content.split('\n');
  const partial = lines.pop() ?? '';
  const total = lines.length;
  const shown = lines.slice(-SHOWN_LINES);
  const first = total - shown.length;
  return (
    <KNodeFrame kind="file" label={t('kafka.node.file')} title={node.name} subtitle={t('kafka.file.size', { bytes: content.length, lines: total })} selected={selected} inputs outputs wide>
      <ol className="kf-file nodrag nowheel" start={first + 1} aria-label={t('kafka.file.contents', { path: node.name })} data-testid={`file-${node.name}`} data-lines={total}>
        {shown.length === 0 && partial === '' && <li className="kf-muted kf-file-empty">{t('kafka.file.empty')}</li>}
        {shown.map((line, i) => (
          <li key={first + i} className="kf-file-line">
            {line === '' ? '\u00a0' : line}
          </li>
        ))}
        {partial !== '' && <li className="kf-file-line is-partial">{partial}</li>}
      </ol>
    </KNodeFrame>
  );
});
