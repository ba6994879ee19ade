import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AmqpPage } from './pages/amqp';

// Acknowledgements by hand, consumer crashes, broker restarts, channel errors and closed
// connections, as a student provokes them: topologies built through the UI, time moved with
// +10 s (never the wall clock), and assertions on what the canvas and the log show.

test.describe('faults and acknowledgements', () => {
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

  const decide = (consumer: string, id: number) =>
    app.node(consumer).getByRole('group', { name: `Decide on message ${id}` });

  test('manual acknowledgements: Ack removes, Nack requeues (redelivered), Reject without requeue discards', async () => {
    await workQueue('clerk');
    await app.consumerDoes('clerk', 'manual: I decide with buttons');
    await app.publish('shop');
    await app.publish('shop');
    await app.fastForward();
    // prefetch 1: one message at the clerk's desk, the other waits in the queue.
    await app.expectReady('tasks', 1);
    await app.expectUnacked('tasks', 1);

    await decide('clerk', 1).getByRole('button', { name: 'Ack', exact: true }).click();
    await app.fastForward();
    await expect(app.logRow('ack for delivery tag 1: removed from tasks')).toHaveCount(1);
    await app.expectReady('tasks', 0);
    await app.expectUnacked('tasks', 1);
    await expect(decide('clerk', 2)).not.toContainText('redelivered');

    await decide('clerk', 2).getByRole('button', { name: /^Nack/ }).click();
    await app.fastForward();
    await expect(app.logRow('nack with requeue for delivery tag 2: back to tasks')).toHaveCount(1);
    await expect(app.logRow('Back in tasks, at its original position')).toHaveCount(1);
    // The same message comes back to the desk, marked redelivered.
    await expect(decide('clerk', 2)).toContainText('redelivered');
    await expect(decide('clerk', 2).locator('.bl-chip.is-redelivered')).toHaveCount(1);

    await decide('clerk', 2).getByRole('button', { name: 'Reject', exact: true }).click();
    await app.fastForward();
    await expect(app.logRow('Discarded from tasks: it has no dead-letter exchange')).toHaveCount(1);
    await app.expectReady('tasks', 0);
    await app.expectUnacked('tasks', 0);
    await expect(app.node('clerk').getByRole('group', { name: /^Decide on message/ })).toHaveCount(
      0,
    );
  });

  test('Reject without requeue dead-letters the message when the queue has a dead-letter exchange', async () => {
    await workQueue('clerk');
    await app.place('fanout exchange', 330, 330, 'dlx');
    await app.place('Queue', 600, 330, 'dead');
    await app.bind('dlx', 'dead', '');
    await app.select('tasks');
    await app.choose('x-dead-letter-exchange', 'dlx');
    await app.consumerDoes('clerk', 'manual: I decide with buttons');
    await app.publish('shop');
    await app.fastForward();
    await decide('clerk', 1).getByRole('button', { name: 'Reject', exact: true }).click();
    await app.fastForward();
    await app.expectReady('dead', 1);
    await app.expectUnacked('tasks', 0);
    await expect(app.logRow('Dead-lettered from tasks (rejected) to exchange dlx')).toHaveCount(1);
  });

  test('a crashed consumer: its unacked message is redelivered to another consumer', async () => {
    await workQueue('a');
    await app.consumerDoes('a', 'manual: I decide with buttons');
    await app.publish('shop');
    await app.fastForward();
    await app.expectUnacked('tasks', 1);
    await expect(decide('a', 1)).toBeVisible();

    // A second consumer joins; it gets nothing while a holds the only message.
    await app.place('Consumer', 600, 300, 'b');
    await app.connect('tasks', 'b');
    await app.consumerDoes('b', 'manual: I decide with buttons');
    await app.fastForward();
    await expect(decide('b', 1)).toHaveCount(0);

    const crash = app.node('a').getByRole('button', { name: 'Crash consumer a' });
    await crash.click();
    await expect(app.node('a')).toContainText('crashed, restarting…');
    await expect(crash).toHaveAttribute('aria-disabled', 'true');
    await expect(app.logRow('a crashed')).toHaveCount(1);
    await app.fastForward();
    await expect(decide('b', 1)).toContainText('redelivered');
    await expect(app.logRow('b received message #1')).toHaveCount(1);
    // a came back after its restart, with nothing to do.
    await expect(app.node('a')).not.toContainText('crashed');
    await app.expectUnacked('tasks', 1);
  });

  test('broker restart: a transient queue vanishes; a durable queue keeps its persistent messages only', async () => {
    await app.place('Producer', 80, 100, 'keeper');
    await app.place('Producer', 80, 300, 'temper');
    await app.place('Queue', 420, 100, 'keep');
    await app.place('Queue', 420, 300, 'temp');
    await app.inspector.getByLabel('Durable', { exact: true }).uncheck();
    await app.connect('keeper', 'keep');
    await app.connect('temper', 'temp');
    await app.publish('keeper'); // persistent (delivery_mode 2), the default
    await app.select('keeper');
    await app.choose('Delivery mode (delivery_mode)', 'transient (1)');
    await app.publish('keeper');
    await app.publish('temper');
    await app.fastForward();
    await app.expectReady('keep', 2);
    await app.expectReady('temp', 1);

    await app.toolbar('Restart broker');
    await app.expectReady('keep', 1);
    await expect(app.node('temp')).toContainText('not declared on the broker');
    await expect(app.logRow('Lost in the broker restart: not persistent')).toHaveCount(1);

    await app.toolbar('Declare again');
    await app.expectReady('temp', 0);
    await app.expectReady('keep', 1);
  });

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

  test('deleting a queue discards its messages, and the log says so', async () => {
    await app.place('Producer', 80, 170, 'shop');
    await app.place('Queue', 400, 170, 'tasks');
    await app.connect('shop', 'tasks');
    await app.publish('shop');
    await app.publish('shop');
    await app.fastForward();
    await app.expectReady('tasks', 2);

    await app
      .node('tasks')
      .getByRole('button', { name: 'Delete queue tasks on the broker' })
      .click();
    // Messages would be lost: it asks first, and Cancel keeps everything.
    const confirm = app
      .node('tasks')
      .getByRole('group', { name: 'Delete queue tasks on the broker' });
    await expect(confirm).toContainText('Delete it with its 2 message(s)? They are lost.');
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await app.page.keyboard.press('Escape');
    await app.expectReady('tasks', 2);
    // The confirmation is gone and the keyboard user is back on the queue node.
    await expect(confirm).toHaveCount(0);
    await expect(app.node('tasks')).toBeFocused();

    await app
      .node('tasks')
      .getByRole('button', { name: 'Delete queue tasks on the broker' })
      .click();
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(app.node('tasks')).toContainText('not declared on the broker');
    await expect(app.logRow('Lost: queue tasks was deleted while holding it')).toHaveCount(2);

    await app.toolbar('Declare again');
    await app.expectReady('tasks', 0);
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
