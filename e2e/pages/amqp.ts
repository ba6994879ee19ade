import { expect, type Locator, type Page } from '@playwright/test';

type PaletteName = 'Producer' | 'direct exchange' | 'fanout exchange' | 'topic exchange' | 'headers exchange' | 'Queue' | 'Consumer';

/** The AMQP canvas as a student uses it: palette, handles, inspector, playback. */
export class AmqpPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.locator('.react-flow__pane')).toBeVisible();
  }

  async newCanvas(): Promise<void> {
    await this.page.getByRole('button', { name: 'New canvas' }).click();
    await expect(this.page.locator('.react-flow__node')).toHaveCount(0);
  }

  get pane(): Locator {
    return this.page.locator('.react-flow__pane');
  }

  node(title: string): Locator {
    return this.page
      .locator('.react-flow__node')
      .filter({ has: this.page.locator('.bl-node-title', { hasText: new RegExp(`^${escape(title)}$`) }) });
  }

  /** Drags an item from the palette to a point of the canvas, then names it in the inspector. */
  async place(item: PaletteName, x: number, y: number, name?: string): Promise<void> {
    await this.page.locator('.bl-palette').getByRole('button', { name: item, exact: true }).dragTo(this.pane, { targetPosition: { x, y } });
    if (name) await this.fill('Name', name);
  }

  /** Drags from one node's output handle to another node's input handle. */
  async connect(from: string, to: string): Promise<void> {
    const s = await this.node(from).locator('.react-flow__handle.source').boundingBox();
    const t = await this.node(to).locator('.react-flow__handle.target').boundingBox();
    if (!s || !t) throw new Error(`cannot see the handles of ${from} or ${to}`);
    await this.page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 10 });
    await this.page.mouse.up();
  }

  /** Connects an exchange to a queue and gives the new binding its key. */
  async bind(exchange: string, queue: string, key: string): Promise<void> {
    await this.connect(exchange, queue);
    await expect(this.inspector.getByRole('heading', { name: 'Binding' })).toBeVisible();
    if (key) await this.fill('Binding key', key);
  }

  async select(title: string): Promise<void> {
    await this.node(title).locator('.bl-node-title').click();
  }

  get inspector(): Locator {
    return this.page.locator('.bl-inspector');
  }

  /** Types into an inspector field and commits it with Enter, as the inspector expects. */
  async fill(label: string, value: string, scope: Locator = this.inspector): Promise<void> {
    const field = scope.getByLabel(label, { exact: true });
    await field.fill(value);
    await field.press('Enter');
    await expect(field).toHaveValue(value);
  }

  async choose(label: string, option: string, scope: Locator = this.inspector): Promise<void> {
    await scope.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  async publish(producer: string): Promise<void> {
    await this.node(producer).getByRole('button', { name: 'Publish' }).click();
  }

  /** Runs ten simulated seconds at once. */
  async fastForward(): Promise<void> {
    await this.page.getByRole('button', { name: /\+10 s/ }).click();
  }

  async expectReady(queue: string, n: number): Promise<void> {
    await expect(this.node(queue).locator('.bl-queue-counts')).toContainText(`${n} ready`);
  }

  // ---- faults, connections and channels ----

  async expectUnacked(queue: string, n: number): Promise<void> {
    await expect(this.node(queue).locator('.bl-queue-counts')).toContainText(`${n} unacked`);
  }

  /** Chooses what a consumer does with each message ("manual: I decide with buttons", "ack" ...). */
  async consumerDoes(consumer: string, choice: string): Promise<void> {
    await this.select(consumer);
    await this.choose('With each message', choice);
  }

  /** A button of the canvas toolbar: Restart broker, Declare again, Connections ... */
  async toolbar(name: string): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Canvas' }).getByRole('button', { name, exact: false }).click();
  }

  /** The connections panel (open it with toolbar('Connections')). */
  get connections(): Locator {
    return this.page.getByRole('region', { name: 'Connections and channels' });
  }

  /** The Ack / Nack / Reject buttons of a manual consumer for one message. */
  decide(consumer: string, messageId: number): Locator {
    return this.node(consumer).getByRole('group', { name: `Decide on message ${messageId}` });
  }

  /** Event log rows whose text matches (the log shows the newest rows). */
  logRow(text: string | RegExp): Locator {
    return this.page.getByRole('tree').getByRole('treeitem').filter({ hasText: text });
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
