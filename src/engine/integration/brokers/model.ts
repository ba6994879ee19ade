// Small "closest model" simulations of brokers the lab does not simulate in full. Each takes
// the simulated time as an argument (nothing reads a clock) and reports codes with parameters.

export type BrokerModelId =
  | 'sqs'
  | 'pubsub'
  | 'servicebus'
  | 'redis-pubsub'
  | 'redis-streams'
  | 'jms-queue'
  | 'jms-topic-durable';

export type ModelParams = Readonly<Record<string, number | string | boolean>>;

export interface ModelEvent {
  readonly at: number;
  readonly model: BrokerModelId;
  readonly code: string;
  readonly params: ModelParams;
}

/** The event buffer every model shares. */
export class ModelLog {
  private events: ModelEvent[] = [];

  constructor(private readonly model: BrokerModelId) {}

  emit(at: number, code: string, params: ModelParams = {}): void {
    this.events.push({ at, model: this.model, code, params });
  }

  take(): ModelEvent[] {
    const out = this.events;
    this.events = [];
    return out;
  }
}
