// The arguments of `robustness FILE.json [--draws N] [--spread u] [--seed S]` (SPEC §9). The accepted
// ranges are the domain's (stabilityOptionsProblem), so the CLI and the app refuse the same values.
import { DEFAULT_STABILITY, stabilityOptionsProblem, type StabilityOptions } from '../domain/robustness/monte-carlo';

type OptionName = keyof StabilityOptions;

const OPTION_NAMES: readonly OptionName[] = ['draws', 'spread', 'seed'];

type RobustnessArgs = { ok: true; file: string; options: StabilityOptions } | { ok: false; problems: string[] };

/**
 * A plain decimal number ("10000", "0.1", ".5", "-3", "1e4"). Number() alone would also take "",
 * " 12 ", "0x10" and "Infinity", none of which a user means as a count or a spread.
 */
function parseNumber(text: string): number {
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
}

function isOptionName(name: string): name is OptionName {
  return (OPTION_NAMES as readonly string[]).includes(name);
}

/**
 * FILE and the options in any order; `--draws 500` and `--draws=500` both work. Every problem is
 * reported (one per line), each naming the option and what it accepts.
 */
export function parseRobustnessArgs(args: readonly string[]): RobustnessArgs {
  const problems: string[] = [];
  const given = new Map<OptionName, string>();
  const files: string[] = [];
  // After an unknown option, which of the words is FILE is a guess: say nothing about FILE then.
  let unknownOption = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    // "-5" is a value (a seed), not an option; "-x" and "--x" are options.
    if (!/^--?[^\d.]/.test(arg)) {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = (equals === -1 ? arg : arg.slice(0, equals)).replace(/^--?/, '');
    if (!arg.startsWith('--') || !isOptionName(name)) {
      problems.push(`Unknown option "${arg}": robustness accepts --draws N, --spread u and --seed S.`);
      unknownOption = true;
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = arg.slice(equals + 1);
    else if (args[i + 1] !== undefined && !args[i + 1].startsWith('--')) value = args[++i];
    if (value === undefined || value === '') {
      problems.push(`Missing value: --${name} needs a value (${rangeOf(name)}).`);
    } else if (given.has(name)) {
      problems.push(`--${name} is given twice; give it once.`);
    } else {
      given.set(name, value);
    }
  }

  const options: StabilityOptions = { ...DEFAULT_STABILITY };
  for (const [name, text] of given) {
    const value = parseNumber(text);
    // One option at a time over the defaults, so the message is about this option, not another one.
    const problem = stabilityOptionsProblem({ ...DEFAULT_STABILITY, [name]: value });
    if (problem) problems.push(`Invalid --${name} "${text}": ${problem}.`);
    else options[name] = value;
  }

  if (unknownOption) return { ok: false, problems };
  if (files.length === 0) problems.push('Missing FILE: robustness needs the path of an assessment file.');
  if (files.length > 1) problems.push(`Too many arguments: robustness takes one FILE (got ${files.map((f) => `"${f}"`).join(', ')}).`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, file: files[0], options };
}

/** What an option accepts, in the domain's words (the same sentence an invalid value gets). */
function rangeOf(name: OptionName): string {
  return stabilityOptionsProblem({ ...DEFAULT_STABILITY, [name]: Number.NaN }) ?? `${name} must be a number`;
}
