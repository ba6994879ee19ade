// Reads one node of an untrusted document into a fresh ScenarioNode. A missing field takes the
// value a new node of that kind gets in the editor (defaults.ts), so older and hand-written files
// load; a field that is present but wrong is reported with its path.

import { newNode } from './defaults';
import { LIMITS, NUMBER_RANGES as R, VALUE_LIMITS } from './restore-limits';
import {
  field,
  join,
  readArray,
  readBool,
  readEnum,
  readHeaders,
  readInt,
  readNumber,
  readObject,
  readOptionalBool,
  readOptionalEnum,
  readOptionalInt,
  readOptionalString,
  readString,
  report,
  type Sink,
} from './restore-values';
import type {
  ConsumerAction,
  ConsumerNode,
  ExchangeNode,
  MessageTemplate,
  NodeKind,
  Position,
  ProducerNode,
  QueueArgs,
  QueueNode,
  Schedule,
  ScenarioNode,
} from './types';

const NODE_KINDS: readonly NodeKind[] = ['producer', 'exchange', 'queue', 'consumer'];
const SHORT = LIMITS.shortString;

/** Reads an id shared by nodes and edges: a non-empty string of at most LIMITS.idChars. */
export function readId(sink: Sink, value: unknown, path: string): string | undefined {
  if (typeof value !== 'string') {
    report(sink, value === undefined ? 'node.id.missing' : 'value.not-string', path);
    return undefined;
  }
  if (value === '' || value.length > LIMITS.idChars) {
    report(sink, 'value.out-of-range', path, { min: 1, max: LIMITS.idChars });
    return undefined;
  }
  return value;
}

export function readNode(sink: Sink, raw: unknown, path: string, before: readonly ScenarioNode[]): ScenarioNode | undefined {
  const obj = readObject(sink, raw, path);
  if (raw === undefined) report(sink, 'value.not-object', path);
  if (!obj) return undefined;
  const id = readId(sink, field(obj, 'id'), join(path, 'id'));
  const kindValue = field(obj, 'kind');
  const kind = NODE_KINDS.find((k) => k === kindValue);
  if (kind === undefined) {
    report(sink, 'node.kind.unknown', join(path, 'kind'), { kind: typeof kindValue === 'string' ? kindValue : '' });
    return undefined;
  }
  if (id === undefined) return undefined;

  const position = readPosition(sink, field(obj, 'position'), join(path, 'position'));
  // The defaults, with a name no other node of this kind has yet.
  const base = newNode(kind, id, position, before);
  const name = readString(sink, field(obj, 'name'), join(path, 'name'), base.name, SHORT);
  const at = (key: string) => join(path, key);
  const get = (key: string) => field(obj, key);

  switch (base.kind) {
    case 'producer':
      return {
        id,
        kind: base.kind,
        position,
        name,
        app: readString(sink, get('app'), at('app'), base.app, SHORT),
        message: readMessage(sink, get('message'), at('message'), base.message),
        schedule: readSchedule(sink, get('schedule'), at('schedule'), base.schedule),
        confirm: readBool(sink, get('confirm'), at('confirm'), base.confirm),
      } satisfies ProducerNode;
    case 'exchange':
      return {
        id,
        kind: base.kind,
        position,
        name,
        type: readEnum(sink, get('type'), at('type'), base.type, ['direct', 'fanout', 'topic', 'headers']),
        durable: readBool(sink, get('durable'), at('durable'), base.durable),
        autoDelete: readBool(sink, get('autoDelete'), at('autoDelete'), base.autoDelete),
        internal: readBool(sink, get('internal'), at('internal'), base.internal),
        alternateExchange: readString(sink, get('alternateExchange'), at('alternateExchange'), base.alternateExchange, SHORT),
      } satisfies ExchangeNode;
    case 'queue':
      return {
        id,
        kind: base.kind,
        position,
        name,
        durable: readBool(sink, get('durable'), at('durable'), base.durable),
        exclusive: readBool(sink, get('exclusive'), at('exclusive'), base.exclusive),
        autoDelete: readBool(sink, get('autoDelete'), at('autoDelete'), base.autoDelete),
        args: readQueueArgs(sink, get('args'), at('args')),
      } satisfies QueueNode;
    case 'consumer':
      return {
        id,
        kind: base.kind,
        position,
        name,
        app: readString(sink, get('app'), at('app'), base.app, SHORT),
        ackMode: readEnum(sink, get('ackMode'), at('ackMode'), base.ackMode, ['auto', 'manual']),
        prefetch: readInt(sink, get('prefetch'), at('prefetch'), base.prefetch, R.prefetch),
        prefetchGlobal: readBool(sink, get('prefetchGlobal'), at('prefetchGlobal'), base.prefetchGlobal),
        processingMs: readNumber(sink, get('processingMs'), at('processingMs'), base.processingMs, R.processingMs),
        action: readAction(sink, get('action'), at('action'), base.action),
        priority: readInt(sink, get('priority'), at('priority'), base.priority, R.consumerPriority),
        exclusive: readBool(sink, get('exclusive'), at('exclusive'), base.exclusive),
      } satisfies ConsumerNode;
  }
}

