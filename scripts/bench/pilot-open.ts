// Opening the worked example's Q1 pilot once its CSV import has added 100k or 1M measurements (the
// import is csv-import.ts's, once per size, in a fresh profile on disk). Five times each:
// - a reload of the pilot's screen, once the app is installed (its service worker serves the files, as
//   for anyone who has used the app before): from navigation to the decision shown and every trend chart drawn
//   (each chart marks its first draw, 'pilot-trend-drawn'; one per canvas on the screen), then the
//   page's JS heap and array buffers after a full garbage collection (CDP). Floor: a bare page of the
//   same origin reading every record of the app's IndexedDB databases (what the app must at least read).
// - from the pilot list: the link clicked → the same, as users open a pilot most of the time.
import type { Page } from 'playwright-core';
import { diskContext, heapAfterGc, repeat, within } from './browser';
import { importCsv, measurementsCsv } from './csv-import';
import type { Row } from './report';
import { arm, chartsDrawnAt, DECISION_SHOWN, fileOnDisk, firstPaint, installed, longTasks, openExamplePilot, seen, settled } from './ui';

/** When the decision was painted and every chart drawn (page clock), from the moment `since` on. */
async function shown(page: Page, since: number): Promise<{ decision: number; charts: number; end: number }> {
  const decision = (await within(120_000, 'the decision shown', seen(page, 'decision'))).painted;
  const charts = await within(120_000, 'every trend chart drawn', chartsDrawnAt(page, 'pilot-trend-drawn', since));
  return { decision, charts, end: Math.max(decision, charts) };
}

async function reloadRun(page: Page): Promise<{ ms: number; fcp: number; heapMb: number; buffersMb: number; longestMs: number }> {
  await page.reload({ waitUntil: 'commit' });
  const { end } = await shown(page, 0);
  const longest = (await longTasks(page, 0, await settled(page, end))).longest;
  return { ms: end, fcp: await firstPaint(page), ...(await heapAfterGc(page)), longestMs: longest };
}

async function fromListRun(page: Page): Promise<number> {
  await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Pilots' }).click();
  const link = page.getByRole('link', { name: /Q1 pilot/ }).first();
  await link.waitFor();
  await settled(page, (await page.evaluate('performance.now()')) as number);
  await page.evaluate('performance.clearMarks("pilot-trend-drawn")');
  await arm(page, 'decision', DECISION_SHOWN);
  await link.click();
  const clicked = (await page.evaluate('__bench.clickAt')) as number;
  return (await shown(page, clicked)).end - clicked;
}

/** Every record of every IndexedDB database of the origin, read in a bare page (a 404 page of the same server). */
export async function bareRead(page: Page, url: string): Promise<number> {
  await page.goto(new URL('no-such-file', url).href);
  return (await page.evaluate(`(async () => {
    const t0 = performance.now();
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const stores = [...db.objectStoreNames];
      if (stores.length > 0) {
        const tx = db.transaction(stores, 'readonly');
        await Promise.all(stores.map((s) => new Promise((resolve, reject) => {
          const request = tx.objectStore(s).getAll();
          request.onsuccess = () => resolve(request.result.length);
          request.onerror = () => reject(request.error);
        })));
      }
      db.close();
    }
    return performance.now() - t0;
  })()`)) as number;
}

export async function pilotOpenBench(url: string, sizes: number[], runs = 5): Promise<Row[]> {
  const out: Row[] = [];
  for (const rows of sizes) {
    const { context, page, close } = await diskContext();
    try {
      await openExamplePilot(page, url);
      await importCsv(page, fileOnDisk(`measurements-${rows}.csv`, measurementsCsv(rows)), rows);
      await installed(page);
      await settled(page, (await page.evaluate('performance.now()')) as number);
      await context.addInitScript(`if (/\\/pilots\\/./.test(location.hash)) __bench.arm('decision', ${DECISION_SHOWN})`);
      const reloads = await repeat(runs, () => reloadRun(page));
      const fromList = await repeat(runs, () => fromListRun(page));
      const reads = await repeat(runs, () => bareRead(page, url));
      const n = rows >= 1e6 ? `${rows / 1e6}M` : `${rows / 1e3}k`;
      const large = rows >= 1e6;
      out.push(
        {
          figure: `pilot ${n} rows: reload → decision and charts drawn`,
          unit: 'ms',
          runs: reloads.map((r) => r.ms),
          floor: { what: 'bare page reads all IndexedDB', runs: reads },
          goal: { on: 'value', max: large ? 1500 : 300 },
          note: `first contentful paint ${reloads.map((r) => Math.round(r.fcp)).join(', ')} ms; longest task ${reloads.map((r) => Math.round(r.longestMs)).join(', ')} ms`,
        },
        {
          figure: `pilot ${n} rows: JS heap + array buffers after open (after GC)`,
          unit: 'MB',
          runs: reloads.map((r) => r.heapMb + r.buffersMb),
          ...(large ? { goal: { on: 'value' as const, max: 100, strict: true } } : {}),
          note: `V8 heap ${reloads.map((r) => r.heapMb.toFixed(1)).join(', ')} MB; array buffers ${reloads.map((r) => r.buffersMb.toFixed(1)).join(', ')} MB (the page only, workers not included)`,
        },
        { figure: `pilot ${n} rows: from the pilot list → decision and charts drawn`, unit: 'ms', runs: fromList },
      );
    } finally {
      await close();
    }
  }
  return out;
}
