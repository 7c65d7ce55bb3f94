// JSON import through the home screen: from the file chosen ("Import JSON file") to the new
// assessment's Results painted (ranking and calibration), at about 1 MB and 10 MB. Floor: JSON.parse of
// the same file's text in the same page (the median of 3, after the import). Also the longest
// main-thread task from the file chosen until the page has had a second without one. A fresh browser
// profile on disk per run; the file is given by path, as a user picks it.
import { diskContext, repeat, within } from './browser';
import { benchAssessmentFile } from './json-exchange';
import { med, type Row } from './report';
import { arm, fileInPage, fileOnDisk, longTasks, RESULTS_PAINTED, seen, settled } from './ui';

interface JsonRun {
  ms: number;
  longestMs: number;
  over100: number;
  parseMs: number;
}

async function jsonRun(url: string, path: string): Promise<JsonRun> {
  const { page, close } = await diskContext();
  try {
    await page.goto(url + '#/');
    const input = page.getByLabel('Import JSON file').first();
    await input.waitFor({ state: 'attached' });
    await arm(page, 'results', RESULTS_PAINTED);
    await input.setInputFiles(path);
    const { painted } = await within(300_000, 'JSON import to Results', seen(page, 'results'));
    const chosen = (await page.evaluate('__bench.changeAt')) as number;
    const tasks = await longTasks(page, chosen, await settled(page, painted));
    await fileInPage(page, path);
    const parses = (await page.evaluate(`__bench.file.text().then((text) => [0, 1, 2].map(() => {
      const t0 = performance.now();
      JSON.parse(text);
      return performance.now() - t0;
    }))`)) as number[];
    return { ms: painted - chosen, longestMs: tasks.longest, over100: tasks.over100, parseMs: med(parses) };
  } finally {
    await close();
  }
}

export async function jsonImportBench(url: string, runs = 5): Promise<Row[]> {
  const out: Row[] = [];
  for (const vendors of [20, 200]) {
    const { text } = benchAssessmentFile(vendors);
    const buffer = Buffer.from(text);
    const mb = (buffer.length / 1e6).toFixed(1);
    const path = fileOnDisk(`assessment-${vendors}.json`, buffer);
    const results = await repeat(runs, () => jsonRun(url, path));
    out.push(
      {
        figure: `JSON import ${mb} MB (${vendors}×100×3): chosen → Results painted`,
        unit: 'ms',
        runs: results.map((r) => r.ms),
        floor: { what: 'JSON.parse, same page', runs: results.map((r) => r.parseMs) },
        ...(vendors === 200 ? { goal: { on: 'value' as const, max: 1500 } } : {}),
      },
      {
        figure: `JSON import ${mb} MB: longest main-thread task`,
        unit: 'ms',
        runs: results.map((r) => r.longestMs),
        note: `tasks over 100 ms per import: ${results.map((r) => r.over100).join(', ')}`,
      },
    );
  }
  return out;
}
