// The scoring grid is keyboard-first: Enter opens the evidence note, Save shows the note marker,
// Escape cancels; focusing or hovering a cell shows the criterion's guidance and the rubric label.
import { test, expect } from './fixtures';
import { addVendors, gridCell, openTab, startFromTemplate } from './helpers';

test.beforeEach(async ({ page }) => {
  await startFromTemplate(page);
  await addVendors(page, ['Alpha Contact', 'Bravo BPO']);
  await openTab(page, 'Scoring');
  await expect(page.getByRole('grid')).toBeVisible();
});

test('Enter opens the evidence note dialog, Save shows the note marker, Escape cancels', async ({ page }) => {
  const cell = gridCell(page, 'Alpha Contact', 'Experience in our industry');
  await cell.focus();
  await page.keyboard.press('4');
  await expect(cell).toHaveAccessibleName('Alpha Contact, Experience in our industry: 4, Exceeds expectations');
  await expect(cell.getByTitle('Has an evidence note')).toHaveCount(0);

  // Enter: a modal dialog for this cell, focus in its text box.
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Evidence note' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Alpha Contact · Experience in our industry');
  const text = dialog.getByRole('textbox', { name: 'What supports this score?' });
  await expect(text).toBeFocused();
  await expect(text).toHaveValue('');
  await page.keyboard.type('Six years with two retail banks; references confirmed.');
  await dialog.getByRole('button', { name: 'Save note' }).click();

  await expect(dialog).toBeHidden();
  await expect(cell).toBeFocused();
  await expect(cell.getByTitle('Has an evidence note')).toBeVisible();
  await expect(cell.getByTitle('Has an evidence note')).toHaveText('✎');
  await expect(cell).toHaveAccessibleName('Alpha Contact, Experience in our industry: 4, Exceeds expectations, has an evidence note');
  const info = page.getByRole('complementary', { name: 'Experience in our industry' });
  await expect(info).toContainText('Evidence note: Six years with two retail banks; references confirmed.');
  // Only that cell carries a marker.
  await expect(page.getByRole('grid').getByTitle('Has an evidence note')).toHaveCount(1);

  // Enter again: the saved note is there to edit; Escape closes without saving the change.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(text).toHaveValue('Six years with two retail banks; references confirmed.');
  await page.keyboard.type(' DRAFT THAT MUST NOT BE KEPT');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cell).toBeFocused();
  await expect(info).toContainText('Evidence note: Six years with two retail banks; references confirmed.');
  await expect(info).not.toContainText('DRAFT');

  // Ctrl+Enter saves from the keyboard; the note survives a reload.
  await page.keyboard.press('Enter');
  await expect(text).toBeFocused();
  await text.fill('Six years with two retail banks.');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(info).toContainText('Evidence note: Six years with two retail banks.');
  await page.reload();
  await expect(gridCell(page, 'Alpha Contact', 'Experience in our industry').getByTitle('Has an evidence note')).toBeVisible();
  await expect(gridCell(page, 'Alpha Contact', 'Experience in our industry')).toHaveAccessibleName(/: 4, Exceeds expectations, has an evidence note$/);

  // Escape on a fresh note: nothing is stored, no marker.
  const other = gridCell(page, 'Bravo BPO', 'Experience in our industry');
  await other.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText('Bravo BPO · Experience in our industry');
  await page.keyboard.type('never saved');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(other).toBeFocused();
  await expect(other).toHaveAccessibleName('Bravo BPO, Experience in our industry: not scored');
  await expect(page.getByRole('grid').getByTitle('Has an evidence note')).toHaveCount(1);
});

