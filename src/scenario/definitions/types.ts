// The RabbitMQ definitions format (what `GET /api/definitions` and `rabbitmqctl export_definitions`
// return), as far as BrokerLab reads and writes it, and the notes the import and export leave for
// the user: language-neutral codes with parameters, worded in src/i18n/parts/share.ts.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonTable = Record<string, JsonValue>;

/** Everything BrokerLab exports lives in the default virtual host. */
export const DEFAULT_VHOST = '/';
/** The broker whose behaviour the simulator follows (docs/broker-semantics.md). */
export const RABBIT_VERSION = '3.10.8';

export interface DefinitionsExchange {
  name: string;
  vhost: string;
  type: string;
  durable: boolean;
  auto_delete: boolean;
  internal: boolean;
  arguments: JsonTable;
}

export interface DefinitionsQueue {
  name: string;
  vhost: string;
  durable: boolean;
  auto_delete: boolean;
  arguments: JsonTable;
}

export interface DefinitionsBinding {
  source: string;
  vhost: string;
  destination: string;
  destination_type: 'queue' | 'exchange';
  routing_key: string;
  arguments: JsonTable;
}

export interface RabbitDefinitions {
  rabbit_version: string;
  rabbitmq_version: string;
  vhosts: { name: string }[];
  policies: [];
  parameters: [];
  queues: DefinitionsQueue[];
  exchanges: DefinitionsExchange[];
  bindings: DefinitionsBinding[];
}

export const DEFINITIONS_NOTE_CODES = [
  // export
  'export.producers',
  'export.consumers',
  'export.exclusive-queue',
  'export.binding-skipped',
  'export.predeclared-exchange',
  'export.duplicate-name',
  'export.reserved-name',
  'export.unnamed',
  // import
  'import.no-clients',
  'import.vhost-chosen',
  'import.other-vhost',
  'import.policy',
  'import.operator-policy',
  'import.users',
  'import.permissions',
  'import.topic-permissions',
  'import.parameters',
  'import.global-parameters',
  'import.unknown-section',
  'import.unknown-field',
  'import.bad-entry',
  'import.exchange-type',
  'import.exchange-argument',
  'import.reserved-exchange',
  'import.default-exchange',
  'import.queue-argument',
  'import.queue-argument-value',
  'import.queue-type',
  'import.reserved-queue',
  'import.exclusive-queue',
  'import.duplicate',
  'import.binding-missing-end',
  'import.binding-default-exchange',
  'import.binding-argument',
  'import.binding-duplicate',
  'import.predeclared-exchange-added',
  'import.more-notes',
] as const;

export type DefinitionsNoteCode = (typeof DEFINITIONS_NOTE_CODES)[number];

/** Something the user should know: a part of the scenario or the file that did not carry over. */
export interface DefinitionsNote {
  code: DefinitionsNoteCode;
  params?: Readonly<Record<string, string | number>>;
}

export const note = (code: DefinitionsNoteCode, params?: DefinitionsNote['params']): DefinitionsNote =>
  params ? { code, params } : { code };
