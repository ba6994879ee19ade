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
