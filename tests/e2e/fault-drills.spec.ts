// Fault drills, two tabs of one browser (one context: they share IndexedDB) editing at the same time:
// different vendors, the same vendor, a vendor removed while the other tab scores it, and 140 scores
// typed from both tabs at once. Each drill checks what IndexedDB holds afterwards, not only what the
// pages show. Storage faults: fault-drills-storage.spec.ts.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openWorkedExample } from './fixtures';
import { expectRanking, gridCell, openTab } from './helpers';
import { EXAMPLE_ID, downloadText, expectAllSaved, readStored, saveState, secondTab } from './fault-drill-support';

const vendorRow = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Vendors' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });

/**
 * Holds a read-only transaction open on the assessments (a request after request) until the returned
 * function is called: every write made meanwhile waits, and they then run in the order they were made.
 */
async function holdStorage(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((started, failed) => {
        const open = indexedDB.open('bpo-workbench');
        open.onerror = () => failed(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('assessments', 'readonly');
          const store = tx.objectStore('assessments');
          const w = window as unknown as { faultDrillHold?: { held: boolean; released: Promise<void> } };
          const hold = { held: true, released: new Promise<void>((done) => (tx.oncomplete = () => (db.close(), done()))) };
          w.faultDrillHold = hold;
          const again = () => {
            if (hold.held) store.count().onsuccess = again;
          };
          again();
          started();
        };
      }),
  );
  return () =>
    page.evaluate(async () => {
      const hold = (window as unknown as { faultDrillHold: { held: boolean; released: Promise<void> } }).faultDrillHold;
      hold.held = false;
      await hold.released;
    });
}

/** Opens the vendor's edit form on the Vendors screen. */
async function editVendor(page: Page, name: string) {
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  const form = page.getByRole('form', { name: `Edit “${name}”` });
  await expect(form).toBeVisible();
  return form;
}

test('1. two tabs save edits of two vendors within milliseconds: both are stored and both tabs show both', async ({ page, context }) => {
  await openWorkedExample(page);
  const { tab, errors } = await secondTab(context);
  await tab.goto(page.url());
  await openTab(page, 'Vendors');
  await openTab(tab, 'Vendors');

  const formA = await editVendor(page, 'Northwind Contact');
  const formB = await editVendor(tab, 'Contoso CX');
  await formA.getByRole('textbox', { name: 'Notes' }).fill('Strong on retail banking.');
  await formB.getByRole('textbox', { name: 'Headquarters' }).fill('Lisbon, Portugal');
  // Both Save buttons focused, then Enter in both tabs at once: the two writes start within a few ms.
  await formA.getByRole('button', { name: 'Save changes' }).focus();
  await formB.getByRole('button', { name: 'Save changes' }).focus();
  await Promise.all([page.keyboard.press('Enter'), tab.keyboard.press('Enter')]);
  await expect(formA).toBeHidden();
  await expect(formB).toBeHidden();

  for (const p of [page, tab]) {
    await expect(vendorRow(p, 'Northwind Contact').getByRole('rowheader')).toContainText('Strong on retail banking.');
    await expect(vendorRow(p, 'Contoso CX')).toContainText('Lisbon, Portugal');
  }
  const vendors = (await readStored(page)).assessment!.vendors;
  expect(vendors.find((v) => v.id === 'northwind')).toMatchObject({ notes: 'Strong on retail banking.' });
  expect(vendors.find((v) => v.id === 'northwind')?.headquarters).toBeUndefined();
  expect(vendors.find((v) => v.id === 'contoso')).toMatchObject({ headquarters: 'Lisbon, Portugal' });
  expect(vendors.find((v) => v.id === 'contoso')?.notes).toBeUndefined();
  expect(errors).toEqual([]);
});

