// @vitest-environment jsdom
// The printable report on a real AssessmentSession (Dexie on fake-indexeddb) with the worked example.
// jsdom has no canvas: the charts are checked through their tables; printing itself is in the e2e test.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/svelte';
import ReportView from './ReportView.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession } from '../state/session-view-test-support';
import type { Assessment } from '../domain/types';
import { workedExample } from '../domain/worked-example';
import { exampleWithTwoContenders } from '../domain/robustness/two-contenders-example';
import { parseRoute, routeHref, SCREENS } from '../state/router.svelte';

const HOSTILE = '<img src=x onerror=alert(1)>';

beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

cleanUpSessionViewsAfterEach();

async function open(a: Assessment): Promise<HTMLElement> {
  await renderWithSession(ReportView, a);
  return screen.getByRole('article', { name: 'Steering committee report' });
}

const APPENDIX = ['Appendix A: Scores by evaluator', 'Appendix B: Evidence notes', 'Appendix C: Calibration and must-haves'];

const sections = (report: HTMLElement) =>
  within(report)
    .getAllByRole('region')
    .filter((r) => r.classList.contains('sheet'))
    .map((r) => r.getAttribute('aria-label') ?? r.querySelector('h2')?.textContent);

describe('ReportView', () => {
  it('holds every section of the report for the worked example', async () => {
    const a = workedExample();
    a.pilots[0].decisions = [{ at: '2027-02-01T10:00:00.000Z', outcome: 'go', by: 'Steering committee', rationale: 'Contract from March.' }];
    const report = await open(a);
    expect(sections(report)).toEqual(['Summary', 'Weights', 'Ranking', 'Charts', 'Robustness of the ranking', 'Pilot: Q1 pilot', 'Decision log', ...APPENDIX]);

    const summary = within(report).getByRole('region', { name: 'Summary' });
    expect(summary.textContent).toContain('Ana (Procurement), Ben (CX)');
    // The executive summary: winner, margin, verdict, pilot decision and open risks.
    const exec = within(report).getByRole('region', { name: 'Executive summary' });
    const terms = [...exec.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim()]);
    expect(terms).toEqual([
      ['Winner', 'Northwind Contact: 72.8 out of 100, qualified.'],
      ['Margin', '3.9 points ahead of Fabrikam Support (68.9, provisional).'],
      ['Robustness', 'Not tested Northwind Contact is the only qualified vendor, so nobody can overtake it. The checks need at least two qualified vendors.'],
      ['Pilot decision', expect.stringMatching(/^GO Q1 pilot with Northwind Contact \(.+\): Scorecard 98\.2 is at or above the GO line of 90 \(coverage 100 %\)\. Recorded GO by Steering committee/)],
      ['Open risks', 'Disqualified: Contoso CX (Independent audits: 2.5 < 3).Provisional, so its total may still move: Fabrikam Support (67.5 % of the weight scored).'],
    ]);

    // The appendix: every score beside the consensus, every note, the must-have outcomes.
    const matrix = within(report).getByRole('table', { name: 'Scores of Northwind Contact · rank 1 · 72.8 · Qualified: consensus and each evaluator' });
    const audits = within(matrix).getByRole('rowheader', { name: /Independent audits/ }).closest('tr')!;
    expect([...audits.querySelectorAll('td')].map((td) => td.textContent?.trim())).toEqual(['4.5', '4', '5']);
    expect(within(report).getByRole('table', { name: 'Evidence notes' }).textContent).toContain('Strong brand-voice samples.');
    expect(within(report).getByRole('table', { name: 'Must-have outcomes per vendor' }).textContent).toContain('Contoso CX2.5Failed');

    const ranking = within(report).getByRole('table', { name: /Ranking/ });
    expect(within(ranking).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Northwind Contact', 'Fabrikam Support', 'Contoso CX']);
    expect(report.textContent).toContain('Contoso CX is disqualified: Independent audits: 2.5 < 3');

    const decision = within(report).getByRole('region', { name: 'Decision' });
    expect(decision.textContent?.trim()).toMatch(/^GO/);
    expect(decision.textContent).toContain('Scorecard 98.2 is at or above the GO line of 90 (coverage 100 %)');
    const kpis = within(report).getByRole('table', { name: 'KPI results of Q1 pilot' });
    expect(within(kpis).getAllByRole('row')[1].textContent).toContain('84.0–88.7 %');

    // The charts' table alternatives print with them.
    expect(within(report).getByRole('table', { name: /Category scores out of 100/ }).textContent).toContain('87.5');
    expect(within(report).getByRole('table', { name: /Points each category adds/ }).textContent).toContain('43.8');
    expect(within(report).getByRole('region', { name: 'Decision log' }).textContent).toContain('Contract from March.');

    // Only Northwind is qualified: the robustness sheet says why its checks wait.
    const robustness = within(report).getByRole('region', { name: 'Robustness of the ranking' });
    expect(robustness.textContent).toContain('Northwind Contact is the only qualified vendor, so nobody can overtake it.');
    expect(robustness.textContent).toContain('Robustness needs at least two qualified vendors');
  });

  it('prints the robustness of the ranking in words and as a table, outside any fold', async () => {
    const report = await open(exampleWithTwoContenders());
    const sheet = within(report).getByRole('region', { name: 'Robustness of the ranking' });
    const text = (sheet.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Northwind Contact leads Tailspin Service by 6.3 points.');
    expect(text).toContain(
      'Security posture would need to fall from 50.0 % to 30.7 % before Tailspin Service overtakes Northwind Contact; raising it changes nothing.',
    );
    expect(text).toContain("Northwind Contact's Independent audits score would have to drop from 4.5 to 3.66 for Tailspin Service to draw level.");
    const table = within(sheet).getByRole('table', { name: 'Shares of each category over which Northwind Contact stays first' });
    expect(table.closest('details')).toBeNull();
    const cells = [...within(table).getAllByRole('row')[1].querySelectorAll('th, td')].map((c) => c.textContent);
    expect(cells).toEqual(['Security posture', '50.0 %', '30.7 %', '100 %', 'Tailspin Service', 'Nobody']);
    expect(within(sheet).getAllByRole('heading').map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Robustness of the ranking', 'Weight break-even', 'Score flip', 'Value for money']),
    );
  });

  it('shows user text as text, never as markup', async () => {
    const a = workedExample();
    a.name = `Report ${HOSTILE}`;
    a.vendors[0].name = `Northwind ${HOSTILE}`;
    a.categories[0].name = `Security ${HOSTILE}`;
    a.pilots[0].decisions = [{ at: '2027-02-01T10:00:00.000Z', outcome: 'go', rationale: `Fine ${HOSTILE}` }];
    const report = await open(a);
    expect(report.querySelector('img')).toBeNull();
    expect(report.textContent).toContain(`Report ${HOSTILE}`);
    expect(report.textContent).toContain(`Northwind ${HOSTILE}`);
    expect(report.textContent).toContain(`Security ${HOSTILE}`);
    expect(report.textContent).toContain(`Fine ${HOSTILE}`);
  });

  it('titles the document with the assessment and the day while it is shown, and gives the title back', async () => {
    document.title = 'BPO Partner Workbench';
    const a = workedExample();
    await open(a);
    expect(document.title).toMatch(/^Tier-1 support outsourcing \(worked example\) — evaluation report — \d{4}-\d{2}-\d{2}$/);
    cleanup();
    expect(document.title).toBe('BPO Partner Workbench');
  });

  it('prints from its button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const report = await open(workedExample());
    await fireEvent.click(within(report).getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('counts the checklist in words that agree with the number: 1 criterion, not 1 criteria', async () => {
    const summaryOf = async (a: Assessment) => within(await open(a)).getByText('Checklist').nextElementSibling?.textContent;
    expect(await summaryOf(workedExample())).toMatch(/^\d+ criteria, 1 must-have, scored/);
    cleanup();
    const one = workedExample();
    one.categories = [{ ...one.categories[0], criteria: [{ ...one.categories[0].criteria[0], mustHave: false }] }];
    one.scores = one.scores.filter((s) => s.criterionId === one.categories[0].criteria[0].id);
    one.pilots = [];
    expect(await summaryOf(one)).toMatch(/^1 criterion, 0 must-haves, scored/);
  });

  it('says plainly when there is nothing to report yet', async () => {
    const a = workedExample();
    a.scores = [];
    a.pilots = [];
    const report = await open(a);
    expect(sections(report)).toEqual(['Summary', 'Weights', 'Ranking', 'Charts', 'Robustness of the ranking', ...APPENDIX]);
    expect(report.textContent).toContain('None yet: no vendor has been scored.');
    expect(report.textContent).toContain('No pilot yet: the choice has not been tested in operation.');
    expect(report.textContent).toContain('No evidence notes were written.');
    expect(report.textContent).toContain('No vendor is disqualified.');
    expect(report.textContent).toContain('No vendor is qualified yet, so there is no winner to test.');
  });
});

describe('the report route', () => {
  it('is #/a/<id>/report, with its tab', () => {
    expect(parseRoute('#/a/demo-small/report')).toEqual({ name: 'assessment', assessmentId: 'demo-small', screen: 'report' });
    expect(routeHref({ name: 'assessment', assessmentId: 'demo-small', screen: 'report' })).toBe('#/a/demo-small/report');
    expect(SCREENS.at(-1)).toEqual({ id: 'report', label: 'Report' });
  });
});
