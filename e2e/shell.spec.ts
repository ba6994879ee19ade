import { expect, test } from '@playwright/test';

test.describe('app shell', () => {
  test('shows the product and switches language, remembering the choice', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.brand-name')).toHaveText('BrokerLab');
    await expect(page.getByRole('button', { name: 'Why a broker?' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByLabel('Language').selectOption('pt-BR');
    await expect(page.getByRole('button', { name: 'Por que um broker?' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');

    await page.reload();
    await expect(page.getByRole('button', { name: 'Por que um broker?' })).toBeVisible();
    await page.getByLabel('Idioma').selectOption('en');
    await expect(page.getByRole('button', { name: 'Why a broker?' })).toBeVisible();
  });

  test('a side sheet opened from the keyboard takes the focus, and Escape gives it back (AMQP and Kafka)', async ({ page }) => {
    await page.goto('/');
    const exercises = page.getByRole('button', { name: 'Exercises', exact: true });
    await exercises.focus();
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('dialog', { name: 'Exercises' });
    await expect(sheet).toBeFocused();
    await expect(sheet.getByRole('button').first()).toBeVisible(); // the panel's code has loaded
    await page.keyboard.press('Tab');
    expect(await sheet.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await expect(exercises).toBeFocused();

    await page.getByRole('button', { name: 'Kafka', exact: true }).click();
    const kafkaExercises = page.getByTestId('kafka-workspace').getByRole('button', { name: 'Exercises', exact: true });
    await kafkaExercises.focus();
    await page.keyboard.press('Enter');
    const kafkaSheet = page.locator('.kf-sheet');
    await expect(kafkaSheet).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(kafkaSheet).toHaveCount(0);
    await expect(kafkaExercises).toBeFocused();
  });

  test.describe('with a Portuguese browser', () => {
    test.use({ locale: 'pt-BR' });
    test('defaults to Brazilian Portuguese', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
      await expect(page.getByRole('button', { name: 'Por que um broker?' })).toBeVisible();
    });
  });

  test('theme toggle is keyboard reachable and remembered', async ({ page }) => {
    await page.goto('/');
    const html = page.locator('html');
    const before = await html.getAttribute('data-theme');
    const toggle = page.getByRole('button', { name: /Switch to (dark|light) theme/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(html).not.toHaveAttribute('data-theme', before ?? '');
    const after = await html.getAttribute('data-theme');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', after ?? '');
  });
});
