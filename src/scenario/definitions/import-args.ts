// Arguments in a definitions file (queue `x-` arguments, headers-binding arguments) read into
// what a scenario holds, for import.ts.

import { LIMITS, NUMBER_RANGES } from '../restore-limits';
import type { Range } from '../restore-values';
import type { HeaderEntry, QueueArgs, TypedValue, XMatch } from '../types';
import { utf8Length } from '../validate-fields';
import { isName, short, type Notes } from './import-notes';

const X_MATCH: readonly XMatch[] = ['all', 'any', 'all-with-x', 'any-with-x'];

const R = NUMBER_RANGES;
const INT_ARGS: Readonly<Record<string, ['messageTtl' | 'expires' | 'maxLength' | 'maxLengthBytes' | 'maxPriority' | 'deliveryLimit', Range]>> = {
  'x-message-ttl': ['messageTtl', R.uint32],
  'x-expires': ['expires', R.expires],
  'x-max-length': ['maxLength', R.count],
  'x-max-length-bytes': ['maxLengthBytes', R.count],
  'x-max-priority': ['maxPriority', R.maxPriority],
  'x-delivery-limit': ['deliveryLimit', R.deliveryLimit],
};

/** A queue's `x-` arguments as the editor holds them; each one it cannot hold is a note. */
export function readQueueArgs(name: string, raw: Record<string, unknown>, notes: Notes): QueueArgs {
  const args: QueueArgs = {};
  for (const [key, value] of Object.entries(raw)) {
    const bad = () => notes.add('import.queue-argument-value', { name, key, value: short(value) });
    if (Object.hasOwn(INT_ARGS, key)) {
      const [prop, range] = INT_ARGS[key];
      if (typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max) args[prop] = value;
      else bad();
    } else if (key === 'x-overflow') {
      if (value === 'drop-head' || value === 'reject-publish' || value === 'reject-publish-dlx') args.overflow = value;
      else bad();
    } else if (key === 'x-dead-letter-exchange' || key === 'x-dead-letter-routing-key') {
      if (!isName(value)) bad();
      else if (key === 'x-dead-letter-exchange') args.deadLetterExchange = value;
      else args.deadLetterRoutingKey = value;
    } else if (key === 'x-single-active-consumer') {
      if (typeof value === 'boolean') args.singleActiveConsumer = value;
      else bad();
    } else if (key === 'x-queue-type') {
      if (value === 'classic' || value === 'quorum') args.queueType = value;
      else notes.add('import.queue-type', { name, type: short(value, 40) });
    } else notes.add('import.queue-argument', { name, key: short(key, 60), value: short(value) });
  }
  return args;
}

/** A headers binding's x-match and typed arguments; each one the editor cannot hold is a note. */
export function readHeadersArgs(source: string, destination: string, raw: Record<string, unknown>, notes: Notes): { xMatch: XMatch; args: HeaderEntry[] } {
  let xMatch: XMatch = 'all';
  const args: HeaderEntry[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const drop = () => notes.add('import.binding-argument', { source, destination, key: short(key, 60) });
    if (key === 'x-match') {
      const found = X_MATCH.find((m) => m === value);
      if (found) xMatch = found;
      else drop();
      continue;
    }
    const typed = typedValue(value);
    if (!typed || utf8Length(key) > LIMITS.shortString || args.length >= LIMITS.headers) drop();
    else args.push({ key, value: typed });
  }
  return { xMatch, args };
}

function typedValue(value: unknown): TypedValue | null {
  if (value === null) return { kind: 'void' };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value === 'number' && Number.isFinite(value))
    return Number.isSafeInteger(value) ? { kind: 'int', value } : { kind: 'float', value };
  if (typeof value === 'string' && utf8Length(value) <= LIMITS.headerStringBytes) return { kind: 'string', value };
  return null; // arrays, tables, huge strings: not something the editor can hold
}
