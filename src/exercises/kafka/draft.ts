// Instructor mode's work in progress: the solution, the starting point, the faults, the chosen
// expectations and the words, kept in this browser between visits so an instructor's half-written
// exercise is never lost. Read back leniently: each part goes through the same validation as a
// shared exercise, and a part that fails is dropped alone (the rest of the draft survives).

import type { MessageKey } from '../../i18n/en';
import type { KafkaIssue } from '../../scenario/kafka/issues';
import { KAFKA_LIMITS } from '../../scenario/kafka/limits';
import { kafkaScenarioToPlain, restoreKafkaScenario } from '../../scenario/kafka/restore';
import type { KafkaScenario } from '../../scenario/kafka/types';
import { field, isRecord, readArray, readEnum, readString, type Sink } from '../../scenario/restore-values';
import { LEVELS, type Level } from '../types';
import { KAFKA_EXERCISE_LIMITS, kafkaExerciseToPlain, readCheck, restoreKafkaExercise, type KafkaExerciseDocument } from './document';
import { judgeKafka, passed, type KafkaAction, type KafkaExpect } from './spec';

export interface KafkaAuthorDraft {
  readonly title: string;
  readonly goal: string;
  readonly level: Level;
  readonly hints: readonly string[];
  readonly solution: KafkaScenario | null;
  readonly start: KafkaScenario | null;
  /** Ids of the start's nodes the student may not change or delete. */
  readonly locked: readonly string[];
  readonly runMs: number;
  readonly actions: readonly KafkaAction[];
  readonly expect: readonly KafkaExpect[];
}

export const EMPTY_KAFKA_DRAFT: KafkaAuthorDraft = { title: '', goal: '', level: 'easy', hints: [], solution: null, start: null, locked: [], runMs: 15_000, actions: [], expect: [] };

export function draftToPlain(d: KafkaAuthorDraft) {
  return {
    ...d,
    solution: d.solution && kafkaScenarioToPlain(d.solution),
    start: d.start && kafkaScenarioToPlain(d.start),
  };
}

export function restoreKafkaDraft(raw: unknown): KafkaAuthorDraft {
  if (!isRecord(raw)) return EMPTY_KAFKA_DRAFT;
  const L = KAFKA_EXERCISE_LIMITS;
  const sink: Sink = [];
  const scenario = (v: unknown) => {
    if (v === null || v === undefined) return null;
    const r = restoreKafkaScenario(v);
    return r.ok ? r.scenario : null;
  };
  const checkSink: Sink = [];
  const check = readCheck(checkSink, { runMs: field(raw, 'runMs'), actions: field(raw, 'actions'), expect: field(raw, 'expect') });
  const checkOk = !checkSink.some((e) => e.path !== 'check.expect');
  return {
    title: readString(sink, field(raw, 'title'), 'title', '', L.title),
    goal: readString(sink, field(raw, 'goal'), 'goal', '', L.goal),
    level: readEnum(sink, field(raw, 'level'), 'level', 'easy', LEVELS),
    hints: readArray(sink, field(raw, 'hints'), 'hints', L.hints).map((h) => readString(sink, h, 'hints', '', L.hint)),
    solution: scenario(field(raw, 'solution')),
    start: scenario(field(raw, 'start')),
    locked: readArray(sink, field(raw, 'locked'), 'locked', KAFKA_LIMITS.nodes).flatMap((v) => (typeof v === 'string' ? [v] : [])),
    runMs: checkOk ? check.runMs : EMPTY_KAFKA_DRAFT.runMs,
    actions: checkOk ? check.actions : [],
    expect: checkOk ? check.expect : [],
  };
}

export type MadeExercise =
  | { ok: true; document: KafkaExerciseDocument; solutionPasses: boolean; startPasses: boolean }
  | { ok: false; missing: MessageKey[]; issues: KafkaIssue[] };

/** The exercise the draft makes, or what it still lacks; checks the solution passes and the start does not. */
export function exerciseFromDraft(d: KafkaAuthorDraft): MadeExercise {
  const missing: MessageKey[] = [];
  if (!d.solution) missing.push('kafka.author.need.solution');
  if (d.expect.length === 0) missing.push('kafka.author.need.expect');
  if (!d.start) missing.push('kafka.author.need.start');
  if (d.title.trim() === '') missing.push('kafka.author.need.title');
  if (d.goal.trim() === '') missing.push('kafka.author.need.goal');
  if (missing.length > 0 || !d.start || !d.solution) return { ok: false, missing, issues: [] };
  const hints = d.hints.map((h) => h.trim()).filter((h) => h !== '');
  const start = d.start;
  const locked = d.locked.filter((id) => start.nodes.some((n) => n.id === id));
  const candidate: KafkaExerciseDocument = { title: d.title.trim(), goal: d.goal.trim(), level: d.level, hints, start, locked, check: { runMs: d.runMs, actions: d.actions, expect: d.expect } };
  // The same validation a student's browser will run on the link.
  const restored = restoreKafkaExercise(JSON.parse(JSON.stringify(kafkaExerciseToPlain(candidate))));
  if (!restored.ok) return { ok: false, missing: [], issues: restored.errors };
  const document = restored.document;
  return {
    ok: true,
    document,
    solutionPasses: passed(judgeKafka(d.solution, document.check)),
    startPasses: passed(judgeKafka(document.start, document.check)),
  };
}
