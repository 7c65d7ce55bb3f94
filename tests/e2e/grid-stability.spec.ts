// Regression: with the page scrolled to its end, resting the pointer on a scoring cell used to make
// the screen jump every frame (and a click on the cell lost focus). The info panel showed the hovered
// cell, its height followed the guidance text, and the page's height followed the panel: the page
// scrolled, the cell left the pointer, the panel went back to the selected cell, and again.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { gridCell, openTab } from './helpers';

const FRAMES = 30;

/**
 * Scroll offsets of the page and of the grid's scroll box, and where the cell is on screen, once per
 * animation frame for FRAMES frames (counts frames, never time).
 */
function sampleFrames(cell: Locator): Promise<string[]> {
  return cell.evaluate(
    (target, frames) =>
      new Promise<string[]>((resolve) => {
        const grid = target.closest('[role="grid"]')!;
        let box: Element = grid;
        while (box.parentElement && !/(auto|scroll)/.test(getComputedStyle(box).overflow)) box = box.parentElement;
        const page = document.scrollingElement!;
        const samples: string[] = [];
        const sample = () => {
          const at = target.getBoundingClientRect();
          samples.push(
            `page ${page.scrollTop},${page.scrollLeft} grid ${box.scrollTop},${box.scrollLeft} cell ${Math.round(at.left)},${Math.round(at.top)}`,
          );
          if (samples.length < frames) requestAnimationFrame(sample);
          else resolve(samples);
        };
        requestAnimationFrame(sample);
      }),
    FRAMES,
  );
}

async function openWorkedExampleScoring(page: Page): Promise<void> {
  await page.goto('./#/');
  await page.getByRole('button', { name: 'Open the worked example' }).click();
  await openTab(page, 'Scoring');
  await expect(page.getByRole('grid')).toBeVisible();
}

for (const width of [1280, 820]) {
  test.describe(`at ${width} × 720`, () => {
    test.use({ viewport: { width, height: 720 } });

    test('a pointer resting on a cell leaves the grid still, and a click keeps focus on the cell', async ({ page }) => {
      await openWorkedExampleScoring(page);
      const cell = gridCell(page, 'Fabrikam Support', 'Integration with our systems');
      await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
      await cell.scrollIntoViewIfNeeded();
      // The pointer goes to the cell and stays (locator.hover would wait forever for a cell that moves).
      const box = (await cell.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

      const samples = await sampleFrames(cell);
      expect(samples, 'the page, the grid and the cell do not move while the pointer rests').toEqual(Array(FRAMES).fill(samples[0]));
      await expect(page.getByRole('complementary', { name: 'Integration with our systems' })).toContainText('Fabrikam Support');

      // Click where the pointer rests, as a user does (no scrolling or waiting for the cell first).
      await page.mouse.down();
      await page.mouse.up();
      await expect(cell).toBeFocused();
      await expect(page.getByRole('complementary', { name: 'Integration with our systems' })).toContainText(
        'Score for Fabrikam Support · Integration with our systems',
      );
      const afterClick = await sampleFrames(cell);
      expect(afterClick, 'nothing moves after the click either').toEqual(Array(FRAMES).fill(afterClick[0]));
      await expect(cell).toBeFocused();
    });
  });
}
