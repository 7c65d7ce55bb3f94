// The user-visible steps and on-screen conditions the browser figures share. Only labels, roles and
// text (what SPEC §8 promises and the e2e tests use), never the app's internals: the app changes under
// the bench. Conditions are source text evaluated in the page (see page-probe.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The Results screen shows the ranking table and the calibration panel. */
export const RESULTS_PAINTED = `() => {
  const screen = document.querySelector('section[aria-label="Results"]');
  if (!screen) return false;
  const ranking = [...screen.querySelectorAll('table caption')].some((c) => /^Ranking/.test(c.textContent.trim()));
  const calibration = [...screen.querySelectorAll('h2')].some((h) => h.textContent.trim() === 'Calibration');
  return ranking && calibration;
}`;

/** The pilot screen shows its decision. */
export const DECISION_SHOWN = `() => !!document.querySelector('[aria-label="Decision"]')`;

/**
 * Every canvas in the page's main region has left the User Timing mark `mark` on its first draw, and no
 * chart in view still waits to be built (charts/WhenNear.svelte builds those near the viewport only;
 * source text).
 */
const chartsDrawn = (mark: string) => `() => {
  const charts = document.querySelectorAll('main canvas').length;
  const waiting = [...document.querySelectorAll('main [data-chart-pending]')].some((e) => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; });
  return charts > 0 && !waiting && performance.getEntriesByName(${JSON.stringify(mark)}).length >= charts;
}`;

/** Once every chart has drawn: when the last one left `mark` (page clock), counting marks from `since` on. */
export async function chartsDrawnAt(page: Page, mark: string, since: number): Promise<number> {
  await page.evaluate(`__bench.when(${chartsDrawn(mark)})`);
  return (await page.evaluate(`Math.max(...performance.getEntriesByName(${JSON.stringify(mark)}).filter((m) => m.startTime >= ${since}).map((m) => m.startTime))`)) as number;
}

/** Starts watching for `condition` (source text) under `name`; see seen(). */
export async function arm(page: Page, name: string, condition: string): Promise<void> {
  await page.evaluate(`__bench.arm(${JSON.stringify(name)}, ${condition})`);
}

/** When the armed condition first held, and when that was painted (page clock, ms). */
export async function seen(page: Page, name: string): Promise<{ at: number; painted: number }> {
  return (await page.evaluate(`__bench.seen[${JSON.stringify(name)}]`)) as { at: number; painted: number };
}

/** The longest main-thread task (over 50 ms; 0 = none) overlapping [from, to], and how many went over 100 ms. */
export async function longTasks(page: Page, from: number, to: number): Promise<{ longest: number; over100: number }> {
  return (await page.evaluate(`({ longest: __bench.longest(${from}, ${to}), over100: __bench.countOver(100, ${from}, ${to}) })`)) as {
    longest: number;
    over100: number;
  };
}

/** Once the main thread has had a second without a long task: the end of the last one since `from` (or `from`). */
export async function settled(page: Page, from: number): Promise<number> {
  return (await page.evaluate(`__bench.settled(${from})`)) as number;
}

/** The document's first contentful paint (ms from navigation), once it happened. */
export async function firstPaint(page: Page): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
    const found = () => performance.getEntriesByName('first-contentful-paint')[0];
    if (found()) return resolve(found().startTime);
    new PerformanceObserver(() => found() && resolve(found().startTime)).observe({ type: 'paint', buffered: true });
  })`)) as number;
}

/**
 * Waits until the app's service worker controls the page, as it does for anyone who has used the app
 * before, so a reload is served from its cache. The app registers it once the page has been left alone
 * for a few seconds (state/when-quiet.ts): right after a first visit's import it is not there yet.
 */
export async function installed(page: Page): Promise<void> {
  await page.evaluate(`__bench.when(() => !!navigator.serviceWorker && navigator.serviceWorker.controller !== null)`);
}

/** Imports an assessment file through the home screen's "Import JSON file" and waits for it to open. */
export async function importAssessmentFile(page: Page, url: string, path: string): Promise<void> {
  await page.goto(url + '#/');
  await page.getByLabel('Import JSON file').first().setInputFiles(path);
  await page.waitForURL(/#\/a\//, { timeout: 300_000 });
}

/** Opens the worked example's Q1 pilot from an empty home screen, as the e2e tests do. */
export async function openExamplePilot(page: Page, url: string): Promise<void> {
  await page.goto(url + '#/');
  await page.getByRole('button', { name: 'Open the worked example' }).click();
  await page.getByRole('link', { name: 'Q1 pilot' }).click();
  await page.getByRole('region', { name: 'Decision' }).waitFor();
}

/**
 * A file on disk with these bytes, to give to file inputs by path: the browser then reads it itself,
 * as when a user picks it (a buffer would be decoded by the test driver on the page's main thread, in
 * a long task of its own, just before the app's "change" event).
 */
export function fileOnDisk(name: string, buffer: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-file-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, name);
  writeFileSync(path, buffer);
  return path;
}

/**
 * Puts a file into a file input of the bench's own (the app's inputs forget their file once read), so
 * a floor can read the same file in the page: `__bench.file` is then that File.
 */
export async function fileInPage(page: Page, path: string): Promise<void> {
  await page.evaluate(`(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = '__bench-file';
    input.hidden = true;
    input.addEventListener('change', (e) => { e.stopPropagation(); __bench.file = input.files[0]; });
    document.body.append(input);
  })()`);
  await page.setInputFiles('#__bench-file', path);
  await page.evaluate(`__bench.when(() => __bench.file)`);
}
