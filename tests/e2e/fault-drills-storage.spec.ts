// Fault drills, storage side: the browser's storage runs full while typing and while importing, a tab
// is closed in the middle of a 100,000-row import, and another tab opens a newer schema. Each drill
// checks what IndexedDB holds afterwards, not only what the page shows. Concurrent tabs:
// fault-drills.spec.ts.
import type { Page } from '@playwright/test';
import { test, expect, openExamplePilot, openWorkedExample } from './fixtures';
import { gridCell, openTab } from './helpers';
import { EXAMPLE_ID, Quota, expectAllSaved, readStored, saveState, scoreOf, secondTab, storedRowCount } from './fault-drill-support';

const STORAGE_FULL = "Your browser's storage for this site is full: export a backup (Storage & about), then delete old assessments you no longer need, and try again.";
const PILOT = 'northwind-q1';
/** The worked example's pilot holds 9 measurements (src/data/small-assessment.json). */
const EXAMPLE_ROWS = 9;
const KPIS = ['csat', 'fcr', 'aht', 'backlog'];

/**
 * `rows` measurements of the worked example's four KPIs on 18–31 January 2027: inside the pilot window,
 * on days with no stored measurement (so none is skipped as a duplicate), and bad enough (CSAT 50 % under
 * its gate of 80 %) that the decision would change if any of them were stored.
 */
function measurementsCsv(rows: number): string {
  const lines = new Array<string>(rows + 1);
  lines[0] = 'date,kpi,value,n';
  for (let i = 0; i < rows; i++) {
    const day = 18 + (Math.floor(i / 4) % 14);
    lines[i + 1] = `2027-01-${day},${KPIS[i % 4]},${i % 4 === 2 ? 600 : 50},${i % 4 < 2 ? 100 : ''}`;
  }
  return lines.join('\n') + '\n';
}

const decision = (page: Page) => page.getByRole('region', { name: 'Decision' });

