// The quick Node micro-benchmarks: the pure functions behind the screens, timed alone (medians of
// many runs after a warm-up; no browser). They say where time goes, not what users wait for.
import { benchScoring } from '../bench-scoring';
import { csvExportBench } from './csv-export';
import { jsonExchangeBench } from './json-exchange';
import type { Goal, Row } from './report';
import { robustnessBench } from './robustness';
import { stabilityNodeRow } from './stability';

/** "≤ 20 ms" / "< 16 ms" → a goal on the value. */
function goalOf(budget: string | undefined): Goal | undefined {
  const m = budget ? /([<≤])\s*([\d.]+)\s*ms/.exec(budget) : null;
  return m ? { on: 'value', max: Number(m[2]), strict: m[1] === '<' } : undefined;
}

const one = (figure: string, value: number, unit: Row['unit'], goal?: Goal): Row => ({ figure, unit, runs: [value], ...(goal ? { goal } : {}) });

/** Every micro-benchmark; one that fails (the code under it is changing) is named in `errors`, the others still run. */
export async function nodeBench(): Promise<{ rows: Row[]; errors: Record<string, string> }> {
  const rows: Row[] = [];
  const errors: Record<string, string> = {};
  const attempt = async (name: string, run: () => Promise<Row[]> | Row[]) => {
    try {
      rows.push(...(await run()));
    } catch (error) {
      errors[`node: ${name}`] = error instanceof Error ? error.message : String(error);
    }
  };
  await attempt('scoring', async () =>
    Object.entries(await benchScoring()).map(([name, ms]) =>
      one(`${name.replace(/ ms$/, '')}, median of 25`, ms, 'ms', name.startsWith('rankVendors') ? { on: 'value', max: 16, strict: true } : undefined),
    ),
  );
  await attempt('robustness', () => robustnessBench().map((r) => one(r.name.replace(/ ms$/, ''), r.value, / ms$/.test(r.name) ? 'ms' : '', goalOf(r.budget))));
  await attempt('stability', () => [stabilityNodeRow()]);
  await attempt('json-exchange', async () => {
    const json = await jsonExchangeBench();
    const mb = (json.bytes / 1e6).toFixed(1);
    return [
      one(`JSON ${mb} MB: import + validation in Node, median of 5`, json.importMs, 'ms', { on: 'value', max: 500 }),
      one(`JSON ${mb} MB: export in Node, median of 5`, json.exportMs, 'ms'),
    ];
  });
  await attempt('csv-export', async () => {
    const csv = await csvExportBench();
    return [one(`CSV export 100k measurements (${(csv.bytes / 1e6).toFixed(1)} MB), median of 5`, csv.ms, 'ms')];
  });
  return { rows, errors };
}
