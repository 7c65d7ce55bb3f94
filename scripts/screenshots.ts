// Screenshots of every screen of the built app (light and dark), for review and for the README.
// Usage: npx tsx scripts/screenshots.ts [outDir]   (build first: npx vite build)
import { mkdirSync } from 'node:fs';
import { launch, startServer } from './bench/browser';

const outDir = process.argv[2] ?? '/tmp/shots';
mkdirSync(outDir, { recursive: true });
const server = await startServer();
const browser = await launch();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
    page.on('pageerror', (e) => console.log('page error:', e.message));
    await page.goto(server.url + '#/');
    await page.getByRole('button', { name: 'Open the worked example' }).waitFor();
    await page.screenshot({ path: `${outDir}/home-empty-${scheme}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Open the worked example' }).click();
    await page.waitForURL(/#\/a\//);
    for (const screen of ['results', 'checklist', 'vendors', 'scoring']) {
      await page.getByRole('link', { name: screen[0].toUpperCase() + screen.slice(1), exact: true }).click();
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${outDir}/${screen}-${scheme}.png`, fullPage: true });
    }
    await page.goto(server.url + '#/');
    await page.getByRole('heading', { name: 'Assessments' }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${outDir}/home-list-${scheme}.png`, fullPage: true });
    await page.goto(server.url + '#/about');
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${outDir}/about-${scheme}.png`, fullPage: true });
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(`screenshots in ${outDir}`);
