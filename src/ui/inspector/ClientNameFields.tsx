import { useT } from '../../app/context';
import { parseName } from '../../scenario/validate-fields';
import { TextField } from './fields/TextField';

const nameRules = (current: string) => ({ kind: 'other' as const, current, taken: [] });

/** A producer's or consumer's name and the application (connection) it belongs to. */
export function ClientNameFields({ name, app, onName, onApp }: { name: string; app: string; onName: (name: string) => void; onApp: (app: string) => void }) {
  const t = useT();
  return (
    <>
      <TextField label={t('insp.name')} value={name} mono parse={(text) => parseName(text, nameRules(name))} onCommit={onName} />
      <TextField label={t('insp.app')} hint={t('insp.app.hint')} value={app} mono parse={(text) => parseName(text, nameRules(app))} onCommit={onApp} />
    </>
  );
}
