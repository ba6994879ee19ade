import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AmqpPage } from './pages/amqp';

test.describe('everyday editing', () => {
  test('undo and redo an edit, from the toolbar and the keyboard', async ({ page }) => {
    const app = new AmqpPage(page);
    await app.open();
    await app.newCanvas();
    await app.place('Queue', 200, 150, 'orders');
    await expect(app.node('orders')).toBeVisible();
    await page.getByRole('button', { name: /Undo/ }).click(); // the rename
    await expect(app.node('queue')).toBeVisible();
    await page.getByRole('button', { name: /Undo/ }).click(); // the new queue
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+Shift+Z');
    await expect(app.node('orders')).toBeVisible();
    // Undo of "New canvas" brings the example back.
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    await expect(app.node('notas')).toBeVisible();
  });

  test('a reload keeps the work', async ({ page }) => {
    const app = new AmqpPage(page);
    await app.open();
    await app.newCanvas();
    await app.place('Producer', 80, 150, 'sender');
    await app.place('fanout exchange', 330, 150, 'broadcast');
    await app.connect('sender', 'broadcast');
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);
    await page.reload();
    await expect(app.node('sender')).toBeVisible();
    await expect(app.node('broadcast')).toBeVisible();
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);
    // No "press play" hint on a return visit, and no warning banner.
    await expect(page.locator('.bl-play-hint')).toHaveCount(0);
    await expect(page.locator('.bl-banner')).toHaveCount(0);
  });

  test('a damaged saved draft is kept aside and the example opens, with a message', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('brokerlab.amqp.draft.v1', '{"version": 1, "nodes": "not a list"');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const app = new AmqpPage(page);
    await app.open();
    await expect(page.getByRole('alert')).toContainText('could not be opened');
    await expect(app.node('notas')).toBeVisible();
    const kept = await page.evaluate(() => localStorage.getItem('brokerlab.amqp.draft.v1.backup'));
    expect(kept).toContain('not a list');
  });

  test('the first visit opens the notes example with a press-play hint, and it plays', async ({ page }) => {
    const app = new AmqpPage(page);
    await app.open();
    await expect(page.locator('.bl-play-hint')).toContainText('Press play');
    await expect(app.node('notas')).toBeVisible();
    await page.getByRole('button', { name: /Play/ }).click();
    await expect(page.locator('.bl-play-hint')).toHaveCount(0);
    await expect(page.getByTestId('sim-time')).not.toHaveText('0:00.0');
    await page.getByRole('button', { name: /Pause/ }).click();
    const paused = await page.getByTestId('sim-time').textContent();
    await page.waitForTimeout(300); // paused: the simulated clock must not move while real time passes
    await expect(page.getByTestId('sim-time')).toHaveText(paused ?? '');
  });

  test('the interface speaks Brazilian Portuguese', async ({ page }) => {
    const app = new AmqpPage(page);
    await app.open();
    await page.getByLabel('Language').selectOption('pt-BR');
    await expect(page.getByRole('button', { name: 'Novo canvas' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Adicionar' })).toBeVisible();
    await expect(app.node('filial').locator('.bl-queue-counts')).toContainText('prontas');
    await page.getByRole('button', { name: /Play/ }).click();
    await page.getByRole('button', { name: /\+10 s/ }).click();
    await expect(page.locator('.bl-log, [class*="log"]').first()).toContainText(/Publicad|publica/);
  });
});

test.describe('accessibility', () => {
  for (const lang of ['en', 'pt-BR'] as const) {
    test(`no serious or critical axe violations on the canvas (${lang})`, async ({ page }) => {
      await page.goto('/');
      if (lang === 'pt-BR') await page.getByLabel('Language').selectOption('pt-BR');
      await page.getByRole('button', { name: /Play/ }).click();
      await page.getByRole('button', { name: /\+10 s/ }).click();
      await page.locator('.react-flow__node').first().click();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
    });
  }

  test('no serious or critical axe violations in the dark theme', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /Switch to dark theme/ }).click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  });
});
