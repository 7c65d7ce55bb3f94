// Opening a pilot with 100,000 measurements (target ≤ 300 ms): from clicking the pilot in the list to
// the decision shown and every trend chart drawn (each chart marks its first draw), target ≤ 300 ms.
import { exportAssessment } from '../../src/exchange/export';
import { defaultScorecard } from '../../src/domain/kpi-library';
import { largeAssessment } from './large-assessment';
import { launch, median } from './browser';
import type { Assessment, Measurement } from '../../src/domain/types';

function withBigPilot(rows: number): Assessment {
  const a = largeAssessment(5, 10, 1);
  const kpis = defaultScorecard();
  const measurements: Measurement[] = [];
  const start = Date.UTC(2026, 9, 1);
  for (let i = 0; i < rows; i++) {
    const kpi = kpis[i % kpis.length];
    const date = new Date(start + Math.floor(i / 200) * 86_400_000).toISOString().slice(0, 10);
    const base = kpi.id === 'aht' ? 430 : kpi.id === 'ces' ? 5.5 : kpi.id === 'nps' ? 30 : 80;
    measurements.push({ kpiId: kpi.id, date, value: base + ((i * 7919) % 100) / 20, ...(kpi.proportion ? { n: 50 } : {}) });
  }
  const pilot = { id: 'big', name: 'Big pilot', vendorId: 'v0', start: '2026-11-02', end: '2027-01-31', goScore: 90, noGoScore: 75, kpis, measurements, decisions: [] };
  return { ...a, id: 'bench-pilot', name: 'Pilot benchmark', pilots: [pilot] };
}

export async function pilotOpen(url: string, runs = 3): Promise<{ decisionMs: number; chartsMs: number; runs: number[] }> {
  const a = withBigPilot(100_000);
  const file = exportAssessment(a, '2026-11-22T00:00:00.000Z');
  const browser = await launch();
  const decision: number[] = [];
  const charts: number[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(url + '#/');
    await page.getByLabel(/Import/).first().setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForURL(/#\/a\//);
    for (let i = 0; i < runs; i++) {
      await page.goto(url + `#/a/${a.id}/pilots`);
      const link = page.getByRole('link', { name: 'Big pilot', exact: true }).first();
      await link.waitFor();
      await page.evaluate(() => performance.clearMarks());
      // The decision's first appearance, seen from inside the page (a source string: tsx would add
      // helpers the page does not have), so Playwright's polling round trips are not counted.
      await page.evaluate(`(() => {
        window.__decisionAt = 0;
        const observer = new MutationObserver(() => {
          if (document.querySelector('[aria-label="Decision"]')) {
            window.__decisionAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
      })()`);
      const t0 = await page.evaluate(() => performance.now());
      await link.click();
      await page.getByRole('region', { name: 'Decision' }).waitFor();
      await page.waitForFunction('window.__decisionAt > 0');
      const t1 = (await page.evaluate('window.__decisionAt')) as number;
      await page.waitForFunction((count) => performance.getEntriesByName('pilot-trend-drawn').length >= count, a.pilots[0].kpis.length, { timeout: 30_000 });
      const drawn = await page.evaluate(() => Math.max(...performance.getEntriesByName('pilot-trend-drawn').map((e) => e.startTime)));
      decision.push(t1 - t0);
      charts.push(drawn - t0);
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return { decisionMs: +median(decision).toFixed(0), chartsMs: +median(charts).toFixed(0), runs: charts.map((x) => +x.toFixed(0)) };
}
