/**
 * queue.bind / queue.unbind / exchange.bind / exchange.unbind (rabbit_channel binding_action):
 * default exchange refused (403), missing source then destination (404), binding validation
 * (406), exclusive queue of another connection (405). Unbinding what is not there succeeds.
 */
import { defaultExchangeRefused, notFound } from './errors';
import { EMPTY_TABLE } from './field-values';
import type { AmqpCommand } from './commands';
import type { Channel } from './model';
import type { BrokerState } from './state';
import { addBinding, findBinding, makeBinding, removeBinding } from './exchanges';
import { checkExclusive, checkName, expandQueueName } from './queues';

type BindCommand = Extract<AmqpCommand, { type: 'queue.bind' | 'queue.unbind' | 'exchange.bind' | 'exchange.unbind' }>;

export function bindCmd(st: BrokerState, ch: Channel, cmd: BindCommand): void {
  const toQueue = 'queue' in cmd;
  const bind = cmd.type === 'queue.bind' || cmd.type === 'exchange.bind';
  const sourceName = 'queue' in cmd ? cmd.exchange : cmd.source;
  let destName = 'queue' in cmd ? cmd.queue : cmd.destination;
  let routingKey = cmd.routingKey ?? '';
  if (toQueue && destName === '' && routingKey === '') routingKey = ch.lastQueue;
  if (toQueue) destName = expandQueueName(ch, destName);
  checkName(routingKey, 'routing key');
  if (sourceName === '' || (!toQueue && destName === '')) throw defaultExchangeRefused();
  const args = cmd.arguments ?? EMPTY_TABLE;
  const source = st.exchanges.get(sourceName);
  const destQueue = toQueue ? st.queues.get(destName) : undefined;
  const destExists = toQueue ? destQueue !== undefined : st.exchanges.has(destName);
  if (!bind) {
    if (source === undefined || !destExists) return;
    const b = findBinding(st, sourceName, makeBinding(source, toQueue ? 'queue' : 'exchange', destName, routingKey, args).id);
    if (destQueue !== undefined) checkExclusive(st, destQueue, ch);
    if (b !== undefined) removeBinding(st, b);
    return;
  }
  if (source === undefined) throw notFound('exchange', sourceName, st.vhost);
  if (!destExists) throw notFound(toQueue ? 'queue' : 'exchange', destName, st.vhost);
  const b = makeBinding(source, toQueue ? 'queue' : 'exchange', destName, routingKey, args);
  if (destQueue !== undefined) checkExclusive(st, destQueue, ch);
  addBinding(st, b);
}
