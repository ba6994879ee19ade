import { expect, type Locator, type Page } from '@playwright/test';

export const PRESETS = {
  'problem-slowness': 'Problem: slowness (B takes its time)',
  'problem-communication-failure': 'Problem: communication failure (B is down)',
  'problem-overload': 'Problem: overload (ten times the orders)',
  'reason-asynchrony': 'Reason: asynchronous communication',
  'reason-decoupling': 'Reason: decoupling',
  'reason-scalability': 'Reason: scalability (add consumers)',
  'reason-resilience': 'Reason: resilience (reprocess on failure)',
  'reason-background-processing': 'Reason: background processing',
} as const;

export const EXERCISES = {
  'b-down-no-loss': 'B goes down: lose nothing',
  'fast-and-non-blocking': 'Fast, and A never waits',
  'scale-to-drain': 'Scale out to drain a burst',
  'file-no-half-written-loss': 'File transfer without half-written files',
  'crash-no-loss': 'Consumers crash: lose nothing',
} as const;

/** The "Why a broker?" lab as a student uses it. Time moves only through its own buttons. */
export class WhyPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('button', { name: 'Why a broker?' }).click();
    await expect(this.page.getByTestId('why-time')).toHaveText('0:00.0');
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  fig(style: string, name: string): Locator {
    return this.page.getByTestId(`why-fig-${style}-${name}`);
  }

  /** A figure as a number (digits only: "1,234" and "1.234" both read 1234). */
  async value(style: string, name: string): Promise<number> {
    const text = (await this.fig(style, name).textContent()) ?? '';
    return Number(text.replace(/[^\d]/g, ''));
  }

  get time(): Locator {
    return this.page.getByTestId('why-time');
  }

  get feed(): Locator {
    return this.page.getByTestId('why-feed');
  }

  /** Jumps simulated time ahead in 10 s steps. */
  async fastForward(times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      const before = await this.time.textContent();
      await this.page.getByRole('button', { name: /\+10 s/ }).click();
      await expect(this.time).not.toHaveText(before ?? '');
    }
  }

  async openPreset(id: keyof typeof PRESETS): Promise<void> {
    await this.page.getByRole('button', { name: /Presets/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Ready-made scenes' });
    await dialog.locator(`[data-preset="${id}"]`).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByTestId('why-story-title')).toHaveText(PRESETS[id]);
  }

  async openExercise(id: keyof typeof EXERCISES): Promise<void> {
    await this.tab('Exercises').click();
    await this.page.locator(`[data-exercise="${id}"]`).click();
    await expect(this.page.getByTestId('why-ex-title')).toHaveText(EXERCISES[id]);
  }
}
