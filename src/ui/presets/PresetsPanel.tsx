import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useEditorStore, useT } from '../../app/context';
import { presetsEn, presetsPt } from '../../i18n/parts/presets';
import { registerMessages } from '../../i18n/translate';
import { groupTitleKey, PRESET_GROUPS, PRESETS, type Preset } from '../../scenario/presets';
import { getAutoplay, requestOpen, setAutoplay } from './open-request';
import { PresetCard } from './PresetCard';
import { filterPresets } from './search';
import './presets.css';

// Loaded the first time the panel opens; its words come with it.
registerMessages(presetsEn, presetsPt);

/** The preset gallery: searchable, grouped; opening a preset is one undoable step. */
export default function PresetsPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const editor = useEditorStore();
  const [query, setQuery] = useState('');
  const [autoplay, setAutoplayState] = useState(getAutoplay);
  const found = useMemo(() => filterPresets(PRESETS, query, t), [query, t]);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // The search box is where a keyboard user starts.
  useEffect(() => searchRef.current?.focus(), []);

  const open = (preset: Preset) => {
    requestOpen(editor, { title: preset.title, tryThis: preset.tryThis, play: autoplay });
    editor.getState().replace(preset.create());
    onClose();
    // The sheet is gone: focus goes to the workspace, where presenter keys (Space, →) work.
    document.getElementById('main')?.focus();
  };

  const openButtons = () => [
    ...(listRef.current?.querySelectorAll<HTMLButtonElement>('.bl-preset-open') ?? []),
  ];

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && found.length > 0) {
      e.preventDefault();
      open(found[0]);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      openButtons()[0]?.focus();
    }
  };

  // Up and down move between the presets' Open buttons, from anywhere inside a card.
  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const buttons = openButtons();
    if (buttons.length === 0) return;
    const card = (e.target as HTMLElement).closest('.bl-preset');
    const at = buttons.findIndex((b) => b.closest('.bl-preset') === card);
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? buttons.length - 1
          : e.key === 'ArrowDown'
            ? Math.min(buttons.length - 1, at + 1)
            : at - 1;
    e.preventDefault();
    if (next < 0) searchRef.current?.focus();
    else buttons[next].focus();
  };

  return (
    <div className="bl-presets">
      <header className="bl-presets-head">
        <h2 className="bl-presets-heading">{t('presets.heading')}</h2>
        <button
          type="button"
          className="bl-btn"
          onClick={onClose}
          aria-label={t('presets.close')}
          title={t('presets.close')}
        >
          ×
        </button>
      </header>
      <p className="bl-presets-intro">{t('presets.intro')}</p>
      <div className="bl-presets-tools">
        <label className="bl-presets-search">
          <span>{t('presets.search')}</span>
          <input
            ref={searchRef}
            type="search"
            value={query}
            placeholder={t('presets.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onSearchKey}
            aria-describedby="bl-presets-keys"
            aria-controls="bl-presets-list"
          />
        </label>
        <label className="bl-presets-autoplay">
          <input
            type="checkbox"
            checked={autoplay}
            onChange={(e) => {
              setAutoplay(e.target.checked);
              setAutoplayState(e.target.checked);
            }}
          />
          {t('presets.autoplay')}
        </label>
      </div>
      <p id="bl-presets-keys" className="bl-presets-hint">
        {t('presets.keys')}
      </p>
      <p className="bl-presets-count" role="status">
        {found.length === 0
          ? t('presets.none', { query: query.trim() })
          : t('presets.count', { n: found.length, total: PRESETS.length })}
      </p>
      <div id="bl-presets-list" ref={listRef} onKeyDown={onListKey}>
        {PRESET_GROUPS.map((group) => {
          const items = found.filter((p) => p.group === group);
          if (items.length === 0) return null;
          const headingId = `bl-presets-group-${group}`;
          return (
            <section key={group} className="bl-presets-group" aria-labelledby={headingId}>
              <h3 id={headingId}>{t(groupTitleKey(group))}</h3>
              <ul className="bl-presets-list">
                {items.map((p) => (
                  <PresetCard key={p.id} preset={p} t={t} onOpen={open} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
