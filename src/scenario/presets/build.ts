/**
 * Small helpers so each preset reads as its topology. Nodes sit on a grid, left to right by role
 * (producers, exchanges, queues, consumers), close enough that a preset fits a small canvas and
 * far enough apart that binding labels stay readable between the columns.
 */
import { defaultMessage } from '../defaults';
import type {
  BindingEdge,
  ConsumerNode,
  ExchangeNode,
  ExchangeType,
  HeaderEntry,
  MessageTemplate,
  Position,
  ProducerNode,
  QueueArgs,
  QueueNode,
  Scenario,
  ScenarioEdge,
  ScenarioNode,
  Schedule,
  XMatch,
} from '../types';
import { SCENARIO_VERSION } from '../types';

/** Row spacing in flow units: a row is one lane of the flow. */
export const ROW = 145;

/**
 * Column x positions (flow units), one column per role. Binding labels sit between exchanges and
 * queues, so that gap is the widest; publish and subscription edges have no label.
 */
export const WITH_EXCHANGE = [0, 250, 590, 840] as const;
/** No exchange node (the default exchange): producer, queue, consumer. */
export const DEFAULT_EXCHANGE = [0, 290, 560] as const;

/** A grid over the given columns: `at(col, row)`; fractional rows centre a node between lanes. */
export function grid(columns: readonly number[]): (col: number, row: number) => Position {
  return (col, row) => ({ x: columns[col], y: Math.round(row * ROW) });
}

/** A string header (the notes' `format=pdf`). */
export function header(key: string, value: string): HeaderEntry {
  return { key, value: { kind: 'string', value } };
}

interface ProducerOptions {
  app?: string;
  message?: Partial<Omit<MessageTemplate, 'properties'>> & {
    properties?: MessageTemplate['properties'];
  };
  schedule?: Partial<Schedule>;
  confirm?: boolean;
}

type ExchangeOptions = Partial<
  Pick<ExchangeNode, 'durable' | 'autoDelete' | 'internal' | 'alternateExchange'>
>;
type QueueOptions = Partial<Pick<QueueNode, 'durable' | 'exclusive' | 'autoDelete'>> & {
  args?: QueueArgs;
};
type ConsumerOptions = Partial<Omit<ConsumerNode, 'id' | 'kind' | 'position' | 'name'>>;

/** Builds one scenario; ids are handed out in order (n1, n2 ... e1, e2 ...), so a preset is stable. */
export class PresetBuilder {
  private readonly nodes: ScenarioNode[] = [];
  private readonly edges: ScenarioEdge[] = [];

  producer(name: string, position: Position, o: ProducerOptions = {}): string {
    const base = defaultMessage(o.message?.routingKey ?? '');
    const node: ProducerNode = {
      id: this.nodeId(),
      kind: 'producer',
      position,
      name,
      app: o.app ?? `app-${name}`,
      message: { ...base, ...o.message, properties: o.message?.properties ?? base.properties },
      // A steady message a second by default: something moves as soon as play is pressed.
      schedule: { enabled: true, ratePerSec: 1, burst: 1, keys: [], limit: 0, ...o.schedule },
      confirm: o.confirm ?? false,
    };
    this.nodes.push(node);
    return node.id;
  }

  exchange(name: string, type: ExchangeType, position: Position, o: ExchangeOptions = {}): string {
    const node: ExchangeNode = {
      id: this.nodeId(),
      kind: 'exchange',
      position,
      name,
      type,
      durable: true,
      autoDelete: false,
      internal: false,
      alternateExchange: '',
      ...o,
    };
    this.nodes.push(node);
    return node.id;
  }

  queue(name: string, position: Position, o: QueueOptions = {}): string {
    const node: QueueNode = {
      id: this.nodeId(),
      kind: 'queue',
      position,
      name,
      durable: o.durable ?? true,
      exclusive: o.exclusive ?? false,
      autoDelete: o.autoDelete ?? false,
      args: { ...o.args },
    };
    this.nodes.push(node);
    return node.id;
  }

  consumer(name: string, position: Position, o: ConsumerOptions = {}): string {
    const node: ConsumerNode = {
      id: this.nodeId(),
      kind: 'consumer',
      position,
      name,
      app: `app-${name}`,
      ackMode: 'manual',
      prefetch: 1,
      prefetchGlobal: false,
      processingMs: 1000,
      action: { kind: 'ack' },
      priority: 0,
      exclusive: false,
      ...o,
    };
    this.nodes.push(node);
    return node.id;
  }

  /** Producer to exchange, or producer to queue (through the default exchange). */
  publish(producer: string, target: string): this {
    this.edges.push({ id: this.edgeId(), kind: 'publish', source: producer, target });
    return this;
  }

  /** Exchange to queue or exchange; headers bindings take their match mode and arguments. */
  bind(
    exchange: string,
    destination: string,
    key: string,
    headers?: { xMatch: XMatch; args: HeaderEntry[] },
  ): this {
    const edge: BindingEdge = {
      id: this.edgeId(),
      kind: 'binding',
      source: exchange,
      target: destination,
      key,
      xMatch: headers?.xMatch ?? 'all',
      args: headers?.args ?? [],
    };
    this.edges.push(edge);
    return this;
  }

  subscribe(queue: string, consumer: string): this {
    this.edges.push({ id: this.edgeId(), kind: 'subscription', source: queue, target: consumer });
    return this;
  }

  /** The finished document; `title` is the preset id (language-neutral, like every name in it). */
  build(title: string): Scenario {
    return {
      version: SCENARIO_VERSION,
      mode: 'amqp',
      title,
      playback: { speed: 1 },
      nodes: [...this.nodes],
      edges: [...this.edges],
    };
  }

  private nodeId(): string {
    return `n${this.nodes.length + 1}`;
  }

  private edgeId(): string {
    return `e${this.edges.length + 1}`;
  }
}

// Message properties are written in the order restore() reads them (strings, then numbers), so an
// exported preset reads back byte for byte.

/** A JSON payload as text, the way the inspector shows it. */
export function json(value: Record<string, unknown>): string {
  return JSON.stringify(value);
}

/** A plain-text message (the RabbitMQ tutorials send strings such as "Hello World!"). */
export function textMessage(
  text: string,
  extra: Partial<MessageTemplate['properties']> = {},
): ProducerOptions['message'] {
  return {
    payloadKind: 'text',
    payload: text,
    properties: { contentType: 'text/plain', deliveryMode: 2, ...extra },
  };
}
