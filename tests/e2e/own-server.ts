// A server of the test's own over a copy of the build, for tests that take the host away or deploy a
// new version: scripts/serve-dist.mjs on a free port, serving a folder the test may change.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

export interface OwnServer {
  /** The app's address (under the same sub-path as the shared server). */
  url: string;
  /** The served copy of the build. */
  folder: string;
  /** Stops serving: the host is unreachable from then on. */
  stop(): void;
  /** Stops serving and removes the copy. */
  dispose(): void;
}

export async function serveCopyOfBuild(): Promise<OwnServer> {
  const folder = mkdtempSync(join(tmpdir(), 'bpo-own-build-'));
  cpSync(process.env.DIST_DIR ?? join(REPO, 'dist'), folder, { recursive: true });
  const child = spawn(process.execPath, [join(REPO, 'scripts/serve-dist.mjs'), '0', 'bpo/workbench'], {
    env: { ...process.env, DIST_DIR: folder },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`serve-dist exited with ${code}`)));
    child.stdout!.setEncoding('utf8').once('data', (line: string) => resolve(/http:\/\/\S+/.exec(line)![0]));
  });
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  return { url, folder, stop, dispose: () => (stop(), rmSync(folder, { recursive: true, force: true })) };
}
