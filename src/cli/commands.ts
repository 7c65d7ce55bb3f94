// The command line of SPEC §7, as a function from arguments to { code, stdout, stderr } so that it can
// be tested without spawning a process. bin.ts only wires it to the real process. It is a thin shell:
// import (exchange/) and the rules (domain/) are the app's own code, so the CLI and the app agree.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluatePilot, type PilotEvaluation } from '../domain/pilot';
import { DEFAULT_STABILITY, MAX_DRAWS, MAX_SPREAD } from '../domain/robustness/monte-carlo';
import { robustnessReport } from '../domain/robustness/report';
import { rankVendors, type RankedVendor } from '../domain/scoring';
import type { Assessment } from '../domain/types';
import { formatError, type ImportError } from '../exchange/envelope';
import { checkFileSize, importAssessmentText } from '../exchange/import';
import { parseRobustnessArgs } from './robustness-options';

interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Exit codes, documented in USAGE: automation can tell "invalid file" from "could not check". */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export const USAGE = `Usage: npm run cli -- <command> FILE.json [options]

Commands:
  validate FILE.json   Check an assessment file (format v1). Prints "valid", or one
                       error per line ("path: message") on stdout.
  evaluate FILE.json   Print the ranking and the pilot decisions as JSON (SPEC §7),
                       numbers at full precision, null where there is none.
  robustness FILE.json [--draws N] [--spread u] [--seed S]
                       Print how robust the ranking is as JSON (SPEC §9): winner,
                       close call, weight break-even per category, score flip, and
                       P(rank 1) per qualified vendor from N Monte Carlo draws in which
                       every category weight is multiplied by a factor in [1-u, 1+u].
                       --draws N   whole number, 1 to ${MAX_DRAWS.toLocaleString('en')} (default ${DEFAULT_STABILITY.draws})
                       --spread u  0 to ${MAX_SPREAD} (default ${DEFAULT_STABILITY.spread})
                       --seed S    any number (default ${DEFAULT_STABILITY.seed}); the same seed gives the
                                   same numbers
  help                 Print this help.

Exit codes:
  0  done (validate: the file is valid)
  1  the file is not a valid assessment (too large, not UTF-8, not JSON, or errors);
     evaluate and robustness print the errors on stderr
  2  wrong command line (unknown command or option, missing FILE, an option out of
     range) or the file cannot be read
`;

/** Where files come from: the real disk by default, a fake in tests. */
export interface CliIo {
  cwd: string;
  size(path: string): number;
  read(path: string): Uint8Array;
}

export const nodeIo: CliIo = {
  cwd: process.cwd(),
  size: (path) => statSync(path).size,
  read: (path) => readFileSync(path),
};

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
  const path = resolve(io.cwd, file);
  let bytes: Uint8Array;
  try {
    const tooLarge = checkFileSize(io.size(path));
    if (tooLarge) return { ok: false, errors: [tooLarge] };
    bytes = io.read(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    return { ok: false, fatal: { code: EXIT.usage, stdout: '', stderr: `Cannot read ${file}: ${why}\n` } };
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

/** evaluate and robustness: a JSON report of a valid file, or its errors on stderr. */
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

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => CommandResult> = {
  validate: oneFile('validate', validateCommand),
  evaluate: oneFile('evaluate', (file, io) => reportCommand(file, io, evaluationReport)),
  robustness: robustnessCommand,
};

export function runCli(args: readonly string[], io: CliIo = nodeIo): CommandResult {
  const [command, ...rest] = args;
  if (command === undefined) return usageError('Missing command.');
  if (command === 'help' || command === '--help' || command === '-h') return ok(USAGE);
  if (!Object.hasOwn(COMMANDS, command)) return usageError(`Unknown command "${command}".`);
  return COMMANDS[command](rest, io);
}
