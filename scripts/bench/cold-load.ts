// Cold load: a fresh browser context (empty cache, empty IndexedDB) until the home screen is interactive
// (its "Start from the BPO template" button is visible and enabled).
import { launch, median } from './browser';

export async function coldLoad(url: string, runs = 5): Promise<{ medianMs: number; runsMs: number[] }> {
  const browser = await launch();
  const runsMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(url + '#/');
      await page.getByRole('button', { name: 'Start from the BPO template' }).waitFor({ state: 'visible' });
      runsMs.push(Date.now() - start);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { medianMs: median(runsMs), runsMs };
}
