/** Pure helpers for the message details panel: payload display and the x-death table. */
import type { FieldTable, FieldValue } from '../../engine/amqp/field-values';
import { typeName } from '../../engine/amqp/field-values';
import type { MessageProperties } from '../../engine/amqp/model';
import { formatValue } from './format-value';

export type PayloadView =
  | { readonly kind: 'empty' }
  | { readonly kind: 'json' | 'text' | 'bytes'; readonly text: string };

/** Byte strings (one char per byte) with control characters are shown as Base64. */
export function payloadView(body: string): PayloadView {
  if (body === '') return { kind: 'empty' };
  const trimmed = body.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { kind: 'json', text: JSON.stringify(JSON.parse(trimmed), null, 2) };
    } catch {
      // not JSON after all
    }
  }
  // eslint-disable-next-line no-control-regex
  const binary = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/.test(body) && !/[^\u0000-\u00ff]/.test(body);
  if (binary) return { kind: 'bytes', text: btoa(body) };
  return { kind: 'text', text: body };
}

export interface DeathRow {
  readonly count: string;
  readonly reason: string;
  readonly queue: string;
  readonly exchange: string;
  readonly routingKeys: string;
}

function field(t: FieldTable, k: string): string {
  const v = t[k];
  return v === undefined ? '' : formatValue(v);
}

/** x-death as rows, most recent first (the order RabbitMQ keeps). */
export function deathRows(headers: FieldTable | undefined): DeathRow[] {
  const xd = headers?.['x-death'];
  if (xd?.kind !== 'array') return [];
  return xd.value.flatMap((v) => {
    if (v.kind !== 'table') return [];
    const keys = v.value['routing-keys'];
    return [
      {
        count: field(v.value, 'count'),
        reason: field(v.value, 'reason'),
        queue: field(v.value, 'queue'),
        exchange: field(v.value, 'exchange'),
        routingKeys: keys?.kind === 'array' ? keys.value.map(formatValue).join(', ') : '',
      },
    ];
  });
}

export interface HeaderRow {
  readonly key: string;
  readonly value: string;
  readonly type: string;
}

/** Every header but x-death (shown as its own table). */
export function headerRows(headers: FieldTable | undefined): HeaderRow[] {
  return Object.entries(headers ?? {})
    .filter(([k]) => k !== 'x-death')
    .map(([key, v]: [string, FieldValue]) => ({ key, value: formatValue(v), type: typeName(v) }));
}

const PROPERTY_NAMES: Record<Exclude<keyof MessageProperties, 'headers'>, string> = {
  contentType: 'content_type',
  contentEncoding: 'content_encoding',
  deliveryMode: 'delivery_mode',
  priority: 'priority',
  correlationId: 'correlation_id',
  replyTo: 'reply_to',
  expiration: 'expiration',
  messageId: 'message_id',
  timestamp: 'timestamp',
  type: 'type',
  userId: 'user_id',
  appId: 'app_id',
};

/** The basic properties that are set, under their AMQP names. */
export function propertyRows(p: MessageProperties): { name: string; value: string }[] {
  return (Object.keys(PROPERTY_NAMES) as (keyof typeof PROPERTY_NAMES)[])
    .filter((k) => p[k] !== undefined)
    .map((k) => ({ name: PROPERTY_NAMES[k], value: String(p[k]) }));
}
