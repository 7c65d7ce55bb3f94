// The command line of SPEC §7 and §11, as a function from arguments to { code, stdout, stderr } so that it can
// be tested without spawning a process. bin.ts only wires it to the real process. It is a thin shell:
// import (exchange/) and the rules (domain/) are the app's own code, so the CLI and the app agree.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { localToday } from '../domain/dates';
import { evaluatePilot, type PilotEvaluation } from '../domain/pilot';
import { robustnessReport } from '../domain/robustness/report';
import { rankVendors, type RankedVendor } from '../domain/scoring';
import type { Assessment } from '../domain/types';
import { formatError, type ImportError } from '../exchange/envelope';
import { checkFileSize, importAssessmentText } from '../exchange/import';
import { contractsReport, parseContractsArgs } from './contracts';
import { parseRobustnessArgs } from './robustness-options';
import { commandHelp, TOOL, USAGE } from './help';

export { USAGE };

interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Exit codes, documented in USAGE: automation can tell "invalid file" from "could not check". */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;


/** Where files come from: the real disk by default, a fake in tests. */
export interface CliIo {
  cwd: string;
  size(path: string): number;
  read(path: string): Uint8Array;
  /** Everything on standard input (FILE given as -). */
  stdin(): Uint8Array;
  /** The version `--version` prints. */
  version?: string;
  /** Today in the user's calendar (YYYY-MM-DD): what `contracts` reports as of unless --as-of says otherwise. */
  today?(): string;
}

export const nodeIo: CliIo = {
  cwd: process.cwd(),
  size: (path) => statSync(path).size,
  read: (path) => readFileSync(path),
  stdin: () => readFileSync(0),
  today: () => localToday(),
};

/** FILE given as - means standard input (a pipe, or a file redirected with <). */
const STDIN = '-';

function ok(stdout: string): CommandResult {
  return { code: EXIT.ok, stdout, stderr: '' };
}

function usageError(problem: string): CommandResult {
  return { code: EXIT.usage, stdout: '', stderr: `${problem}\n\n${USAGE}` };
}

function lines(errors: readonly ImportError[]): string {
  return errors.map((e) => `${formatError(e)}\n`).join('');
}

type Loaded = { ok: true; assessment: Assessment } | { ok: false; errors: ImportError[] } | { ok: false; fatal: CommandResult };

