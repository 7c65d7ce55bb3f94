// The command line as a user installs it (SPEC §7): the package packed with `npm pack` (which builds
// dist-cli/bpo-workbench.mjs through `prepare`), installed in an empty folder, and run with npx, by
// name, with no compile step and no dependency of its own. Its output is the in-process runCli's.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/commands';
import { fixturePath, REPO_ROOT } from '../fixtures/paths';

// Packing builds the CLI and installing copies it: seconds on an idle machine, more on a loaded one.
const SETUP_BUDGET_MS = 180_000;
// npx itself takes about a second to start on a loaded machine.
const RUN_BUDGET_MS = 60_000;

const npm = 'npm';
const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

let home: string;
let project: string;

/** Runs the installed command from the project folder: by its name on the PATH npm gives it, or through npx. */
function bpo(args: string[], input?: string, viaNpx = false) {
  const run = viaNpx
    ? spawnSync('npx', ['--offline', 'bpo-workbench', ...args], { cwd: project, input, encoding: 'utf8' })
    : spawnSync(join(project, 'node_modules', '.bin', 'bpo-workbench'), args, { cwd: project, input, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'bpo-cli-'));
  const packed = execFileSync(npm, ['pack', '--silent', '--pack-destination', home], { cwd: REPO_ROOT, encoding: 'utf8' });
  const tarball = join(home, packed.trim().split('\n').pop()!);
  project = join(home, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consultant-scripts', private: true }));
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--silent', tarball], { cwd: project });
  writeFileSync(join(project, 'client.json'), readFileSync(fixturePath('examples/small-assessment.json')));
}, SETUP_BUDGET_MS);

afterAll(() => {
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('the packed command line', { timeout: RUN_BUDGET_MS }, () => {
  it('evaluates a file named relative to where it runs, exactly as the app code does', () => {
    const installed = bpo(['evaluate', 'client.json'], undefined, true);
    expect(installed.stderr).toBe('');
    expect(installed.code).toBe(EXIT.ok);
    expect(installed.stdout).toBe(runCli(['evaluate', fixturePath('examples/small-assessment.json')]).stdout);
    expect(JSON.parse(installed.stdout).assessmentId).toBe('demo-small');
  });

  it('reads the file from standard input when FILE is -', () => {
    const text = readFileSync(join(project, 'client.json'), 'utf8');
    expect(bpo(['validate', '-'], text)).toEqual({ code: EXIT.ok, stdout: 'valid\n', stderr: '' });
    const robust = bpo(['robustness', '-', '--draws', '200'], text);
    expect(robust.code).toBe(EXIT.ok);
    expect(JSON.parse(robust.stdout)).toEqual(JSON.parse(runCli(['robustness', fixturePath('examples/small-assessment.json'), '--draws', '200']).stdout));
  });

  it('prints its version and help, and exits 1 for an invalid file and 2 for a wrong command line', () => {
    expect(bpo(['--version'])).toEqual({ code: EXIT.ok, stdout: `bpo-workbench ${version}\n`, stderr: '' });
    expect(bpo(['--help']).stdout).toMatch(/^Usage: bpo-workbench <command> FILE/);
    expect(bpo(['robustness', '--help']).stdout).toMatch(/^Usage: bpo-workbench robustness FILE \[--draws N\]/);
    const invalid = bpo(['validate', '-'], '{"format": "bpo-workbench/assessment", "version": 1}');
    expect(invalid.code).toBe(EXIT.invalid);
    expect(invalid.stdout).not.toBe('');
    expect(bpo(['frobnicate']).code).toBe(EXIT.usage);
    expect(bpo(['evaluate', 'missing.json']).stderr).toBe('Cannot read missing.json: no such file\n');
  });
});
