import { useId, useState } from 'react';
import { useT } from '../../../app/context';
import type { StyleKind } from '../../../engine/integration';
import type { MessageKey } from '../../../i18n/en';
import { FIELDS, validValue, type Field, type Settings } from './settings';

interface Props {
  kind: StyleKind;
  settings: Settings;
  onChange: (next: Settings) => void;
}

/** The settings of the chosen style, each a plain form control with its meaning in words. */
export function SettingsForm({ kind, settings, onChange }: Props) {
  const t = useT();
  const base = useId();
  const set = (f: Field, raw: unknown) => {
    const v = validValue(f, raw);
    if (v !== undefined) onChange({ ...settings, [f.key]: v });
  };
  return (
    <div className="why-settings">
      {(FIELDS[kind] as readonly Field[]).map((f) => {
        const id = `${base}-${f.key}`;
        const label = t(`why.set.${f.key}` as MessageKey);
        const help = t(`why.set.${f.key}.help` as MessageKey);
        const value = settings[f.key];
        return (
          <div key={f.key} className="why-setting">
            {f.type === 'bool' ? (
              <label htmlFor={id} className="why-check">
                <input
                  id={id}
                  type="checkbox"
                  checked={value === true}
                  onChange={(e) => set(f, e.target.checked)}
                  aria-describedby={`${id}-help`}
                />
                {label}
              </label>
            ) : (
              <>
                <label htmlFor={id}>{label}</label>
                {f.type === 'int' ? (
                  <IntInput
                    id={id}
                    field={f}
                    value={typeof value === 'number' ? value : f.min}
                    onCommit={(v) => set(f, v)}
                  />
                ) : (
                  <select
                    id={id}
                    value={String(value)}
                    onChange={(e) => set(f, e.target.value)}
                    aria-describedby={`${id}-help`}
                  >
                    {f.options.map((o) => (
                      <option key={o} value={o}>
                        {t(`why.opt.${o}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                )}
              </>
            )}
            <small id={`${id}-help`}>{help}</small>
          </div>
        );
      })}
    </div>
  );
}

/**
 * A number field that lets the student type freely ("1" on the way to "1000") and applies the
 * value, clamped to its range, as soon as it is in range or when the field is left.
 */
function IntInput({
  id,
  field,
  value,
  onCommit,
}: {
  id: string;
  field: Extract<Field, { type: 'int' }>;
  value: number;
  onCommit: (v: number) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  const commit = () => {
    if (text !== null && text.trim() !== '' && Number.isFinite(Number(text)))
      onCommit(Number(text));
    setText(null);
  };
  return (
    <input
      id={id}
      type="number"
      min={field.min}
      max={field.max}
      step={field.step ?? 1}
      value={text ?? String(value)}
      onChange={(e) => {
        setText(e.target.value);
        const n = Number(e.target.value);
        if (e.target.value !== '' && Number.isFinite(n) && n >= field.min && n <= field.max)
          onCommit(n);
      }}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
      aria-describedby={`${id}-help`}
    />
  );
}