/** Reads and imports FILE exactly as the app does (size limit, UTF-8, BOM, envelope, migrations). */
function load(file: string, io: CliIo): Loaded {
  let bytes: Uint8Array;
  try {
    if (file === STDIN) {
      bytes = io.stdin(); // its size is known once read
      const tooLarge = checkFileSize(bytes.length);
      if (tooLarge) return { ok: false, errors: [tooLarge] };
    } else {
      const path = resolve(io.cwd, file);
      const tooLarge = checkFileSize(io.size(path));
      if (tooLarge) return { ok: false, errors: [tooLarge] };
      bytes = io.read(path);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    const what = file === STDIN ? 'standard input' : file;
    return { ok: false, fatal: { code: EXIT.usage, stdout: '', stderr: `Cannot read ${what}: ${why}\n` } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, errors: [{ path: '', message: 'This file is not UTF-8 text, so it cannot be an assessment file.' }] };
  }
  return importAssessmentText(text);
}

/** One vendor of the ranking with exactly the fields and order of SPEC §7 (the rest stays inside). */
function rankingEntry(v: RankedVendor, a: Assessment) {
  return {
    rank: v.rank,
    vendorId: v.vendorId,
    name: v.name,
    total: v.total ?? null,
    coverage: v.coverage,
    status: v.status,
    // Keys in checklist order; fromEntries defines own properties, whatever the id.
    categories: Object.fromEntries(a.categories.map((k) => [k.id, v.categories[k.id] ?? null])),
    failedMustHaves: [...v.failedMustHaves],
  };
}

/** One pilot with exactly the fields and order of SPEC §7 (`counted` and the like stay inside). */
function pilotEntry(p: PilotEvaluation) {
  return {
    pilotId: p.pilotId,
    vendorId: p.vendorId,
    decision: p.decision,
    scorecard: p.scorecard ?? null,
    coverage: p.coverage,
    reasons: [...p.reasons],
    kpis: p.kpis.map((k) => ({
      kpiId: k.kpiId,
      value: k.value ?? null,
      n: k.n ?? null,
      status: k.status,
      confidence: k.confidence,
      ci: k.ci ? [k.ci[0], k.ci[1]] : null,
      attainment: k.attainment ?? null,
    })),
  };
}

/** The evaluate report of SPEC §7 for a valid assessment. */
function evaluationReport(a: Assessment) {
  return {
    assessmentId: a.id,
    ranking: rankVendors(a).map((v) => rankingEntry(v, a)),
    pilots: a.pilots.map((p) => pilotEntry(evaluatePilot(p))),
  };
}

function validateCommand(file: string, io: CliIo): CommandResult {
  const loaded = load(file, io);
  if (loaded.ok) return ok('valid\n');
  if ('fatal' in loaded) return loaded.fatal;
  return { code: EXIT.invalid, stdout: lines(loaded.errors), stderr: '' };
}

/** evaluate, robustness and contracts: a JSON report of a valid file, or its errors on stderr. */
function reportCommand(file: string, io: CliIo, report: (a: Assessment) => unknown): CommandResult {
  const loaded = load(file, io);
  if (loaded.ok) return ok(`${JSON.stringify(report(loaded.assessment), null, 2)}\n`);
  if ('fatal' in loaded) return loaded.fatal;
  return { code: EXIT.invalid, stdout: '', stderr: lines(loaded.errors) };
}

/** validate and evaluate take exactly one FILE and no options. */
function oneFile(command: string, run: (file: string, io: CliIo) => CommandResult) {
  return (args: readonly string[], io: CliIo): CommandResult => {
    if (args.length === 0) return usageError(`Missing FILE: ${command} needs the path of an assessment file.`);
    if (args.length > 1) return usageError(`Too many arguments: ${command} takes one FILE.`);
    return run(args[0], io);
  };
}

/** SPEC §9: a thin shell over robustnessReport; JSON.stringify writes numbers at full precision. */
function robustnessCommand(args: readonly string[], io: CliIo): CommandResult {
  const parsed = parseRobustnessArgs(args);
  if (!parsed.ok) return usageError(parsed.problems.join('\n'));
  return reportCommand(parsed.file, io, (a) => robustnessReport(a, parsed.options));
}

/** SPEC §11: each contract's months, credits and totals as of --as-of (default: today). */
function contractsCommand(args: readonly string[], io: CliIo): CommandResult {
  const parsed = parseContractsArgs(args, io.today?.() ?? localToday());
  if (!parsed.ok) return usageError(parsed.problems.join('\n'));
  return reportCommand(parsed.file, io, (a) => contractsReport(a, parsed.asOf));
}

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => CommandResult> = {
  validate: oneFile('validate', validateCommand),
  evaluate: oneFile('evaluate', (file, io) => reportCommand(file, io, evaluationReport)),
  robustness: robustnessCommand,
  contracts: contractsCommand,
};

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

/** `help`, `help COMMAND`, `--help`: the tool's help or a command's. */
function helpCommand(args: readonly string[]): CommandResult {
  if (args.length === 0) return ok(USAGE);
  const help = args.length === 1 ? commandHelp(args[0]) : undefined;
  return help ? ok(help) : usageError(`Unknown command "${args.join(' ')}": help takes one of ${Object.keys(COMMANDS).join(', ')}.`);
}

export function runCli(args: readonly string[], io: CliIo = nodeIo): CommandResult {
  const [command, ...rest] = args;
  if (command === undefined) return usageError('Missing command.');
  if (command === 'help') return helpCommand(rest);
  if (isHelp(command)) return ok(USAGE);
  if (command === '--version' || command === '-V') return ok(`${TOOL} ${io.version ?? 'development build'}\n`);
  if (!Object.hasOwn(COMMANDS, command)) return usageError(`Unknown command "${command}".`);
  // `evaluate --help` wherever the flag stands: help never reads a file.
  if (rest.some(isHelp)) return ok(commandHelp(command)!);
  return COMMANDS[command](rest, io);
}
