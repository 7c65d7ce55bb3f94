// What the fault drills share: reading what IndexedDB holds (not what a page shows), a second tab of the
// same browser context whose errors are collected, the worked example, and a storage quota the test
// can exhaust. Storage layout: src/db/schema.ts.
import { readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { ScoreBlock } from '../../src/db/format/score-blocks';

export const EXAMPLE_ID = 'demo-small';

/** What one assessment's records hold in IndexedDB, read in one read-only transaction. */
interface Stored {
  /** The assessment record (vendors, criteria, evaluators…), or null once it is gone. */
  assessment: { name: string; revision?: string; vendors: { id: string; name: string; notes?: string; headquarters?: string }[] } | null;
  scores: { vendorId: string; criterionId: string; evaluatorId: string; value: number | null; note?: string }[];
  pilots: { id: string; vendorId: string; decisions: unknown[] }[];
  /** Stored measurement rows per pilot and KPI ("pilotId/kpiId" → the rows of all its blocks). */
  blockRows: Record<string, number>;
}

/** Reads the stored assessment through the page's own IndexedDB (any tab of the context sees the same). */
export async function readStored(page: Page, assessmentId = EXAMPLE_ID): Promise<Stored> {
  return page.evaluate(
    (id) =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('bpo-workbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['assessments', 'scoreBlocks', 'pilots', 'measurementBlocks'], 'readonly');
          const all = (store: string) => tx.objectStore(store).index('assessmentId').getAll(id);
          const assessment = tx.objectStore('assessments').get(id);
          const scoreBlocks = all('scoreBlocks');
          const pilots = all('pilots');
          const blocks = all('measurementBlocks');
          tx.oncomplete = () => {
            db.close();
            const blockRows: Record<string, number> = {};
            // A KPI's rows may be stored in several blocks (src/db/format/measurement-blocks.ts).
            for (const b of blocks.result as { pilotId: string; kpiId: string; value: Float64Array }[]) {
              const key = `${b.pilotId}/${b.kpiId}`;
              blockRows[key] = (blockRows[key] ?? 0) + b.value.length;
            }
            // One block per vendor, scores as columns (src/db/format/score-blocks.ts).
            const scores: Stored['scores'] = [];
            for (const b of scoreBlocks.result as ScoreBlock[]) {
              for (let i = 0; i < b.value.length; i++) {
                const score: Stored['scores'][number] = { vendorId: b.vendorId, criterionId: b.criteria[b.criterion[i]], evaluatorId: b.evaluators[b.evaluator[i]], value: Number.isNaN(b.value[i]) ? null : b.value[i] };
                if (b.note[i] !== 0) score.note = b.notes[b.note[i] - 1];
                scores.push(score);
              }
            }
            resolve({ assessment: (assessment.result as Stored['assessment']) ?? null, scores, pilots: pilots.result, blockRows });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    assessmentId,
  );
}

export function storedRowCount(stored: Stored, pilotId: string): number {
  return Object.entries(stored.blockRows)
    .filter(([key]) => key.startsWith(`${pilotId}/`))
    .reduce((sum, [, rows]) => sum + rows, 0);
}

export function scoreOf(stored: Stored, vendorId: string, criterionId: string, evaluatorId = 'ana'): number | null | undefined {
  return stored.scores.find((s) => s.vendorId === vendorId && s.criterionId === criterionId && s.evaluatorId === evaluatorId)?.value;
}

/**
 * Another tab of the same browser context (it shares IndexedDB with `page`). The fixture watches only
 * `page`; this one's console errors and page errors are collected for the test to check.
 */
export async function secondTab(context: BrowserContext): Promise<{ tab: Page; errors: string[] }> {
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('pageerror', (e) => errors.push(e.message));
  return { tab, errors };
}

/** The header's save state ("Saving…", "Not saved: …", "All changes saved · …"). */
export function saveState(page: Page) {
  return page.getByRole('status').filter({ hasText: /^(Saving…|Not saved:|All changes saved)/ });
}

export async function expectAllSaved(page: Page): Promise<void> {
  await expect(saveState(page)).toHaveText(/^All changes saved/);
}

/** A downloaded file's text, from a click that starts the download. */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const pending = page.waitForEvent('download');
  await click();
  const file = await pending;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/**
 * A storage quota the test can exhaust. Chromium checks an IndexedDB write against the quota it last
 * asked the quota manager for, less what it has granted since, decaying to nothing over 30 s
 * (BucketContext::GetBucketSpaceToAllot), so lowering the quota alone takes up to 30 s to bite. Starting
 * the context with a small quota keeps that cached allowance small; a write larger than it (which the
 * lowered quota then refuses) makes Chromium ask again at once, and every later write is checked against
 * the lowered quota.
 */
export class Quota {
  static readonly INITIAL = 8 * 1024 * 1024;
  readonly #cdp: CDPSession;
  readonly #origin: string;

  private constructor(cdp: CDPSession, origin: string) {
    this.#cdp = cdp;
    this.#origin = origin;
  }

  /** Call before the page first touches storage: the origin starts with an 8 MB quota. */
  static async start(context: BrowserContext, page: Page, baseURL: string): Promise<Quota> {
    const quota = new Quota(await context.newCDPSession(page), new URL(baseURL).origin);
    await quota.#cdp.send('Storage.overrideQuotaForOrigin', { origin: quota.#origin, quotaSize: Quota.INITIAL });
    return quota;
  }

  /** Sets the quota to what the origin uses now; the 9 MB probe write that follows is refused, and from then on every write. */
  async exhaust(page: Page): Promise<void> {
    const { usage } = await this.#cdp.send('Storage.getUsageAndQuota', { origin: this.#origin });
    await this.#cdp.send('Storage.overrideQuotaForOrigin', { origin: this.#origin, quotaSize: usage });
    const probe = await probeWrite(page, Quota.INITIAL + 1024 * 1024);
    // Chromium 150 (Debian, December 2026) commits this write even with the quota set to one byte: it no
    // longer holds IndexedDB to an overridden quota, so storage cannot be filled from a test. The drill
    // is then skipped, saying why, rather than passed without the fault it is about.
    test.skip(probe === 'committed', 'this Chromium does not hold IndexedDB writes to an overridden quota (Storage.overrideQuotaForOrigin)');
    expect(probe, 'a write over the cached allowance is refused').toBe('QuotaExceededError');
  }

  /** Back to the browser's own quota. */
  async lift(): Promise<void> {
    await this.#cdp.send('Storage.overrideQuotaForOrigin', { origin: this.#origin });
  }
}

/**
 * Writes `bytes` to the app's settings store under a key the app never reads; resolves "committed" or
 * the name of the error that aborted the write (then nothing was written).
 */
function probeWrite(page: Page, bytes: number): Promise<string> {
  return page.evaluate(
    (size) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('bpo-workbench');
        open.onerror = () => resolve(open.error?.name ?? 'open failed');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'fault-drill-quota-probe', value: new Uint8Array(size) });
          tx.oncomplete = () => (db.close(), resolve('committed'));
          tx.onabort = () => (db.close(), resolve(tx.error?.name ?? 'aborted'));
        };
      }),
    bytes,
  );
}
