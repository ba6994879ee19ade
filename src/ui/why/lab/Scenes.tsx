import { useEffect, useRef, useState } from 'react';
import { usePrefs, useT } from '../../../app/context';
import { LAB_PRESETS, type StyleKind } from '../../../engine/integration';
import { commandLabel, styleLabel } from '../labels';
import { formatSimTime } from '../format';
import { useLab, useLabStore } from './context';
import { ALL_KINDS, freeSetup, presetSetup } from './session';

/** The scene picker: the free lab or one of the eight presets, each one click away. */
export function ScenePicker() {
  const t = useT();
  const store = useLabStore();
  const [open, setOpen] = useState(false);
  const setup = useLab((s) => s.session.setup);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (d === null) return;
    // happy-dom has no showModal; the open attribute shows it there.
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);

  const pick = (load: () => void) => {
    load();
    setOpen(false);
  };
  const groups = [
    { id: 'problem', title: t('why.presets.problems') },
    { id: 'reason', title: t('why.presets.reasons') },
  ] as const;

  return (
    <>
      <button
        type="button"
        className="bl-btn why-scenes-btn"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        ☰ {t('why.presets.open')}
      </button>
      <dialog
        ref={dialog}
        className="why-dialog"
        aria-labelledby="why-presets-title"
        onClose={() => setOpen(false)}
      >
        <header className="why-dialog-head">
          <h2 id="why-presets-title">{t('why.presets.title')}</h2>
          <button type="button" className="bl-btn" onClick={() => setOpen(false)}>
            {t('why.close')}
          </button>
        </header>
        <button
          type="button"
          className="why-preset"
          aria-current={setup.kind === 'free' ? 'true' : undefined}
          onClick={() => pick(() => store.getState().load(freeSetup()))}
        >
          <strong>{t('why.presets.free')}</strong>
          <span>{t('why.presets.freeSummary')}</span>
        </button>
        {groups.map((g) => (
          <section key={g.id} aria-label={g.title}>
            <h3>{g.title}</h3>
            <div className="why-preset-grid">
              {LAB_PRESETS.filter((p) => p.group === g.id).map((p) => (
                <button
                  key={p.id}
                  type="button"
                  className="why-preset"
                  data-preset={p.id}
                  aria-current={setup.presetId === p.id ? 'true' : undefined}
                  onClick={() => pick(() => store.getState().load(presetSetup(p)))}
                >
                  <strong>{t(`why.preset.${p.id}.title`)}</strong>
                  <span>{t(`why.preset.${p.id}.summary`)}</span>
                </button>
              ))}
            </div>
          </section>
        ))}
      </dialog>
    </>
  );
}

/** In the free lab, which styles run side by side; changing them starts the run over. */
export function StyleChooser() {
  const t = useT();
  const store = useLabStore();
  const setup = useLab((s) => s.session.setup);
  if (setup.kind !== 'free') return null;
  const chosen = setup.config.styles.map((s) => s.kind);
  const toggle = (k: StyleKind) => {
    const next = chosen.includes(k) ? chosen.filter((x) => x !== k) : [...chosen, k];
    if (next.length > 0) store.getState().load(freeSetup(next));
  };
  return (
    <div className="why-chooser" role="group" aria-label={t('why.styles.label')}>
      <span className="why-chooser-label">{t('why.styles.label')}</span>
      {ALL_KINDS.map((k) => (
        <button
          key={k}
          type="button"
          className="bl-btn"
          aria-pressed={chosen.includes(k)}
          disabled={chosen.length === 1 && chosen.includes(k)}
          onClick={() => toggle(k)}
        >
          {chosen.includes(k) ? '☑' : '☐'} {t(`why.style.${k}`)}
        </button>
      ))}
    </div>
  );
}

/** The loaded preset or exercise run: its story, its script and what to try. */
export function Story() {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const setup = useLab((s) => s.session.setup);
  const storyTold = useLab((s) => s.storyTold);
  const [hidden, setHidden] = useState(false);
  const script = setup.config.timeline ?? [];
  const title =
    setup.kind === 'preset' && setup.presetId
      ? t(`why.preset.${setup.presetId}.title`)
      : setup.kind === 'exercise' && setup.exerciseId
        ? t('why.story.exercise', {
            title: t(`why.ex.${setup.exerciseId}.title`),
            style: styleLabel(t, setup.config.styles[0].id, setup.config.styles[0].kind),
          })
        : t('why.presets.free');

  return (
    <section className="why-story" aria-labelledby="why-story-title">
      <div className="why-story-head">
        <h2 id="why-story-title" data-testid="why-story-title">
          {title}
        </h2>
        {setup.kind !== 'free' && (
          <button
            type="button"
            className="bl-btn"
            aria-expanded={!hidden}
            onClick={() => setHidden(!hidden)}
          >
            {hidden ? t('why.story.show') : t('why.story.hide')}
          </button>
        )}
      </div>
      {storyTold && (
        <p className="why-story-told" role="status">
          {t('why.story.told')}
        </p>
      )}
      {!hidden && setup.kind === 'preset' && setup.presetId && (
        <>
          <p>{t(`why.preset.${setup.presetId}.summary`)}</p>
          <p className="why-try">
            <strong>{t('why.story.try')}</strong>{' '}
            {(['try1', 'try2', 'try3'] as const).map((k) => (
              <span key={k} className="why-try-item">
                {t(`why.preset.${setup.presetId!}.${k}`)}
              </span>
            ))}
          </p>
        </>
      )}
      {!hidden && setup.kind === 'free' && <p>{t('why.presets.freeSummary')}</p>}
      {!hidden && script.length > 0 && (
        <p className="why-script">
          <strong>{t('why.story.script')}</strong>{' '}
          {script.map((c, i) => (
            <span key={i} className="why-script-item">
              {formatSimTime(c.at)} {commandLabel(t, lang, c.cmd)}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
