/** Presets for each exchange type, exchange-to-exchange bindings and alternate exchanges. */
import type { Scenario } from '../types';
import { DEFAULT_EXCHANGE, PresetBuilder, WITH_EXCHANGE, grid, header, json } from './build';

/** The default exchange: a producer wired to a queue publishes to "" with the queue's name as key. */
export function defaultExchangeScenario(): Scenario {
  const at = grid(DEFAULT_EXCHANGE);
  const b = new PresetBuilder();
  const loja = b.producer('loja', at(0, 0), {
    message: { payload: json({ pedido: 1 }) },
    schedule: { ratePerSec: 0.5 },
  });
  const estoqueApp = b.producer('estoque-app', at(0, 1), {
    message: { payload: json({ item: 'caneta' }) },
    schedule: { ratePerSec: 0.5 },
  });
  const pedidos = b.queue('pedidos', at(1, 0));
  const estoque = b.queue('estoque', at(1, 1));
  const faturamento = b.consumer('faturamento', at(2, 0), { processingMs: 600 });
  const reposicao = b.consumer('reposicao', at(2, 1), { processingMs: 600 });
  b.publish(loja, pedidos)
    .publish(estoqueApp, estoque)
    .subscribe(pedidos, faturamento)
    .subscribe(estoque, reposicao);
  return b.build('default-exchange');
}

/** Direct: exact key match; a key nobody bound is dropped without a word (mandatory is off). */
export function directScenario(): Scenario {
  const at = grid(WITH_EXCHANGE);
  const b = new PresetBuilder();
  const p = b.producer('pagamentos-app', at(0, 0.5), {
    message: { routingKey: 'aprovado', payload: json({ pagamento: 1 }) },
    schedule: { keys: ['aprovado', 'recusado', 'estornado'] },
  });
  const x = b.exchange('pagamentos', 'direct', at(1, 0.5));
  const aprovados = b.queue('aprovados', at(2, 0));
  const recusados = b.queue('recusados', at(2, 1));
  const c1 = b.consumer('entrega', at(3, 0));
  const c2 = b.consumer('atendimento', at(3, 1));
  b.publish(p, x).bind(x, aprovados, 'aprovado').bind(x, recusados, 'recusado');
  b.subscribe(aprovados, c1).subscribe(recusados, c2);
  return b.build('direct');
}

/** Fanout: every bound queue gets a copy, whatever the routing key says. */
export function fanoutScenario(): Scenario {
  const at = grid(WITH_EXCHANGE);
  const b = new PresetBuilder();
  const p = b.producer('avisos-app', at(0, 1), {
    message: { routingKey: 'promo', payload: json({ aviso: 'frete grátis' }) },
    schedule: { ratePerSec: 0.5, keys: ['promo', 'entrega'] },
  });
  const x = b.exchange('avisos', 'fanout', at(1, 1));
  const queues = ['email', 'sms', 'push'].map((name, i) => b.queue(name, at(2, i)));
  const consumers = ['email-sender', 'sms-sender', 'push-sender'].map((name, i) =>
    b.consumer(name, at(3, i), { processingMs: 600 }),
  );
  b.publish(p, x);
  queues.forEach((q, i) => b.bind(x, q, '').subscribe(q, consumers[i]));
  return b.build('fanout');
}

