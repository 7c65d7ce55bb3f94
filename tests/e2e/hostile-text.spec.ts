// Hostile text in an imported file (SPEC §10; user text is always text, only
// http(s) links are clickable): markup and javascript: URLs in vendor, category, criterion, evaluator
// and note fields stay inert on every screen, the report and chart tooltips included.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openHome } from './fixtures';

const IMG = '<img src=x onerror=alert(1)>';
const VENDOR = `${IMG} Northwind`;

function hostileFile(): string {
  const doc = JSON.parse(readFileSync(new URL('../../src/data/small-assessment.json', import.meta.url), 'utf8'));
  const a = doc.assessment;
  a.id = 'hostile-text';
  a.name = `Hostile ${IMG}`;
  a.vendors[0].name = VENDOR;
  a.vendors[0].website = 'javascript:alert(1)';
  a.vendors[0].notes = `Call <script>alert(1)</script> ${IMG}`;
  a.vendors[1].website = 'https://contoso.example';
  a.categories[0].name = `Security ${IMG}`;
  a.categories[0].criteria[0].name = `Audits ${IMG}`;
  a.categories[0].criteria[0].guidance = `<a href="javascript:alert(1)">click</a>`;
  a.evaluators[0].name = `Ana ${IMG}`;
  a.scores[0].note = `Note ${IMG} javascript:alert(1)`;
  return JSON.stringify(doc);
}

/** No element built from the text: no onerror image, no script, no javascript: link. */
async function expectInert(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(() => ({
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('alert(1)')).length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href')!)).length,
    imgX: document.querySelectorAll('img[src="x"]').length,
  }));
  expect(found, where).toEqual({ handlers: 0, scripts: 0, jsLinks: 0, imgX: 0 });
}

test('markup and javascript: URLs from a file are shown as inert text everywhere', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await openHome(page);
  await page.getByLabel('Import JSON file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostileFile()) });
  await expect(page.getByRole('table', { name: /Ranking/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Ranking/ })).toContainText(VENDOR);
  await expectInert(page, 'results');

  // Chart tooltips are drawn on the canvas: hover every chart so any tooltip opens, then check again.
  for (const canvas of await page.locator('canvas').all()) {
    const box = await canvas.boundingBox();
    if (box) for (const f of [0.3, 0.5, 0.7]) await page.mouse.move(box.x + box.width * f, box.y + box.height * f);
  }
  await expectInert(page, 'results with tooltips');

  const sections = page.getByRole('navigation', { name: 'Assessment sections' });
  for (const name of ['Checklist', 'Vendors', 'Scoring', 'Report', 'Results']) {
    await sections.getByRole('link', { name, exact: true }).click();
    await expect(page.locator('main')).toContainText(IMG);
    await expectInert(page, name);
    if (name === 'Vendors') {
      // The javascript: website is plain text; the https one is the only website link.
      await expect(page.getByRole('link', { name: /contoso\.example/ })).toHaveAttribute('href', 'https://contoso.example/');
      await expect(page.getByText('javascript:alert(1)').first()).toBeVisible();
    }
  }
  await page.getByRole('link', { name: 'Q1 pilot' }).click();
  await expect(page.getByRole('region', { name: 'Decision' })).toBeVisible();
  await expectInert(page, 'pilot');
  expect(dialogs).toBe(0);
});
