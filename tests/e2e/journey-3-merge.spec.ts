// SPEC §1 journey 3 (SPEC §5): the lead sends Ben a blind evaluator package; in a colleague's
// browser (a second context, empty IndexedDB) Ben changes a score and adds three, Chloé joins and
// scores one cell; the lead imports that file back, merges evaluators, reads the summary, the new
// ranking and the calibration, then undoes the merge in one step.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect, openHome } from './fixtures';
import { expectRanking, gridCell, openTab, type RankingRow } from './helpers';
import { expectNoViolations } from './axe';

const WORKED_EXAMPLE: RankingRow[] = [
  { rank: '1', vendor: 'Northwind Contact', score: '72.8', coverage: '100 %', status: 'Qualified' },
  { rank: '2', vendor: 'Fabrikam Support', score: '68.9', coverage: '67.5 %', status: 'Provisional' },
  { rank: '3', vendor: 'Contoso CX', score: '81.3', coverage: '100 %', status: 'Disqualified' },
];

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

async function openWorkedExample(page: Page): Promise<void> {
  await openHome(page);
  await page.getByRole('button', { name: 'Open the worked example' }).click();
  await expectRanking(page, WORKED_EXAMPLE);
}

async function importJson(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel(/Import/).first().setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The assessment's title (the heading also holds the rename pencil, a decoration). */
async function expectTitle(page: Page, name: string): Promise<void> {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^${escaped}\\s*✎?$`));
}

/** Types a score on one grid cell as the evaluator scoring now, and waits until the cell shows it. */
async function score(page: Page, vendor: string, criterion: string, value: number): Promise<void> {
  const cell = gridCell(page, vendor, criterion);
  await cell.focus();
  await page.keyboard.press(String(value));
  await expect(cell).toHaveAccessibleName(new RegExp(`: ${value}, `));
}

test('journey 3: blind package out, colleague scores, merge back with an exact summary, calibration, undo', async ({ page, browser }) => {
  // The lead: worked example, "Send file" for Ben.
  await openWorkedExample(page);
  await openTab(page, 'Scoring');
  const pkg = await downloaded(page, () => page.getByRole('button', { name: 'Send file to Ben (CX)' }).click());
  expect(pkg.name).toMatch(/^tier-1-support-outsourcing-worked-example-for-ben-cx-\d{4}-\d{2}-\d{2}\.json$/);
  const sent = JSON.parse(pkg.text);
  expect(sent.assessment.id).toBe('demo-small');
  expect(sent.assessment.name).toBe('Tier-1 support outsourcing (worked example) — for Ben (CX)');
  expect(sent.assessment.evaluators).toEqual([{ id: 'ben', name: 'Ben (CX)' }]);
  expect(sent.assessment.scores).toHaveLength(4);
  expect(sent.assessment.pilots).toEqual([]);
  expect(pkg.text).not.toContain('Ana (Procurement)');
  expect(pkg.text).not.toContain('"ana"');

  // The colleague's browser: a fresh context with its own empty IndexedDB.
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await openHome(colleague);
  await expect(colleague.getByRole('button', { name: 'Start from the BPO template' })).toBeVisible();
  await importJson(colleague, pkg.name, pkg.text);
  await expect(colleague.getByRole('heading', { level: 1 })).toContainText('— for Ben (CX)');
  // The package opens on Ben's scoring grid (not on a ranking), saying what to do and how to send it back.
  await expect(colleague).toHaveURL(/#\/a\/demo-small\/scoring$/);
  await expect(colleague.getByRole('heading', { name: 'Scores by Ben (CX)' })).toBeVisible();
  const help = colleague.getByRole('region', { name: 'You were sent this file to score as Ben (CX)' });
  await expect(help).toContainText('type a number from 0 to 5');
  await expect(help).toContainText('press Export JSON at the top of the page and send the saved file back');
  await expectNoViolations(colleague, 'the evaluator package on the scoring grid');
  // Ben's own scores are there, nobody else's.
  await expect(gridCell(colleague, 'Contoso CX', 'Independent audits')).toHaveAccessibleName(/: 3, /);
  await expect(gridCell(colleague, 'Northwind Contact', 'Encryption in transit and at rest')).toHaveAccessibleName(/: not scored$/);
  await score(colleague, 'Contoso CX', 'Independent audits', 4); // changed 3 → 4
  await score(colleague, 'Northwind Contact', 'Encryption in transit and at rest', 3); // added
  await score(colleague, 'Fabrikam Support', 'Encryption in transit and at rest', 4); // added
  await score(colleague, 'Fabrikam Support', 'Integration with our systems', 3); // added
  // Chloé joins in the colleague's browser and scores one cell.
  const panel = colleague.getByRole('region', { name: 'Evaluators' });
  await panel.getByRole('textbox', { name: 'Name' }).fill('Chloé (Security)');
  await panel.getByRole('button', { name: 'Add evaluator' }).click();
  await panel.getByRole('combobox', { name: 'Who is scoring now' }).selectOption({ label: 'Chloé (Security)' });
  await expect(colleague.getByRole('heading', { name: 'Scores by Chloé (Security)' })).toBeVisible();
  await score(colleague, 'Contoso CX', 'Shared service philosophy', 2);
  const returned = await downloaded(colleague, () => colleague.getByRole('button', { name: 'Export JSON' }).click());
  await colleagueContext.close();

  // The lead imports the colleague's file from the home screen: the id clashes.
  await page.getByRole('link', { name: '← All assessments' }).click();
  // The route changes after the click returns: until the list is shown, the scoring screen's own
  // "Import …" inputs are still the first ones on the page.
  await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  await importJson(page, 'from-ben.json', returned.text);
  const dialog = page.getByRole('dialog', { name: '“Tier-1 support outsourcing (worked example)” is already in this browser' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText([
    '1 evaluator added (Chloé (Security))',
    '4 scores added',
    "1 score updated (the file's was more recent)",
    '0 scores kept because the stored one is as recent or newer',
    '3 scores already the same',
  ]);
  await expectNoViolations(page, 'the clash dialog');
  await dialog.getByRole('button', { name: 'Merge evaluators' }).click();
  await expect(dialog).toBeHidden();

  // The summary says exactly what changed, and stays on the assessment's screens.
  const summary = page.getByRole('region', { name: 'Merged from-ben.json' });
  await expect(summary.getByRole('list', { name: 'What changed' }).getByRole('listitem')).toHaveText([
    '1 evaluator added (Chloé (Security))',
    '4 scores added',
    "1 score updated (the file's was more recent)",
    '0 scores kept because the stored one is as recent or newer',
    '3 scores already the same',
  ]);
  await expectTitle(page, 'Tier-1 support outsourcing (worked example)');
  await expect(summary).toContainText(
    'Ranking: Contoso CX now leads, by 4.5 points over Northwind Contact; before the merge Northwind Contact led by 3.9 points over Fabrikam Support.',
  );

  // Ranking by hand (SPEC §3, weights 50/30/20):
  // Contoso: audits (2+4)/2 = 3 ≥ 3, so no longer disqualified; security (3×0.6 + 1×1)/4 = 70,
  //   culture (5+2)/2 = 3.5 → 70, tech 100 → 35 + 21 + 20 = 76.
  // Northwind: audits 4.5 → 0.9, encryption (4+3)/2 = 3.5 → 0.7, security (2.7 + 0.7)/4 = 85,
  //   culture 3.5 → 70, tech 40 → 42.5 + 21 + 8 = 71.5.
  // Fabrikam: now fully scored; security (3×0.6 + 0.8)/4 = 65, culture 80, tech 60 → 32.5 + 24 + 12 = 68.5.
  await expectRanking(page, [
    { rank: '1', vendor: 'Contoso CX', score: '76.0', coverage: '100 %', status: 'Qualified' },
    { rank: '2', vendor: 'Northwind Contact', score: '71.5', coverage: '100 %', status: 'Qualified' },
    { rank: '3', vendor: 'Fabrikam Support', score: '68.5', coverage: '100 %', status: 'Qualified' },
  ]);

  await expect(page.getByRole('img', { name: /Stacked bar chart/ })).toBeVisible();
  await expectNoViolations(page, 'results with the merge summary and the calibration');

  // Calibration: widest spreads first, disagreement at ≥ 30 % of the scale, deviations by hand.
  const calibration = page.getByRole('region', { name: 'Calibration' });
  const spreads = calibration.getByRole('table', { name: /Widest spreads/ }).locator('tbody > tr');
  await expect(spreads).toHaveCount(5);
  await expect(spreads.nth(0)).toContainText('Shared service philosophy');
  await expect(spreads.nth(0)).toContainText('Contoso CX');
  await expect(spreads.nth(0)).toContainText('Ana (Procurement): 5');
  await expect(spreads.nth(0)).toContainText('Chloé (Security): 2');
  await expect(spreads.nth(0)).toContainText('3 points (60.0 %)');
  await expect(spreads.nth(0)).toContainText('Disagreement');
  await expect(spreads.nth(1)).toContainText('Independent audits');
  await expect(spreads.nth(1)).toContainText('2 points (40.0 %)');
  await expect(spreads.nth(1)).toContainText('Disagreement');
  await expect(spreads.nth(2)).toContainText('1 point (20.0 %)');
  await expect(spreads.nth(2)).toContainText('Broadly agree');
  const deviations = calibration.getByRole('table', { name: 'Deviation from consensus' }).locator('tbody > tr');
  await expect(deviations).toHaveText([/Ana \(Procurement\)\s*5\s*0\.80\s*none/, /Ben \(CX\)\s*4\s*0\.63\s*0\.38 above/, /Chloé \(Security\)\s*1\s*1\.50\s*1\.50 below/]);

  // The scoring grid's "Show consensus" agrees: same mean, same flag on the same cell.
  await openTab(page, 'Scoring');
  await page.getByRole('checkbox', { name: 'Show consensus' }).check();
  await expect(gridCell(page, 'Contoso CX', 'Shared service philosophy')).toHaveAccessibleName(/Consensus 3\.5 from 2 evaluators, evaluators disagree: spread 3$/);
  await expect(gridCell(page, 'Northwind Contact', 'Independent audits')).toHaveAccessibleName(/Consensus 4\.5 from 2 evaluators$/);

  // Undo merge: one step back to the worked example, and the summary goes away.
  await openTab(page, 'Results');
  await page.getByRole('button', { name: 'Undo merge' }).click();
  await expect(page.getByText('Merge of from-ben.json undone: the assessment is as it was before.')).toBeVisible();
  await expect(summary).toBeHidden();
  await expectRanking(page, WORKED_EXAMPLE);
  await expect(page.getByRole('table', { name: 'Deviation from consensus' }).locator('tbody > tr')).toHaveText([/Ana \(Procurement\)\s*3\s*0\.50\s*0\.50 below/, /Ben \(CX\)\s*3\s*0\.50\s*0\.50 above/]);
  await page.reload();
  await expectRanking(page, WORKED_EXAMPLE);
  await expect(page.getByRole('button', { name: 'Undo merge' })).toHaveCount(0);
});

test('Replace and Import as a copy do what they say; a file of another assessment is not merged', async ({ page }) => {
  await openWorkedExample(page);
  const exported = await downloaded(page, () => page.getByRole('button', { name: 'Export JSON' }).click());
  // A colleague's version: renamed, Contoso's audits raised to 4 by Ana, Ben removed.
  const theirs = JSON.parse(exported.text);
  theirs.assessment.name = 'Tier-1 support (colleague)';
  theirs.assessment.evaluators = theirs.assessment.evaluators.filter((e: { id: string }) => e.id !== 'ben');
  theirs.assessment.scores = theirs.assessment.scores.filter((s: { evaluatorId: string }) => s.evaluatorId !== 'ben');
  const contosoAudit = theirs.assessment.scores.find((s: { vendorId: string; criterionId: string }) => s.vendorId === 'contoso' && s.criterionId === 'sec-attestation');
  contosoAudit.value = 4;
  contosoAudit.updatedAt = '2026-11-25T09:00:00.000Z';
  const text = JSON.stringify(theirs);

  // Inside the assessment, a file of another assessment is explained and refused.
  const other = structuredClone(theirs);
  other.assessment.id = 'another-assessment';
  await importJson(page, 'other.json', JSON.stringify(other));
  await expect(page.getByRole('alert')).toContainText('This file belongs to another assessment');
  await expect(page.getByRole('alert')).toContainText('can only be merged into the assessment it was sent from');
  await expectRanking(page, WORKED_EXAMPLE);

  // Import as a copy (from inside the assessment): a new assessment "… (copy)" with the file's data.
  await importJson(page, 'theirs.json', text);
  const dialog = page.getByRole('dialog', { name: /is already in this browser/ });
  await dialog.getByRole('button', { name: 'Import as a copy' }).click();
  await expectTitle(page, 'Tier-1 support (colleague) (copy)');
  // Northwind without Ben: audits 4 → 0.8, security (2.4 + 0.8)/4 = 80, culture 60, tech 40 → 40 + 18 + 8 = 66.
  // Contoso: audits 4 (passes), security (2.4 + 1)/4 = 85, culture 100, tech unscored (it was Ben's):
  // (0.5×85 + 0.3×100)/0.8 = 90.625 over 80 % coverage, provisional.
  await expectRanking(page, [
    { rank: '1', vendor: 'Northwind Contact', score: '66.0', coverage: '100 %', status: 'Qualified' },
    { rank: '2', vendor: 'Contoso CX', score: '90.6', coverage: '80.0 %', status: 'Provisional' },
    { rank: '3', vendor: 'Fabrikam Support', score: '68.9', coverage: '67.5 %', status: 'Provisional' },
  ]);
  await page.getByRole('link', { name: '← All assessments' }).click();
  await expect(page.getByRole('row')).toHaveCount(3); // header + original + copy
  await expect(page.getByRole('link', { name: 'Tier-1 support outsourcing (worked example)', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tier-1 support (colleague) (copy)', exact: true })).toBeVisible();

  // Replace (from the home screen): the confirmation names what will be lost; the original's id now holds the file.
  await importJson(page, 'theirs.json', text);
  await page.getByRole('dialog', { name: /is already in this browser/ }).getByRole('button', { name: 'Replace' }).click();
  const confirm = page.getByRole('dialog', { name: 'Replace “Tier-1 support outsourcing (worked example)” with the file?' });
  await expect(confirm).toContainText('You will lose: evaluator “Ben (CX)”; 5 scores that the file lacks or scores differently.');
  await confirm.getByRole('button', { name: 'Replace assessment' }).click();
  await expectTitle(page, 'Tier-1 support (colleague)');
  expect(page.url()).toContain('/a/demo-small/results');
  await expectRanking(page, [
    { rank: '1', vendor: 'Northwind Contact', score: '66.0', coverage: '100 %', status: 'Qualified' },
    { rank: '2', vendor: 'Contoso CX', score: '90.6', coverage: '80.0 %', status: 'Provisional' },
    { rank: '3', vendor: 'Fabrikam Support', score: '68.9', coverage: '67.5 %', status: 'Provisional' },
  ]);
  await expect(page.getByRole('region', { name: 'Calibration' })).toHaveCount(0); // one evaluator left
  await page.getByRole('link', { name: '← All assessments' }).click();
  await expect(page.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('link', { name: 'Tier-1 support outsourcing (worked example)', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Tier-1 support (colleague)', exact: true })).toBeVisible();
});
