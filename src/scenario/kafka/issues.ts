// What the Kafka restore reports. The generic codes (value.*, doc.*, edge.*) are the AMQP
// document's, already worded in both languages; the few Kafka-only ones have their own words.

import type { MessageKey } from '../../i18n/en';
import { describeIssue, type RestoreIssue, type Translate } from '../restore-issues';

export type KafkaOnlyIssueCode = 'kafka.topic-name' | 'kafka.duplicate-name' | 'kafka.singleton' | 'kafka.edge-one-only';

export type KafkaIssue = RestoreIssue | { code: KafkaOnlyIssueCode; path: string; params?: Readonly<Record<string, string | number>> };

const KAFKA_KEYS: Readonly<Record<KafkaOnlyIssueCode, MessageKey>> = {
  'kafka.topic-name': 'kafka.issue.topic-name',
  'kafka.duplicate-name': 'kafka.issue.duplicate-name',
  'kafka.singleton': 'kafka.issue.singleton',
  'kafka.edge-one-only': 'kafka.issue.edge-one-only',
};

function isKafkaOnly(issue: KafkaIssue): issue is Extract<KafkaIssue, { code: KafkaOnlyIssueCode }> {
  return Object.hasOwn(KAFKA_KEYS, issue.code);
}

/** One sentence for the user, in their language. */
export function describeKafkaIssue(issue: KafkaIssue, t: Translate): string {
  if (!isKafkaOnly(issue)) return describeIssue(issue, t);
  const message = t(KAFKA_KEYS[issue.code], issue.params);
  return issue.path === '' ? message : t('scenario.issue.at', { path: issue.path, message });
}
