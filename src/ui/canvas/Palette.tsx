import { useReactFlow } from '@xyflow/react';
import { useEditorStore, useT } from '../../app/context';
import { EXCHANGE_ICONS, NODE_ICONS } from './icons';
import { PALETTE, PALETTE_MIME, serializePaletteItem, type PaletteItem } from './palette-items';

/** Drag an item onto the canvas, or press it (mouse or keyboard) to add it at the centre of the view. */
export function Palette() {
  const t = useT();
  const store = useEditorStore();
  const { screenToFlowPosition } = useReactFlow();

  const addAtCentre = (item: PaletteItem) => {
    const canvas = document.querySelector('.bl-canvas')?.getBoundingClientRect();
    const centre = canvas
      ? { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 }
      : { x: window.innerWidth / 2, y: window.innerHeight / 2 };
    const jitter = (store.getState().doc.nodes.length % 5) * 24;
    const p = screenToFlowPosition(centre);
    store.getState().addNode(item.kind, { x: p.x + jitter, y: p.y + jitter }, item.exchangeType);
  };

  return (
    <aside className="bl-palette" aria-label={t('palette.title')}>
      <h2 className="bl-panel-title">{t('palette.title')}</h2>
      <ul>
        {PALETTE.map((item) => {
          const label = item.exchangeType
            ? t('palette.exchange', { type: t(`exchangeType.${item.exchangeType}`) })
            : t(`node.${item.kind}`);
          const icon = item.exchangeType ? EXCHANGE_ICONS[item.exchangeType] : NODE_ICONS[item.kind];
          return (
            <li key={serializePaletteItem(item)}>
              <button
                type="button"
                className={`bl-palette-item bl-palette-${item.kind}`}
                draggable
                onDragStart={(e) => {
                  e.dataTransfer.setData(PALETTE_MIME, serializePaletteItem(item));
                  e.dataTransfer.effectAllowed = 'copy';
                }}
                onClick={() => addAtCentre(item)}
                title={t('palette.hint')}
              >
                <span aria-hidden="true" className="bl-palette-icon">
                  {icon}
                </span>
                {label}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="bl-palette-hint">{t('palette.connectHint')}</p>
    </aside>
  );
}
