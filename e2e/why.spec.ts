import { expect, test } from '@playwright/test';
import { EXERCISES, PRESETS, WhyPage } from './pages/why';

test.describe('Why a broker? lab', () => {
  test('B goes down: REST fails while the broker queues, then drains with nothing lost', async ({
    page,
  }) => {
    const why = new WhyPage(page);
    await why.open();
    for (const name of ['REST call', 'Shared database', 'File transfer', 'Message broker'])
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'B down for 30 s' }).click();
    await expect(page.getByTestId('why-b-state')).toHaveText('B is down: back in 30 s');
    await why.fastForward();
    await expect(why.time).toHaveText('0:10.0');
    const early = await why.value('broker', 'backlog');
    expect(early).toBeGreaterThan(10);

    await why.fastForward(2);
    await expect(page.getByTestId('why-b-state')).toHaveText('B is up');
    expect(await why.value('rest', 'failed')).toBeGreaterThan(10);
    expect(await why.value('broker', 'backlog')).toBeGreaterThan(early);
    await expect(why.fig('broker', 'lost')).toHaveText('0');
    await expect(why.fig('broker', 'failed')).toHaveText('0');
    await expect(why.fig('rest', 'backlog')).toHaveText(/^\d+$/);
    await expect(why.feed).toContainText('Timeout: A waited 2 s for order');
    await expect(why.feed).toContainText('A gives up on order');
    await expect(why.feed).toContainText('Backlog growing');

    await why.fastForward(3);
    await expect(why.fig('broker', 'backlog')).toHaveText('0');
    await expect(why.fig('broker', 'lost')).toHaveText('0');
    await expect(why.fig('broker', 'failed')).toHaveText('0');
    expect(await why.value('broker', 'completed')).toBeGreaterThan(100);
    expect(await why.value('rest', 'failed')).toBeGreaterThan(10);
    await expect(why.feed).toContainText('Backlog drained');
    // Three charts, drawn on canvases, with one legend naming the styles.
    await expect(page.locator('.why-chart canvas')).toHaveCount(3);
    await expect(page.locator('.why-legend')).toContainText('Message broker');
  });

  test('play, pause and step drive simulated time; Space plays and pauses', async ({ page }) => {
    const why = new WhyPage(page);
    await why.open();
    await page.getByRole('button', { name: 'Step' }).click();
    await expect(why.time).not.toHaveText('0:00.0');
    const stepped = await why.time.textContent();
    await page.getByRole('button', { name: /Play/ }).click();
    await expect(why.time).not.toHaveText(stepped ?? '');
    await page.getByRole('button', { name: /Pause/ }).click();
    const paused = await why.time.textContent();
    await why.fastForward();
    await expect(why.time).not.toHaveText(paused ?? '');

    await page.getByRole('heading', { name: 'What is happening' }).click();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: /Pause/ })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
  });

  test('switches language: the lab, its figures and its feed in Portuguese', async ({ page }) => {
    const why = new WhyPage(page);
    await why.open();
    await page.getByLabel('Language').selectOption('pt-BR');
    await expect(page.getByRole('tab', { name: 'Laboratório' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Broker de mensageria' })).toBeVisible();
    await page.getByRole('button', { name: 'B fora por 30 s' }).click();
    await page.getByRole('button', { name: /\+10 s/ }).click();
    await expect(why.feed).toContainText('Timeout: A esperou 2 s pelo pedido');
    await expect(page.locator('.why-legend')).toContainText('Chamada REST');
    await page.getByRole('tab', { name: 'Brokers comparados' }).click();
    await expect(page.getByTestId('why-comparison')).toContainText(
      'Fila de mensagens mortas (DLQ)',
    );
    await page.getByLabel('Idioma').selectOption('en');
    await expect(page.getByTestId('why-comparison')).toContainText('Dead-letter queue');
  });

  for (const id of Object.keys(PRESETS) as (keyof typeof PRESETS)[]) {
    test(`preset ${id} opens and runs`, async ({ page }) => {
      const why = new WhyPage(page);
      await why.open();
      await why.openPreset(id);
      await expect(page.locator('.why-story')).toContainText('Try:');
      await why.fastForward();
      await expect(why.time).toHaveText('0:10.0');
      await expect(page.locator('.why-card').first()).toBeVisible();
    });
  }

  for (const id of Object.keys(EXERCISES) as (keyof typeof EXERCISES)[]) {
    test(`exercise ${id} opens and is checked`, async ({ page }) => {
      const why = new WhyPage(page);
      await why.open();
      await why.openExercise(id);
      await page.getByRole('button', { name: /Check/ }).click();
      await expect(page.getByTestId('why-ex-result')).toContainText(/Solved!|Not yet/);
    });
  }

  test('an exercise solved stays solved after a reload', async ({ page }) => {
    const why = new WhyPage(page);
    await why.open();
    await why.openExercise('crash-no-loss');
    await page.getByRole('button', { name: /Check/ }).click();
    await expect(page.getByTestId('why-ex-result')).toContainText(
      '5 order(s) were lost without anyone noticing.',
    );
    await expect(page.getByTestId('why-ex-result')).toContainText('Hint: With auto-ack');
    await page.getByLabel('Acknowledgement').selectOption('manual');
    await page.getByRole('button', { name: /Check/ }).click();
    await expect(page.getByTestId('why-ex-result')).toContainText('Solved!');
    await page.reload();
    await page.getByRole('button', { name: 'Why a broker?' }).click();
    await why.tab('Exercises').click();
    await expect(page.getByText('1 of 5 solved')).toBeVisible();
  });

  test('brokers compared: a closest model runs step by step', async ({ page }) => {
    const why = new WhyPage(page);
    await why.open();
    await why.tab('Brokers compared').click();
    const table = page.getByTestId('why-comparison');
    await expect(table.locator('thead th[data-broker]')).toHaveCount(8);
    await expect(table.locator('tbody tr')).toHaveCount(10);
    await table.locator('button[data-model="redis-pubsub"]').click();
    const scene = page.getByTestId('why-scene');
    await expect(scene.getByTestId('why-scene-label')).toHaveText(
      'Closest model (not a full simulation)',
    );
    await expect(scene.locator('li')).toHaveCount(1);
    for (let i = 0; i < 3; i++) await scene.getByRole('button', { name: /Next step/ }).click();
    await expect(scene.locator('li')).toHaveCount(4);
    await expect(scene).toContainText('nobody is listening, so the message is gone for good');
  });
});
