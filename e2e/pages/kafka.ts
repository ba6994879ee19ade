import { expect, type Locator, type Page } from '@playwright/test';

type KafkaPaletteName = 'Producer' | 'Topic' | 'Consumer group' | 'Kafka cluster' | 'Connect cluster' | 'Source connector' | 'Sink connector' | 'File';

/** The Kafka mode as a student uses it: palette, handles, inspector, playback, panels. */
export class KafkaPage {
  constructor(readonly page: Page) {}

  /** Opens the app on a clean browser (no saved work) with the test hook, in the Kafka mode. */
  async open(lang: 'en' | 'pt-BR' = 'en'): Promise<void> {
    await this.page.goto('/?testhook');
    await this.page.evaluate((l) => {
      localStorage.clear();
      localStorage.setItem('brokerlab.prefs.v1', JSON.stringify({ lang: l, theme: 'light' }));
    }, lang);
    await this.page.reload();
    await this.page.getByRole('button', { name: 'Kafka', exact: true }).click();
    await expect(this.workspace).toBeVisible();
    await expect(this.page.locator('.kf-canvas .react-flow__pane')).toBeVisible();
  }

  get workspace(): Locator {
    return this.page.getByTestId('kafka-workspace');
  }

  get pane(): Locator {
    return this.page.locator('.kf-canvas .react-flow__pane');
  }

  get inspector(): Locator {
    return this.page.locator('.kf-workspace .bl-inspector');
  }

  node(title: string): Locator {
    return this.page.locator('.kf-canvas .react-flow__node').filter({ has: this.page.locator('.bl-node-title', { hasText: new RegExp(`^${escape(title)}$`) }) });
  }

  async newCanvas(): Promise<void> {
    await this.workspace.getByRole('button', { name: /^(New canvas|Novo canvas)$/ }).click();
    await expect(this.page.locator('.kf-canvas .react-flow__node')).toHaveCount(0);
  }

  /** Drags a palette item to a point of the canvas; the new node is selected in the inspector. */
  async place(item: KafkaPaletteName, x: number, y: number): Promise<void> {
    await this.page.locator('.kf-workspace .bl-palette').getByRole('button', { name: item, exact: true }).dragTo(this.pane, { targetPosition: { x, y } });
  }

  /** Drags from one node's output handle (right of its header) to another's input handle. */
  async connect(from: string, to: string): Promise<void> {
    const s = await this.node(from).locator('.react-flow__handle[data-handleid="out"]').boundingBox();
    const t = await this.node(to).locator('.react-flow__handle[data-handleid="in"]').boundingBox();
    if (!s || !t) throw new Error(`cannot see the handles of ${from} or ${to}`);
    await this.page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 10 });
    await this.page.mouse.up();
  }

  async select(title: string): Promise<void> {
    await this.node(title).locator('.bl-node-title').click();
  }

  /** Types into an inspector field and commits it with Enter. */
  async fill(label: string, value: string): Promise<void> {
    const field = this.inspector.getByLabel(label, { exact: true });
    await field.fill(value);
    await field.press('Enter');
    await expect(field).toHaveValue(value);
  }

  /** Runs ten simulated seconds at once (the playback bar's +10 s). */
  async fastForward(times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.getByRole('button', { name: /\+10 s/ }).click();
  }

  /** The partitions a consumer of a group node shows as its own ("P0", "P1"...), or "idle". */
  async owned(group: string, consumer: string): Promise<string[]> {
    return this.node(group).locator(`.kf-member[data-consumer="${consumer}"] .kf-badge`).allInnerTexts();
  }

  /** The file as the canvas shows it (its last lines). */
  file(path: string): Locator {
    return this.page.getByTestId(`file-${path}`);
  }

  /** How many complete lines the canvas says the file has. */
  async fileLineCount(path: string): Promise<number> {
    return Number(await this.file(path).getAttribute('data-lines'));
  }

  async openPanel(name: RegExp): Promise<void> {
    await this.workspace.getByRole('button', { name }).click();
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
