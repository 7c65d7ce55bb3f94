// The command line's help texts (SPEC §7, §9, §11): one for the tool, one per command. Written for a
// consultant at a terminal: what each command prints, its options, and the exit codes automation reads.
import { DEFAULT_STABILITY, MAX_DRAWS, MAX_SPREAD } from '../domain/robustness/monte-carlo';

export const TOOL = 'bpo-workbench';

/** 1000000 → "1,000,000" without Intl: these texts are built as the CLI starts, and Node's first
 * `toLocaleString` loads the ICU locale data (13 ms of every command's start-up). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const FILE = `FILE is the path of an assessment file (JSON, format version 1 or 2), or - to read it
from standard input.`;

const EXIT_CODES = `Exit codes:
  0  done (validate: the file is valid)
  1  the file is not a valid assessment (too large, not UTF-8, not JSON, or errors);
     evaluate, robustness and contracts print the errors on stderr
  2  wrong command line (unknown command or option, missing FILE, an option out of
     range) or the file cannot be read`;

export const USAGE = `Usage: ${TOOL} <command> FILE [options]
       ${TOOL} <command> --help
       ${TOOL} --version

Commands:
  validate FILE        Check an assessment file. Prints "valid", or one error per
                       line ("path: message") on stdout.
  evaluate FILE        Print the ranking and the pilot decisions as JSON (SPEC §7),
                       numbers at full precision, null where there is none.
  robustness FILE [--draws N] [--spread u] [--seed S]
                       Print how robust the ranking is as JSON (SPEC §9).
  contracts FILE [--as-of YYYY-MM-DD]
                       Print each contract's months, credits and totals as JSON
                       (SPEC §11), as of a day (default: today).
  help [command]       Print this help, or a command's.

${FILE}
From a clone of the repository: npm run cli -- <command> FILE [options].

${EXIT_CODES}
`;

const COMMAND_HELP: Record<string, string> = {
  validate: `Usage: ${TOOL} validate FILE

Checks an assessment file exactly as the app's import does (size limit, UTF-8, the
envelope, the format's rules). Prints "valid" and exits 0, or prints one error per
line on stdout ("path: message", every error found) and exits 1.

${FILE}

${EXIT_CODES}
`,
  evaluate: `Usage: ${TOOL} evaluate FILE

Prints, as 2-space indented JSON (SPEC §7):
  { assessmentId, ranking: [{ rank, vendorId, name, total, coverage, status,
    categories: { id: score | null }, failedMustHaves: [criterionId] }],
    pilots: [{ pilotId, vendorId, decision, scorecard, coverage, reasons: [text],
    kpis: [{ kpiId, value, n, status, confidence, ci: [low, high] | null, attainment }] }] }
Numbers are at full precision, null where there is none. An invalid file prints its
errors on stderr and exits 1.

${FILE}

${EXIT_CODES}
`,
  robustness: `Usage: ${TOOL} robustness FILE [--draws N] [--spread u] [--seed S]

Prints how robust the ranking is, as JSON (SPEC §9): the winner, the close call, the
weight break-even per category, the score flip, and P(rank 1) per qualified vendor
from N Monte Carlo draws in which every category weight is multiplied by a factor in
[1-u, 1+u].

Options (--draws 500 and --draws=500 both work):
  --draws N   whole number, 1 to ${grouped(MAX_DRAWS)} (default ${DEFAULT_STABILITY.draws})
  --spread u  0 to ${MAX_SPREAD} (default ${DEFAULT_STABILITY.spread})
  --seed S    any number (default ${DEFAULT_STABILITY.seed}); the same seed gives the same numbers

${FILE}

${EXIT_CODES}
`,
  contracts: `Usage: ${TOOL} contracts FILE [--as-of YYYY-MM-DD]

Prints each contract of the assessment as 2-space indented JSON (SPEC §11): the months
reported as of the day given (those that ended before it; the month in progress is
never credited), and for each service level its value, n, status, credit and the
credit's earn-back state:
  { assessmentId, asOf, contracts: [{ contractId, vendorId, atRisk,
    months: [{ month: "YYYY-MM", serviceLevels: [{ serviceLevelId, value, n, status,
      credit, creditState: "payable" | "earned-back" | "pending" | null }],
      credits: { payable, earnedBack, pending }, bonus, net, scorecard }],
    totals: { payable, earnedBack, pending, bonus, net } }] }
Numbers are at full precision, null where there is none. An invalid file prints its
errors on stderr and exits 1.

Options (--as-of 2027-05-01 and --as-of=2027-05-01 both work):
  --as-of YYYY-MM-DD  the day to report as of (default: today, in this computer's
                      time zone)

${FILE}

${EXIT_CODES}
`,
};

/** A command's help, or undefined for a name that is no command. */
export function commandHelp(command: string): string | undefined {
  return Object.hasOwn(COMMAND_HELP, command) ? COMMAND_HELP[command] : undefined;
}
