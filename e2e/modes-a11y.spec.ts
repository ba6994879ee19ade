import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The other two modes' main screens, checked like the canvas: no serious or critical violations.
for (const mode of ['Kafka', 'Why a broker?'] as const) {
  for (const dark of [false, true]) {
    test(`no serious or critical axe violations in ${mode} (${dark ? 'dark' : 'light'})`, async ({ page }) => {
      await page.goto('/');
      if (dark) await page.getByRole('button', { name: /Switch to dark theme/ }).click();
      await page.getByRole('button', { name: mode, exact: true }).click();
      await expect(page.locator('main')).not.toContainText('Loading');
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
    });
  }
}

// The Kafka exercises sheet with the instructor's form open, after a check (results and all).
for (const dark of [false, true]) {
  test(`no serious or critical axe violations in the Kafka exercises and instructor form (${dark ? 'dark' : 'light'})`, async ({ page }) => {
    await page.goto('/');
    if (dark) await page.getByRole('button', { name: /Switch to dark theme/ }).click();
    await page.getByRole('button', { name: 'Kafka', exact: true }).click();
    await page.getByTestId('kafka-workspace').getByRole('button', { name: 'Exercises', exact: true }).click();
    const sheet = page.locator('.kf-sheet');
    await sheet.getByRole('button', { name: 'Put every consumer to work' }).click();
    await sheet.getByRole('button', { name: 'Check' }).click();
    await sheet.getByText('Write an exercise (for instructors)').click();
    await sheet.getByRole('button', { name: 'Use the canvas as the solution' }).click();
    await sheet.getByRole('button', { name: 'Measure the solution' }).click();
    await sheet.getByRole('button', { name: 'Use the canvas as the starting point' }).click();
    await sheet.getByRole('button', { name: 'Make the link' }).click();
    await expect(sheet.getByRole('alert')).toContainText('Write a title');
    // Entrance animations finished: axe reads final colours.
    await expect(sheet).toHaveCSS('opacity', '1');
    await expect(sheet.locator('.kf-ex-result')).toHaveCSS('opacity', '1');
    const results = await new AxeBuilder({ page }).include('.kf-sheet').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
  });
}
