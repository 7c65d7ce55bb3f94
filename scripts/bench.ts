// npm run bench: what users wait for, measured through the app's own screens in Chromium against the
// production build, each figure beside a floor measured in the same run (median of 5, min–max), then
// the quick Node micro-benchmarks. Prints two tables (goal misses marked) and a JSON summary.
//
//   npm run bench                        every figure (about 15 minutes; 1M rows are slow today)
//   npm run bench -- csv-import edit     those figures alone: first-screen, edit, json-import,
//                                        csv-import, pilot-open, contract, stability, cli, node
//   BENCH_QUICK=1 npm run bench          without the 1M-row sizes
//   BENCH_DIST=/tmp/my-build npm run bench -- --no-build   against a build already made there
//
// Builds into a folder of its own (others may be building dist/ at the same time). Performance is
// measured here, never asserted in tests (SPEC §10).
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './bench/browser';
import { summary, table, verdict, type Row } from './bench/report';

const args = process.argv.slice(2);
const quick = !!process.env.BENCH_QUICK || args.includes('--quick');
const chosen = args.filter((a) => !a.startsWith('--'));
const csvSizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const pilotSizes = quick ? [100_000] : [100_000, 1_000_000];

type Figure = (url: string) => Promise<Row[]>;
const UI: Record<string, Figure> = {
  'first-screen': async (url) => (await import('./bench/first-screen')).firstScreenBench(url),
  edit: async (url) => (await import('./bench/edit')).editBench(url),
  'json-import': async (url) => (await import('./bench/json-import')).jsonImportBench(url),
  'csv-import': async (url) => (await import('./bench/csv-import')).csvImportBench(url, csvSizes),
  'pilot-open': async (url) => (await import('./bench/pilot-open')).pilotOpenBench(url, pilotSizes),
  contract: async (url) => (await import('./bench/contract-open')).contractBench(url),
  stability: async (url) => (await import('./bench/stability')).stabilityUiRows(url),
};
const NODE = 'node';
const CLI = 'cli';

const unknown = chosen.filter((name) => !(name in UI) && name !== NODE && name !== CLI);
if (unknown.length > 0) {
  console.error(`Unknown figure ${unknown.join(', ')}: choose among ${[...Object.keys(UI), NODE, CLI].join(', ')}.`);
  process.exit(2);
}
const wanted = (name: string) => chosen.length === 0 || chosen.includes(name);
const uiNames = Object.keys(UI).filter(wanted);

const errors: Record<string, string> = {};
const uiRows: Row[] = [];
const nodeRows: Row[] = [];
const cliRows: Row[] = [];

if (uiNames.length > 0) {
  const own = !process.env.BENCH_DIST;
  const dist = process.env.BENCH_DIST ?? mkdtempSync(join(tmpdir(), 'bench-dist-'));
  if (!args.includes('--no-build')) execSync(`npx vite build --outDir ${dist} --emptyOutDir --logLevel warn`, { stdio: 'inherit' });
  const server = await startServer(dist);
  try {
    for (const name of uiNames) {
      const started = Date.now();
      try {
        uiRows.push(...(await UI[name](server.url)));
        console.error(`[bench] ${name} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      } catch (error) {
        errors[name] = error instanceof Error ? error.message : String(error);
        console.error(`[bench] ${name} failed: ${errors[name]}`);
      }
    }
  } finally {
    server.stop();
    if (own) rmSync(dist, { recursive: true, force: true });
  }
}
if (wanted(CLI)) {
  try {
    cliRows.push(...(await import('./bench/cli')).cliBench());
  } catch (error) {
    errors[CLI] = error instanceof Error ? error.message : String(error);
  }
}
if (wanted(NODE)) {
  const node = await (await import('./bench/node')).nodeBench();
  nodeRows.push(...node.rows);
  Object.assign(errors, node.errors);
}

const machine = `${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end`;
console.log(`\n# npm run bench${args.length ? ' -- ' + args.join(' ') : ''}${quick ? ' (BENCH_QUICK: no 1M sizes)' : ''} — ${new Date().toISOString()}, ${machine}\n`);
if (uiRows.length > 0) console.log(table('Through the UI (Chromium, production build)', uiRows) + '\n');
if (cliRows.length > 0) console.log(table('Command line (wall time, process start → exit)', cliRows) + '\n');
if (nodeRows.length > 0) console.log(table('Node micro-benchmarks (pure functions alone)', nodeRows) + '\n');
for (const [name, message] of Object.entries(errors)) console.log(`✗ ${name} could not be measured: ${message}`);
const all = [...uiRows, ...cliRows, ...nodeRows];
const misses = all.filter((row) => verdict(row) === 'miss').map((row) => row.figure);
console.log(`${misses.length} of ${all.filter((row) => row.goal).length} goals missed.\n`);
console.log(JSON.stringify({ when: new Date().toISOString(), quick, machine, ui: summary(uiRows), cli: summary(cliRows), node: summary(nodeRows), errors }));
process.exit(Object.keys(errors).length > 0 ? 1 : 0);
