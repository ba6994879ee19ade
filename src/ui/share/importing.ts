// Turning a picked or dropped file into a scenario, for the Share panel. Both importers validate
// everything (scenarioFromJsonText / definitionsFromJsonText, then restoreScenario); nothing is
// replaced unless one of them accepted the file, and then as one undoable edit.

import type { Translate } from '../../app/context';
import { definitionsFromJsonText } from '../../scenario/definitions/import';
import { scenarioFromJsonText } from '../../scenario/file-io';
import { describeFileError, describeIssue } from '../../scenario/restore-issues';
import type { Scenario } from '../../scenario/types';
import type { EditorStore } from '../../store/editor';
import { describeDefinitionsError, describeDefinitionsNote } from './describe-definitions';
import type { StatusMessage } from './Status';

/** The file name without its extensions: "orders.definitions.json" → "orders". */
export function titleFromFileName(name: string): string {
  return name.replace(/(\.(brokerlab|definitions))?\.json$/i, '').slice(0, 120);
}

function replace(editor: EditorStore, s: Scenario): void {
  editor.getState().replace(s);
}

function definitionsImported(editor: EditorStore, text: string, name: string, t: Translate, asFallback: boolean): StatusMessage {
  const r = definitionsFromJsonText(text, { title: titleFromFileName(name) });
  if (!r.ok) return { tone: 'error', lines: [...describeDefinitionsError(r.error, t), t('share.file.refused')] };
  replace(editor, r.scenario);
  const count = (kind: 'exchange' | 'queue') => r.scenario.nodes.filter((n) => n.kind === kind).length;
  return {
    tone: 'ok',
    lines: [
      t('share.defs.imported', { exchanges: count('exchange'), queues: count('queue'), bindings: r.scenario.edges.length, vhost: r.vhost }),
      ...(asFallback ? [t('share.file.importedAsDefinitions')] : []),
      ...r.notes.map((n) => describeDefinitionsNote(n, t)),
    ],
  };
}

/** A scenario file, or a RabbitMQ definitions file recognised as one. */
export function importAnyFile(editor: EditorStore, text: string, name: string, t: Translate): StatusMessage {
  const r = scenarioFromJsonText(text);
  if (r.ok) {
    replace(editor, r.scenario);
    return { tone: 'ok', lines: [t('share.file.imported', { title: r.scenario.title || name }), ...r.warnings.slice(0, 8).map((w) => describeIssue(w, t))] };
  }
  if (r.error.code === 'rabbitmq-definitions') return definitionsImported(editor, text, name, t, true);
  return { tone: 'error', lines: [...describeFileError(r.error, t), t('share.file.refused')] };
}

export function importDefinitionsFile(editor: EditorStore, text: string, name: string, t: Translate): StatusMessage {
  return definitionsImported(editor, text, name, t, false);
}
