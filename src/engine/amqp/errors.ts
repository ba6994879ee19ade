/**
 * AMQP protocol errors with RabbitMQ's reply codes and texts (broker-semantics G.3). The engine
 * throws AmqpFailure inside a command and execute() turns it into a result; nothing else escapes.
 */
export type ErrorScope = 'channel' | 'connection';

export interface AmqpError {
  readonly scope: ErrorScope;
  readonly code: number;
  readonly name: string;
  readonly text: string;
  /** The AMQP method the broker blamed, e.g. "queue.declare". Absent for some connection errors. */
  readonly method?: string;
}

const NAMES: Record<number, string> = {
  312: 'NO_ROUTE',
  320: 'CONNECTION_FORCED',
  403: 'ACCESS_REFUSED',
  404: 'NOT_FOUND',
  405: 'RESOURCE_LOCKED',
  406: 'PRECONDITION_FAILED',
  502: 'SYNTAX_ERROR',
  503: 'COMMAND_INVALID',
  504: 'CHANNEL_ERROR',
  530: 'NOT_ALLOWED',
  540: 'NOT_IMPLEMENTED',
};

/** Hard errors close the whole connection. */
const HARD = new Set([320, 402, 501, 502, 503, 504, 505, 506, 530, 540, 541]);

export class AmqpFailure extends Error {
  constructor(readonly error: AmqpError) {
    super(error.text);
  }
}

export function amqpError(code: number, detail: string, method?: string): AmqpFailure {
  const name = NAMES[code] ?? 'INTERNAL_ERROR';
  const scope: ErrorScope = HARD.has(code) ? 'connection' : 'channel';
  return new AmqpFailure({ scope, code, name, text: `${name} - ${detail}`, ...(method ? { method } : {}) });
}

export const rs = (kind: 'queue' | 'exchange', name: string, vhost: string): string => `${kind} '${name}' in vhost '${vhost}'`;

export const notFound = (kind: 'queue' | 'exchange', name: string, vhost: string): AmqpFailure =>
  amqpError(404, `no ${kind} '${name}' in vhost '${vhost}'`);

export const resourceLocked = (name: string, vhost: string): AmqpFailure =>
  amqpError(
    405,
    `cannot obtain exclusive access to locked queue '${name}' in vhost '${vhost}'. It could be originally declared on another connection or the exclusive property value does not match that of the original declaration.`,
  );

export const defaultExchangeRefused = (): AmqpFailure => amqpError(403, 'operation not permitted on the default exchange');
