// `contracts FILE.json [--as-of YYYY-MM-DD]` (SPEC §11 "Command line"): its arguments, and its report,
// which is the domain's contractReport of each contract as of that day, so the app's contract screen
// and the command line print the same months, credits and totals.
import { contractReport, evaluateContract } from '../domain/contract/evaluate';
import { isCalendarDate } from '../domain/dates';
import type { Assessment } from '../domain/types';

type ContractsArgs = { ok: true; file: string; asOf: string } | { ok: false; problems: string[] };

const OPTION = '--as-of';

/**
 * FILE and --as-of in any order (`--as-of 2027-05-01` or `--as-of=2027-05-01`); `today` (the local date)
 * when --as-of is not given. Every problem is reported, one per line.
 */
export function parseContractsArgs(args: readonly string[], today: string): ContractsArgs {
  const problems: string[] = [];
  const files: string[] = [];
  const given: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    // "-" alone is standard input, a FILE.
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    if ((equals === -1 ? arg : arg.slice(0, equals)) !== OPTION) {
      problems.push(`Unknown option "${arg}": contracts accepts ${OPTION} YYYY-MM-DD.`);
      continue;
    }
    const value = equals !== -1 ? arg.slice(equals + 1) : args[i + 1] !== undefined && !args[i + 1].startsWith('--') ? args[++i] : '';
    if (value === '') problems.push(`Missing value: ${OPTION} needs a date in the form YYYY-MM-DD, e.g. 2027-05-01.`);
    else given.push(value);
  }
  if (given.length > 1) problems.push(`${OPTION} is given ${given.length} times; give it once.`);
  else if (given.length === 1 && !isCalendarDate(given[0])) {
    problems.push(`Invalid ${OPTION} "${given[0]}": use a real date in the form YYYY-MM-DD, e.g. 2027-05-01.`);
  }
  if (files.length === 0) problems.push('Missing FILE: contracts needs the path of an assessment file.');
  if (files.length > 1) problems.push(`Too many arguments: contracts takes one FILE (got ${files.map((f) => `"${f}"`).join(', ')}).`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, file: files[0], asOf: given[0] ?? today };
}

/** `{ assessmentId, asOf, contracts: [...] }`, numbers at full precision (JSON.stringify writes them so). */
export function contractsReport(a: Assessment, asOf: string) {
  return { assessmentId: a.id, asOf, contracts: a.contracts.map((c) => contractReport(evaluateContract(c, asOf))) };
}