test('5. storage full while typing: "Not saved" in words, the cell goes back to what is stored, and saving resumes once there is room', async ({ page, context, baseURL }) => {
  const quota = await Quota.start(context, page, baseURL!);
  await openWorkedExample(page);
  await openTab(page, 'Scoring');
  const cell = gridCell(page, 'Northwind Contact', 'Integration with our systems');
  await expect(cell).toHaveAccessibleName(/: 2, Below expectations$/);
  await expectAllSaved(page);

  await quota.exhaust(page);
  await cell.focus();
  await page.keyboard.press('5');
  await expect(saveState(page)).toHaveText(`Not saved: the score. ${STORAGE_FULL} Dismiss`);
  await expect(page.getByRole('alert').filter({ hasText: 'Could not save the score.' })).toContainText(`Could not save the score. ${STORAGE_FULL}`);
  await expect(cell).toHaveAccessibleName(/: 2, Below expectations$/);
  expect(scoreOf(await readStored(page), 'northwind', 'tech-integration')).toBe(2);

  // What the screen went back to is what is stored: a reload shows the same.
  await page.reload();
  await expect(cell).toHaveAccessibleName(/: 2, Below expectations$/);
  await cell.focus();
  await page.keyboard.press('5');
  await expect(saveState(page)).toHaveText(/^Not saved: the score\. Your browser's storage for this site is full/);
  await expect(cell).toHaveAccessibleName(/: 2, Below expectations$/);

  // Room again: the next score is stored and "Not saved" goes.
  await quota.lift();
  await page.keyboard.press('4');
  await expect(cell).toHaveAccessibleName(/: 4, Exceeds expectations$/);
  await expectAllSaved(page);
  expect(scoreOf(await readStored(page), 'northwind', 'tech-integration')).toBe(4);
  await page.reload();
  await expect(cell).toHaveAccessibleName(/: 4, Exceeds expectations$/);
});

test('6. storage full during a 4,000-row measurements import: nothing of it is stored, the decision stays, the message says why', async ({ page, context, baseURL }) => {
  const quota = await Quota.start(context, page, baseURL!);
  await openExamplePilot(page);
  const before = await decision(page).textContent();
  expect(before).toContain('98.2');
  const storedBefore = await readStored(page);
  expect(storedRowCount(storedBefore, PILOT)).toBe(EXAMPLE_ROWS);

  await page.getByLabel('Import measurements CSV').setInputFiles({ name: 'january.csv', mimeType: 'text/csv', buffer: Buffer.from(measurementsCsv(4000)) });
  const importButton = page.getByRole('button', { name: /^Import 4,?000 rows$/ });
  await expect(importButton).toBeVisible();
  await quota.exhaust(page);
  await importButton.click();

  await expect(page.getByText('The rows could not be saved; nothing was stored. Try again, or reload the page.')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not save the measurements.' })).toContainText(`Could not save the measurements. ${STORAGE_FULL}`);
  await expect(saveState(page)).toHaveText(/^Not saved: the measurements\. Your browser's storage for this site is full/);
  await expect(decision(page)).toHaveText(before!);

  const after = await readStored(page);
  expect(storedRowCount(after, PILOT)).toBe(EXAMPLE_ROWS);
  expect(after.blockRows).toEqual(storedBefore.blockRows);
  expect(after.pilots).toEqual(storedBefore.pilots);
  await page.reload();
  await expect(decision(page)).toHaveText(before!);
  await quota.lift();
});

test('7. a tab closed while saving a 100,000-row import: the stored pilot holds all of the rows or none, never a part', async ({ page, context }) => {
  await openWorkedExample(page);
  const before = (await readStored(page)).blockRows;
  const { tab, errors } = await secondTab(context);
  await tab.goto(`./#/a/${EXAMPLE_ID}/pilots/${PILOT}`);
  await expect(decision(tab)).toHaveText(/^\s*GO/);
  await tab.getByLabel('Import measurements CSV').setInputFiles({ name: 'year.csv', mimeType: 'text/csv', buffer: Buffer.from(measurementsCsv(100_000)) });
  const importButton = tab.getByRole('button', { name: /^Import 100,?000 rows$/ });
  await expect(importButton).toBeVisible({ timeout: 30_000 });
  // Closed at once: the click has started the write, one transaction that takes over a second here.
  await importButton.click();
  await tab.close();
  expect(errors).toEqual([]);

  // Every block as it was, or every block with its KPI's 25,000 new rows: nothing in between.
  const after = await readStored(page);
  const all = Object.fromEntries(Object.entries(before).map(([block, rows]) => [block, rows + 25_000]));
  expect([before, all]).toContainEqual(after.blockRows);
  const rows = storedRowCount(after, PILOT);
  test.info().annotations.push({ type: 'stored rows after the close', description: String(rows) });
  expect([EXAMPLE_ROWS, EXAMPLE_ROWS + 100_000]).toContain(rows);

  // Reopened, the pilot shows what is stored and the app goes on working.
  const { tab: reopened, errors: reopenedErrors } = await secondTab(context);
  await reopened.goto(`./#/a/${EXAMPLE_ID}/pilots/${PILOT}`);
  await expect(decision(reopened)).toHaveText(rows === EXAMPLE_ROWS ? /^\s*GO/ : /^\s*NO-GO/);
  expect(storedRowCount(await readStored(reopened), PILOT)).toBe(rows);
  expect(reopenedErrors).toEqual([]);
});

test('8. another tab opens a newer schema: this tab asks for a reload and stores nothing; a page older than the data refuses to open it', async ({ page, context }) => {
  await openWorkedExample(page);
  await openTab(page, 'Scoring');
  const cell = gridCell(page, 'Northwind Contact', 'Integration with our systems');
  await expect(cell).toHaveAccessibleName(/: 2, Below expectations$/);
  await expectAllSaved(page);

  // A newer build in tab B: the database one Dexie version up (IndexedDB versions are Dexie's × 10).
  const { tab, errors } = await secondTab(context);
  await tab.goto('./#/about');
  await expect(tab.getByRole('heading', { name: 'Storage & about' })).toBeVisible();
  const upgraded = await tab.evaluate(async () => {
    const current = (await indexedDB.databases()).find((d) => d.name === 'bpo-workbench')?.version;
    if (!current) throw new Error('bpo-workbench is not open');
    return new Promise<{ from: number; to: number }>((resolve, reject) => {
      const request = indexedDB.open('bpo-workbench', current + 10);
      request.onupgradeneeded = () => request.result.createObjectStore('addedByANewerVersion');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        request.result.close();
        resolve({ from: current, to: current + 10 });
      };
    });
  });
  expect(upgraded).toEqual({ from: 50, to: 60 }); // schema version 5 (src/db/schema.ts)

  const banner = page.getByRole('alert').filter({ hasText: 'This app was updated in another tab' });
  await expect(banner).toContainText('Reload this page before you continue, so nothing is saved by an older version.');
  await cell.focus();
  await page.keyboard.press('5');
  await expect(saveState(page)).toHaveText(
    'Not saved: the score. This tab lost its connection to the stored data (the app was updated, or its data cleared, in another tab): reload the page to go on. Dismiss',
  );
  await expect(cell).toHaveAccessibleName(/: 2, Below expectations$/);
  expect(scoreOf(await readStored(tab), 'northwind', 'tech-integration')).toBe(2);

  // The other way round: this build opening data a newer one wrote refuses, and says what to do.
  // (It reads nothing it could fail on without saying so: no error is thrown or logged.)
  const { tab: older, errors: olderErrors } = await secondTab(context);
  for (const route of [`#/a/${EXAMPLE_ID}/scoring`, '#/about']) {
    await older.goto(`./${route}`);
    await expect(older.getByRole('alert').filter({ hasText: 'older than the data' })).toHaveText(
      /^\s*This page is older than the data in this browser: reload to get the new version\.\s*Reload\s*$/,
    );
  }
  // Where a screen would wait for the data, it says why it shows nothing instead of "Loading…" for ever.
  await older.goto(`./#/a/${EXAMPLE_ID}/scoring`);
  await expect(older.getByText('Nothing can be shown until this page is reloaded.')).toBeVisible();
  await expect(older.getByText('Loading…')).toHaveCount(0);
  const stored = await readStored(tab);
  expect(scoreOf(stored, 'northwind', 'tech-integration')).toBe(2);
  expect(stored.scores).toHaveLength(13);
  expect(errors).toEqual([]);
  expect(olderErrors).toEqual([]);
});
