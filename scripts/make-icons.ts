// Renders the app's PNG icons from their SVG sources in Chromium (no image library needed):
// public/icon-192.png and icon-512.png from public/icon.svg, public/icon-maskable-512.png from
// scripts/icons/icon-maskable.svg (full-bleed, its mark inside the maskable safe zone).
// Run after changing an icon: npx tsx scripts/make-icons.ts
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const ICONS: [source: string, target: string, size: number][] = [
  ['public/icon.svg', 'public/icon-192.png', 192],
  ['public/icon.svg', 'public/icon-512.png', 512],
  ['scripts/icons/icon-maskable.svg', 'public/icon-maskable-512.png', 512],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [source, target, size] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = readFileSync(source, 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg}`);
    await page.screenshot({ path: target, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
  }
} finally {
  await browser.close();
}
