// First screen: every JavaScript and CSS byte a new visitor's browser fetches until the home screen is
// interactive and has stopped loading (chunks the home screen imports by itself right after it shows,
// workers included), each file gzipped at level 9 as a static host would send it (the bench's server
// does not compress, so the bodies are compressed here: deterministic). Also the time from navigation
// to that point, against a blank document from the same server (the floor: connection + one response).
// Two visits: the first (nothing stored: the welcome screen) and a returning one (one assessment stored).
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { diskContext, repeat, within } from './browser';
import type { Row } from './report';

/** How long no script or style request may start before the home screen counts as settled. */
const QUIET_MS = 750;

interface Visit {
  kB: number;
  files: string[];
  readyMs: number;
}

// Source text (see page-probe.ts): the home screen is interactive once this button shows, enabled and laid out.
const READY = (label: string) =>
  `__bench.when(() => { const b = __bench.find('button', /^${label}$/); return b && !b.disabled && b.getBoundingClientRect().width > 0; })` +
  `.then((t) => { __bench.readyAt = t; });`;

/**
 * Not the first screen's: what the app loads after the page's load event for offline use (the service
 * worker's script and runtime, its registration and the "new version" banner), and every request of the
 * service worker itself (it stores every built file in the background after the first visit).
 */
const AFTER_LOAD = /\/(sw\.js|workbox-[^/]+\.js|UpdateBanner-[^/]+|app-update[^/]+)$/;

function watchFetches(context: BrowserContext) {
  const bodies = new Map<string, Promise<Buffer>>();
  let pending = 0;
  let lastStart = Date.now();
  const isCode = (request: Request) =>
    /\.(m?js|css)(\?|$)/.test(new URL(request.url()).pathname) && !AFTER_LOAD.test(new URL(request.url()).pathname) && !request.serviceWorker();
  context.on('request', (request) => {
    if (!isCode(request)) return;
    pending++;
    lastStart = Date.now();
  });
  context.on('requestfinished', (request) => {
    if (!isCode(request)) return;
    pending--;
    bodies.set(request.url(), request.response().then((r) => r!.body()));
  });
  context.on('requestfailed', (request) => {
    if (isCode(request)) pending--;
  });
  return {
    quiet: async () => {
      while (pending > 0 || Date.now() - lastStart < QUIET_MS) await new Promise((r) => setTimeout(r, 50));
    },
    gzipKb: async () => {
      let bytes = 0;
      for (const body of bodies.values()) bytes += gzipSync(await body, { level: 9 }).length;
      return { kB: bytes / 1024, files: [...bodies.keys()].map((u) => new URL(u).pathname.split('/').pop()!) };
    },
    reset: () => bodies.clear(),
  };
}

async function visit(url: string, returning: boolean): Promise<Visit> {
  const { context, page, close } = await diskContext();
  try {
    if (returning) {
      await page.goto(url + '#/');
      await page.getByRole('button', { name: 'Open the worked example' }).click();
      await page.waitForURL(/#\/a\//);
      await page.goto('about:blank');
    }
    const fetches = watchFetches(context);
    await context.addInitScript(READY(returning ? 'New from BPO template' : 'Start from the BPO template'));
    await page.goto(url + '#/', { waitUntil: 'commit' });
    await within(30_000, 'home screen interactive', page.evaluate('__bench.when(() => __bench.readyAt > 0)'));
    await fetches.quiet();
    const readyMs = (await page.evaluate('window.__bench.readyAt')) as number;
    return { ...(await fetches.gzipKb()), readyMs };
  } finally {
    await close();
  }
}

/** A blank document from the same server (a 404 page): connection, request and one small response. */
async function blankLoad(url: string, page: Page): Promise<number> {
  await page.goto(new URL('no-such-file', url).href);
  return (await page.evaluate('performance.getEntriesByType("navigation")[0].loadEventEnd')) as number;
}

export async function firstScreenBench(url: string, runs = 5): Promise<Row[]> {
  const first = await repeat(runs, () => visit(url, false));
  const again = await repeat(runs, () => visit(url, true));
  const { page, close } = await diskContext();
  const blank = await repeat(runs, () => blankLoad(url, page)).finally(close);
  const files = (v: Visit[]) => `${v[0].files.length} files: ${v[0].files.join(', ')}`;
  return [
    { figure: 'first screen, first visit: JS + CSS gzip', unit: 'kB', runs: first.map((v) => v.kB), goal: { on: 'value', max: 60 }, note: files(first) },
    { figure: 'first screen, returning visit: JS + CSS gzip', unit: 'kB', runs: again.map((v) => v.kB), goal: { on: 'value', max: 60 }, note: files(again) },
    {
      figure: 'first screen, first visit: navigation → home interactive',
      unit: 'ms',
      runs: first.map((v) => v.readyMs),
      floor: { what: 'blank page, same server', runs: blank },
    },
  ];
}
