// Ready-made side-by-side scenarios: each problem from the notes across the four styles, and
// each "when to use messaging" reason. Pure data for the lab screen to load into Comparison.
import type { ComparisonConfig } from './runner';
import type { StyleSpec } from './styles/factory';

export type LabPresetId =
  | 'problem-slowness'
  | 'problem-communication-failure'
  | 'problem-overload'
  | 'reason-asynchrony'
  | 'reason-decoupling'
  | 'reason-scalability'
  | 'reason-resilience'
  | 'reason-background-processing';

export interface LabPreset {
  readonly id: LabPresetId;
  readonly group: 'problem' | 'reason';
  readonly config: ComparisonConfig;
  /** How long to run before the story is told. */
  readonly durationMs: number;
}

const ALL_FOUR: readonly StyleSpec[] = [
  { id: 'rest', kind: 'rest' },
  { id: 'shared-db', kind: 'shared-db' },
  { id: 'file-transfer', kind: 'file-transfer' },
  { id: 'broker', kind: 'broker' },
];

const steady = { ratePerSec: 2, arrival: 'poisson' } as const;

export const LAB_PRESETS: readonly LabPreset[] = [
  {
    id: 'problem-slowness',
    group: 'problem',
    durationMs: 90_000,
    config: {
      seed: 1,
      workload: steady,
      styles: ALL_FOUR,
      timeline: [
        { at: 10_000, cmd: { type: 'set-b-speed', factor: 0.1 } },
        { at: 40_000, cmd: { type: 'set-b-speed', factor: 1 } },
      ],
    },
  },
  {
    id: 'problem-communication-failure',
    group: 'problem',
    durationMs: 120_000,
    config: {
      seed: 1,
      workload: steady,
      styles: ALL_FOUR,
      timeline: [
        { at: 10_000, cmd: { type: 'set-b-down', down: true } },
        { at: 40_000, cmd: { type: 'set-b-down', down: false } },
      ],
    },
  },
  {
    id: 'problem-overload',
    group: 'problem',
    durationMs: 120_000,
    config: {
      seed: 1,
      workload: steady,
      styles: ALL_FOUR,
      timeline: [
        { at: 10_000, cmd: { type: 'set-load-multiplier', factor: 10 } },
        { at: 30_000, cmd: { type: 'set-load-multiplier', factor: 1 } },
      ],
    },
  },
  {
    // A waits for a slow B over REST; with a broker it publishes and carries on.
    id: 'reason-asynchrony',
    group: 'reason',
    durationMs: 60_000,
    config: {
      seed: 1,
      workload: steady,
      styles: [
        {
          id: 'rest',
          kind: 'rest',
          config: { serviceTime: { kind: 'exponential', meanMs: 1500 }, timeoutMs: 5000 },
        },
        {
          id: 'broker',
          kind: 'broker',
          config: { serviceTime: { kind: 'exponential', meanMs: 1500 }, instances: 4 },
        },
      ],
    },
  },
  {
    // A schema change breaks the reader of a shared table; B going away breaks the caller of a REST API.
    id: 'reason-decoupling',
    group: 'reason',
    durationMs: 120_000,
    config: {
      seed: 1,
      workload: steady,
      styles: ALL_FOUR,
      timeline: [
        { at: 10_000, cmd: { type: 'schema-change' } },
        { at: 40_000, cmd: { type: 'schema-fix' } },
        { at: 60_000, cmd: { type: 'set-b-down', down: true } },
        { at: 80_000, cmd: { type: 'set-b-down', down: false } },
      ],
    },
  },
  {
    // One queue, consumers added live: throughput rises and the backlog turns round.
    id: 'reason-scalability',
    group: 'reason',
    durationMs: 90_000,
    config: {
      seed: 1,
      workload: { ratePerSec: 12, arrival: 'poisson' },
      styles: [{ id: 'broker', kind: 'broker', config: { instances: 1 } }],
      timeline: [
        { at: 20_000, cmd: { type: 'set-b-instances', count: 2 } },
        { at: 40_000, cmd: { type: 'set-b-instances', count: 4 } },
      ],
    },
  },
  {
    // A consumer crashes mid-message: with manual acks it is redelivered to another; with auto-ack it is gone.
    id: 'reason-resilience',
    group: 'reason',
    durationMs: 60_000,
    config: {
      seed: 1,
      workload: { ratePerSec: 4, arrival: 'poisson' },
      styles: [
        { id: 'broker-manual-ack', kind: 'broker', config: { instances: 2, ackMode: 'manual' } },
        { id: 'broker-auto-ack', kind: 'broker', config: { instances: 2, ackMode: 'auto' } },
      ],
      timeline: [10_100, 20_100, 30_100, 40_100].map((at) => ({
        at,
        cmd: { type: 'crash-b' } as const,
      })),
    },
  },
  {
    // Slow work (5 s a report) done in the background: the REST caller times out, the queue absorbs it.
    id: 'reason-background-processing',
    group: 'reason',
    durationMs: 90_000,
    config: {
      seed: 1,
      workload: { ratePerSec: 0.5, arrival: 'poisson', stopAt: 60_000 },
      styles: [
        {
          id: 'rest',
          kind: 'rest',
          config: { serviceTime: { kind: 'fixed', ms: 5000 }, timeoutMs: 3000 },
        },
        {
          id: 'broker',
          kind: 'broker',
          config: { serviceTime: { kind: 'fixed', ms: 5000 }, instances: 3 },
        },
      ],
    },
  },
];
