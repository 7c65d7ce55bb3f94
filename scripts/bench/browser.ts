// Shared helpers for benchmarks that need the built app in headless Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Serves dist/ on a free port (never a fixed one: another run or program may hold it). */
export async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn('node', ['scripts/serve-dist.mjs', '0', 'bench'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const firstLine = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`serve-dist exited with code ${code}`)));
  });
  const url = /http:\/\/\S+/.exec(firstLine)?.[0];
  if (!url) throw new Error(`serve-dist did not say where it serves: ${firstLine}`);
  return { url, stop: () => child.kill() };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
