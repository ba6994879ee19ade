import type { ConsumerAction } from '../../scenario/types';

/** A ConsumerAction as one flat choice for a select. */
export const ACTION_CHOICES = [
  'ack',
  'nack-requeue',
  'nack-drop',
  'reject-requeue',
  'reject-drop',
  'crash-receive',
  'crash-process',
  'manual',
] as const;
export type ActionChoice = (typeof ACTION_CHOICES)[number];

export function actionToChoice(action: ConsumerAction): ActionChoice {
  switch (action.kind) {
    case 'ack':
    case 'manual':
      return action.kind;
    case 'nack':
    case 'reject':
      return `${action.kind}-${action.requeue ? 'requeue' : 'drop'}`;
    case 'crash':
      return `crash-${action.after}`;
  }
}

export function choiceToAction(choice: ActionChoice): ConsumerAction {
  switch (choice) {
    case 'ack':
    case 'manual':
      return { kind: choice };
    case 'nack-requeue':
    case 'nack-drop':
      return { kind: 'nack', requeue: choice === 'nack-requeue' };
    case 'reject-requeue':
    case 'reject-drop':
      return { kind: 'reject', requeue: choice === 'reject-requeue' };
    case 'crash-receive':
      return { kind: 'crash', after: 'receive' };
    case 'crash-process':
      return { kind: 'crash', after: 'process' };
  }
}
