// Source literals for generated programs. Every string from the scenario reaches the program
// through these, so a name or payload with quotes, backslashes, newlines or `*/` can never end a
// string or a comment early: JSON string syntax is valid in both JavaScript and Python.

import type { FieldTable, FieldValue } from '../../engine/amqp/field-values';

/** A quoted string literal, valid in JavaScript and in Python 3. */
export function str(text: string): string {
  // JSON.stringify escapes quotes, backslashes and control characters; the two line separators
  // are escaped too, so the literal stays on one line in any editor.
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Text for a one-line comment: no line breaks. */
export function commentText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').slice(0, 200);
}

export function jsField(v: FieldValue): string {
  switch (v.kind) {
    case 'string':
      return str(v.value);
    case 'bool':
      return String(v.value);
    case 'int':
      return String(v.value);
    case 'float':
      // amqplib sends a whole number as an integer unless told otherwise.
      return `{ '!': 'double', value: ${String(v.value)} }`;
    case 'timestamp':
      return `{ '!': 'timestamp', value: ${String(v.value)} }`;
    case 'decimal':
      return String(v.value);
    case 'bytes':
      return `Buffer.from(${str(v.base64)}, 'base64')`;
    case 'void':
      return 'null';
    case 'array':
      return `[${v.value.map(jsField).join(', ')}]`;
    case 'table':
      return jsTable(v.value);
  }
}

export function jsTable(t: FieldTable): string {
  const keys = Object.keys(t);
  if (keys.length === 0) return '{}';
  return `{ ${keys.map((k) => `${str(k)}: ${jsField(t[k])}`).join(', ')} }`;
}

function pyNumber(n: number, float: boolean): string {
  const text = String(n);
  if (!float) return text;
  return /[.eE]/.test(text) ? text.replace('e+', 'e') : `${text}.0`;
}

export function pyField(v: FieldValue): string {
  switch (v.kind) {
    case 'string':
      return str(v.value);
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'int':
      return pyNumber(v.value, false);
    case 'float':
      return pyNumber(v.value, true);
    case 'timestamp':
      return `datetime.datetime.fromtimestamp(${pyNumber(v.value, false)}, datetime.timezone.utc)`;
    case 'decimal':
      return `decimal.Decimal(${str(String(v.value))})`;
    case 'bytes':
      return `base64.b64decode(${str(v.base64)})`;
    case 'void':
      return 'None';
    case 'array':
      return `[${v.value.map(pyField).join(', ')}]`;
    case 'table':
      return pyTable(v.value);
  }
}

export function pyTable(t: FieldTable): string {
  const keys = Object.keys(t);
  if (keys.length === 0) return '{}';
  return `{${keys.map((k) => `${str(k)}: ${pyField(t[k])}`).join(', ')}}`;
}

export const pyBool = (b: boolean): string => (b ? 'True' : 'False');
