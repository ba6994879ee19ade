import fs from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { AmqpPage } from './pages/amqp';

/** Renames the queue "compras" (an edit the autosave keeps) and returns the page object. */
async function withMyWork(page: Page, name = 'compras-eu'): Promise<AmqpPage> {
  const amqp = new AmqpPage(page);
  await amqp.open();
  await amqp.select('compras');
  await amqp.fill('Name', name);
  await expect(amqp.node(name)).toBeVisible();
  return amqp;
}

async function openShare(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByTestId('share-url')).toBeVisible();
}

/** The link of the scenario on the page, in a variant ('Editor', 'Running', 'Embed'). */
async function shareLink(page: Page, variant: 'Editor' | 'Running' | 'Embed' = 'Editor'): Promise<string> {
  await openShare(page);
  await page.getByRole('radio', { name: new RegExp(`^${variant}`) }).check();
  return page.getByTestId('share-url').inputValue();
}

/** A link made in another browser: the example with a queue renamed. */
async function linkFromElsewhere(browser: Browser, name: string, variant: 'Editor' | 'Running' | 'Embed' = 'Editor'): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await withMyWork(page, name);
  const url = await shareLink(page, variant);
  await context.close();
  return url;
}

test.describe('sharing by link', () => {
  test('a shared link opens the same scenario in a fresh browser, and leaves the address clean', async ({ browser }) => {
    const url = await linkFromElsewhere(browser, 'compras-link');
    expect(url).toMatch(/#s1\./);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    const amqp = new AmqpPage(page);
    await expect(amqp.node('compras-link')).toBeVisible();
    await expect(amqp.node('filial')).toBeVisible();
    await expect(page.getByTestId('link-opened')).toContainText('Opened the shared scenario');
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    // Reloading shows the same scenario (autosaved), without asking again.
    await page.reload();
    await expect(amqp.node('compras-link')).toBeVisible();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await context.close();
  });

  test('a cut link says what is wrong and the work stays, also after a reload', async ({ page, browser }) => {
    const url = await linkFromElsewhere(browser, 'compras-cut');
    const amqp = await withMyWork(page, 'minha-fila');
    await page.goto(url.slice(0, url.length - 12));
    await expect(page.getByTestId('link-error')).toContainText('This link is incomplete');
    await expect(page.getByTestId('link-error')).toContainText('Your current scenario was not changed.');
    await expect(amqp.node('minha-fila')).toBeVisible();
    await expect(amqp.node('compras-cut')).toHaveCount(0);
    await page.reload();
    await expect(amqp.node('minha-fila')).toBeVisible();
  });

  test('a broken link in a fresh browser keeps the example, in Portuguese too', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'pt-BR' });
    const page = await context.newPage();
    await page.goto('/#s1.bm90IGRlZmxhdGU.0badc0de');
    await expect(page.getByTestId('link-error')).toContainText('Este link está danificado');
    await expect(new AmqpPage(page).node('compras')).toBeVisible();
    await context.close();
  });

  test('asks before replacing work: keep it, or open the link and undo back to it', async ({ page, browser }) => {
    const url = await linkFromElsewhere(browser, 'compras-outro');
    const amqp = await withMyWork(page, 'minha-fila');
    await page.goto(url);
    const dialog = page.getByRole('alertdialog', { name: 'Open the shared scenario?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep my work' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(amqp.node('minha-fila')).toBeVisible();

    await page.goto(url);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Open the link' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(amqp.node('compras-outro')).toBeVisible();
    await expect(amqp.node('minha-fila')).toHaveCount(0);
    await amqp.pane.click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+z');
    await expect(amqp.node('minha-fila')).toBeVisible();
  });

  test('a running link starts playback', async ({ browser }) => {
    const url = await linkFromElsewhere(browser, 'compras-play', 'Running');
    expect(url).toMatch(/#p1\./);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await expect(new AmqpPage(page).node('compras-play')).toBeVisible();
    await expect(page.getByRole('button', { name: /Pause/ })).toBeVisible();
    await expect(page.getByTestId('sim-time')).not.toHaveText('0:00.0');
    await context.close();
  });

  test('an embed link shows a read-only canvas with playback only', async ({ browser }) => {
    const url = await linkFromElsewhere(browser, 'compras-embed', 'Embed');
    expect(url).toMatch(/#e1\./);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    const amqp = new AmqpPage(page);
    await expect(amqp.node('compras-embed')).toBeVisible();
    await expect(page.getByText('Read-only view of “notes-topic”')).toBeVisible();
    await expect(page.locator('.bl-palette')).toHaveCount(0);
    await expect(page.locator('.bl-inspector')).toHaveCount(0);
    await expect(page.locator('.topbar')).toHaveCount(0);
    await expect(page.locator('.react-flow__node.draggable')).toHaveCount(0);
    await expect(page.locator('.react-flow__node.selectable')).toHaveCount(0);
    // Connecting from a handle adds nothing.
    const edges = await page.locator('.react-flow__edge').count();
    await amqp.connect('notas-app', 'compras-embed');
    await expect(page.locator('.react-flow__edge')).toHaveCount(edges);

    // Dragging a node moves nothing: at most the view pans, so the nodes keep their places relative to each other.
    const offset = async () => {
      const a = await amqp.node('compras-embed').boundingBox();
      const b = await amqp.node('filial').boundingBox();
      if (!a || !b) throw new Error('nodes not on screen');
      return { dx: Math.round(a.x - b.x), dy: Math.round(a.y - b.y) };
    };
    const before = await offset();
    const box = await amqp.node('compras-embed').boundingBox();
    if (!box) throw new Error('node not on screen');
    await page.mouse.move(box.x + 20, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 140, box.y + 90, { steps: 8 });
    await page.mouse.up();
    expect(await offset()).toEqual(before);

    // Playback works, and the hash stays (the iframe reloads the same view).
    await page.getByRole('button', { name: /Play/ }).click();
    await expect(page.getByTestId('sim-time')).not.toHaveText('0:00.0');
    expect(new URL(page.url()).hash).toMatch(/^#e1\./);
    // The embed view never wrote the draft: a normal visit shows the example.
    await page.goto('/');
    await expect(amqp.node('compras')).toBeVisible();
    await context.close();
  });
});

test.describe('sharing by file', () => {
  test('export then import a scenario file: one undoable replace', async ({ page }) => {
    const amqp = await withMyWork(page, 'compras-file');
    await openShare(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export scenario file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('notes-topic.brokerlab.json');
    const saved = await file.path();
    expect(JSON.parse(fs.readFileSync(saved, 'utf8'))).toMatchObject({ format: 'brokerlab-scenario', title: 'notes-topic' });

    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await amqp.newCanvas();
    await openShare(page);
    await page.getByTestId('share-file-input').setInputFiles(saved);
    await expect(page.getByTestId('share-file-status')).toContainText('Imported “notes-topic”');
    await expect(amqp.node('compras-file')).toBeVisible();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await amqp.pane.click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+z');
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
  });

  test('a file that is not a scenario is refused and the work stays', async ({ page }) => {
    const amqp = await withMyWork(page, 'compras-kept');
    await openShare(page);
    await page.getByTestId('share-file-input').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"nodes": [1, 2') });
    await expect(page.getByTestId('share-file-status')).toContainText('Nothing was imported');
    await expect(amqp.node('compras-kept')).toBeVisible();
  });
});
