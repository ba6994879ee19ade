/** Presets about what a queue does with its messages: dead-lettering and TTL, length limits, priority. */
import type { Scenario } from '../types';
import { DEFAULT_EXCHANGE, PresetBuilder, WITH_EXCHANGE, grid, json } from './build';

/**
 * A delayed-retry loop (broker-semantics E.3): `trabalho` dead-letters rejected messages to
 * `espera`, whose TTL sends them back to `trabalho` 5 s later. The worker rejects everything, so
 * the loop never ends: a real consumer reads x-death's count and gives up.
 */
export function deadLetterRetryScenario(): Scenario {
  const at = grid(DEFAULT_EXCHANGE);
  const b = new PresetBuilder();
  const p = b.producer('loja', at(0, 0), {
    message: { payload: json({ pedido: 1 }) },
    schedule: { ratePerSec: 0.5, limit: 2 },
  });
  const trabalho = b.queue('trabalho', at(1, 0), {
    args: { deadLetterExchange: '', deadLetterRoutingKey: 'espera' },
  });
  // `espera` is fed only by dead-lettering, so no edge leads into it.
  b.queue('espera', at(1, 1.3), {
    args: { messageTtl: 5000, deadLetterExchange: '', deadLetterRoutingKey: 'trabalho' },
  });
  const worker = b.consumer('worker', at(2, 0), {
    processingMs: 800,
    action: { kind: 'reject', requeue: false },
  });
  b.publish(p, trabalho).subscribe(trabalho, worker);
  return b.build('dead-letter-retry');
}

/** Max length: drop-head throws the oldest away (here into a dead-letter queue), reject-publish refuses the newest. */
export function maxLengthScenario(): Scenario {
  const at = grid(WITH_EXCHANGE);
  const b = new PresetBuilder();
  const p = b.producer('sensor', at(0, 1), {
    message: { payload: json({ leitura: 21.5 }) },
    schedule: { ratePerSec: 2, limit: 30 },
    confirm: true,
  });
  const x = b.exchange('leituras', 'fanout', at(1, 1));
  const dropHead = b.queue('ultimas-3', at(2, 0), {
    args: {
      maxLength: 3,
      overflow: 'drop-head',
      deadLetterExchange: '',
      deadLetterRoutingKey: 'descartadas',
    },
  });
  const reject = b.queue('recusa-novas', at(2, 1), {
    args: { maxLength: 3, overflow: 'reject-publish' },
  });
  // Fed by dead-lettering from ultimas-3: no edge leads into it.
  b.queue('descartadas', at(2, 2));
  b.publish(p, x).bind(x, dropHead, '').bind(x, reject, '');
  b.subscribe(dropHead, b.consumer('painel', at(3, 0), { processingMs: 4000 }));
  b.subscribe(reject, b.consumer('arquivo', at(3, 1), { processingMs: 4000 }));
  return b.build('max-length');
}

/** Priority: urgent messages overtake the waiting ones in a queue declared with x-max-priority. */
export function priorityScenario(): Scenario {
  const at = grid(DEFAULT_EXCHANGE);
  const b = new PresetBuilder();
  const normal = b.producer('normal', at(0, 0), {
    message: {
      payload: json({ tarefa: 'normal' }),
      properties: { contentType: 'application/json', deliveryMode: 2, priority: 1 },
    },
    schedule: { ratePerSec: 1, limit: 10 },
  });
  const urgente = b.producer('urgente', at(0, 1), {
    message: {
      payload: json({ tarefa: 'urgente' }),
      properties: { contentType: 'application/json', deliveryMode: 2, priority: 9 },
    },
    schedule: { ratePerSec: 0.25, limit: 3 },
  });
  const tarefas = b.queue('tarefas', at(1, 0.5), { args: { maxPriority: 10 } });
  const worker = b.consumer('worker', at(2, 0.5), { processingMs: 1500 });
  b.publish(normal, tarefas).publish(urgente, tarefas).subscribe(tarefas, worker);
  return b.build('priority');
}
