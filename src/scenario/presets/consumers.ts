/** Presets about consumers: prefetch and fair dispatch, deciding by hand, crashing with unacked messages. */
import type { Scenario } from '../types';
import { DEFAULT_EXCHANGE, PresetBuilder, WITH_EXCHANGE, grid, json } from './build';

/**
 * The same work fed to two queues: with prefetch 1 the fast worker takes more (fair dispatch);
 * with no limit (prefetch 0) the queue deals messages in turn, however slow the worker is.
 */
export function workQueuesPrefetchScenario(): Scenario {
  const at = grid(WITH_EXCHANGE);
  const b = new PresetBuilder();
  const p = b.producer('tarefas-app', at(0, 1.5), {
    message: { payload: json({ tarefa: 1 }) },
    schedule: { ratePerSec: 2, limit: 24 },
  });
  const x = b.exchange('tarefas', 'fanout', at(1, 1.5));
  const one = b.queue('prefetch-1', at(2, 0.5));
  const unlimited = b.queue('sem-limite', at(2, 2.5));
  b.publish(p, x).bind(x, one, '').bind(x, unlimited, '');
  b.subscribe(one, b.consumer('rapido-1', at(3, 0), { processingMs: 400, prefetch: 1 }));
  b.subscribe(one, b.consumer('lento-1', at(3, 1), { processingMs: 4000, prefetch: 1 }));
  b.subscribe(unlimited, b.consumer('rapido-0', at(3, 2), { processingMs: 400, prefetch: 0 }));
  b.subscribe(unlimited, b.consumer('lento-0', at(3, 3), { processingMs: 4000, prefetch: 0 }));
  return b.build('work-queues-prefetch');
}

/** You are the consumer: Ack, Nack (requeue or not) and Reject each message yourself. */
export function manualAckScenario(): Scenario {
  const at = grid(DEFAULT_EXCHANGE);
  const b = new PresetBuilder();
  const p = b.producer('loja', at(0, 0), {
    message: { payload: json({ pedido: 1 }) },
    schedule: { ratePerSec: 1, limit: 5 },
  });
  const pedidos = b.queue('pedidos', at(1, 0), {
    args: { deadLetterExchange: '', deadLetterRoutingKey: 'rejeitados' },
  });
  // Fed by dead-lettering when a message is rejected without requeue.
  b.queue('rejeitados', at(1, 1.3));
  const voce = b.consumer('voce', at(2, 0), {
    processingMs: 300,
    prefetch: 3,
    action: { kind: 'manual' },
  });
  b.publish(p, pedidos).subscribe(pedidos, voce);
  return b.build('manual-ack');
}

/**
 * A consumer that crashes after doing the work but before its ack: its channel closes, the broker
 * requeues what it held (redelivered=true) and the other consumer processes it again.
 */
export function consumerCrashScenario(): Scenario {
  const at = grid(DEFAULT_EXCHANGE);
  const b = new PresetBuilder();
  const p = b.producer('loja', at(0, 0.5), {
    message: { payload: json({ pedido: 1 }) },
    schedule: { ratePerSec: 1, limit: 6 },
  });
  const pedidos = b.queue('pedidos', at(1, 0.5));
  const instavel = b.consumer('instavel', at(2, 0), {
    processingMs: 1500,
    prefetch: 2,
    action: { kind: 'crash', after: 'process' },
  });
  const estavel = b.consumer('estavel', at(2, 1), { processingMs: 1000, prefetch: 1 });
  b.publish(p, pedidos).subscribe(pedidos, instavel).subscribe(pedidos, estavel);
  return b.build('consumer-crash');
}
