// The command line as a consultant's script meets it (SPEC §7): wall time from starting the process to
// its exit, on the worked example, through `npm run cli` (what the README shows) and through the built
// file itself (what `npx bpo-workbench` and the installed bin run), each beside `node -e 0` measured in
// the same run: the floor no Node program can go under. `npm run` costs npm's own start-up on top, so its
// figures stand beside `npm run env` (npm starting and running a trivial script). Runs are interleaved
// so load hits all alike.
import { execSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Row } from './report';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLE = 'src/data/small-assessment.json';
const BIN = 'dist-cli/bpo-workbench.mjs';
const RUNS = 7;

/** Wall milliseconds of one process, start to exit; throws when it fails. */
function wall(command: string, args: string[]): number {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: REPO, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr.slice(0, 300)}`);
  return ms;
}

const COMMANDS: [name: string, args: string[]][] = [
  ['evaluate', ['evaluate', EXAMPLE]],
  ['validate', ['validate', EXAMPLE]],
  ['robustness', ['robustness', EXAMPLE]],
];

export function cliBench(): Row[] {
  execSync('npm run --silent build:cli', { cwd: REPO, stdio: 'inherit' });
  const floor: number[] = [];
  const npmFloor: number[] = [];
  const viaNpm = new Map<string, number[]>(COMMANDS.map(([name]) => [name, []]));
  const direct = new Map<string, number[]>(COMMANDS.map(([name]) => [name, []]));
  wall('node', [BIN, 'evaluate', EXAMPLE]); // the file in the disk cache, as for every run after
  for (let i = 0; i < RUNS; i++) {
    floor.push(wall('node', ['-e', '0']));
    npmFloor.push(wall('npm', ['run', '--silent', 'env']));
    for (const [name, args] of COMMANDS) {
      viaNpm.get(name)!.push(wall('npm', ['run', '--silent', 'cli', '--', ...args]));
      direct.get(name)!.push(wall('node', [BIN, ...args]));
    }
  }
  const nodeFloor = { what: 'node -e 0, same run', runs: floor };
  return [
    { figure: 'npm run env: npm alone, start → exit', unit: 'ms', runs: npmFloor, floor: nodeFloor },
    ...COMMANDS.map(([name]): Row => ({
      figure: `CLI ${name} worked example: npm run cli → exit`,
      unit: 'ms',
      runs: viaNpm.get(name)!,
      floor: { what: 'npm run env, same run', runs: npmFloor },
      goal: { on: 'value', max: 500, strict: true },
    })),
    ...COMMANDS.map(([name]): Row => ({
      figure: `CLI ${name} worked example: the built file (npx, bin) → exit`,
      unit: 'ms',
      runs: direct.get(name)!,
      floor: nodeFloor,
    })),
  ];
}
