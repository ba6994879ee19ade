/**
 * Conversions between the conformance JSON (FORMAT.md) and the engine's typed values, and the
 * message record a result stores.
 */
import { intTypeFor, type FieldTable, type FieldValue, type IntType } from '../field-values';
import type { Message, MessageProperties } from '../model';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const INT_TYPES: Record<string, IntType> = {
  int8: 'byte',
  int16: 'short',
  int32: 'signedint',
  int64: 'long',
  uint8: 'unsignedbyte',
  uint16: 'unsignedshort',
  uint32: 'unsignedint',
};

export function toField(v: Json): FieldValue {
  if (v === null) return { kind: 'void' };
  if (typeof v === 'string') return { kind: 'string', value: v };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { kind: 'int', type: intTypeFor(v), value: v } : { kind: 'float', type: 'double', value: v };
  if (Array.isArray(v)) return { kind: 'array', value: v.map(toField) };
  const t = v['$type'];
  if (typeof t === 'string') {
    const value = v['value'];
    if (t in INT_TYPES) return { kind: 'int', type: INT_TYPES[t], value: Number(value) };
    if (t === 'float' || t === 'double') return { kind: 'float', type: t, value: Number(value) };
    if (t === 'timestamp') return { kind: 'timestamp', value: Number(value) };
    if (t === 'string') return { kind: 'string', value: typeof value === 'string' ? value : JSON.stringify(value) };
    if (t === 'bool') return { kind: 'bool', value: Boolean(value) };
    if (t === 'void') return { kind: 'void' };
    if (t === 'bytes') return { kind: 'bytes', base64: typeof v['base64'] === 'string' ? v['base64'] : '' };
  }
  return { kind: 'table', value: toTable(v) };
}

export function toTable(o: { [k: string]: Json } | undefined): FieldTable {
  const out: Record<string, FieldValue> = {};
  for (const [k, v] of Object.entries(o ?? {})) out[k] = toField(v);
  return out;
}

export function fromField(v: FieldValue): Json {
  switch (v.kind) {
    case 'void':
      return null;
    case 'array':
      return v.value.map(fromField);
    case 'table':
      return fromTable(v.value);
    case 'timestamp':
      return { $type: 'timestamp', value: v.value };
    case 'decimal':
      return { $type: 'decimal', scale: v.scale, value: v.value };
    case 'bytes':
      return { $type: 'bytes', base64: v.base64 };
    default:
      return v.value;
  }
}

export function fromTable(t: FieldTable): { [k: string]: Json } {
  const out: { [k: string]: Json } = {};
  for (const k of Object.keys(t).sort()) out[k] = fromField(t[k]);
  return out;
}

const PROP_KEYS = [
  'contentType',
  'contentEncoding',
  'deliveryMode',
  'priority',
  'correlationId',
  'replyTo',
  'expiration',
  'messageId',
  'timestamp',
  'type',
  'userId',
  'appId',
] as const;

export function toProperties(o: { [k: string]: Json } | undefined): MessageProperties {
  const p: Record<string, unknown> = {};
  for (const k of PROP_KEYS) if (o?.[k] !== undefined && o[k] !== null) p[k] = o[k];
  p['headers'] = toTable((o?.['headers'] as { [k: string]: Json } | undefined) ?? {});
  return p;
}

/** A delivered message as FORMAT.md 2.3 records it (x-death `time` removed). */
export function messageRecord(m: Message, redelivered: boolean, deliveryCount: number | null): { [k: string]: Json } {
  const props: { [k: string]: Json } = {};
  for (const k of PROP_KEYS) {
    const v = m.properties[k];
    if (v !== undefined) props[k] = v;
  }
  const headers = fromTable(m.properties.headers ?? {});
  const deaths = headers['x-death'];
  if (Array.isArray(deaths)) {
    headers['x-death'] = deaths.map((d) => {
      if (d === null || typeof d !== 'object' || Array.isArray(d)) return d;
      const { time: _t, ...rest } = d;
      return rest;
    });
  }
  if (deliveryCount !== null) headers['x-delivery-count'] = deliveryCount;
  if (Object.keys(headers).length > 0) props['headers'] = headers;
  const rec: { [k: string]: Json } = { body: m.body, redelivered, exchange: m.exchange, routingKey: m.routingKey };
  if (Object.keys(props).length > 0) rec['properties'] = props;
  return rec;
}
