// Rank stability (target: "10,000 draws for 50 contenders × 8 categories in ≤ 200 ms in the
// worker"; and "the main thread never blocks more than 50 ms while it runs").
// (a) Node: createStabilityRun, the pure calculation the worker runs, all 10,000 draws at once;
//     RUNS runs after a warm-up.
// (b) Chromium, the built app: the results screen of an assessment with 50 qualified vendors × 8
//     categories. The first run (the worker's script loads then) and RERUNS reruns started by editing
//     the seed, each timed from the page's 'stability:start' mark to its 'stability:done' mark
//     (src/state/stability-run.svelte.ts), with the worker's own compute time and the longest
//     main-thread task (the Long Tasks API reports tasks over 50 ms; none means 0) during the runs.
//
// Run alone: `npm run bench -- stability`.
import { buildRobustnessModel, type RobustnessModel } from '../../src/domain/robustness/model';
import { createStabilityRun, DEFAULT_STABILITY } from '../../src/domain/robustness/monte-carlo';
import { exportAssessment } from '../../src/exchange/export';
import type { Assessment } from '../../src/domain/types';
import { largeAssessment } from './large-assessment';
import { launch } from './browser';
import type { Row } from './report';

const VENDORS = 50;
const CATEGORIES = 8;
const RUNS = 15;
const RERUNS = 7;

/** 50 vendors × 40 criteria in 8 categories, every cell scored and the must-have met: all qualified. */
function stabilityBenchAssessment(): Assessment {
  const a = largeAssessment(VENDORS, CATEGORIES * 5, 1);
  const mustHaves = new Set(a.categories.flatMap((k) => k.criteria.filter((c) => c.mustHave).map((c) => c.id)));
  const scores = a.scores.map((s) => (mustHaves.has(s.criterionId) && s.value !== null && s.value < 3 ? { ...s, value: 3 } : s));
  return { ...a, id: 'bench-stability', name: 'Stability benchmark', scores };
}

function benchModel(): RobustnessModel {
  const model = buildRobustnessModel(stabilityBenchAssessment());
  if (model.contenders.length !== VENDORS || model.categories.length !== CATEGORIES) {
    throw new Error(`expected ${VENDORS} contenders × ${CATEGORIES} categories, got ${model.contenders.length} × ${model.categories.length}`);
  }
  return model;
}

function stabilityNodeBench(): number[] {
  const model = benchModel();
  const time = () => {
    const t0 = performance.now();
    createStabilityRun(model, DEFAULT_STABILITY).step(DEFAULT_STABILITY.draws);
    return performance.now() - t0;
  };
  for (let i = 0; i < 3; i++) time(); // warm-up: let the JIT compile the draw loop
  return Array.from({ length: RUNS }, time);
}

interface StabilityBrowserResult {
  /** First run on opening the results screen: includes loading the worker's script. */
  firstRunMs: number;
  /** Reruns (worker already loaded): page start mark → done mark. */
  rerunMs: number[];
  /** Compute time inside the worker (start message → last draw), per rerun. */
  workerMs: number[];
  /** The same for the first run (a cold worker: nothing compiled yet). */
  firstWorkerMs: number;
  /** Longest main-thread task over 50 ms during the reruns; 0 when there was none. */
  longestTaskMs: number;
  /** The same during the first run, which overlaps the results screen's own first render. */
  longestFirstRunTaskMs: number;
}

async function stabilityBrowserBench(url: string): Promise<StabilityBrowserResult> {
  const a = stabilityBenchAssessment();
  const file = exportAssessment(a, '2026-11-22T00:00:00.000Z');
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(url + '#/');
    await page.getByLabel(/Import/).first().setInputFiles({ name: 'stability.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForURL(/#\/a\//);
    // Long tasks from here on: the results screen's first render and every run.
    await page.evaluate(`(() => {
      window.__stabilityTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__stabilityTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
      performance.clearMarks();
    })()`);
    await page.goto(url + `#/a/${a.id}/results`);
    const doneCount = (count: number) => page.waitForFunction((n) => performance.getEntriesByName('stability:done').length >= n, count, { timeout: 60_000 });
    await doneCount(1);
    const seed = page.getByLabel('Seed', { exact: true });
    for (let i = 0; i < RERUNS; i++) {
      await seed.fill(String(100 + i));
      await doneCount(i + 2);
    }
    // Source text: the bundler's helpers (e.g. __name) do not exist inside the page.
    const m = (await page.evaluate(`(() => {
      const starts = performance.getEntriesByName('stability:start');
      const dones = performance.getEntriesByName('stability:done');
      const runs = dones.map((done) => {
        const start = starts.find((s) => s.detail.runId === done.detail.runId);
        return { start: start.startTime, end: done.startTime, workerMs: done.detail.workerMs };
      });
      const longest = (some) => Math.max(0, ...window.__stabilityTasks.filter((t) => some.some((r) => t.start >= r.start && t.start <= r.end)).map((t) => t.duration));
      return { runs, longest: longest(runs.slice(1)), longestFirst: longest(runs.slice(0, 1)) };
    })()`)) as { runs: { start: number; end: number; workerMs: number }[]; longest: number; longestFirst: number };
    await context.close();
    const [first, ...reruns] = m.runs;
    const round = (x: number) => +x.toFixed(1);
    return {
      firstRunMs: round(first.end - first.start),
      firstWorkerMs: round(first.workerMs),
      rerunMs: reruns.map((r) => r.end - r.start),
      workerMs: reruns.map((r) => r.workerMs),
      longestTaskMs: round(m.longest),
      longestFirstRunTaskMs: round(m.longestFirst),
    };
  } finally {
    await browser.close();
  }
}

/** The figures of the app's rank stability run, against the same draws in Node (needs the built app served at `url`). */
export async function stabilityUiRows(url: string): Promise<Row[]> {
  const node = stabilityNodeBench();
  const r = await stabilityBrowserBench(url);
  const floor = { what: 'same draws in Node', runs: node };
  return [
    { figure: 'rank stability 10k draws × 50 × 8: rerun start → done', unit: 'ms', runs: r.rerunMs, floor, goal: { on: 'value', max: 200 } },
    { figure: 'rank stability: worker compute per rerun', unit: 'ms', runs: r.workerMs, floor, goal: { on: 'value', max: 200 } },
    {
      figure: 'rank stability: longest main-thread task during reruns',
      unit: 'ms',
      runs: [r.longestTaskMs],
      goal: { on: 'value', max: 50 },
      note: `0 = none over 50 ms; first run with the worker's loading ${Math.round(r.firstRunMs)} ms`,
    },
  ];
}

/** The Node figure alone, for the micro-benchmarks. */
export function stabilityNodeRow(): Row {
  return { figure: 'rank stability 10k draws × 50 × 8, Node', unit: 'ms', runs: stabilityNodeBench(), goal: { on: 'value', max: 200 } };
}