function readPosition(sink: Sink, raw: unknown, path: string): Position {
  const obj = readObject(sink, raw, path) ?? {};
  return {
    x: readNumber(sink, field(obj, 'x'), join(path, 'x'), 0, R.coordinate),
    y: readNumber(sink, field(obj, 'y'), join(path, 'y'), 0, R.coordinate),
  };
}

function readMessage(sink: Sink, raw: unknown, path: string, base: MessageTemplate): MessageTemplate {
  const obj = readObject(sink, raw, path);
  if (!obj) return base;
  const at = (key: string) => join(path, key);
  const props = readObject(sink, field(obj, 'properties'), at('properties'));
  return {
    routingKey: readString(sink, field(obj, 'routingKey'), at('routingKey'), base.routingKey, SHORT),
    headers: readHeaders(sink, field(obj, 'headers'), at('headers'), VALUE_LIMITS),
    payloadKind: readEnum(sink, field(obj, 'payloadKind'), at('payloadKind'), base.payloadKind, ['json', 'text', 'base64']),
    payload: readString(sink, field(obj, 'payload'), at('payload'), base.payload, LIMITS.payloadBytes),
    mandatory: readBool(sink, field(obj, 'mandatory'), at('mandatory'), base.mandatory),
    // Given properties are taken as they are (none set is a valid message); absent ones, the defaults.
    properties: props ? readProperties(sink, props, at('properties')) : { ...base.properties },
  };
}

function readProperties(sink: Sink, obj: Record<string, unknown>, path: string): MessageTemplate['properties'] {
  const out: MessageTemplate['properties'] = {};
  const str = (key: 'contentType' | 'contentEncoding' | 'correlationId' | 'replyTo' | 'messageId' | 'type' | 'userId' | 'appId') => {
    const v = readOptionalString(sink, field(obj, key), join(path, key), SHORT);
    if (v !== undefined) out[key] = v;
  };
  str('contentType');
  str('contentEncoding');
  str('correlationId');
  str('replyTo');
  str('messageId');
  str('type');
  str('userId');
  str('appId');
  const deliveryMode = field(obj, 'deliveryMode');
  if (deliveryMode === 1 || deliveryMode === 2) out.deliveryMode = deliveryMode;
  else if (deliveryMode !== undefined) report(sink, 'value.not-one-of', join(path, 'deliveryMode'), { allowed: '1, 2' });
  const priority = readOptionalInt(sink, field(obj, 'priority'), join(path, 'priority'), R.messagePriority);
  if (priority !== undefined) out.priority = priority;
  const timestamp = readOptionalInt(sink, field(obj, 'timestamp'), join(path, 'timestamp'), R.timestamp);
  if (timestamp !== undefined) out.timestamp = timestamp;
  // RabbitMQ refuses an expiration that is not a string of digits (406), so a file cannot carry one.
  const expiration = readOptionalString(sink, field(obj, 'expiration'), join(path, 'expiration'), SHORT);
  if (expiration !== undefined && !/^\d+$/.test(expiration)) report(sink, 'value.not-digits', join(path, 'expiration'));
  else if (expiration !== undefined) out.expiration = expiration;
  return out;
}

