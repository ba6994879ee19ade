import { useMemo } from 'react';
import { useEditor, useSim } from '../../app/context';
import { buildIndex, type LogIndex } from './context';

/** The explanation context for the current log, rebuilt when the log or the document changes. */
export function useLogIndex(): LogIndex {
  const log = useSim((s) => s.log);
  const snapshot = useSim((s) => s.snapshot);
  const sim = useSim((s) => s.sim);
  const nodes = useEditor((s) => s.doc.nodes);
  const names = useMemo(() => new Map(nodes.map((n) => [n.id, n.name] as const)), [nodes]);
  return useMemo(() => buildIndex(log, { snapshot, names, channelOwner: (channel) => sim.consumerOnChannel(channel) }), [log, snapshot, names, sim]);
}
