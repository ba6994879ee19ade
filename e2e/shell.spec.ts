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
