import { useMemo } from 'react';
import { useEditor, useT } from '../../app/context';
import {
  parseOptionalInteger,
  parseOptionalShortString,
  queueShapeError,
  RANGES,
  type IntRange,
} from '../../scenario/validate-fields';
import type { Overflow, QueueArgs, QueueNode } from '../../scenario/types';
import { CheckboxField } from './fields/CheckboxField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { withKey } from './use-update';

type Update = (make: (node: QueueNode) => Partial<QueueNode>) => void;
type IntArg = 'messageTtl' | 'expires' | 'maxLength' | 'maxLengthBytes' | 'maxPriority' | 'deliveryLimit';

// Sentinel values for "argument not set" in selects (an option value must be a string).
const UNSET = '\u0000unset';

export function QueueArgsFields({ node, update }: { node: QueueNode; update: Update }) {
  const t = useT();
  const nodes = useEditor((s) => s.doc.nodes);
  const exchanges = useMemo(() => nodes.filter((n) => n.kind === 'exchange').map((n) => n.name), [nodes]);
  const { args } = node;
  const quorum = args.queueType === 'quorum';
  const shape = { durable: node.durable, exclusive: node.exclusive, quorum, overflow: args.overflow };
  const setArg = <K extends keyof QueueArgs>(key: K, value: QueueArgs[K] | undefined) =>
    update((n) => ({ args: withKey(n.args, key, value) }));

  const intArg = (key: IntArg, label: string, hint: string, range: IntRange, disabled = false) => (
    <TextField
      label={label}
      hint={hint}
      value={args[key] === undefined ? '' : String(args[key])}
      numeric
      mono
      disabled={disabled}
      parse={(text) => parseOptionalInteger(text, range)}
      onCommit={(v) => setArg(key, v)}
    />
  );

  const dlx = args.deadLetterExchange;
  const dlxOptions = [
    { value: UNSET, label: t('insp.none') },
    { value: '', label: t('insp.queue.dlx.default') },
    ...exchanges.map((name) => ({ value: name, label: name })),
    ...(dlx && !exchanges.includes(dlx) ? [{ value: dlx, label: t('insp.notFound', { name: dlx }) }] : []),
  ];

  return (
    <fieldset className="insp-group">
      <legend>{t('insp.queue.args')}</legend>
      <p className="insp-hint">{t('insp.queue.args.hint')}</p>
      <SelectField<'classic' | 'quorum' | typeof UNSET>
        label="x-queue-type"
        hint={t('insp.queue.type.hint')}
        value={args.queueType ?? UNSET}
        mono
        options={[
          { value: UNSET, label: t('insp.notSet') },
          { value: 'classic', label: 'classic' },
          { value: 'quorum', label: 'quorum' },
        ]}
        onChange={(v) => {
          const queueType = v === UNSET ? undefined : v;
          const refusal = queueShapeError({ ...shape, quorum: queueType === 'quorum' });
          if (refusal) return refusal;
          // x-delivery-limit means something only to quorum queues: it goes with the type.
          update((n) => ({
            args: withKey(queueType === 'quorum' ? n.args : withKey(n.args, 'deliveryLimit', undefined), 'queueType', queueType),
          }));
        }}
      />
      {intArg('messageTtl', 'x-message-ttl', t('insp.queue.ttl.hint'), RANGES.uint32)}
      {intArg('expires', 'x-expires', t('insp.queue.expires.hint'), RANGES.expires)}
      {intArg('maxLength', 'x-max-length', t('insp.queue.maxLength.hint'), RANGES.count)}
      {intArg('maxLengthBytes', 'x-max-length-bytes', t('insp.queue.maxLengthBytes.hint'), RANGES.count)}
      <SelectField<Overflow | typeof UNSET>
        label="x-overflow"
        hint={t('insp.queue.overflow.hint')}
        value={args.overflow ?? UNSET}
        mono
        options={[
          { value: UNSET, label: t('insp.queue.overflow.default') },
          { value: 'drop-head', label: 'drop-head' },
          { value: 'reject-publish', label: 'reject-publish' },
          { value: 'reject-publish-dlx', label: 'reject-publish-dlx' },
        ]}
        onChange={(v) => {
          const overflow = v === UNSET ? undefined : v;
          return queueShapeError({ ...shape, overflow }) ?? setArg('overflow', overflow);
        }}
      />
      <SelectField
        label="x-dead-letter-exchange"
        hint={t('insp.queue.dlx.hint')}
        value={dlx ?? UNSET}
        mono
        options={dlxOptions}
        onChange={(v) => setArg('deadLetterExchange', v === UNSET ? undefined : v)}
      />
      <TextField
        label="x-dead-letter-routing-key"
        hint={t('insp.queue.dlrk.hint')}
        value={args.deadLetterRoutingKey ?? ''}
        mono
        parse={parseOptionalShortString}
        onCommit={(v) => setArg('deadLetterRoutingKey', v)}
      />
      {intArg('maxPriority', 'x-max-priority', t('insp.queue.maxPriority.hint'), RANGES.maxPriority)}
      <CheckboxField
        label="x-single-active-consumer"
        hint={t('insp.queue.sac.hint')}
        checked={args.singleActiveConsumer ?? false}
        onChange={(on) => setArg('singleActiveConsumer', on ? true : undefined)}
      />
      {intArg(
        'deliveryLimit',
        'x-delivery-limit',
        quorum ? t('insp.queue.deliveryLimit.hint') : `${t('insp.queue.deliveryLimit.hint')} ${t('insp.queue.deliveryLimit.quorumOnly')}`,
        RANGES.deliveryLimit,
        !quorum,
      )}
    </fieldset>
  );
}
