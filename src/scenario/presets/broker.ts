/** Presets about the broker and its clients: durability across a restart, connections and channels. */
import type { Scenario } from '../types';
import { DEFAULT_EXCHANGE, PresetBuilder, WITH_EXCHANGE, grid, json } from './build';

/**
 * Durable and transient queues, persistent and transient messages, no consumers: press
 * "Restart broker" and only persistent messages in the durable queue are still there.
 */
export function durabilityScenario(): Scenario {
  const at = grid(WITH_EXCHANGE);
  const b = new PresetBuilder();
  const persistente = b.producer('persistente', at(0, 0), {
    message: {
      payload: json({ modo: 2 }),
      properties: { contentType: 'application/json', deliveryMode: 2 },
    },
    schedule: { limit: 3 },
  });
  const transitoria = b.producer('transitoria', at(0, 1), {
    message: {
      payload: json({ modo: 1 }),
      properties: { contentType: 'application/json', deliveryMode: 1 },
    },
    schedule: { limit: 3 },
  });
  const x = b.exchange('eventos', 'fanout', at(1, 0.5));
  const duravel = b.queue('duravel', at(2, 0));
  const temporaria = b.queue('temporaria', at(2, 1), { durable: false });
  b.publish(persistente, x).publish(transitoria, x).bind(x, duravel, '').bind(x, temporaria, '');
  return b.build('durability');
}

/**
 * One application, one connection, a channel per producer and consumer. `auditoria` publishes
 * with a user_id that is not the connection's user: RabbitMQ closes that channel (406) and
 * nothing else; the other channels of the same connection carry on.
 */
export function connectionsChannelsScenario(): Scenario {
  const at = grid(DEFAULT_EXCHANGE);
  const b = new PresetBuilder();
  const vendas = b.producer('vendas', at(0, 0), {
    app: 'loja',
    message: { payload: json({ venda: 1 }) },
    schedule: { ratePerSec: 0.5 },
  });
  const auditoria = b.producer('auditoria', at(0, 1), {
    app: 'loja',
    message: {
      payload: json({ auditoria: 1 }),
      properties: { contentType: 'application/json', userId: 'admin', deliveryMode: 2 },
    },
    schedule: { ratePerSec: 0.5, limit: 3 },
  });
  const pedidos = b.queue('pedidos', at(1, 0));
  const registros = b.queue('registros', at(1, 1));
  b.publish(vendas, pedidos).publish(auditoria, registros);
  b.subscribe(pedidos, b.consumer('separacao', at(2, 0), { app: 'loja' }));
  b.subscribe(registros, b.consumer('auditor', at(2, 1), { app: 'auditoria-app' }));
  return b.build('connections-channels');
}