/** Headers: the notes' messages format=pdf,type=report and format=pdf,type=log; the key is ignored. */
export function headersScenario(): Scenario {
  // Headers bindings show their arguments (`all: format=pdf, type=report`): a wider label gap.
  const at = grid([0, 250, 650, 900]);
  const b = new PresetBuilder();
  const report = b.producer('relatorio-app', at(0, 0), {
    message: {
      headers: [header('format', 'pdf'), header('type', 'report')],
      payload: json({ relatorio: 'vendas' }),
    },
    schedule: { ratePerSec: 0.5 },
  });
  const log = b.producer('log-app', at(0, 2), {
    message: {
      headers: [header('format', 'pdf'), header('type', 'log')],
      payload: json({ log: 'erro' }),
    },
    schedule: { ratePerSec: 0.5 },
  });
  const x = b.exchange('documentos', 'headers', at(1, 1));
  const relatorios = b.queue('relatorios', at(2, 0));
  const pdfs = b.queue('pdfs', at(2, 1));
  const logs = b.queue('logs', at(2, 2));
  b.publish(report, x).publish(log, x);
  b.bind(x, relatorios, '', {
    xMatch: 'all',
    args: [header('format', 'pdf'), header('type', 'report')],
  });
  b.bind(x, pdfs, '', { xMatch: 'all', args: [header('format', 'pdf')] });
  b.bind(x, logs, '', { xMatch: 'any', args: [header('type', 'log'), header('level', 'error')] });
  b.subscribe(relatorios, b.consumer('diretoria', at(3, 0)));
  b.subscribe(pdfs, b.consumer('arquivo-pdf', at(3, 1), { processingMs: 500, prefetch: 3 }));
  b.subscribe(logs, b.consumer('monitoramento', at(3, 2)));
  return b.build('headers');
}

/** Exchange-to-exchange: a topic exchange forwards `pedidos.#` to a fanout exchange of its own. */
export function exchangeToExchangeScenario(): Scenario {
  // Two exchange columns: the topic exchange, then the fanout it forwards to.
  const at = grid([0, 250, 520, 800, 1050]);
  const b = new PresetBuilder();
  const p = b.producer('loja', at(0, 1), {
    message: { routingKey: 'pedidos.criado', payload: json({ evento: 1 }) },
    schedule: { ratePerSec: 0.5, keys: ['pedidos.criado', 'clientes.criado', 'pedidos.pago'] },
  });
  const eventos = b.exchange('eventos', 'topic', at(1, 1));
  const pedidos = b.exchange('pedidos', 'fanout', at(2, 0.5));
  const faturamento = b.queue('faturamento', at(3, 0));
  const estoque = b.queue('estoque', at(3, 1));
  const auditoria = b.queue('auditoria', at(3, 2));
  b.publish(p, eventos).bind(eventos, pedidos, 'pedidos.#').bind(eventos, auditoria, '#');
  b.bind(pedidos, faturamento, '').bind(pedidos, estoque, '');
  b.subscribe(faturamento, b.consumer('faturamento-app', at(4, 0), { processingMs: 700 }));
  b.subscribe(estoque, b.consumer('estoque-app', at(4, 1), { processingMs: 700 }));
  b.subscribe(auditoria, b.consumer('auditor', at(4, 2), { processingMs: 500 }));
  return b.build('exchange-to-exchange');
}

/** Alternate exchange: what `pedidos` cannot route goes to `nao-roteadas` instead of vanishing. */
export function alternateExchangeScenario(): Scenario {
  const at = grid(WITH_EXCHANGE);
  const b = new PresetBuilder();
  const p = b.producer('loja', at(0, 0), {
    message: { routingKey: 'pedido.br', payload: json({ pedido: 1 }) },
    schedule: { ratePerSec: 0.6, keys: ['pedido.br', 'pedido.ar', 'pedido.cl'] },
  });
  const pedidos = b.exchange('pedidos', 'direct', at(1, 0), { alternateExchange: 'nao-roteadas' });
  // Nothing points at the alternate exchange on the canvas: the link is `pedidos`' argument.
  const ae = b.exchange('nao-roteadas', 'fanout', at(1, 1.3));
  const brasil = b.queue('brasil', at(2, 0));
  const revisar = b.queue('revisar', at(2, 1.3));
  b.publish(p, pedidos).bind(pedidos, brasil, 'pedido.br').bind(ae, revisar, '');
  b.subscribe(brasil, b.consumer('expedicao-br', at(3, 0)));
  b.subscribe(revisar, b.consumer('suporte', at(3, 1.3), { processingMs: 600 }));
  return b.build('alternate-exchange');
}
