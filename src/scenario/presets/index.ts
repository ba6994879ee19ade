/**
 * The preset gallery's registry: every ready-made scenario with its group and the keys of its
 * words (src/i18n/parts/presets.ts). Documents are built fresh on each call, so opening a preset
 * twice never shares objects with the first copy, and nothing here holds words.
 */
import type { presetsEn } from '../../i18n/parts/presets';
import type { Scenario } from '../types';
import { connectionsChannelsScenario, durabilityScenario } from './broker';
import { consumerCrashScenario, manualAckScenario, workQueuesPrefetchScenario } from './consumers';
import {
  alternateExchangeScenario,
  defaultExchangeScenario,
  directScenario,
  exchangeToExchangeScenario,
  fanoutScenario,
  headersScenario,
} from './exchanges';
import { notesTopicScenario } from './notes-topic';
import { deadLetterRetryScenario, maxLengthScenario, priorityScenario } from './queues';
import {
  helloWorldScenario,
  publishSubscribeScenario,
  publisherConfirmsScenario,
  routingScenario,
  rpcScenario,
  topicsScenario,
  workQueuesScenario,
} from './tutorials';
import {
  asyncScenario,
  backgroundScenario,
  decouplingScenario,
  resilienceScenario,
  scalabilityScenario,
} from './why';

type PresetKey = keyof typeof presetsEn;

/** Every preset has a title key; the ids are read back from them, so words and registry agree. */
export type PresetId =
  Extract<PresetKey, `presets.${string}.title`> extends `presets.${infer Id}.title` ? Id : never;

export const PRESET_GROUPS = [
  'exchanges',
  'queues',
  'consumers',
  'broker',
  'tutorials',
  'why',
] as const;
export type PresetGroup = (typeof PRESET_GROUPS)[number];

export interface Preset {
  readonly id: PresetId;
  readonly group: PresetGroup;
  readonly title: PresetKey;
  readonly explanation: PresetKey;
  /** Comma-separated search words, in each language. */
  readonly tags: PresetKey;
  /** Suggested experiments, in order. */
  readonly tryThis: readonly PresetKey[];
  /** A fresh document, its title the preset id. */
  readonly create: () => Scenario;
}

export const groupTitleKey = (group: PresetGroup): PresetKey => `presets.group.${group}`;

// The template types make a missing word a compile error: every id needs all six keys.
function preset(id: PresetId, group: PresetGroup, create: () => Scenario): Preset {
  return {
    id,
    group,
    title: `presets.${id}.title`,
    explanation: `presets.${id}.explain`,
    tags: `presets.${id}.tags`,
    tryThis: [`presets.${id}.try1`, `presets.${id}.try2`, `presets.${id}.try3`],
    create,
  };
}

/** In gallery order: by group, and within a group from the simplest. */
export const PRESETS: readonly Preset[] = [
  preset('default-exchange', 'exchanges', defaultExchangeScenario),
  preset('direct', 'exchanges', directScenario),
  preset('fanout', 'exchanges', fanoutScenario),
  preset('notes-topic', 'exchanges', notesTopicScenario),
  preset('headers', 'exchanges', headersScenario),
  preset('exchange-to-exchange', 'exchanges', exchangeToExchangeScenario),
  preset('alternate-exchange', 'exchanges', alternateExchangeScenario),

  preset('dead-letter-retry', 'queues', deadLetterRetryScenario),
  preset('max-length', 'queues', maxLengthScenario),
  preset('priority', 'queues', priorityScenario),

  preset('work-queues-prefetch', 'consumers', workQueuesPrefetchScenario),
  preset('manual-ack', 'consumers', manualAckScenario),
  preset('consumer-crash', 'consumers', consumerCrashScenario),

  preset('durability', 'broker', durabilityScenario),
  preset('connections-channels', 'broker', connectionsChannelsScenario),

  preset('tutorial-hello-world', 'tutorials', helloWorldScenario),
  preset('tutorial-work-queues', 'tutorials', workQueuesScenario),
  preset('tutorial-publish-subscribe', 'tutorials', publishSubscribeScenario),
  preset('tutorial-routing', 'tutorials', routingScenario),
  preset('tutorial-topics', 'tutorials', topicsScenario),
  preset('tutorial-rpc', 'tutorials', rpcScenario),
  preset('tutorial-publisher-confirms', 'tutorials', publisherConfirmsScenario),

  preset('why-async', 'why', asyncScenario),
  preset('why-decoupling', 'why', decouplingScenario),
  preset('why-scalability', 'why', scalabilityScenario),
  preset('why-resilience', 'why', resilienceScenario),
  preset('why-background', 'why', backgroundScenario),
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
