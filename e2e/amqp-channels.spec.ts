import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AmqpPage } from './pages/amqp';

// Connections and channels: a channel error (404 on a deleted exchange) closes only that
// channel; closing a connection requeues what its channels held; the connections panel shows it
// all and works from the keyboard.

test.describe('connections and channels', () => {
  let app: AmqpPage;
  test.beforeEach(async ({ page }) => {
    app = new AmqpPage(page);
    await app.open();
    await app.newCanvas();
  });

  /** shop → tasks (through the default exchange) → the given consumers. */
  async function workQueue(...consumers: string[]): Promise<void> {
    await app.place('Producer', 80, 170, 'shop');
    await app.place('Queue', 330, 170, 'tasks');
    for (const [i, c] of consumers.entries()) await app.place('Consumer', 600, 90 + i * 170, c);
    await app.connect('shop', 'tasks');
    for (const c of consumers) await app.connect('tasks', c);
  }

  const decide = (consumer: string, id: number) => app.decide(consumer, id);

  test("publishing to an exchange deleted on the broker closes the producer's channel with 404", async () => {
    await app.place('Producer', 80, 170, 'shop');
    await app.place('direct exchange', 330, 170, 'orders');
    await app.place('Queue', 600, 170, 'tasks');
    await app.connect('shop', 'orders');
    await app.bind('orders', 'tasks', '');
    await app.publish('shop');
    await app.fastForward();
    await app.expectReady('tasks', 1);

    await app
      .node('orders')
      .getByRole('button', { name: 'Delete exchange orders on the broker' })
      .click();
    await expect(app.node('orders')).toContainText('not declared on the broker');
    await app.publish('shop');
    await app.fastForward();
    const text = "NOT_FOUND - no exchange 'orders' in vhost '/'";
    await expect(app.node('shop')).toContainText(`channel closed: 404 ${text}`);
    await expect(app.logRow(`closed: 404 ${text}`)).toHaveCount(1);
    await app.expectReady('tasks', 1);

    // The connection stays open: a channel error closes only that channel.
    await app.toolbar('Connections');
    const shop = app.connections
      .getByRole('listitem')
      .filter({ has: app.page.getByRole('heading', { name: 'Application app-producer' }) });
    await expect(shop).toContainText(/connection \d+ · open/);
    await expect(shop).toContainText(`closed by the broker: 404 ${text}`);
    await app.page.keyboard.press('Escape');
    await expect(app.connections).toHaveCount(0);

    // Declared again, the next publish opens a new channel and goes through.
    await app.toolbar('Declare again');
    await expect(app.node('orders')).not.toContainText('not declared');
    await app.publish('shop');
    await app.fastForward();
    await expect(app.node('shop')).not.toContainText('channel closed');
    await app.expectReady('tasks', 2);
  });

  test('closing a connection requeues its unacked messages; the consumer waits for Reconnect', async () => {
    await workQueue('clerk');
    await app.consumerDoes('clerk', 'manual: I decide with buttons');
    await app.fill('Prefetch (basic.qos)', '2');
    await app.publish('shop');
    await app.publish('shop');
    await app.fastForward();
    await app.expectReady('tasks', 0);
    await app.expectUnacked('tasks', 2);

    await app.toolbar('Connections');
    await app.connections
      .getByRole('button', { name: 'Close the connection of app-consumer' })
      .click();
    await app.expectReady('tasks', 2);
    await app.expectUnacked('tasks', 0);
    await expect(app.node('tasks').locator('.bl-chip.is-redelivered')).toHaveCount(2);
    await expect(app.node('clerk')).toContainText('channel closed by the application');
    await expect(app.connections).toContainText(
      /connection \d+ · closed by the application \(200 Goodbye\)/,
    );

    // Nothing reconnects by itself: the application asked to close.
    await app.fastForward();
    await app.expectReady('tasks', 2);

    await app.connections.getByRole('button', { name: /^Reconnect app-consumer/ }).click();
    await app.fastForward();
    await app.expectUnacked('tasks', 2);
    await expect(decide('clerk', 1)).toContainText('redelivered');
    await expect(decide('clerk', 2)).toContainText('redelivered');
  });

  test('the connections panel works from the keyboard', async ({ page }) => {
    await app.place('Producer', 120, 170, 'shop');
    await app.place('Queue', 460, 170, 'tasks');
    await app.connect('shop', 'tasks');
    await app.publish('shop');
    await app.fastForward();
    const toggle = page
      .getByRole('toolbar', { name: 'Canvas' })
      .getByRole('button', { name: /Connections/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(
      app.connections.getByRole('heading', { name: 'Connections and channels' }),
    ).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(app.connections.getByRole('button', { name: 'Close the panel' })).toBeFocused();
    await page.keyboard.press('Tab'); // the "What happens when a connection closes?" summary
    await page.keyboard.press('Tab');
    const close = app.connections.getByRole('button', {
      name: 'Close the connection of app-producer',
    });
    await expect(close).toBeFocused();
    await page.keyboard.press('Enter');
    // The button is gone (a producer reconnects by publishing): the focus stays on its application.
    await expect(close).toHaveCount(0);
    await expect(
      app.connections.getByRole('heading', { name: 'Application app-producer' }),
    ).toBeFocused();
    await expect(app.connections).toContainText('closed by the application (200 Goodbye)');
    await page.keyboard.press('Escape');
    await expect(app.connections).toHaveCount(0);
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});

test.describe('faults on the notes example', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`no serious or critical axe violations with fault states and the connections panel (${theme})`, async ({
      page,
    }) => {
      const app = new AmqpPage(page);
      await app.open();
      if (theme === 'dark')
        await page.getByRole('button', { name: /Switch to dark theme/ }).click();
      await app.fastForward();
      await app
        .node('notas')
        .getByRole('button', { name: 'Delete exchange notas on the broker' })
        .click();
      await app.fastForward();
      // Crashed last, so it is still down (dashed, dimmed) when axe looks.
      await app
        .node('filial-worker')
        .getByRole('button', { name: 'Crash consumer filial-worker' })
        .click();
      await expect(app.node('filial-worker')).toContainText('crashed, restarting…');
      await expect(app.node('notas-app')).toContainText(
        "channel closed: 404 NOT_FOUND - no exchange 'notas' in vhost '/'",
      );
      await app.toolbar('Connections');
      await expect(app.connections).toContainText('closed by the broker: 404');
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(serious.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
    });
  }
});
