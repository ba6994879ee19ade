import { useReactFlow } from '@xyflow/react';
import { useT } from '../../../app/context';
import type { MessageKey } from '../../../i18n/en';
import { SINGLETON_KINDS } from '../../../scenario/kafka/types';
import { useKEditor, useKEditorStore } from '../context';
import { K_ICONS } from './nodes/icons';
import { K_PALETTE, K_PALETTE_MIME, serializeKItem, type KPaletteItem } from './palette-items';

const LABELS: Readonly<Record<string, MessageKey>> = {
  producer: 'kafka.node.producer',
  topic: 'kafka.node.topic',
  group: 'kafka.node.group',
  brokers: 'kafka.node.brokers',
  connect: 'kafka.node.connect',
  'connector:source': 'kafka.node.sourceConnector',
  'connector:sink': 'kafka.node.sinkConnector',
  file: 'kafka.node.file',
};

/** Drag an item onto the canvas, or press it to add it at the centre of the view. */
export function KafkaPalette() {
  const t = useT();
  const store = useKEditorStore();
  const present = useKEditor((s) => SINGLETON_KINDS.filter((k) => s.doc.nodes.some((n) => n.kind === k)).join());
  const { screenToFlowPosition } = useReactFlow();

  const addAtCentre = (item: KPaletteItem) => {
    const canvas = document.querySelector('.kf-canvas')?.getBoundingClientRect();
    const centre = canvas ? { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 } : { x: innerWidth / 2, y: innerHeight / 2 };
    const jitter = (store.getState().doc.nodes.length % 5) * 24;
    const p = screenToFlowPosition(centre);
    store.getState().addNode(item.kind, { x: p.x + jitter, y: p.y + jitter }, item.variant);
  };

  return (
    <aside className="bl-palette" aria-label={t('palette.title')}>
      <h2 className="bl-panel-title">{t('palette.title')}</h2>
      <ul>
        {K_PALETTE.map((item) => {
          const key = serializeKItem(item);
          const taken = present.split(',').includes(item.kind);
          return (
            <li key={key}>
              <button
                type="button"
                className={`bl-palette-item kf-palette-${item.kind}`}
                draggable={!taken}
                disabled={taken}
                onDragStart={(e) => {
                  e.dataTransfer.setData(K_PALETTE_MIME, key);
                  e.dataTransfer.effectAllowed = 'copy';
                }}
                onClick={() => addAtCentre(item)}
                title={taken ? t('kafka.palette.onlyOne') : t('palette.hint')}
              >
                <span aria-hidden="true" className="bl-palette-icon">
                  {K_ICONS[item.kind]}
                </span>
                {t(LABELS[key])}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="bl-palette-hint">{t('kafka.palette.connectHint')}</p>
    </aside>
  );
}
