// An assessment of 200 vendors × 100 criteria × 10 evaluators, every cell scored, imported through the
// home screen. Then, five times:
// - a score typed in the scoring grid (consensus shown in the grid): from the keydown to the next frame
//   painted with the cell's new value (rAF, then a task after that frame), and the script the page ran
//   for it (CDP Performance.getMetrics ScriptDuration, from before the key until the page has had a
//   second without a long task: the edit's storage write and anything it starts included). Floor: the
//   same for a key the grid ignores (Shift): the browser's own cost of a key and a frame.
// - then the Results tab clicked: from the click to the ranking and the calibration panel painted.
// No screen shows the ranking, the consensus and calibration together while a score is typed, so the
// edit's cost is this pair: the grid's own update, and Results opened after it.
// Then, once the app is installed (ui.ts installed), five reloads of Results: navigation → ranking and calibration painted; floor: the same
// navigation's first contentful paint.
import type { CDPSession, Page } from 'playwright-core';
import { exportAssessment } from '../../src/exchange/export';
import { diskContext, repeat, within } from './browser';
import { largeAssessment } from './large-assessment';
import type { Row } from './report';
import { arm, fileOnDisk, firstPaint, importAssessmentFile, installed, longTasks, RESULTS_PAINTED, seen, settled } from './ui';

interface KeyRun {
  paintMs: number;
  scriptMs: number;
  longestMs: number;
}

const scriptSeconds = async (cdp: CDPSession) =>
  (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;

// On the next keydown: when the focused cell's label changed (or, for a key the grid ignores, at once)
// and when that was painted. Source text (see page-probe.ts).
const NEXT_KEY = (waitForChange: boolean) => `__bench.nextKey = new Promise((resolve) => addEventListener('keydown', (e) => {
  const cell = document.activeElement;
  const before = cell.getAttribute('aria-label');
  const changed = ${waitForChange} ? __bench.when(() => cell.getAttribute('aria-label') !== before) : Promise.resolve(performance.now());
  changed.then(() => __bench.afterPaint()).then((painted) => resolve({ t0: e.timeStamp, painted }));
}, { capture: true, once: true })), 0`;

/** Presses `key` on the focused grid cell; the time to the painted change and the script it cost. */
async function pressKey(page: Page, cdp: CDPSession, key: string, changes: boolean): Promise<KeyRun> {
  await page.evaluate(NEXT_KEY(changes));
  const before = await scriptSeconds(cdp);
  await page.keyboard.press(key);
  const { t0, painted } = (await within(60_000, `key ${key} painted`, page.evaluate('__bench.nextKey'))) as { t0: number; painted: number };
  const end = await settled(page, t0);
  const after = await scriptSeconds(cdp);
  return { paintMs: painted - t0, scriptMs: (after - before) * 1000, longestMs: (await longTasks(page, t0, end)).longest };
}

/** A digit other than the focused cell's value (its label ends with the value in words or digits). */
async function newDigit(page: Page, i: number): Promise<string> {
  const label = (await page.evaluate('document.activeElement.getAttribute("aria-label")')) as string;
  const digit = String((i % 5) + 1);
  return new RegExp(`: ${digit}\\b`).test(label) ? String(((i + 1) % 5) + 1) : digit;
}

async function openScoring(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Scoring' }).click();
  const cell = page.locator('[role="gridcell"][tabindex="0"]').first();
  await cell.waitFor({ timeout: 120_000 });
  // The grid shows the consensus per cell: an edit updates it too.
  await page.getByLabel('Show consensus').check();
  await cell.focus();
  await settled(page, (await page.evaluate('performance.now()')) as number);
}

/** Clicks the Results tab: from the click to the ranking and calibration painted, and the longest task. */
async function openResults(page: Page): Promise<{ ms: number; longestMs: number }> {
  await arm(page, 'results', RESULTS_PAINTED);
  await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Results' }).click();
  const { painted } = await within(120_000, 'Results painted', seen(page, 'results'));
  const clicked = (await page.evaluate('__bench.clickAt')) as number;
  return { ms: painted - clicked, longestMs: (await longTasks(page, clicked, await settled(page, painted))).longest };
}

/** Reloads the Results screen: navigation → ranking and calibration painted, its first paint, the longest task. */
async function reloadResults(page: Page): Promise<{ ms: number; fcp: number; longestMs: number }> {
  await page.reload({ waitUntil: 'commit' });
  const { painted } = await within(120_000, 'Results painted after a reload', seen(page, 'results-load'));
  return { ms: painted, fcp: await firstPaint(page), longestMs: (await longTasks(page, 0, await settled(page, painted))).longest };
}

export async function editBench(url: string, runs = 5): Promise<Row[]> {
  const a = largeAssessment(200, 100, 10);
  const path = fileOnDisk('assessment-200x100x10.json', Buffer.from(exportAssessment(a, '2026-11-22T00:00:00.000Z')));
  const { context, page, close } = await diskContext(1600);
  try {
    await importAssessmentFile(page, url, path);
    await page.getByRole('table', { name: /Ranking/ }).waitFor({ timeout: 300_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await openScoring(page);
    const ignored = await repeat(runs, () => pressKey(page, cdp, 'Shift', false));
    const typed: KeyRun[] = [];
    const opened: { ms: number; longestMs: number }[] = [];
    for (let i = -1; i < runs; i++) {
      if (i > -1) await openScoring(page);
      await page.keyboard.press('ArrowRight');
      const run = await pressKey(page, cdp, await newDigit(page, i), true);
      const open = await openResults(page);
      if (i < 0) continue; // the first round warms up the screens
      typed.push(run);
      opened.push(open);
    }
    await installed(page);
    await context.addInitScript(`if (/\\/results$/.test(location.hash)) __bench.arm('results-load', ${RESULTS_PAINTED})`);
    const reloads = await repeat(runs, () => reloadResults(page));
    const floor = (what: string, values: number[]) => ({ what, runs: values });
    return [
      {
        figure: 'edit 200×100×10: keypress → grid painted',
        unit: 'ms',
        runs: typed.map((r) => r.paintMs),
        floor: floor('ignored key → next paint', ignored.map((r) => r.paintMs)),
        goal: { on: 'value', max: 50, strict: true },
      },
      {
        figure: 'edit 200×100×10: script per keypress',
        unit: 'ms',
        runs: typed.map((r) => r.scriptMs),
        floor: floor('ignored key', ignored.map((r) => r.scriptMs)),
        goal: { on: 'value', max: 16, strict: true },
        note: `CDP ScriptDuration until a second without a long task (storage write included); longest task per keypress: ${typed.map((r) => Math.round(r.longestMs)).join(', ')} ms`,
      },
      {
        figure: 'edit 200×100×10: Results tab after an edit → painted',
        unit: 'ms',
        runs: opened.map((r) => r.ms),
        note: 'ranking table and calibration panel painted',
      },
      { figure: 'edit 200×100×10: opening Results, longest task', unit: 'ms', runs: opened.map((r) => r.longestMs), goal: { on: 'value', max: 100 } },
      {
        figure: 'Results 200×100×10 after a reload → painted',
        unit: 'ms',
        runs: reloads.map((r) => r.ms),
        floor: floor('first contentful paint', reloads.map((r) => r.fcp)),
        note: `longest task per reload: ${reloads.map((r) => Math.round(r.longestMs)).join(', ')} ms`,
      },
    ];
  } finally {
    await close();
  }
}