test('2. a vendor form opened before another tab saved the same vendor asks for a review, then keeps both changes', async ({ page, context }) => {
  await openWorkedExample(page);
  const { tab, errors } = await secondTab(context);
  await tab.goto(page.url());
  await openTab(page, 'Vendors');
  await openTab(tab, 'Vendors');

  const formA = await editVendor(page, 'Fabrikam Support');
  const formB = await editVendor(tab, 'Fabrikam Support');
  await formB.getByRole('textbox', { name: 'Notes' }).fill('Call back in March.');
  await formB.getByRole('button', { name: 'Save changes' }).click();
  await expect(formB).toBeHidden();
  await expect(vendorRow(page, 'Fabrikam Support').getByRole('rowheader')).toContainText('Call back in March.');

  await formA.getByRole('textbox', { name: 'Headquarters' }).fill('Porto, Portugal');
  await formA.getByRole('button', { name: 'Save changes' }).click();
  const review = formA.getByRole('alert');
  await expect(review).toContainText('Changed in another tab since you opened this form: review. Nothing was saved.');
  await expect(review.getByRole('listitem')).toHaveText(['Notes is now “Call back in March.”']);
  let fabrikam = (await readStored(page)).assessment!.vendors.find((v) => v.id === 'fabrikam');
  expect(fabrikam?.notes).toBe('Call back in March.');
  expect(fabrikam?.headquarters).toBeUndefined();

  // Saved again after the review: A's headquarters on the vendor as it is now, B's note kept.
  await formA.getByRole('button', { name: 'Save changes' }).click();
  await expect(formA).toBeHidden();
  fabrikam = (await readStored(page)).assessment!.vendors.find((v) => v.id === 'fabrikam');
  expect(fabrikam).toMatchObject({ notes: 'Call back in March.', headquarters: 'Porto, Portugal' });
  for (const p of [page, tab]) {
    await expect(vendorRow(p, 'Fabrikam Support')).toContainText('Porto, Portugal');
    await expect(vendorRow(p, 'Fabrikam Support').getByRole('rowheader')).toContainText('Call back in March.');
  }
  expect(errors).toEqual([]);
});

test('3. a score typed for a vendor another tab has just removed is refused; exports and the backup stay importable', async ({ page, context }) => {
  await openWorkedExample(page);
  const { tab, errors } = await secondTab(context);
  await tab.goto(`./#/a/${EXAMPLE_ID}/scoring`);
  const cell = gridCell(tab, 'Fabrikam Support', 'Integration with our systems');
  await expect(cell).toHaveAccessibleName(/: not scored$/);
  await cell.focus();
  await openTab(page, 'Vendors');

  // Both writes meet in storage: while a reader holds it busy (as a long export or another tab's
  // read may), A's removal queues first and B's score, typed on a screen that still shows Fabrikam,
  // second. IndexedDB then runs them in that order, so B's write finds the vendor gone.
  const release = await holdStorage(page);
  await page.getByRole('button', { name: 'Remove Fabrikam Support' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove vendor' }).click();
  await expect(vendorRow(page, 'Fabrikam Support')).toHaveCount(0);
  await expect(saveState(page)).toHaveText('Saving…');
  await tab.keyboard.press('4');
  await expect(cell).toHaveAccessibleName(/: 4, Exceeds expectations$/);
  await release();

  await expect(tab.getByRole('alert').filter({ hasText: 'Could not save the score.' })).toContainText(
    'Could not save the score. The vendor “Fabrikam Support” was removed in another tab.',
  );
  await expect(saveState(tab)).toHaveText(/^Not saved: the score\. The vendor “Fabrikam Support” was removed in another tab\./);
  await expect(tab.getByRole('grid').getByRole('columnheader', { name: /Fabrikam/ })).toHaveCount(0);
  const stored = await readStored(page);
  expect(stored.assessment!.vendors.map((v) => v.id)).toEqual(['northwind', 'contoso']);
  expect(stored.scores.filter((s) => s.vendorId === 'fabrikam')).toEqual([]);
  expect(stored.scores).toHaveLength(11); // the 13 of the worked example less Fabrikam's 2

  // B's "Export JSON" imports again as a copy, without a word of complaint.
  const exported = await downloadText(tab, () => tab.getByRole('button', { name: 'Export JSON' }).click());
  const file = JSON.parse(exported.text) as { assessment: { scores: { vendorId: string }[] } };
  expect(file.assessment.scores).toHaveLength(11);
  await page.goto('./#/');
  await page.getByLabel('Import JSON file').first().setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
  await page.getByRole('dialog', { name: /is already in this browser/ }).getByRole('button', { name: 'Import as a copy' }).click();
  await expect(page.getByRole('table', { name: /Ranking/ })).toBeVisible();
  const copyId = /#\/a\/([^/]+)\//.exec(page.url())![1];
  expect(copyId).not.toBe(EXAMPLE_ID);
  expect((await readStored(page, copyId)).scores).toHaveLength(11);

  // And so does the full backup, restored over both.
  await page.getByRole('link', { name: '← All assessments' }).click();
  const backup = await downloadText(page, () => page.getByRole('region', { name: 'Backup and restore' }).getByRole('button', { name: 'Export everything' }).click());
  await page.getByLabel('Restore from backup').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  const restore = page.getByRole('dialog', { name: 'Restore from backup?' });
  await restore.getByRole('button', { name: 'Restore 2 assessments' }).click();
  await expect(restore).toBeHidden();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await readStored(page)).scores).toHaveLength(11);
  expect(errors).toEqual([]);
});

