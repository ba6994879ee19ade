import type { Translate } from '../../app/context';
import type { LabCommand, StyleKind } from '../../engine/integration';
import type { Language } from '../../i18n/translate';
import { formatNumber } from './format';

/** Style ids the presets use that have a name of their own; any other id is named by its kind. */
const NAMED_IDS = ['broker-manual-ack', 'broker-auto-ack'] as const;

export function styleLabel(t: Translate, id: string, kind: StyleKind): string {
  return (NAMED_IDS as readonly string[]).includes(id)
    ? t(`why.style.${id as (typeof NAMED_IDS)[number]}`)
    : t(`why.style.${kind}`);
}

/** A scripted or user command in a few words ("B goes down"), for the story's script. */
export function commandLabel(t: Translate, lang: Language, cmd: LabCommand): string {
  switch (cmd.type) {
    case 'set-b-down':
      return t(cmd.down ? 'why.cmd.down' : 'why.cmd.up');
    case 'set-b-speed':
      return t('why.cmd.speed', { factor: formatNumber(lang, cmd.factor) });
    case 'set-b-instances':
      return t('why.cmd.instances', { count: cmd.count });
    case 'crash-b':
      return t('why.cmd.crash');
    case 'schema-change':
      return t('why.cmd.schemaChange');
    case 'schema-fix':
      return t('why.cmd.schemaFix');
    case 'set-rate':
      return t('why.cmd.rate', { perSec: formatNumber(lang, cmd.perSec) });
    case 'set-load-multiplier':
      return t('why.cmd.load', { factor: formatNumber(lang, cmd.factor) });
    case 'burst':
      return t('why.cmd.burst', { count: cmd.count });
  }
}
