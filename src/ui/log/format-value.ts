import type { FieldValue } from '../../engine/amqp/field-values';

/** A field value as a student reads it: strings bare, numbers and booleans as written. */
export function formatValue(v: FieldValue): string {
  switch (v.kind) {
    case 'string':
      return v.value;
    case 'bool':
    case 'int':
    case 'float':
    case 'decimal':
    case 'timestamp':
      return String(v.value);
    case 'bytes':
      return v.base64;
    case 'void':
      return '∅';
    case 'array':
      return `[${v.value.map(formatValue).join(', ')}]`;
    case 'table':
      return `{${Object.entries(v.value)
        .map(([k, x]) => `${k}: ${formatValue(x)}`)
        .join(', ')}}`;
  }
}
