import { expect, test } from '@playwright/test';
import { AmqpPage } from './pages/amqp';

// Acknowledgements by hand, consumer crashes, broker restarts and deleted queues, as a student
// provokes them: topologies built through the UI, time moved with +10 s (never the wall clock),
// and assertions on what the canvas and the log show.

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

  const decide = (consumer: string, id: number) => app.decide(consumer, id);

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
});
