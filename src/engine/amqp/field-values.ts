/**
 * AMQP field-table values as tagged data (broker-semantics A.5 [SIM]). JS numbers alone cannot
 * tell int 1 from double 1.0 or a byte from a long, and RabbitMQ's error texts name the wire type
 * ("of type 'byte'"), so every value keeps its AMQP type.
 */
export type IntType = 'byte' | 'short' | 'signedint' | 'long' | 'unsignedbyte' | 'unsignedshort' | 'unsignedint';

export type FieldValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'int'; readonly type: IntType; readonly value: number }
  | { readonly kind: 'float'; readonly type: 'float' | 'double'; readonly value: number }
  | { readonly kind: 'timestamp'; readonly value: number }
  | { readonly kind: 'decimal'; readonly scale: number; readonly value: number }
  | { readonly kind: 'bytes'; readonly base64: string }
  | { readonly kind: 'void' }
  | { readonly kind: 'array'; readonly value: readonly FieldValue[] }
  | { readonly kind: 'table'; readonly value: FieldTable };

export type FieldTable = Readonly<Record<string, FieldValue>>;

/** Shared empty table: most messages and bindings carry no arguments. */
export const EMPTY_TABLE: FieldTable = Object.freeze({});

export const str = (value: string): FieldValue => ({ kind: 'string', value });
export const bool = (value: boolean): FieldValue => ({ kind: 'bool', value });
export const long = (value: number): FieldValue => ({ kind: 'int', type: 'long', value });
export const VOID: FieldValue = Object.freeze({ kind: 'void' });

/** The smallest signed integer type that holds n, as an AMQP client encodes a JS integer. */
export function intTypeFor(n: number): IntType {
  if (n >= -128 && n <= 127) return 'byte';
  if (n >= -32768 && n <= 32767) return 'short';
  if (n >= -2147483648 && n <= 2147483647) return 'signedint';
  return 'long';
}

/** RabbitMQ's name of a value's wire type, as printed in error texts. */
export function typeName(v: FieldValue): string {
  switch (v.kind) {
    case 'string':
      return 'longstr';
    case 'int':
    case 'float':
      return v.type;
    case 'bytes':
      return 'binary';
    default:
      return v.kind;
  }
}

function isNumeric(v: FieldValue): v is Extract<FieldValue, { value: number }> {
  return v.kind === 'int' || v.kind === 'float' || v.kind === 'timestamp' || v.kind === 'decimal';
}

/**
 * Equality used by the headers exchange in RabbitMQ 3.10 (the recorded broker): numbers compare
 * by value whatever their width or int/float kind; anything else compares by kind and value,
 * arrays and tables structurally.
 */
export function fieldEquals(a: FieldValue, b: FieldValue): boolean {
  if (isNumeric(a) && isNumeric(b)) return a.value === b.value;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'string':
    case 'bool':
      return a.value === (b as typeof a).value;
    case 'bytes':
      return a.base64 === (b as typeof a).base64;
    case 'void':
      return true;
    case 'array': {
      const bv = (b as typeof a).value;
      return a.value.length === bv.length && a.value.every((x, i) => fieldEquals(x, bv[i]));
    }
    case 'table':
      return tablesEqual(a.value, (b as typeof a).value);
    default:
      return false;
  }
}

export function tablesEqual(a: FieldTable, b: FieldTable): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => k in b && fieldEquals(a[k], b[k]));
}

/** A canonical string for a table, used as part of a binding's identity (args differ => bindings differ). */
export function tableKey(t: FieldTable): string {
  const keys = Object.keys(t);
  if (keys.length === 0) return '';
  return keys
    .sort()
    .map((k) => `${JSON.stringify(k)}:${valueKey(t[k])}`)
    .join(',');
}

function valueKey(v: FieldValue): string {
  switch (v.kind) {
    case 'array':
      return `[${v.value.map(valueKey).join(',')}]`;
    case 'table':
      return `{${tableKey(v.value)}}`;
    case 'void':
      return 'V';
    case 'bytes':
      return `x${v.base64}`;
    default:
      return `${typeName(v)}:${JSON.stringify(v.value)}`;
  }
}

/** Erlang-style rendering of a value inside error texts: binaries print as <<"...">> with ~p. */
export function erlangTerm(v: FieldValue): string {
  switch (v.kind) {
    case 'string':
      return `<<${JSON.stringify(v.value)}>>`;
    case 'void':
      return 'undefined';
    case 'array':
      return `[${v.value.map(erlangTerm).join(',')}]`;
    case 'table':
      return `[${Object.entries(v.value)
        .map(([k, x]) => `{<<${JSON.stringify(k)}>>,${typeName(x)},${erlangTerm(x)}}`)
        .join(',')}]`;
    case 'bytes':
      return `<<"${v.base64}">>`;
    default:
      return String(v.value);
  }
}
