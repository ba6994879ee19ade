import { expect, test, type Locator, type Page } from '@playwright/test';
import { AmqpPage } from './pages/amqp';

// A student solves an exercise the way the app is meant to be used: open it from the Exercises
// panel, close the panel, select the binding on the canvas, change its key in the inspector, and
// press "Check my solution" in the goal bar. The check runs headless; nothing here waits on the
// wall clock.

class Exercises {
  constructor(readonly page: Page) {}

  get bar(): Locator {
    return this.page.getByRole('region', { name: /^(Exercise|Exercício)$/ });
  }

  get panel(): Locator {
    return this.page.locator('.bl-sheet');
  }

  async openPanel(name = 'Exercises'): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
    await expect(this.panel.getByRole('tablist')).toBeVisible();
  }

  async open(title: string, openWord = 'Open'): Promise<void> {
    await this.panel.getByRole('button', { name: `${openWord} “${title}”` }).click();
    await expect(this.panel.getByRole('heading', { level: 3, name: title })).toBeVisible();
  }

  async closePanel(name = 'Close'): Promise<void> {
    await this.panel.getByRole('button', { name, exact: true }).first().click();
    await expect(this.bar).toBeVisible();
  }

  /** Selects a binding by clicking its key on the canvas, then types the new key. */
  async setBindingKey(
    app: AmqpPage,
    from: string,
    to: string,
    label = 'Binding key',
  ): Promise<void> {
    await this.page
      .locator('.bl-edge-label', { hasText: new RegExp(`^${from.replace(/[.*]/g, '\\$&')}$`) })
      .click();
    await app.fill(label, to);
  }
}

