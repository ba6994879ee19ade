import { expect, test } from '@playwright/test';
import { AmqpPage } from './pages/amqp';

// Each test builds its topology through the UI (palette, handles, inspector), publishes with the
// producer's button, lets simulated time run, and reads where the messages are on the canvas.

test.describe('building one topology per exchange type', () => {
  let app: AmqpPage;
  test.beforeEach(async ({ page }) => {
    app = new AmqpPage(page);
    await app.open();
    await app.newCanvas();
  });

  test('direct: the message reaches only the queue bound with its exact key', async () => {
    await app.place('Producer', 80, 170, 'app');
    await app.place('direct exchange', 320, 170, 'logs');
    await app.place('Queue', 580, 70, 'errors');
    await app.place('Queue', 580, 260, 'infos');
    await app.connect('app', 'logs');
    await app.bind('logs', 'errors', 'error');
    await app.bind('logs', 'infos', 'info');
    await app.select('app');
    await app.fill('Routing key', 'error');
    await app.publish('app');
    await app.publish('app');
    await app.fastForward();
    await app.expectReady('errors', 2);
    await app.expectReady('infos', 0);
  });

  test('fanout: every bound queue gets a copy, whatever the key', async () => {
    await app.place('Producer', 80, 170, 'app');
    await app.place('fanout exchange', 320, 170, 'news');
    await app.place('Queue', 580, 70, 'a');
    await app.place('Queue', 580, 260, 'b');
    await app.connect('app', 'news');
    await app.bind('news', 'a', '');
    await app.bind('news', 'b', 'ignored');
    await app.publish('app');
    await app.fastForward();
    await app.expectReady('a', 1);
    await app.expectReady('b', 1);
  });

  test('topic: the notes keys land where their patterns match', async () => {
    await app.place('Producer', 80, 170, 'notas-app');
    await app.place('topic exchange', 320, 170, 'notas');
    await app.place('Queue', 580, 70, 'filial');
    await app.place('Queue', 580, 260, 'compras');
    await app.connect('notas-app', 'notas');
    await app.bind('notas', 'filial', 'notas.*.filial');
    await app.bind('notas', 'compras', 'notas.compras.*');
    await app.select('notas-app');
    for (const key of ['notas.compras.filial', 'notas.compras.matriz', 'notas.vendas.filial']) {
      await app.fill('Routing key', key);
      await app.publish('notas-app');
    }
    await app.fastForward();
    await app.expectReady('filial', 2); // compras.filial and vendas.filial
    await app.expectReady('compras', 2); // compras.filial and compras.matriz
  });

  test('headers: x-match all and any decide by the message headers', async ({ page }) => {
    await app.place('Producer', 80, 170, 'reports');
    await app.place('headers exchange', 320, 170, 'docs');
    await app.place('Queue', 580, 70, 'pdf-reports');
    await app.place('Queue', 580, 260, 'logs');
    await app.connect('reports', 'docs');

    await app.connect('docs', 'pdf-reports');
    await app.inspector.getByRole('button', { name: /Add argument/ }).click();
    await app.inspector.getByRole('button', { name: /Add argument/ }).click();
    await app.fill('Key', 'format', app.inspector.getByRole('group', { name: 'Argument 1' }));
    await app.fill('Value', 'pdf', app.inspector.getByRole('group', { name: 'Argument 1' }));
    await app.fill('Key', 'type', app.inspector.getByRole('group', { name: 'Argument 2' }));
    await app.fill('Value', 'report', app.inspector.getByRole('group', { name: 'Argument 2' }));

    await app.connect('docs', 'logs');
    await app.choose('x-match', 'any');
    await app.inspector.getByRole('button', { name: /Add argument/ }).click();
    await app.fill('Key', 'type', app.inspector.getByRole('group', { name: 'Argument 1' }));
    await app.fill('Value', 'log', app.inspector.getByRole('group', { name: 'Argument 1' }));

    await app.select('reports');
    await app.inspector.getByRole('button', { name: /Add header/ }).click();
    await app.inspector.getByRole('button', { name: /Add header/ }).click();
    await app.fill('Key', 'format', app.inspector.getByRole('group', { name: 'Header 1' }));
    await app.fill('Value', 'pdf', app.inspector.getByRole('group', { name: 'Header 1' }));
    await app.fill('Key', 'type', app.inspector.getByRole('group', { name: 'Header 2' }));
    await app.fill('Value', 'log', app.inspector.getByRole('group', { name: 'Header 2' }));
    await app.publish('reports'); // format=pdf, type=log: only the any-binding matches
    await app.fill('Value', 'report', app.inspector.getByRole('group', { name: 'Header 2' }));
    await app.publish('reports'); // format=pdf, type=report: only the all-binding matches
    await app.fastForward();
    await app.expectReady('pdf-reports', 1);
    await app.expectReady('logs', 1);
    await expect(page.locator('.bl-refusal')).toBeEmpty();
  });

  test('default exchange: a producer wired to a queue publishes by the queue name', async () => {
    await app.place('Producer', 120, 170, 'sender');
    await app.place('Queue', 460, 170, 'hello');
    await app.connect('sender', 'hello');
    await app.publish('sender');
    await app.fastForward();
    await app.expectReady('hello', 1);
  });

  test('a connection that makes no sense is refused with a reason', async ({ page }) => {
    await app.place('Producer', 120, 170, 'p');
    await app.place('Consumer', 460, 170, 'c');
    await app.connect('p', 'c');
    await expect(page.locator('.bl-refusal')).toContainText('never talks to a consumer directly');
    await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  });
});
