// Scoring grid responsiveness at 50 vendors × 60 criteria (target: no visible lag): the time from a digit keypress
// on a focused cell to the next painted frame showing the new value, measured inside the page.
import { exportAssessment } from '../../src/exchange/export';
import { largeAssessment } from './large-assessment';
import { launch, median } from './browser';

export async function gridTyping(url: string, presses = 30): Promise<{ medianMs: number; maxMs: number }> {
  const a = largeAssessment(50, 60, 3, 0.6);
  const file = exportAssessment(a, '2026-11-22T00:00:00.000Z');
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(url + '#/');
    await page.getByLabel(/Import/).first().setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForURL(/#\/a\//);
    await page.goto(url + `#/a/${a.id}/scoring`);
    const cell = page.locator('[role="gridcell"][tabindex="0"]').first();
    await cell.waitFor();
    await cell.focus();
    // Passed as source text: the bundler's helpers (e.g. __name) do not exist inside the page.
    const timings = (await page.evaluate(`(async (count) => {
      const out = [];
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      for (let i = 0; i < count; i++) {
        const target = document.activeElement;
        const key = String((i % 5) + 1);
        const start = performance.now();
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        await frame();
        out.push(performance.now() - start);
        // Wait out the multi-digit typing window, so each press is a fresh score.
        await new Promise((resolve) => setTimeout(resolve, 900));
        document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
        await frame();
      }
      return out;
})(${presses})`)) as number[];
    await context.close();
    return { medianMs: +median(timings).toFixed(1), maxMs: +Math.max(...timings).toFixed(1) };
  } finally {
    await browser.close();
  }
}
