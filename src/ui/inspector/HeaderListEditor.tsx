import { useT } from '../../app/context';
import {
  freshKey,
  parseTableKey,
  parseTypedValue,
  retypeValue,
  typedValueText,
  type ValueKind,
} from '../../scenario/validate-fields';
import type { HeaderEntry } from '../../scenario/types';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';

const KINDS: readonly ValueKind[] = ['string', 'int', 'float', 'bool', 'void'];

/**
 * An AMQP field table as rows of (key, type, value): message headers and headers-exchange binding
 * arguments. Every change commits the whole list at once (one undo step).
 */
export function HeaderListEditor(props: {
  legend: string;
  /** Accessible name of one row, e.g. "Header {n}". */
  rowLabel: (n: number) => string;
  addLabel: string;
  /** Base for the key of a new row. */
  newKey: string;
  entries: readonly HeaderEntry[];
  onChange: (entries: HeaderEntry[]) => void;
  hint?: string;
}) {
  const { legend, rowLabel, addLabel, newKey, entries, onChange, hint } = props;
  const t = useT();
  const replace = (index: number, entry: HeaderEntry) => onChange(entries.map((e, i) => (i === index ? entry : e)));
  const kindOptions = KINDS.map((k) => ({ value: k, label: t(`insp.valueKind.${k}`) }));

  return (
    <fieldset className="insp-group insp-table">
      <legend>{legend}</legend>
      {hint && <p className="insp-hint">{hint}</p>}
      {entries.length === 0 && <p className="insp-hint">{t('insp.table.empty')}</p>}
      {entries.map((entry, index) => {
        const others = entries.filter((_, i) => i !== index).map((e) => e.key);
        const { value } = entry;
        return (
          // Rows are keyed by position: a key edit must not remount the row and lose focus.
          <fieldset key={index} className="insp-row">
            <legend className="visually-hidden">{rowLabel(index + 1)}</legend>
            <TextField
              className="insp-row-key"
              label={t('insp.table.key')}
              value={entry.key}
              mono
              parse={(text) => parseTableKey(text, others)}
              onCommit={(key) => replace(index, { key, value })}
            />
            <SelectField
              className="insp-row-type"
              label={t('insp.table.type')}
              value={value.kind}
              options={kindOptions}
              onChange={(kind) => replace(index, { key: entry.key, value: retypeValue(value, kind) })}
            />
            {value.kind === 'bool' ? (
              <SelectField
                className="insp-row-value"
                label={t('insp.table.value')}
                value={value.value ? 'true' : 'false'}
                options={[
                  { value: 'true', label: 'true' },
                  { value: 'false', label: 'false' },
                ]}
                mono
                onChange={(v) => replace(index, { key: entry.key, value: { kind: 'bool', value: v === 'true' } })}
              />
            ) : value.kind === 'void' ? (
              <p className="insp-row-value insp-hint">{t('insp.table.noValue')}</p>
            ) : (
              <TextField
                // A new type starts a fresh draft.
                key={value.kind}
                className="insp-row-value"
                label={t('insp.table.value')}
                value={typedValueText(value)}
                mono
                numeric={value.kind !== 'string'}
                parse={(text) => parseTypedValue(value.kind, text)}
                onCommit={(v) => replace(index, { key: entry.key, value: v })}
              />
            )}
            <button
              type="button"
              className="insp-button insp-row-remove"
              aria-label={t('insp.table.remove', { key: entry.key })}
              title={t('insp.table.remove', { key: entry.key })}
              onClick={() => onChange(entries.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="insp-button"
        onClick={() => onChange([...entries, { key: freshKey(newKey, entries), value: { kind: 'string', value: '' } }])}
      >
        + {addLabel}
      </button>
    </fieldset>
  );
}
