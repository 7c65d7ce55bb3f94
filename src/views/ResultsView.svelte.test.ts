// @vitest-environment jsdom
// The Results screen on a real AssessmentSession (Dexie on fake-indexeddb) loaded with the worked example
// of SPEC §3. jsdom has no canvas: the charts are checked through their table alternatives.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import ResultsView from './ResultsView.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession } from '../state/session-view-test-support';
import { AssessmentSession } from '../state/assessment-session.svelte';
import { updateCategory } from '../domain/checklist-edits';
import type { Assessment } from '../domain/types';
import { workedExample } from '../domain/worked-example';
import { exampleWithTwoContenders } from '../domain/robustness/two-contenders-example';
import { makeLargeAssessment } from '../domain/test-factories-large';

beforeAll(() => {
  // jsdom logs "not implemented" for getContext; a browser without canvas returns null the same way.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

cleanUpSessionViewsAfterEach();

function open(a: Assessment): Promise<AssessmentSession> {
  return renderWithSession(ResultsView, a);
}

function rankingTable(): HTMLElement {
  return screen.getByRole('table', { name: /Ranking/ });
}

/** Each body row's cells as text (the status badge's icon is decorative and left out). */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
    );
}

describe('ResultsView', () => {
  it('shows the ranking of the worked example with reasons, and the headline', async () => {
    await open(workedExample());
    const table = rankingTable();
    expect(table.querySelector('caption')?.textContent).toContain('Ranking');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent?.trim());
    expect(headers.slice(0, 5)).toEqual(['Rank', 'Vendor', 'Score', 'Coverage', 'Status']);

    const body = rows(table);
    expect(body.map((r) => r.slice(0, 5))).toEqual([
      ['1', 'Northwind Contact', '72.8', '100 %', 'Qualified'],
      ['2', 'Fabrikam Support', '68.9', '67.5 %', 'Provisional'],
      ['3', 'Contoso CX', '81.3', '100 %', 'Disqualified'],
    ]);
    expect(body[0].slice(5)).toEqual(['Shortlisted', 'Fully scored; all must-haves met']);
    expect(body[1].slice(5)).toEqual(['Candidate', '67.5 % of the weight scored']);
    expect(body[2].slice(5)).toEqual(['Shortlisted', 'Independent audits: 2.5 < 3']);

    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary.textContent).toContain('Northwind Contact leads with 72.8, 3.9 points ahead of Fabrikam Support.');
    expect(summary.textContent).toContain('Contoso CX would score 81.3 but is disqualified (Independent audits: 2.5 < 3).');
    expect(screen.getByText(/gains most over Fabrikam Support on Security posture: \+10\.4 points/)).toBeTruthy();
  });

  it('updates the table at once when a category weight changes', async () => {
    const session = await open(workedExample());
    await session.update((a) => updateCategory(a, 'culture', { weight: 100 }));
    await tick();
    expect(rows(rankingTable()).map((r) => r.slice(0, 5))).toEqual([
      ['1', 'Northwind Contact', '71.6', '100 %', 'Qualified'],
      ['2', 'Fabrikam Support', '74.5', '80.9 %', 'Provisional'],
      ['3', 'Contoso CX', '89.0', '100 %', 'Disqualified'],
    ]);
    expect(screen.getByRole('region', { name: 'Summary' }).textContent).toContain('Northwind Contact leads with 71.6 as the best fully scored vendor.');
  });

  it('builds a screen for 50 vendors or more in parts: headline and the ranking’s top 40 first, the rest one task after another', async () => {
    await open(makeLargeAssessment({ vendors: 50, criteria: 6, categories: 2, evaluators: 2, fill: 1 }));
    // The header row and the first 40 vendors, in ranking order.
    expect(within(rankingTable()).getAllByRole('row')).toHaveLength(41);
    expect(rows(rankingTable()).map((row) => row[0])).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1)));
    expect(screen.getByRole('region', { name: 'Summary' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Calibration' })).toBeNull();
    await vi.waitFor(() => expect(within(rankingTable()).getAllByRole('row')).toHaveLength(51), { timeout: 5_000 });
    await screen.findByRole('heading', { name: 'Calibration' }, { timeout: 5_000 });
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual(['Results', 'Category scores', 'Why the winner wins', 'Robustness', 'Calibration']);
  });

  it('builds 130 vendors in four painted parts: the top 40, 80 rows more, the last rows with the pilot shortcuts, then the charts, robustness and calibration together', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    try {
      await open(makeLargeAssessment({ vendors: 130, criteria: 6, categories: 2, evaluators: 2, fill: 1 }));
      /** The browser paints a frame, then runs the tasks its frame callbacks queued. */
      const paint = async () => {
        for (const frame of frames.splice(0)) frame(0);
        await new Promise((resolve) => setTimeout(resolve, 0));
        await tick();
      };
      const shown = () => ({
        rows: within(rankingTable()).getAllByRole('row').length - 1,
        pilots: screen.queryByRole('heading', { name: 'Prove it in a pilot' }) !== null,
        cards: screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent),
      });
      expect(shown()).toEqual({ rows: 40, pilots: false, cards: ['Results'] });
      await paint();
      expect(shown()).toEqual({ rows: 120, pilots: false, cards: ['Results'] });
      await paint();
      expect(shown()).toEqual({ rows: 130, pilots: true, cards: ['Results'] });
      await paint();
      expect(shown()).toEqual({ rows: 130, pilots: true, cards: ['Results', 'Category scores', 'Why the winner wins', 'Robustness', 'Calibration'] });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('offers a one-click pilot to the five leaders still in the running and counts the others', async () => {
    const session = await open(makeLargeAssessment({ vendors: 20, criteria: 6, categories: 2, evaluators: 1, fill: 1 }));
    const inRunning = session.pilotCandidates.map((c) => c.vendor.name);
    expect(inRunning.length).toBeGreaterThan(6);
    const shortcuts = (await screen.findByRole('heading', { name: 'Prove it in a pilot' })).parentElement!;
    const offers = within(shortcuts).getAllByRole('button', { name: /^Start a pilot with/ });
    expect(offers.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toHaveLength(5);
    expect(within(shortcuts).getByText(new RegExp(`^${inRunning.length - 5} more vendors are still in the running`))).toBeTruthy();
    expect(within(shortcuts).getByRole('link', { name: 'start a pilot from Pilots' }).getAttribute('href')).toMatch(/\/pilots$/);
  });

  it('gives each chart a table alternative and an image summary', async () => {
    await open(workedExample());
    const radar = screen.getByRole('table', { name: /Category scores out of 100/ });
    expect(rows(radar)).toEqual([
      ['Security posture', '87.5', '60.0', '62.5'],
      ['Cultural and brand fit', '70.0', '80.0', '100.0'],
      ['Technology and integration', '40.0', '—', '100.0'],
    ]);
    await fireEvent.click(within(screen.getByRole('region', { name: 'Why the winner wins' })).getByText('Show as table'));
    const bars = await screen.findByRole('table', { name: /Points each category adds/ });
    expect(rows(bars)[0]).toEqual(['1. Northwind Contact', '43.8', '21.0', '8.0', '72.8']);
    const images = screen.getAllByRole('img');
    expect(images).toHaveLength(2);
    expect(images[0].getAttribute('aria-label')).toContain('Northwind Contact: Security posture 87.5');
  });

  it('lets the user choose the radar vendors', async () => {
    await open(workedExample());
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, true, true]);
    await fireEvent.click(boxes[1]);
    const radar = screen.getByRole('table', { name: /Category scores out of 100/ });
    expect(within(radar).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Category', 'Northwind Contact', 'Contoso CX']);
  });

  it('shows the Robustness card after "Why the winner wins", live as weights are edited', async () => {
    const session = await open(exampleWithTwoContenders());
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles.indexOf('Robustness')).toBe(titles.indexOf('Why the winner wins') + 1);
    const card = () => (screen.getByRole('region', { name: 'Robustness' }).textContent ?? '').replace(/\s+/g, ' ');
    expect(card()).toContain('Security posture would need to fall from 50.0 % to 30.7 % before Tailspin Service overtakes Northwind Contact');

    await session.update((a) => updateCategory(a, 'security', { weight: 30 }));
    await tick();
    expect(card()).toContain('Security posture would need to fall from 37.5 % to 30.7 % before Tailspin Service overtakes Northwind Contact');
    expect(card()).toContain('Close call: Northwind Contact leads Tailspin Service by 2.2 points');
  });

  it('shows an empty state that leads to the Scoring screen when nothing is scored', async () => {
    await open({ ...workedExample(), id: 'nothing-scored', scores: [] });
    expect(screen.getByRole('heading', { name: 'Nothing scored yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to Scoring' }).getAttribute('href')).toBe('#/a/nothing-scored/scoring');
    expect(screen.queryByRole('region', { name: 'Summary' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Robustness' })).toBeNull();
  });
});
