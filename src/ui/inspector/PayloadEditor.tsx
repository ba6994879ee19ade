import { useT } from '../../app/context';
import { convertPayload, LARGE_PAYLOAD_BYTES, parsePayload, type Parsed } from '../../scenario/validate-fields';
import type { MessageTemplate, PayloadKind } from '../../scenario/types';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import type { UpdateMessage } from './MessageComposer';

const KINDS: readonly PayloadKind[] = ['json', 'text', 'base64'];

/** The body as JSON, text or Base64 bytes; the size counts bytes, as the broker does. */
export function PayloadEditor({ message, updateMessage }: { message: MessageTemplate; updateMessage: UpdateMessage }) {
  const t = useT();
  const kind = message.payloadKind;
  const info = parsePayload(kind, message.payload);
  const bytes = info.ok ? info.value.bytes : null;
  const parse = (text: string): Parsed<string> => {
    const r = parsePayload(kind, text);
    return r.ok ? { ok: true, value: text } : r;
  };

  return (
    <fieldset className="insp-group">
      <legend>{t('insp.payload.legend')}</legend>
      <SelectField
        label={t('insp.payload.kind')}
        value={kind}
        options={KINDS.map((k) => ({ value: k, label: t(`insp.payload.kind.${k}`) }))}
        onChange={(to) => {
          // The bytes stay the same; only how they are written changes (or the switch is refused).
          const converted = convertPayload(kind, to, message.payload);
          if (!converted.ok) return converted.error;
          updateMessage(() => ({ payloadKind: to, payload: converted.value }));
        }}
      />
      <TextField
        // Another form is another text: start a fresh draft.
        key={kind}
        label={t('insp.payload.body')}
        hint={t('insp.payload.hint')}
        value={message.payload}
        multiline
        rows={6}
        mono
        parse={parse}
        onCommit={(payload) => updateMessage(() => ({ payload }))}
      />
      <p className="insp-hint" aria-live="polite">
        {bytes === 0 ? t('insp.payload.empty') : bytes !== null ? t('insp.payload.size', { bytes }) : null}
      </p>
      {bytes !== null && bytes > LARGE_PAYLOAD_BYTES && (
        <p className="insp-warning" role="status">
          {t('insp.payload.large', { kib: Math.round(bytes / 1024) })}
        </p>
      )}
    </fieldset>
  );
}