test.describe('exercises the app checks itself', () => {
  let app: AmqpPage;
  let ex: Exercises;
  test.beforeEach(async ({ page }) => {
    app = new AmqpPage(page);
    ex = new Exercises(page);
    await app.open();
  });

  test('solve "Branch notes to filial" through the UI: a wrong key is explained, the right one passes and is remembered', async ({
    page,
  }) => {
    await ex.openPanel();
    await expect(ex.panel.getByText(/^0 of \d+ solved$/)).toBeVisible();
    await ex.open('Branch notes to filial');
    await expect(ex.panel.getByRole('region', { name: 'Goal' })).toContainText('notas.*.filial');
    await ex.closePanel();
    await expect(ex.bar).toContainText('Branch notes to filial');

    // The starting point fails, and says which message went wrong.
    await ex.bar.getByRole('button', { name: 'Check my solution' }).click();
    await expect(ex.bar).toContainText(
      'notas.vendas.filial reached no queue (no binding matched it); it should reach filial.',
    );

    // A wrong answer: `notas.#` catches head-office notes too.
    await ex.setBindingKey(app, 'notas.compras.filial', 'notas.#');
    await ex.bar.getByRole('button', { name: 'Check my solution' }).click();
    await expect(ex.bar).toContainText(
      'notas.compras.matriz reached filial; it should reach only compras.',
    );

    // The right one.
    await ex.setBindingKey(app, 'notas.#', 'notas.*.filial');
    await ex.bar.getByRole('button', { name: 'Check my solution' }).click();
    await expect(ex.bar).toContainText(
      'Solved! The check ran your scenario and everything happened as the goal asks.',
    );

    // The list marks it, and the mark survives a reload.
    await ex.openPanel();
    await ex.panel.getByRole('button', { name: /All exercises/ }).click();
    await expect(ex.panel.getByText(/^1 of \d+ solved$/)).toBeVisible();
    // Progress is kept apart from the canvas draft: the reloaded page forgets the draft (removed
    // before the app starts) and still knows what was solved.
    await page.addInitScript(() => localStorage.removeItem('brokerlab.amqp.draft.v1'));
    await page.reload();
    await expect(page.locator('.react-flow__pane')).toBeVisible();
    await ex.openPanel();
    await expect(ex.panel.getByText(/^1 of \d+ solved$/)).toBeVisible();
    await expect(
      ex.panel
        .getByRole('listitem')
        .filter({ hasText: 'Branch notes to filial' })
        .getByText('Solved'),
    ).toBeAttached();
  });

  test('locked parts: deleting the exchange is refused with a reason, and the exchange stays', async ({
    page,
  }) => {
    await ex.openPanel();
    await ex.open('Branch notes to filial');
    await ex.closePanel();
    await app.select('notas');
    await page.keyboard.press('Delete');
    await expect(ex.bar).toContainText(
      'The exchange notas is part of the exercise: it can be moved, but not changed or deleted.',
    );
    await expect(app.node('notas')).toBeVisible();
  });

  test('em português: o objetivo, a verificação e o retorno', async ({ page }) => {
    await page.getByLabel('Language').selectOption('pt-BR');
    await ex.openPanel('Exercícios');
    await ex.open('Notas de filial para filial', 'Abrir');
    await expect(ex.panel.getByRole('region', { name: 'Objetivo' })).toContainText(
      'deve chegar à fila filial',
    );
    await ex.panel.getByRole('button', { name: 'Mostrar uma dica (1 de 2)' }).click();
    await expect(ex.panel.getByRole('region', { name: 'Dicas' })).toContainText(
      'Selecione a seta de notas até filial',
    );
    await ex.closePanel('Fechar');
    await ex.bar.getByRole('button', { name: 'Verificar minha solução' }).click();
    await expect(ex.bar).toContainText(
      'notas.vendas.filial não chegou a fila nenhuma (nenhum binding combinou com ela); deveria chegar a filial.',
    );
    await ex.setBindingKey(app, 'notas.compras.filial', 'notas.*.filial', 'Binding key');
    await ex.bar.getByRole('button', { name: 'Verificar minha solução' }).click();
    await expect(ex.bar).toContainText('Resolvido!');
  });

  test('an instructor turns the canvas into an exercise link, and a student opens it', async ({
    browser,
  }) => {
    await ex.openPanel();
    await ex.panel.getByRole('tab', { name: 'Create (instructors)' }).click();
    await ex.panel.getByRole('button', { name: 'Take them from the producers' }).click();
    await ex.panel.getByRole('button', { name: 'Record the outcomes' }).click();
    await expect(ex.panel.getByRole('table')).toContainText('notas.vendas.filialfilial');
    // The starting point: close the sheet, break the filial binding on the canvas, come back.
    await ex.panel.getByRole('button', { name: 'Close', exact: true }).first().click();
    await ex.setBindingKey(app, 'notas.*.filial', 'notas.compras.filial');
    await ex.openPanel();
    await ex.panel.getByRole('button', { name: 'Use the canvas as the start' }).click();
    await ex.panel.getByLabel('Title').fill('Filial again');
    await ex.panel.getByLabel('Goal, in your words').fill('Every branch note must reach `filial`.');
    await ex.panel.getByRole('button', { name: 'Create the link' }).click();
    const url = await ex.panel.locator('input[readonly]').inputValue();
    expect(url).toContain('#x1.');

    // The student, in a browser of their own.
    const studentContext = await browser.newContext({ baseURL: new URL(url).origin });
    const student = await studentContext.newPage();
    await student.goto(url.replace(/^https?:\/\/[^/]+/, ''));
    await expect(student.locator('.react-flow__pane')).toBeVisible();
    // The link opens the exercise by itself (the Exercises panel, with its goal) and leaves the address.
    const studentEx = new Exercises(student);
    await expect(
      studentEx.panel.getByRole('heading', { level: 3, name: 'Filial again' }),
    ).toBeVisible();
    await expect.poll(() => student.evaluate(() => location.hash)).toBe('');
    await studentEx.panel.getByRole('button', { name: 'Check my solution' }).click();
    await expect(studentEx.panel.locator('.bl-ex-result')).toContainText(
      'notas.vendas.filial reached no queue',
    );
    await studentContext.close();
  });
});