/** 70 criteria in one category, two vendors, one evaluator, nothing scored: 140 cells. */
function seventyCriteriaFile(): string {
  const example = JSON.parse(readFileSync(new URL('../../src/data/small-assessment.json', import.meta.url), 'utf8'));
  const criteria = Array.from({ length: 70 }, (_, i) => ({ id: `c${i + 1}`, name: `Criterion ${i + 1}`, weight: 1, mustHave: false, minScore: null }));
  example.assessment = {
    ...example.assessment,
    id: 'drill-140',
    name: 'Seventy criteria',
    categories: [{ id: 'service', name: 'Service', weight: 100, criteria }],
    vendors: [
      { id: 'alpha', name: 'Alpha Contact', status: 'shortlisted' },
      { id: 'bravo', name: 'Bravo BPO', status: 'shortlisted' },
    ],
    evaluators: [{ id: 'ana', name: 'Ana (Procurement)' }],
    scores: [],
    pilots: [],
  };
  return JSON.stringify(example);
}

test('4. 140 scores typed from two tabs at once: all are stored, and both tabs show the same scores and leader', async ({ page, context }) => {
  const alpha = Array.from({ length: 70 }, (_, i) => 1 + (i % 5));
  const bravo = Array.from({ length: 70 }, (_, i) => (i % 3 === 0 ? 5 : 3));
  // Equal weights: the total is the mean score as a share of the scale's top, 5.
  const total = (values: number[]) => ((100 * values.reduce((a, b) => a + b, 0)) / (5 * values.length)).toFixed(1);
  expect([total(alpha), total(bravo)]).toEqual(['60.0', '73.7']);

  await page.goto('./#/');
  await page.getByLabel('Import JSON file').first().setInputFiles({ name: 'seventy.json', mimeType: 'application/json', buffer: Buffer.from(seventyCriteriaFile()) });
  await expect(page.getByRole('table', { name: /Ranking/ })).toBeVisible();
  const { tab, errors } = await secondTab(context);
  await tab.goto('./#/a/drill-140/scoring');
  await openTab(page, 'Scoring');
  await gridCell(page, 'Alpha Contact', 'Criterion 1').focus();
  await gridCell(tab, 'Bravo BPO', 'Criterion 1').focus();

  for (let i = 0; i < 70; i++) {
    await Promise.all([page.keyboard.press(String(alpha[i])), tab.keyboard.press(String(bravo[i]))]);
    await Promise.all([page.keyboard.press('ArrowDown'), tab.keyboard.press('ArrowDown')]);
  }

  const values = alpha.flatMap((a, i) => [String(a), String(bravo[i])]);
  for (const p of [page, tab]) {
    await expect(p.getByRole('grid').getByRole('columnheader', { name: /Alpha Contact/ })).toContainText('70 / 70');
    await expect(p.getByRole('grid').getByRole('columnheader', { name: /Bravo BPO/ })).toContainText('70 / 70');
    await expect(p.getByRole('grid').locator('td[role="gridcell"] .value')).toHaveText(values);
    await expectAllSaved(p);
  }
  const stored = await readStored(page, 'drill-140');
  expect(stored.scores).toHaveLength(140);
  const storedValue = (vendorId: string, i: number) => stored.scores.find((s) => s.vendorId === vendorId && s.criterionId === `c${i + 1}`)?.value;
  expect(alpha.map((_, i) => storedValue('alpha', i))).toEqual(alpha);
  expect(bravo.map((_, i) => storedValue('bravo', i))).toEqual(bravo);

  for (const p of [page, tab]) {
    await openTab(p, 'Results');
    await expectRanking(p, [
      { rank: '1', vendor: 'Bravo BPO', score: total(bravo), coverage: '100 %', status: 'Qualified' },
      { rank: '2', vendor: 'Alpha Contact', score: total(alpha), coverage: '100 %', status: 'Qualified' },
    ]);
  }
  const exported = JSON.parse((await downloadText(tab, () => tab.getByRole('button', { name: 'Export JSON' }).click())).text) as {
    assessment: { scores: { vendorId: string; criterionId: string; value: number }[] };
  };
  expect(exported.assessment.scores).toHaveLength(140);
  const exportedValue = (vendorId: string, i: number) => exported.assessment.scores.find((s) => s.vendorId === vendorId && s.criterionId === `c${i + 1}`)?.value;
  expect(alpha.map((_, i) => exportedValue('alpha', i))).toEqual(alpha);
  expect(bravo.map((_, i) => exportedValue('bravo', i))).toEqual(bravo);
  expect(errors).toEqual([]);
});
