import { useT, usePrefs, useUi, useUiStore } from '../../app/context';
import type { PanelName } from '../../store/ui';
import { isLanguage, LANGUAGES, loadLanguage } from '../../i18n/translate';
import type { Mode } from '../../store/prefs';

const MODES: readonly Mode[] = ['amqp', 'kafka', 'why'];
const PANELS: readonly PanelName[] = ['presets', 'exercises', 'share'];

interface Props {
  mode: Mode;
  onModeChange: (mode: Mode) => void;
}

export function TopBar({ mode, onModeChange }: Props) {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const setLang = usePrefs((s) => s.setLang);
  const theme = usePrefs((s) => s.theme);
  const setTheme = usePrefs((s) => s.setTheme);
  const nextTheme = theme === 'dark' ? 'light' : 'dark';
  const ui = useUiStore();
  const panel = useUi((s) => s.panel);
  const presenter = useUi((s) => s.presenter);

  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ⇄
        </span>
        <h1 className="brand-name">{t('app.name')}</h1>
      </div>
      <nav aria-label={t('mode.label')} className="modes">
        {MODES.map((m) => (
          <button
            key={m}
            type="button"
            className="mode-button"
            aria-pressed={m === mode}
            onClick={() => onModeChange(m)}
          >
            {t(`mode.${m}`)}
          </button>
        ))}
      </nav>
      {mode === 'amqp' && (
        <nav aria-label={t('panel.label')} className="modes">
          {PANELS.map((p) => (
            <button
              key={p}
              type="button"
              className="mode-button"
              aria-pressed={panel === p}
              onClick={() => (panel === p ? ui.getState().closePanel() : ui.getState().openPanel(p))}
            >
              {t(`panel.${p}`)}
            </button>
          ))}
          <button
            type="button"
            className="mode-button"
            aria-pressed={presenter}
            onClick={() => {
              ui.getState().setPresenter(!presenter);
              // Presenter keys (Space plays) must not land on this button and press it again.
              if (!presenter) document.getElementById('main')?.focus({ preventScroll: true });
            }}
            title={t('panel.presenterHint')}
          >
            {t('panel.presenter')}
          </button>
        </nav>
      )}
      <div className="topbar-tools">
        <label className="lang-picker">
          <span className="visually-hidden">{t('lang.label')}</span>
          <select
            value={lang}
            onChange={(e) => {
              const next = e.target.value;
              // Switch once the language's words have arrived, so nothing flashes untranslated.
              if (isLanguage(next)) void loadLanguage(next).then(() => setLang(next));
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="icon-button"
          onClick={() => setTheme(nextTheme)}
          aria-label={t('theme.toggle', { theme: t(`theme.${nextTheme}`).toLowerCase() })}
          title={t('theme.toggle', { theme: t(`theme.${nextTheme}`).toLowerCase() })}
        >
          {theme === 'dark' ? '☀' : '☾'}
        </button>
      </div>
    </header>
  );
}
