import { expect, test } from '@playwright/test';
import { KafkaPage } from './pages/kafka';

// The Kafka mode through the UI: palette, handles, inspector, the group node's buttons, presets.
// Simulated time moves only with the playback bar's "+10 s": nothing here waits on the wall clock.

test.describe('Kafka mode', () => {
  let app: KafkaPage;
  test.beforeEach(({ page }) => {
    app = new KafkaPage(page);
  });

  test('build a topic with partitions and a consumer group, add a consumer and watch the rebalance', async ({ page }) => {
    await app.open();
    await app.newCanvas();
    await app.place('Producer', 90, 160);
    await app.place('Topic', 330, 140);
    await expect(app.inspector.getByRole('heading', { name: 'Topic' })).toBeVisible();
    await app.fill('Partitions', '4');
    await app.place('Consumer group', 720, 160);
    await app.connect('producer', 'orders');
    await app.connect('orders', 'group-a');
    await expect(app.node('orders').locator('.kf-partition')).toHaveCount(4);

    await app.fastForward();
    // One consumer owns all four partitions, and records are in the logs with their offsets.
    await expect.poll(() => app.owned('group-a', 'consumer-1')).toEqual(['P0', 'P1', 'P2', 'P3']);
    await expect(page.locator('.kf-edge.is-owned')).toHaveCount(4);
    expect(await app.node('orders').locator('.kf-chip').count()).toBeGreaterThan(3);

    // A second consumer joins: the group rebalances and the partitions are split (Range: 0-1 and 2-3).
    await app.node('group-a').getByRole('button', { name: '+ consumer' }).click();
    // Let simulated time run (the join is handled on the simulation's clock, not the wall clock).
    await app.fastForward();
    await expect.poll(() => app.owned('group-a', 'consumer-1')).toEqual(['P0', 'P1']);
    await expect.poll(() => app.owned('group-a', 'consumer-2')).toEqual(['P2', 'P3']);
    await expect(page.locator('.kf-edge.is-owned')).toHaveCount(4);
    await expect(page.locator('.bl-log-row').filter({ hasText: 'rebalanced (generation' }).last()).toBeVisible();

    // The second consumer crashes: its partitions wait for session.timeout.ms, then move.
    await app.node('group-a').getByRole('button', { name: /^Crash consumer-2/ }).click();
    await expect(app.node('group-a').locator('.kf-member[data-consumer="consumer-2"]')).toContainText('crashed');
    await app.fastForward();
    await expect.poll(() => app.owned('group-a', 'consumer-1')).toEqual(['P0', 'P1', 'P2', 'P3']);

    // Switching to the AMQP mode and back keeps the Kafka scenario and where it was.
    await page.getByRole('button', { name: 'RabbitMQ (AMQP)', exact: true }).click();
    await page.getByRole('button', { name: 'Kafka', exact: true }).click();
    await expect.poll(() => app.owned('group-a', 'consumer-1')).toEqual(['P0', 'P1', 'P2', 'P3']);
    await expect(app.node('group-a').locator('.kf-member[data-consumer="consumer-2"]')).toContainText('crashed');

    // Undo takes back the last edit (the added consumer).
    await app.pane.click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+z');
    await expect(app.node('group-a').locator('.kf-member')).toHaveCount(1);
  });

  test('a partition’s edge selects its subscription; Delete removes it and Undo brings it back', async ({ page }) => {
    await app.open();
    await app.openPanel(/^Presets$/);
    await page.getByRole('button', { name: /^Rebalance on join and crash/ }).click();
    await page.getByRole('button', { name: /Pause/ }).click();
    await app.fastForward();
    await expect(page.locator('.kf-edge.is-owned')).toHaveCount(4);
    await page.locator('.react-flow__edge').filter({ has: page.locator('.kf-edge.is-owned') }).first().click({ force: true });
    await expect(app.inspector.getByRole('heading', { name: 'Connection' })).toBeVisible();
    await expect(app.inspector).toContainText('The group subscribes to this topic');
    await expect(page.locator('.kf-edge.is-owned.is-selected')).toHaveCount(4);
    await page.keyboard.press('Delete');
    await expect(page.locator('.kf-edge.is-owned')).toHaveCount(0);
    await app.select('processors');
    await expect(app.inspector.getByRole('heading', { name: 'Consumer group' })).toBeVisible();
    await page.keyboard.press('Control+z');
    await app.fastForward();
    await expect(page.locator('.kf-edge.is-owned')).toHaveCount(4);
  });

  test('run the Connect file pipeline and watch file.txt grow line by line', async ({ page }) => {
    await app.open();
    await app.openPanel(/^Presets$/);
    await page.getByRole('button', { name: /^Kafka Connect: file → topic → file\.txt/ }).click();
    await page.getByRole('button', { name: /Pause/ }).click();
    await expect(app.node('file.txt')).toBeVisible();

    await app.fastForward();
    await expect(app.file('file.txt').locator('.kf-file-line').first()).toHaveText('first line');
    await expect(app.file('file.txt')).toContainText('second line');
    const before = await app.fileLineCount('file.txt');
    expect(before).toBeGreaterThanOrEqual(4);
    await app.fastForward();
    await expect.poll(() => app.fileLineCount('file.txt')).toBeGreaterThan(before);

    // A line appended to input.txt by hand travels through the topic into file.txt.
    await app.select('input.txt');
    await app.inspector.getByLabel('Append a line').fill('typed in the browser');
    await app.inspector.getByLabel('Append a line').press('Enter');
    await app.fastForward();
    await expect(app.file('file.txt')).toContainText('typed in the browser');

    // The worker running the sink fails: its task moves and the file keeps growing.
    await app.node('connect-cluster').getByRole('button', { name: /^Fail worker-2/ }).click();
    await expect(app.node('connect-cluster').locator('[data-worker="worker-1"]')).toContainText('file-sink/0');
    const after = await app.fileLineCount('file.txt');
    await app.fastForward();
    await expect.poll(() => app.fileLineCount('file.txt')).toBeGreaterThan(after);
  });

  test('in Portuguese: an idle consumer, and the log explains where a key goes', async ({ page }) => {
    await app.open('pt-BR');
    await app.openPanel(/^Cenários prontos$/);
    await page.getByRole('button', { name: /^Um grupo com um consumidor ocioso/ }).click();
    await page.getByRole('button', { name: /Pausar/ }).click();
    await app.fastForward();
    await expect(app.node('workers').locator('.kf-member[data-consumer="consumer-3"]')).toContainText('ocioso');
    const appended = page.locator('.bl-log-row').filter({ hasText: /→ `?jobs/ }).first();
    await appended.click();
    await expect(appended).toContainText(/A chave order-\d cai na partition \d de 2: murmur2 =/);
    await expect(page.locator('.kf-details')).toContainText('O que aconteceu com ela');
  });

  test('a shared Kafka link opens the same scenario in a fresh browser', async ({ page, browser }) => {
    await app.open();
    await app.openPanel(/^Presets$/);
    await page.getByRole('button', { name: /^Replay from an offset/ }).click();
    await app.openPanel(/^Share$/);
    const link = await page.getByLabel('Link to this Kafka scenario').inputValue();
    expect(link).toMatch(/#k1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);

    const other = await browser.newPage();
    await other.goto(link.replace(/^https?:\/\/[^/]+\//, '/'));
    // The link opens the Kafka mode by itself.
    await expect(other.getByRole('button', { name: 'Kafka', exact: true })).toHaveAttribute('aria-pressed', 'true');
    const fresh = new KafkaPage(other);
    await expect(fresh.node('billing')).toBeVisible();
    await expect(fresh.node('orders')).toBeVisible();
    await expect(other.getByRole('alert')).toContainText('The shared Kafka scenario is open');
    await other.close();
  });

  test('an instructor writes a Kafka exercise, and a student opens its link and solves it', async ({ page, browser }) => {
    await app.open();
    const sheet = page.locator('.kf-sheet');
    const author = async () => {
      await app.openPanel(/^Exercises$/);
      await sheet.getByText('Write an exercise (for instructors)').click();
    };
    const closeSheet = () => sheet.getByRole('button', { name: 'Close' }).click();
    // The solution: four partitions for four consumers.
    await app.openPanel(/^Exercises$/);
    await sheet.getByRole('button', { name: 'Put every consumer to work' }).click();
    await sheet.getByRole('button', { name: 'Load the starting scenario' }).click();
    await closeSheet();
    await app.select('tasks');
    await app.fill('Partitions', '4');
    await author();
    await sheet.getByRole('button', { name: 'Use the canvas as the solution' }).click();
    await sheet.getByRole('button', { name: 'Measure the solution' }).click();
    await expect(sheet.getByRole('checkbox', { name: /No consumer of workers is idle/ })).toBeChecked();
    await closeSheet();
    // The starting point: back to two partitions.
    await app.select('tasks');
    await app.fill('Partitions', '2');
    await author();
    await sheet.getByRole('button', { name: 'Use the canvas as the starting point' }).click();
    await sheet.getByRole('checkbox', { name: 'Consumer group workers' }).check();
    for (const [label, text] of [['Title', 'Four busy workers'], ['Goal', 'Keep the four consumers of `workers` busy.']]) {
      await sheet.getByLabel(label, { exact: true }).fill(text);
      await sheet.getByLabel(label, { exact: true }).blur();
    }
    await sheet.getByRole('button', { name: 'Make the link' }).click();
    const link = await sheet.getByLabel('Link to this exercise').inputValue();
    expect(link).toMatch(/#kx1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);

    // A student, in another browser, in Portuguese.
    const other = await browser.newPage();
    await other.addInitScript(() => localStorage.setItem('brokerlab.prefs.v1', JSON.stringify({ lang: 'pt-BR', theme: 'light' })));
    await other.goto(link.replace(/^https?:\/\/[^/]+\//, '/'));
    await expect(other.getByRole('button', { name: 'Kafka', exact: true })).toHaveAttribute('aria-pressed', 'true');
    const exercise = other.getByRole('region', { name: 'Four busy workers' });
    await expect(exercise).toContainText('Exercício de um link. Desfazer traz de volta o canvas que você tinha antes dele.');
    await expect(exercise).toContainText('Keep the four consumers of workers busy.');
    await exercise.getByRole('button', { name: 'Conferir' }).click();
    await expect(exercise.getByRole('status')).toContainText('Nenhum consumidor de workers fica ocioso (2 ociosos)');
    await expect(exercise.getByRole('status')).toContainText('Ainda não');
    const student = new KafkaPage(other);
    await other.locator('.kf-sheet').getByRole('button', { name: 'Fechar' }).click();
    // The group is given by the exercise: deleting it is refused, with the reason.
    await student.select('workers');
    await other.keyboard.press('Delete');
    await expect(other.getByText('O exercício travou esta parte: dá para movê-la, não alterá-la nem apagá-la.')).toBeVisible();
    await expect(student.node('workers')).toBeVisible();
    await student.select('tasks');
    await student.fill('Partitions', '4');
    await student.openPanel(/^Exercícios$/);
    await other.getByRole('region', { name: 'Four busy workers' }).getByRole('button', { name: 'Conferir' }).click();
    await expect(other.getByRole('region', { name: 'Four busy workers' }).getByRole('status')).toContainText('Resolvido!');
    // Leaving the exercise keeps the canvas and lifts the locks.
    const goal = other.getByRole('region', { name: 'Exercício em andamento' });
    await expect(goal).toContainText('Four busy workers');
    await goal.getByRole('button', { name: 'Sair do exercício' }).click();
    await expect(goal).toHaveCount(0);
    await expect(student.node('workers')).toBeVisible();
    // The same link pasted into the address bar while in the AMQP mode opens the Kafka mode again.
    await other.getByRole('button', { name: 'RabbitMQ (AMQP)', exact: true }).click();
    await other.evaluate((h) => (location.hash = h), link.slice(link.indexOf('#')));
    await expect(other.getByRole('button', { name: 'Kafka', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(other.getByRole('region', { name: 'Exercício em andamento' })).toContainText('Four busy workers');
    await other.close();
  });
});
