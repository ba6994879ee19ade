import { useT } from '../../app/context';
import { parseInteger, parseKeyList, parseNumber, SCHEDULE_LIMITS } from '../../scenario/validate-fields';
import type { ProducerNode, Schedule } from '../../scenario/types';
import { CheckboxField } from './fields/CheckboxField';
import { TextField } from './fields/TextField';
import type { UpdateProducer } from './MessageComposer';

export function ScheduleFields({ node, update }: { node: ProducerNode; update: UpdateProducer }) {
  const t = useT();
  const { schedule } = node;
  const set = (patch: Partial<Schedule>) => update((n) => ({ schedule: { ...n.schedule, ...patch } }));

  return (
    <fieldset className="insp-group">
      <legend>{t('insp.schedule.legend')}</legend>
      <CheckboxField
        label={t('insp.schedule.enabled')}
        checked={schedule.enabled}
        onChange={(enabled) => set({ enabled })}
      />
      <TextField
        label={t('insp.schedule.rate')}
        value={String(schedule.ratePerSec)}
        numeric
        mono
        parse={(s) => parseNumber(s, SCHEDULE_LIMITS.rate)}
        onCommit={(ratePerSec) => set({ ratePerSec })}
      />
      <TextField
        label={t('insp.schedule.burst')}
        value={String(schedule.burst)}
        numeric
        mono
        parse={(s) => parseInteger(s, SCHEDULE_LIMITS.burst)}
        onCommit={(burst) => set({ burst })}
      />
      <TextField
        label={t('insp.schedule.keys')}
        hint={t('insp.schedule.keys.hint')}
        value={schedule.keys.join('\n')}
        multiline
        rows={4}
        mono
        parse={parseKeyList}
        onCommit={(keys) => set({ keys })}
      />
      <TextField
        label={t('insp.schedule.limit')}
        hint={t('insp.schedule.limit.hint')}
        value={String(schedule.limit)}
        numeric
        mono
        parse={(s) => parseInteger(s, SCHEDULE_LIMITS.limit)}
        onCommit={(limit) => set({ limit })}
      />
    </fieldset>
  );
}
