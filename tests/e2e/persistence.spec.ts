// Storage behaviour a user relies on: two tabs on one assessment stay in step, a tab left on an older
// schema is told to reload, and the Storage & about page reports persistence and space used.
import { test, expect, openWorkedExample } from './fixtures';
import { expectRanking, gridCell, openTab, rankingColumn } from './helpers';

test('two tabs on the same assessment stay in step without a reload', async ({ page, context }) => {
  await openWorkedExample(page);
  const url = page.url();
  expect(url).toContain('#/a/demo-small/results');

  const other = await context.newPage();
  const otherErrors: string[] = [];
  other.on('console', (m) => m.type() === 'error' && otherErrors.push(m.text()));
  other.on('pageerror', (e) => otherErrors.push(e.message));
  await other.goto(url);
  await expectRanking(other, [
    { rank: '1', vendor: 'Northwind Contact', score: '72.8', coverage: '100 %', status: 'Qualified' },
    { rank: '2', vendor: 'Fabrikam Support', score: '68.9', coverage: '67.5 %', status: 'Provisional' },
    { rank: '3', vendor: 'Contoso CX', score: '81.3', coverage: '100 %', status: 'Disqualified' },
  ]);

  // Tab 1 scores: Ana (the first evaluator) raises Northwind's integration from 2 to 5.
  // Northwind: 0.5 × 87.5 + 0.3 × 70 + 0.2 × 100 = 84.75.
  await openTab(page, 'Scoring');
  const cell = gridCell(page, 'Northwind Contact', 'Integration with our systems');
  await expect(cell).toHaveAccessibleName(/: 2, Below expectations$/);
  await cell.focus();
  await page.keyboard.press('5');
  await expect(cell).toHaveAccessibleName(/: 5, Outstanding$/);

  // Tab 2, left on Results and never reloaded, shows the new ranking.
  await expect(rankingColumn(other, 3).first()).toHaveText('84.8');
  await expectRanking(other, [
    { rank: '1', vendor: 'Northwind Contact', score: '84.8', coverage: '100 %', status: 'Qualified' },
    { rank: '2', vendor: 'Fabrikam Support', score: '68.9', coverage: '67.5 %', status: 'Provisional' },
    { rank: '3', vendor: 'Contoso CX', score: '81.3', coverage: '100 %', status: 'Disqualified' },
  ]);

  // The other way round: tab 1 goes to Results, tab 2 changes a weight on its Checklist.
  // With security 50, culture 100, tech 20: Northwind (50·87.5 + 100·70 + 20·100) / 170 = 78.68,
  // Contoso (50·62.5 + 100·100 + 20·100) / 170 = 88.97, Fabrikam (37.5·60 + 100·80) / 137.5 = 74.55.
  await openTab(page, 'Results');
  await openTab(other, 'Checklist');
  await other.getByRole('spinbutton', { name: 'Weight of Cultural and brand fit' }).fill('100');
  await expect(other.getByRole('region', { name: /Cultural and brand fit/ })).toContainText('58.8 %');
  await expectRanking(page, [
    { rank: '1', vendor: 'Northwind Contact', score: '78.7', coverage: '100 %', status: 'Qualified' },
    { rank: '2', vendor: 'Fabrikam Support', score: '74.5', coverage: '80.9 %', status: 'Provisional' },
    { rank: '3', vendor: 'Contoso CX', score: '89.0', coverage: '100 %', status: 'Disqualified' },
  ]);
  // And tab 1's Checklist shows the weight tab 2 typed.
  await openTab(page, 'Checklist');
  await expect(page.getByRole('spinbutton', { name: 'Weight of Cultural and brand fit' })).toHaveValue('100');

  expect(otherErrors).toEqual([]);
  await other.close();
});

test('a tab running an older schema is told to reload when another tab upgrades the database', async ({ page, context }) => {
  await openWorkedExample(page);
  await expect(page.getByRole('alert')).toHaveCount(0);

  const other = await context.newPage();
  await other.goto('./#/about');
  await expect(other.getByRole('heading', { name: 'Storage & about' })).toBeVisible();
  // A newer build of the app in tab 2: open the same database one (native) version higher with a new store.
  const upgraded = await other.evaluate(async () => {
    const current = (await indexedDB.databases()).find((d) => d.name === 'bpo-workbench')?.version;
    if (!current) throw new Error('bpo-workbench is not open');
    return new Promise<{ from: number; to: number; stores: string[]; blocked: boolean }>((resolve, reject) => {
      let blocked = false;
      const request = indexedDB.open('bpo-workbench', current + 1);
      request.onblocked = () => (blocked = true);
      request.onupgradeneeded = () => request.result.createObjectStore('addedByANewerVersion');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const result = { from: current, to: db.version, stores: [...db.objectStoreNames], blocked };
        db.close();
        resolve(result);
      };
      // Never hang the test: the old tabs must let go of their connections.
      setTimeout(() => reject(new Error(`the upgrade stayed blocked (blocked event: ${blocked})`)), 10_000);
    });
  });
  expect(upgraded.to).toBe(upgraded.from + 1);
  expect(upgraded.stores).toContain('addedByANewerVersion');
  expect(upgraded.stores).toContain('assessments');

  // Tab 1 closed its connection and asks for a reload instead of writing with stale code.
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This app was updated in another tab');
  await expect(alert).toContainText('Reload this page before you continue');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  await other.close();
});

test('Storage & about shows the persistent-storage outcome and the space used once an assessment exists', async ({ page }) => {
  await page.goto('./#/about');
  await expect(page.getByRole('heading', { name: 'Storage & about' })).toBeVisible();
  const outcome = page.getByTestId('persist-outcome');
  await expect(outcome).toHaveText('Not asked yet: the app asks once you have created or imported an assessment.');
  await expect(page.getByRole('button', { name: 'Ask for persistent storage now' })).toBeVisible();

  await page.getByRole('link', { name: 'Assessments', exact: true }).click();
  await page.getByRole('button', { name: 'Start from the BPO template' }).click();
  await expect(page.getByRole('region', { name: 'Checklist' })).toBeVisible();

  await page.getByRole('link', { name: 'Storage & about' }).click();
  await expect(page.getByRole('heading', { name: 'Storage & about' })).toBeVisible();
  // The app asked once the assessment existed: the outcome is granted or not, never "not asked".
  await expect(outcome).toHaveText(
    /^(Granted: the browser will not evict this data to free space\.|Not granted: the browser may clear this data when space runs low\. Export your assessments regularly\.)$/,
  );
  await expect(page.getByRole('button', { name: 'Ask for persistent storage now' })).toHaveCount(0);
  const used = page.locator('dt', { hasText: 'Space used' }).locator('xpath=following-sibling::dd[1]');
  await expect(used).toHaveText(/^\d+(\.\d)? (B|kB|MB|GB) of \d+(\.\d)? (B|kB|MB|GB) available to this site$/);
  await expect(used).not.toHaveText(/^0 B /); // the assessment takes room
  await expect(page.getByText('IndexedDB “bpo-workbench”, schema version 5')).toBeVisible();
  // The outcome is remembered: a reload does not go back to "not asked".
  await page.reload();
  await expect(outcome).not.toContainText('Not asked yet');
});
