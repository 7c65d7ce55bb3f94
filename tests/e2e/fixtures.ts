// Every journey runs under watch: no request may leave the page's origin, no console error may be
// logged and no Content-Security-Policy violation may be reported (SPEC §8, §10).
import { test as base, expect, type Page } from '@playwright/test';

interface Watch {
  problems: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob):/.test(url)) return;
        if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      const watch = { problems };
      await use(watch);
      expect(problems, 'the page stayed on its origin, logged no error and broke no CSP rule').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app's home screen with an empty database. */
export async function openHome(page: Page): Promise<void> {
  await page.goto('./#/');
  await expect(page.getByRole('heading', { name: 'Assessments' })).toBeVisible();
}

/** Opens the bundled worked example (SPEC §9) from an empty home screen, on its Results. */
export async function openWorkedExample(page: Page): Promise<void> {
  await openHome(page);
  await page.getByRole('button', { name: 'Open the worked example' }).click();
  await expect(page.getByRole('table', { name: /Ranking/ })).toBeVisible();
}

/** Opens the worked example's Q1 pilot, which reads GO (SPEC §4). */
export async function openExamplePilot(page: Page): Promise<void> {
  await openWorkedExample(page);
  await page.getByRole('link', { name: 'Q1 pilot' }).click();
  await expect(page.getByRole('region', { name: 'Decision' })).toHaveText(/^\s*GO/);
}
