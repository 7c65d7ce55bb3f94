// Checks of a printed report's page layout, from the PDF itself: the text of each page with its
// positions (pdf-text.ts) tells what ends a page, and poppler's pdftoppm renders every page to an image
// (scripts/ensure-chromium.sh installs it beside Chromium) so a test can count pages as a reader sees
// them, find blank ones and keep the images for people to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pageLines, type PdfSummary } from './pdf-text';

/** A text's words in a fixed order, so that two texts with the same words compare equal however they wrap. */
const wordBag = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean).sort().join(' ');

/** A header row or heading wraps over at most this many lines. */
const MAX_WRAPPED_LINES = 6;

/**
 * What must never end a page, as the report shows it: the header row of every table (its cells in
 * order), every heading and every visible caption.
 */
export function stickyTexts(page: Page, root = '.report'): Promise<string[]> {
  // No named functions inside: the callback runs in the page as its source text.
  return page.evaluate((selector) => {
    const report = document.querySelector(selector)!;
    const headers = [...report.querySelectorAll('thead tr')].map((row) =>
      [...row.children].map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).join(' '),
    );
    const headings = [...report.querySelectorAll('h1, h2, h3, h4, caption:not(.visually-hidden), figcaption')].map((el) =>
      (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    );
    return [...headers, ...headings].filter(Boolean);
  }, root);
}

/**
 * Every page that ends with a table's header row, a heading or a caption: its last lines of text (the
 * page number in the margin set aside) hold exactly the words of one of `sticky`, however they wrapped:
 * "page 7 ends with “Vendor Price Total Efficiency frontier”".
 */
export function strandedAtPageEnd(pdf: PdfSummary, sticky: readonly string[]): string[] {
  const bags = new Map(sticky.map((text) => [wordBag(text), text]));
  const problems: string[] = [];
  pdf.runs.forEach((runs, i) => {
    const lines = pageLines(runs)
      .filter((line) => !/^Page \d+ of \d+$/.test(line.text))
      .map((line) => line.text);
    for (let k = 1; k <= Math.min(MAX_WRAPPED_LINES, lines.length); k++) {
      const owner = bags.get(wordBag(lines.slice(-k).join(' ')));
      if (owner) {
        problems.push(`page ${i + 1} ends with “${owner}”`);
        break;
      }
    }
  });
  return problems;
}

interface RenderedPage {
  /** The page as a PNG, for people to look at. */
  png: string;
  /** Share of pixels that are not white, 0..1. */
  ink: number;
}

const byPageNumber = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((f) => new RegExp(`^page-\\d+\\.${ext}$`).test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((f) => join(dir, f));

/**
 * Writes `pdf` into the empty folder `dir` and renders every page with pdftoppm: a PNG at `dpi` to look
 * at, and a greyscale image to measure its ink. Fails with pdftoppm's own message when it is missing
 * or refuses the file.
 */
export function renderPages(pdf: Buffer, dir: string, dpi = 50): RenderedPage[] {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
  execFileSync('pdftoppm', ['-r', '20', '-gray', file, join(dir, 'page')]);
  const grey = byPageNumber(dir, 'pgm');
  return byPageNumber(dir, 'png').map((png, i) => ({ png, ink: inkOf(readFileSync(grey[i])) }));
}

/** Share of non-white pixels of a binary greyscale PGM (P5, 8 bits), the format pdftoppm -gray writes. */
function inkOf(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM image');
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const value of pixels) if (value < 240) dark++;
  return dark / pixels.length;
}
