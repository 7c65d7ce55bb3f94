// A browser that stored its data with schema version 1 (one IndexedDB record per score) opens the
// current build: the upgrades move every score into its vendor's block and every measurement block into
// blocks of bounded size in the one upgrade transaction (src/db/migrations.ts), and the worked example
// reads back exactly: its scores on the grid, its ranking and its pilot's decision.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { gridCell, openTab } from './helpers';
import { EXAMPLE_ID, readStored } from './fault-drill-support';

const file = JSON.parse(readFileSync(new URL('../../src/data/small-assessment.json', import.meta.url), 'utf8')) as {
  assessment: { scores: unknown[]; pilots: { measurements: unknown[] }[] };
};

test('data stored by schema version 1 opens in the current build with every score, the ranking and the pilot decision', async ({ page }) => {
  // A blank page of the app's origin, which does not open the database, to write version 1's layout first.
  await page.route('**/schema-upgrade-setup', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Setup</title>' }));
  await page.goto('./schema-upgrade-setup');
  const written = await page.evaluate(
    (a) =>
      new Promise<number>((resolve, reject) => {
        // Schema version 1 exactly as Dexie declared it (IndexedDB version = Dexie's × 10).
        const open = indexedDB.open('bpo-workbench', 10);
        open.onupgradeneeded = () => {
          const db = open.result;
          db.createObjectStore('assessments', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
          db.createObjectStore('scores', { keyPath: ['assessmentId', 'vendorId', 'criterionId', 'evaluatorId'] }).createIndex('assessmentId', 'assessmentId');
          db.createObjectStore('pilots', { keyPath: ['assessmentId', 'id'] }).createIndex('assessmentId', 'assessmentId');
          const m = db.createObjectStore('measurements', { keyPath: ['assessmentId', 'pilotId', 'kpiId'] });
          m.createIndex('[assessmentId+pilotId]', ['assessmentId', 'pilotId']);
          m.createIndex('assessmentId', 'assessmentId');
          db.createObjectStore('settings', { keyPath: 'key' });
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['assessments', 'scores', 'pilots', 'measurements'], 'readwrite');
          const { scores, pilots, ...meta } = a as unknown as { id: string; scores: Record<string, unknown>[]; pilots: { id: string; measurements: { kpiId: string; date: string; value: number; n?: number; note?: string }[] }[] };
          tx.objectStore('assessments').add({ ...meta, revision: 'written-by-version-1' });
          for (const s of scores) tx.objectStore('scores').add({ ...s, assessmentId: meta.id });
          pilots.forEach(({ measurements, ...p }, order) => {
            tx.objectStore('pilots').add({ ...p, assessmentId: meta.id, order });
            // Version 1's measurement blocks: one per KPI, rows as columns, dates and notes kept once each.
            for (const kpiId of [...new Set(measurements.map((r) => r.kpiId))]) {
              const rows = measurements.filter((r) => r.kpiId === kpiId);
              const dates = [...new Set(rows.map((r) => r.date))];
              const notes = [...new Set(rows.flatMap((r) => (r.note === undefined ? [] : [r.note])))];
              tx.objectStore('measurements').add({
                assessmentId: meta.id, pilotId: p.id, kpiId,
                dates, date: Uint32Array.from(rows, (r) => dates.indexOf(r.date)),
                value: Float64Array.from(rows, (r) => r.value), n: Float64Array.from(rows, (r) => r.n ?? NaN),
                notes, note: Uint32Array.from(rows, (r) => (r.note === undefined ? 0 : notes.indexOf(r.note) + 1)),
              });
            }
          });
          tx.oncomplete = () => {
            db.close();
            resolve(scores.length);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    file.assessment,
  );
  expect(written).toBe(file.assessment.scores.length);

  await page.goto('./#/');
  await page.getByRole('link', { name: /worked example/i }).first().click();
  await openTab(page, 'Scoring');
  await expect(gridCell(page, 'Northwind Contact', 'Integration with our systems')).toHaveAccessibleName(/: 2, Below expectations$/);
  expect((await readStored(page, EXAMPLE_ID)).scores).toHaveLength(file.assessment.scores.length);

  await openTab(page, 'Results');
  await expect(page.getByRole('table', { name: /Ranking/ }).getByRole('row').nth(1)).toContainText('Northwind Contact');
  await page.getByRole('link', { name: 'Q1 pilot' }).click();
  await expect(page.getByRole('region', { name: 'Decision' })).toHaveText(/^\s*GO/);

  await page.goto('./#/about');
  await expect(page.getByText('IndexedDB “bpo-workbench”, schema version 5')).toBeVisible();
});