test('focusing or hovering a cell shows the criterion guidance and the rubric label of its value', async ({ page }) => {
  const cell = gridCell(page, 'Alpha Contact', 'Experience in our industry');
  await cell.focus();
  let info = page.getByRole('complementary', { name: 'Experience in our industry' });
  await expect(info).toContainText('Sector expertise');
  await expect(info).toContainText('Years and number of current clients in our sector; comparable programs run.');
  await expect(info).toContainText('Not scored (scale 0–5)');

  // Each digit shows its rubric label and meaning (template-bpo.json's rubric).
  const rubric: [string, string, string][] = [
    ['0', 'Absent', 'Not offered, or no evidence at all.'],
    ['3', 'Meets expectations', 'Meets the requirement with evidence.'],
    ['5', 'Outstanding', 'Best in class; verified by references or audit.'],
    ['2', 'Below expectations', 'Partly meets the need; notable gaps.'],
  ];
  for (const [digit, label, meaning] of rubric) {
    await page.keyboard.press(digit);
    await expect(info).toContainText(`${digit} ${label}`);
    await expect(info).toContainText(meaning);
    await expect(info.getByRole('button', { name: `${digit}, ${label}` })).toHaveAttribute('aria-pressed', 'true');
  }

  // Keyboard focus moves the panel with it.
  await page.keyboard.press('ArrowDown');
  const regulation = gridCell(page, 'Alpha Contact', 'Regulatory knowledge');
  await expect(regulation).toBeFocused();
  info = page.getByRole('complementary', { name: 'Regulatory knowledge' });
  await expect(info).toContainText('Knows the rules that bind our customer contacts');
  await page.keyboard.press('4');
  await expect(info).toContainText('4 Exceeds expectations');
  await expect(info).toContainText('Strong, evidenced, some differentiation.');

  // Hovering another cell shows that one (guidance, must-have line), while the buttons still score the
  // focused cell.
  await gridCell(page, 'Bravo BPO', 'Independent audits').hover();
  const hovered = page.getByRole('complementary', { name: 'Independent audits' });
  await expect(hovered).toContainText('Security posture');
  await expect(hovered).toContainText('Must-have');
  await expect(hovered).toContainText('A consensus below 3 disqualifies the vendor.');
  await expect(hovered).toContainText('Current ISO 27001 certificate, SOC 2 Type II report, or PCI DSS attestation');
  await expect(hovered).toContainText('Bravo BPO');
  await expect(hovered).toContainText('Not scored');
  await expect(hovered).toContainText('Score for Alpha Contact · Regulatory knowledge');
  await expect(regulation).toBeFocused();

  // Hover a scored cell: its rubric label shows.
  await cell.hover();
  await expect(page.getByRole('complementary', { name: 'Experience in our industry' })).toContainText('2 Below expectations');

  // The mouse leaves the grid: the panel returns to the focused cell.
  await page.getByRole('heading', { name: 'Evaluators' }).hover();
  await expect(page.getByRole('complementary', { name: 'Regulatory knowledge' })).toContainText('4 Exceeds expectations');
  await expect(page.getByRole('complementary', { name: 'Regulatory knowledge' })).toContainText('Knows the rules that bind our customer contacts');
});

// Regression: scores typed fast (here on a CPU slowed 6×) used to vanish from the screen while they were
// stored, because a storage read that began before a keypress landed after it (fixed in LiveValue).
test('fast typing on a slow machine keeps every score on screen', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  const header = page.getByRole('grid').getByRole('columnheader', { name: /Alpha Contact/ });
  await gridCell(page, 'Alpha Contact', 'Experience in our industry').focus();
  for (let row = 0; row < 28; row++) {
    await page.keyboard.press(String(1 + (row % 5)));
    await page.keyboard.press('ArrowDown');
  }
  await expect(header).toContainText('28 / 28');
  // Still all there once every write has settled, and identical after a reload.
  await openTab(page, 'Results');
  await expect(page.getByRole('table', { name: /Ranking/ }).getByRole('row', { name: /Alpha Contact/ })).toContainText('100 %');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await openTab(page, 'Scoring');
  await expect(header).toContainText('28 / 28');
  // Stored means committed: the header says so once the last write has landed (reloading earlier would
  // abort the writes still in flight, and the page warns before that).
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('grid').getByRole('columnheader', { name: /Alpha Contact/ })).toContainText('28 / 28');
});
