// The built-in exercises, easiest first. Each one's reference solution lives in solutions.ts and is
// used only by the tests (every solution passes its check, every starting scenario fails it).

import type { Exercise } from '../types';
import { fairDispatch, noLossCrash, priority, scaleOut } from './consumers';
import { deadLetterRejected, poisonMessage, ttlRetry } from './dead-letters';
import { headersJson, heartbeat } from './messages';
import { durablePersistent, exclusiveQueue, maxLengthReject, messageTtl } from './queues';
import { defaultExchange, exchangeToExchange } from './exchanges';
import { directSeverity, fanoutServices, headersPdfLog, topicFilial, topicHash } from './routing';
import { alternateExchange, mandatoryReturn } from './unroutable';

export const CATALOGUE: readonly Exercise[] = [
  // easy
  topicFilial,
  directSeverity,
  defaultExchange,
  fanoutServices,
  headersJson,
  heartbeat,
  messageTtl,
  scaleOut,
  // medium
  topicHash,
  headersPdfLog,
  mandatoryReturn,
  alternateExchange,
  noLossCrash,
  fairDispatch,
  deadLetterRejected,
  maxLengthReject,
  priority,
  durablePersistent,
  exclusiveQueue,
  // hard
  exchangeToExchange,
  ttlRetry,
  poisonMessage,
];

export function exerciseById(id: string): Exercise | undefined {
  return CATALOGUE.find((e) => e.id === id);
}
