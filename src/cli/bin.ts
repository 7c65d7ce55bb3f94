#!/usr/bin/env node
// Entry point of `bpo-workbench` (SPEC §7): built to dist-cli/bpo-workbench.mjs by vite.cli.config.ts,
// the package's `bin` and what `npm run cli` runs. All the work is in commands.ts.
import { nodeIo, runCli } from './commands';

/** The package's version, written in by the build (vite.cli.config.ts). */
declare const __CLI_VERSION__: string | undefined;

// The texts (reasons) keep domain/format.ts's fixed 'en' whatever the machine's locale, so the same
// file always prints the same text. Not set again here: asking Intl about a locale loads its data,
// 20 ms of a command that prints no formatted number (validate).

// `npm run cli` starts in the package folder and puts where the user typed the command in INIT_CWD:
// that is what a relative FILE means to them. Run any other way (npx, a shell, a script started from an
// npm script), the process's own folder is.
const viaNpmRunCli = process.env.npm_lifecycle_event === 'cli' && !!process.env.INIT_CWD;
const result = runCli(process.argv.slice(2), {
  ...nodeIo,
  cwd: viaNpmRunCli ? process.env.INIT_CWD! : process.cwd(),
  version: typeof __CLI_VERSION__ === 'string' ? __CLI_VERSION__ : undefined,
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
