/** One preset for each reason to use messaging in the study notes (curriculum section 3). */
import type { Scenario } from '../types';
import { DEFAULT_EXCHANGE, PresetBuilder, WITH_EXCHANGE, grid, json } from './build';

/** Asynchrony: checkout publishes and moves on; the slow e-mail sender catches up later. */
export function asyncScenario(): Scenario {
  const at = grid(DEFAULT_EXCHANGE);
  const b = new PresetBuilder();
  const checkout = b.producer('checkout', at(0, 0), {
    message: { payload: json({ pedido: 1, email: 'ana@exemplo.com' }) },
    schedule: { ratePerSec: 2 },
  });
  const emails = b.queue('emails', at(1, 0));
  const sender = b.consumer('email-sender', at(2, 0), { processingMs: 2500 });
  b.publish(checkout, emails).subscribe(emails, sender);
  return b.build('why-async');
}

/** Decoupling: the shop only knows the exchange; who listens, and how many, is the bindings' business. */
export function decouplingScenario(): Scenario {
  const at = grid(WITH_EXCHANGE);
  const b = new PresetBuilder();
  const loja = b.producer('loja', at(0, 1), {
    message: { routingKey: 'pedido.criado', payload: json({ pedido: 1 }) },
    schedule: { keys: ['pedido.criado', 'pedido.pago'] },
  });
  const x = b.exchange('eventos-loja', 'topic', at(1, 1));
  const estoque = b.queue('estoque', at(2, 0));
  const faturamento = b.queue('faturamento', at(2, 1));
  const analytics = b.queue('analytics', at(2, 2));
  b.publish(loja, x)
    .bind(x, estoque, 'pedido.criado')
    .bind(x, faturamento, 'pedido.pago')
    .bind(x, analytics, 'pedido.#');
  b.subscribe(estoque, b.consumer('estoque-app', at(3, 0), { processingMs: 700 }));
  b.subscribe(faturamento, b.consumer('faturamento-app', at(3, 1), { processingMs: 700 }));
  b.subscribe(analytics, b.consumer('analytics-app', at(3, 2), { processingMs: 400, prefetch: 3 }));
  return b.build('why-decoupling');
}

/**
 * Scalability: more work than one worker can do. worker-2 and worker-3 are placed but not
 * subscribed: connecting them to the queue is the experiment.
 */
export function scalabilityScenario(): Scenario {
  const at = grid(DEFAULT_EXCHANGE);
  const b = new PresetBuilder();
  const uploads = b.producer('uploads', at(0, 1), {
    message: { payload: json({ imagem: 'foto.jpg' }) },
    schedule: { ratePerSec: 1 },
  });
  const imagens = b.queue('imagens', at(1, 1));
  const w1 = b.consumer('worker-1', at(2, 0), { processingMs: 800 });
  b.consumer('worker-2', at(2, 1), { processingMs: 800 });
  b.consumer('worker-3', at(2, 2), { processingMs: 800 });
  b.publish(uploads, imagens).subscribe(imagens, w1);
  return b.build('why-scalability');
}

/** Resilience: a consumer dies in the middle of a message; the broker gives it to the other one. */
export function resilienceScenario(): Scenario {
  const at = grid(DEFAULT_EXCHANGE);
  const b = new PresetBuilder();
  const checkout = b.producer('checkout', at(0, 0.5), {
    message: { payload: json({ pagamento: 1 }) },
    schedule: { ratePerSec: 1, limit: 6 },
  });
  const pagamentos = b.queue('pagamentos', at(1, 0.5));
  const a = b.consumer('pagamentos-a', at(2, 0), {
    processingMs: 1000,
    action: { kind: 'crash', after: 'receive' },
  });
  const c = b.consumer('pagamentos-b', at(2, 1), { processingMs: 1000 });
  b.publish(checkout, pagamentos).subscribe(pagamentos, a).subscribe(pagamentos, c);
  return b.build('why-resilience');
}

/** Background processing: the site hands slow jobs to workers and keeps its own pace. */
export function backgroundScenario(): Scenario {
  const at = grid(WITH_EXCHANGE);
  const b = new PresetBuilder();
  const site = b.producer('site', at(0, 1), {
    message: { routingKey: 'email', payload: json({ usuario: 42 }) },
    schedule: { ratePerSec: 2, keys: ['email', 'pdf', 'email', 'miniatura'] },
  });
  const x = b.exchange('tarefas', 'direct', at(1, 1));
  const queues = (['emails', 'pdfs', 'miniaturas'] as const).map((name, i) =>
    b.queue(name, at(2, i)),
  );
  b.publish(site, x)
    .bind(x, queues[0], 'email')
    .bind(x, queues[1], 'pdf')
    .bind(x, queues[2], 'miniatura');
  b.subscribe(queues[0], b.consumer('email-worker', at(3, 0), { processingMs: 300, prefetch: 5 }));
  b.subscribe(queues[1], b.consumer('pdf-worker', at(3, 1), { processingMs: 4000 }));
  b.subscribe(queues[2], b.consumer('miniatura-worker', at(3, 2), { processingMs: 1000 }));
  return b.build('why-background');
}
