import { expect, type Locator, type Page } from '@playwright/test';

/** The preset gallery and presenter mode, in either language (labels passed in). */
export class PresetsPage {
  constructor(readonly page: Page) {}

  get sheet(): Locator {
    return this.page.locator('.bl-sheet');
  }

  get search(): Locator {
    return this.sheet.getByRole('searchbox');
  }

  get presenterBand(): Locator {
    return this.page.getByTestId('presenter');
  }

  get simTime(): Locator {
    return this.page.getByTestId('sim-time');
  }

  /** Preset titles currently listed. */
  titles(): Locator {
    return this.sheet.getByRole('heading', { level: 4 });
  }

  node(title: string): Locator {
    return this.page
      .locator('.react-flow__node')
      .filter({
        has: this.page.locator('.bl-node-title', { hasText: new RegExp(`^${escape(title)}$`) }),
      });
  }

  async openGallery(buttonName: string): Promise<void> {
    await this.page.getByRole('button', { name: buttonName, exact: true }).click();
    await expect(this.search).toBeFocused();
  }

  /** Sets the autoplay choice so a test knows whether time moves on its own. */
  async setAutoplay(label: string, on: boolean): Promise<void> {
    await this.sheet.getByRole('checkbox', { name: label }).setChecked(on);
  }

  /** Presses → until the simulated clock reaches `text` or later (m:ss.t, compared as text). */
  async stepUntil(time: string): Promise<void> {
    for (let i = 0; i < 50; i++) {
      if (((await this.simTime.textContent()) ?? '') >= time) return;
      await this.page.keyboard.press('ArrowRight');
    }
    throw new Error(`the clock did not reach ${time}`);
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