function readSchedule(sink: Sink, raw: unknown, path: string, base: Schedule): Schedule {
  const obj = readObject(sink, raw, path) ?? {};
  const at = (key: string) => join(path, key);
  const keys = readArray(sink, field(obj, 'keys'), at('keys'), LIMITS.scheduleKeys).map((k, i) =>
    readString(sink, k, join(at('keys'), i), '', SHORT),
  );
  return {
    enabled: readBool(sink, field(obj, 'enabled'), at('enabled'), base.enabled),
    ratePerSec: readNumber(sink, field(obj, 'ratePerSec'), at('ratePerSec'), base.ratePerSec, R.ratePerSec),
    burst: readInt(sink, field(obj, 'burst'), at('burst'), base.burst, R.burst),
    keys,
    limit: readInt(sink, field(obj, 'limit'), at('limit'), base.limit, R.limit),
  };
}

function readQueueArgs(sink: Sink, raw: unknown, path: string): QueueArgs {
  const obj = readObject(sink, raw, path) ?? {};
  const at = (key: string) => join(path, key);
  const args: QueueArgs = {};
  const int = (key: 'messageTtl' | 'expires' | 'maxLength' | 'maxLengthBytes' | 'maxPriority' | 'deliveryLimit', range: { min: number; max: number }) => {
    const v = readOptionalInt(sink, field(obj, key), at(key), range);
    if (v !== undefined) args[key] = v;
  };
  int('messageTtl', R.uint32);
  int('expires', R.expires);
  int('maxLength', R.count);
  int('maxLengthBytes', R.count);
  int('maxPriority', R.maxPriority);
  int('deliveryLimit', R.deliveryLimit);
  const overflow = readOptionalEnum(sink, field(obj, 'overflow'), at('overflow'), ['drop-head', 'reject-publish', 'reject-publish-dlx']);
  if (overflow !== undefined) args.overflow = overflow;
  const dlx = readOptionalString(sink, field(obj, 'deadLetterExchange'), at('deadLetterExchange'), SHORT);
  if (dlx !== undefined) args.deadLetterExchange = dlx;
  const dlrk = readOptionalString(sink, field(obj, 'deadLetterRoutingKey'), at('deadLetterRoutingKey'), SHORT);
  if (dlrk !== undefined) args.deadLetterRoutingKey = dlrk;
  const sac = readOptionalBool(sink, field(obj, 'singleActiveConsumer'), at('singleActiveConsumer'));
  if (sac !== undefined) args.singleActiveConsumer = sac;
  const queueType = readOptionalEnum(sink, field(obj, 'queueType'), at('queueType'), ['classic', 'quorum']);
  if (queueType !== undefined) args.queueType = queueType;
  return args;
}

function readAction(sink: Sink, raw: unknown, path: string, base: ConsumerAction): ConsumerAction {
  const obj = readObject(sink, raw, path);
  if (!obj) return { ...base };
  const kind = readEnum(sink, field(obj, 'kind'), join(path, 'kind'), base.kind, ['ack', 'nack', 'reject', 'crash', 'manual']);
  switch (kind) {
    case 'ack':
    case 'manual':
      return { kind };
    case 'nack':
    case 'reject':
      return { kind, requeue: readBool(sink, field(obj, 'requeue'), join(path, 'requeue'), true) };
    case 'crash':
      return { kind, after: readEnum(sink, field(obj, 'after'), join(path, 'after'), 'receive', ['receive', 'process']) };
  }
}
