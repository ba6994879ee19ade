import { useEditor, useT } from '../../app/context';
import { parseShortString } from '../../scenario/validate-fields';
import type { XMatch } from '../../scenario/types';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { HeaderListEditor } from './HeaderListEditor';
import { useNodeName } from './use-names';
import { useUpdateBinding } from './use-update';

const X_MATCH: readonly XMatch[] = ['all', 'any', 'all-with-x', 'any-with-x'];

export function BindingForm({ id }: { id: string }) {
  const t = useT();
  const edge = useEditor((s) => s.doc.edges.find((e) => e.id === id));
  const exchangeType = useEditor((s) => {
    const source = edge && s.doc.nodes.find((n) => n.id === edge.source);
    return source?.kind === 'exchange' ? source.type : undefined;
  });
  const update = useUpdateBinding(id);
  const source = useNodeName(edge?.source ?? '');
  const target = useNodeName(edge?.target ?? '');
  if (edge?.kind !== 'binding') return null;

  return (
    <fieldset className="insp-group">
      <legend>{t('insp.heading.binding')}</legend>
      <p className="insp-text">{t('insp.binding.route', { source, target })}</p>
      {exchangeType === 'headers' ? (
        <>
          <p className="insp-hint">{t('insp.binding.headers.hint')}</p>
          <SelectField
            label="x-match"
            hint={t('insp.binding.xmatch.hint')}
            value={edge.xMatch}
            mono
            options={X_MATCH.map((m) => ({ value: m, label: m }))}
            onChange={(xMatch) => update(() => ({ xMatch }))}
          />
          <HeaderListEditor
            legend={t('insp.binding.args')}
            rowLabel={(n) => t('insp.binding.arg', { n })}
            addLabel={t('insp.binding.addArg')}
            newKey="key"
            entries={edge.args}
            onChange={(args) => update(() => ({ args }))}
          />
        </>
      ) : (
        <TextField
          label={t('insp.binding.key')}
          hint={t(`insp.binding.key.${exchangeType ?? 'direct'}`)}
          value={edge.key}
          mono
          parse={parseShortString}
          onCommit={(key) => update(() => ({ key }))}
        />
      )}
    </fieldset>
  );
}
