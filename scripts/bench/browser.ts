// Shared helpers for benchmarks that need the built app in headless Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { PAGE_PROBE } from './page-probe';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Serves a build folder (DIST_DIR, else dist/) on a free port (never a fixed one: another run or
 * program may hold it). `distDir` overrides: the bench builds into a folder of its own.
 */
export async function startServer(distDir?: string): Promise<{ url: string; stop: () => void }> {
  const env = distDir ? { ...process.env, DIST_DIR: distDir } : process.env;
  const child: ChildProcess = spawn('node', ['scripts/serve-dist.mjs', '0', 'bench'], { stdio: ['ignore', 'pipe', 'inherit'], env });
  const firstLine = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`serve-dist exited with code ${code}`)));
  });
  const url = /http:\/\/\S+/.exec(firstLine)?.[0];
  if (!url) throw new Error(`serve-dist did not say where it serves: ${firstLine}`);
  return { url, stop: () => child.kill() };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: EXECUTABLE, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A browser with a profile on disk, as users have (incognito contexts keep IndexedDB in memory,
 * about twice as fast as users get), with the page probe in every document. Closing removes the profile.
 */
export async function diskContext(width = 1400): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height: 1000 },
  });
  await context.addInitScript(PAGE_PROBE);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(120_000);
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The page's memory for JavaScript after a full garbage collection, in MB: V8's heap (objects) and the
 * backing stores of its array buffers (typed-array columns live there, outside the heap proper).
 * V8's own counts (CDP), not the rounded performance.memory; workers are not included.
 */
export async function heapAfterGc(page: Page): Promise<{ heapMb: number; buffersMb: number }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return { heapMb: usage.usedSize / 1e6, buffersMb: (usage.backingStorageSize ?? 0) / 1e6 };
  } finally {
    await cdp.detach();
  }
}

/** Runs `run` `times` times, one after the other. */
export async function repeat<T>(times: number, run: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < times; i++) out.push(await run(i));
  return out;
}

/** Rejects after `ms` with a message naming what did not happen. */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not done within ${ms / 1000} s`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
