import { useState } from 'react';
import './brokers.css';
import { useT } from '../../../app/context';
import type { BrokerModelId } from '../../../engine/integration';
import { ComparisonTable } from './ComparisonTable';
import { SceneViewer } from './SceneViewer';

/** The eight brokers of the notes on the concepts the lab has shown, with a runnable closest model for each one not simulated in full. */
export function BrokersView() {
  const t = useT();
  const [model, setModel] = useState<BrokerModelId | null>(null);
  return (
    <div className="why-brokers">
      <h2>{t('why.brk.title')}</h2>
      <p className="why-brokers-intro">{t('why.brk.intro')}</p>
      <ComparisonTable onRun={setModel} />
      {model !== null && <SceneViewer key={model} model={model} onClose={() => setModel(null)} />}
    </div>
  );
}
