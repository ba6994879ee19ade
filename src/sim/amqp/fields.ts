/**
 * Turns the scenario document's user-facing values into the engine's AMQP values: typed header
 * entries into field tables, queue settings into x- arguments, a message template into a publish.
 */
import type { FieldTable, FieldValue } from '../../engine/amqp/field-values';
import { intTypeFor } from '../../engine/amqp/field-values';
import type { MessageProperties } from '../../engine/amqp/model';
import type { HeaderEntry, MessageTemplate, QueueArgs, TypedValue, XMatch } from '../../scenario/types';

export function fieldValue(v: TypedValue): FieldValue {
  switch (v.kind) {
    case 'string':
      return { kind: 'string', value: v.value };
    case 'int':
      return { kind: 'int', type: intTypeFor(v.value), value: v.value };
    case 'float':
      return { kind: 'float', type: 'double', value: v.value };
    case 'bool':
      return { kind: 'bool', value: v.value };
    case 'void':
      return { kind: 'void' };
  }
}

export function fieldTable(entries: readonly HeaderEntry[]): FieldTable {
  const table: Record<string, FieldValue> = {};
  for (const e of entries) table[e.key] = fieldValue(e.value);
  return table;
}

export function bindingArguments(xMatch: XMatch, args: readonly HeaderEntry[]): FieldTable {
  return { ...fieldTable(args), 'x-match': { kind: 'string', value: xMatch } };
}

const int = (n: number): FieldValue => ({ kind: 'int', type: intTypeFor(n), value: n });
const str = (s: string): FieldValue => ({ kind: 'string', value: s });

export function queueArguments(a: QueueArgs): FieldTable {
  const t: Record<string, FieldValue> = {};
  if (a.messageTtl !== undefined) t['x-message-ttl'] = int(a.messageTtl);
  if (a.expires !== undefined) t['x-expires'] = int(a.expires);
  if (a.maxLength !== undefined) t['x-max-length'] = int(a.maxLength);
  if (a.maxLengthBytes !== undefined) t['x-max-length-bytes'] = int(a.maxLengthBytes);
  if (a.overflow !== undefined) t['x-overflow'] = str(a.overflow);
  if (a.deadLetterExchange !== undefined) t['x-dead-letter-exchange'] = str(a.deadLetterExchange);
  if (a.deadLetterRoutingKey !== undefined) t['x-dead-letter-routing-key'] = str(a.deadLetterRoutingKey);
  if (a.maxPriority !== undefined) t['x-max-priority'] = int(a.maxPriority);
  if (a.singleActiveConsumer !== undefined) t['x-single-active-consumer'] = { kind: 'bool', value: a.singleActiveConsumer };
  if (a.queueType !== undefined) t['x-queue-type'] = str(a.queueType);
  if (a.deliveryLimit !== undefined) t['x-delivery-limit'] = int(a.deliveryLimit);
  return t;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes standard Base64 into a byte string (one char per byte); null when it is not Base64. */
export function decodeBase64(text: string): string | null {
  const clean = text.replace(/\s+/g, '');
  if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  let out = '';
  for (let i = 0; i < clean.length; i += 4) {
    const n = [0, 1, 2, 3].map((j) => B64.indexOf(clean[i + j] ?? '='));
    const bits = ((n[0] & 63) << 18) | ((n[1] & 63) << 12) | ((Math.max(n[2], 0) & 63) << 6) | (Math.max(n[3], 0) & 63);
    out += String.fromCharCode((bits >> 16) & 255);
    if (n[2] >= 0) out += String.fromCharCode((bits >> 8) & 255);
    if (n[3] >= 0) out += String.fromCharCode(bits & 255);
  }
  return out;
}

/** Base64 payloads travel as a byte string (one char per byte); JSON and text as written. */
export function messageBody(m: MessageTemplate): string {
  if (m.payloadKind !== 'base64') return m.payload;
  return decodeBase64(m.payload) ?? '';
}

export function messageProperties(m: MessageTemplate): MessageProperties {
  const p = m.properties;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== '') out[k] = v;
  if (m.headers.length > 0) out.headers = fieldTable(m.headers);
  return out;
}
