// Entry point: `npm run cli -- <command> FILE.json` (SPEC §7). All the work is in commands.ts.
import { nodeIo, runCli } from './commands';
import { setDisplayLocale } from '../domain/format';

// A fixed locale whatever the machine's, so the same file always prints the same text (reasons).
setDisplayLocale('en');

// `npm run` starts scripts in the package folder; INIT_CWD is where the user typed the command,
// which is what a relative FILE path means to them.
const result = runCli(process.argv.slice(2), { ...nodeIo, cwd: process.env.INIT_CWD ?? process.cwd() });
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
