import { expect, test } from '@playwright/test';
import { PresetsPage } from './pages/presets';

test.describe('preset gallery and presenter mode', () => {
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('/');
    await expect(page.locator('.react-flow__pane')).toBeVisible();
  });
  // Whatever a test did, the page must not have thrown.
  test.afterEach(() => expect(errors).toEqual([]));

  test('search, open a preset, and undo brings the canvas back', async ({ page }) => {
    const g = new PresetsPage(page);
    await expect(g.node('notas-app')).toBeVisible();
    await g.openGallery('Presets');
    await expect(g.titles()).toHaveCount(27);

    await g.search.fill('dead letter');
    await expect(
      g.titles().filter({ hasText: 'Dead-lettering with a TTL retry loop' }),
    ).toBeVisible();
    await expect(g.titles().filter({ hasText: 'Fanout exchange' })).toHaveCount(0);

    await g.sheet
      .getByRole('button', { name: 'Open preset: Dead-lettering with a TTL retry loop' })
      .click();
    await expect(g.sheet).toHaveCount(0);
    for (const name of ['loja', 'trabalho', 'espera', 'worker'])
      await expect(g.node(name)).toBeVisible();
    await expect(g.node('notas-app')).toHaveCount(0);
    const note = page.getByRole('status').filter({ hasText: 'Undo brings your canvas back' });
    await expect(note).toBeVisible();

    await note.getByRole('button', { name: 'Undo' }).click();
    await expect(g.node('notas-app')).toBeVisible();
    await expect(g.node('trabalho')).toHaveCount(0);
  });

  test('searches and opens in Portuguese, from the keyboard', async ({ page }) => {
    const g = new PresetsPage(page);
    await page.getByLabel('Language').selectOption('pt-BR');
    await g.openGallery('Cenários prontos');
    await page.keyboard.type('cabecalho pdf');
    await expect(g.titles()).toHaveText(['Exchange headers']);
    await page.keyboard.press('ArrowDown');
    await expect(
      g.sheet.getByRole('button', { name: 'Abrir cenário: Exchange headers' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    for (const name of ['documentos', 'relatorios', 'pdfs', 'logs'])
      await expect(g.node(name)).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Desfazer traz o seu canvas de volta' }),
    ).toBeVisible();
  });

  test('presenter mode: large explanation, keyboard stepping, Esc leaves', async ({ page }) => {
    const g = new PresetsPage(page);
    await g.openGallery('Presets');
    await g.setAutoplay('Start playing when opened', false);
    await g.search.fill('notes topic');
    await g.search.press('Enter');
    await expect(g.node('filial')).toBeVisible();
    await expect(g.simTime).toHaveText('0:00.0');

    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.locator('main')).toHaveClass(/is-presenter/);
    await expect(g.presenterBand).toContainText('Press Space to play or → to take one step.');
    await expect(page.locator('.bl-palette')).toBeHidden();
    await expect(page.locator('.bl-inspector')).toBeHidden();

    // One step at a time, until the first message has reached the exchange and been routed.
    await g.stepUntil('0:00.6');
    await expect(g.presenterBand.locator('.bl-presenter-summary')).toHaveText(
      'notas.compras.filial routed to filial, compras',
    );
    await expect(g.presenterBand).toContainText('notas = notas');
    const size = await g.presenterBand
      .locator('.bl-presenter-summary')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);

    await page.keyboard.press('+');
    await expect(g.presenterBand).toContainText('speed 2×');
    await page.keyboard.press('Space');
    await expect(g.presenterBand).toContainText('▶ playing');
    await page.keyboard.press('Space');
    await expect(g.presenterBand).toContainText('❚❚ paused');

    await page.keyboard.press('Escape');
    await expect(g.presenterBand).toHaveCount(0);
    await expect(page.locator('main')).not.toHaveClass(/is-presenter/);
    await expect(page.locator('.bl-palette')).toBeVisible();
  });

  test('the first Space after pressing Present plays (the button does not keep the focus)', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.locator('main')).toHaveClass(/is-presenter/);
    const band = page.getByTestId('presenter');
    await expect(band).toContainText('Press Space to play');
    await page.keyboard.press('Space');
    await expect(page.locator('main')).toHaveClass(/is-presenter/);
    await expect(band).toContainText('▶ playing');
  });
});
