// @vitest-environment jsdom
// The Robustness card with plain props (the model the session would derive): the worked example plus Tailspin Service, so there are two
// contenders. jsdom has no canvas: the break-even chart is checked through its table.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import RobustnessPanel from './RobustnessPanel.svelte';
import { buildRobustnessModel } from '../../domain/robustness/model';
import { scoreFlip } from '../../domain/robustness/score-flip';
import { updateCategory } from '../../domain/checklist-edits';
import type { Assessment } from '../../domain/types';
import { workedExample } from '../../domain/worked-example';
import { exampleWithTwoContenders } from '../../domain/robustness/two-contenders-example';

beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(cleanup);

const props = (assessment: Assessment) => {
  const model = buildRobustnessModel(assessment);
  return { assessment, model, flip: scoreFlip(assessment, model) };
};

function panel(): HTMLElement {
  return screen.getByRole('region', { name: 'Robustness' });
}

/** An element's text as read, with the template's line breaks collapsed. */
const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\s+/g, ' ');

/** Each body row's cells as text. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''));
}

const SECURITY_AT_50 =
  'Security posture would need to fall from 50.0 % to 30.7 % before Tailspin Service overtakes Northwind Contact; raising it changes nothing.';

describe('RobustnessPanel', () => {
  it('shows the lead, one break-even sentence per category, the table and the score flip', () => {
    render(RobustnessPanel, { props: props(exampleWithTwoContenders()) });
    const card = panel();
    expect(text(within(card).getByTestId('close-call')).trim()).toBe(
      'Northwind Contact leads Tailspin Service by 6.3 points. Not a close call: the gap is 5 points or more.',
    );
    expect(within(card).queryByText(/Close call/)).toBeNull();

    const headings = within(card).getAllByRole('heading').map((h) => `${h.tagName} ${h.textContent}`);
    expect(headings.slice(0, 3)).toEqual(['H2 Robustness', 'H3 Weight break-even', 'H3 Score flip']);

    const sentences = [...card.querySelectorAll('ul.sentences > li')].map((li) => li.textContent);
    expect(sentences).toEqual([
      SECURITY_AT_50,
      'Cultural and brand fit (30.0 %): no change. Northwind Contact stays first at any share from 0 % to 100 %.',
      'Technology and integration would need to rise from 20.0 % to 30.9 % before Tailspin Service overtakes Northwind Contact; lowering it changes nothing.',
    ]);

    const table = within(card).getByRole('table', { name: 'Shares of each category over which Northwind Contact stays first' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Category',
      'Current share',
      'Winner stays first from',
      'to',
      'Who overtakes below',
      'Who overtakes above',
    ]);
    expect(rows(table)).toEqual([
      ['Security posture', '50.0 %', '30.7 %', '100 %', 'Tailspin Service', 'Nobody'],
      ['Cultural and brand fit', '30.0 %', '0 %', '100 %', 'Nobody', 'Nobody'],
      ['Technology and integration', '20.0 %', '0 %', '30.9 %', 'Nobody', 'Tailspin Service'],
    ]);
    const chart = within(card).getByRole('img');
    expect(chart.getAttribute('aria-label')).toContain('Security posture from 30.7 % to 100 % (now 50.0 %)');

    expect(
      within(card).getByText("Northwind Contact's Independent audits score would have to drop from 4.5 to 3.66 for Tailspin Service to draw level."),
    ).toBeTruthy();
  });

  it('updates live when a weight changes, and warns of the close call it creates', async () => {
    const a = exampleWithTwoContenders();
    const view = render(RobustnessPanel, { props: props(a) });
    expect(within(panel()).getByText(SECURITY_AT_50)).toBeTruthy();

    await view.rerender(props(updateCategory(a, 'security', { weight: 30 })));
    const card = panel();
    expect(within(card).queryByText(SECURITY_AT_50)).toBeNull();
    expect(
      within(card).getByText(
        'Security posture would need to fall from 37.5 % to 30.7 % before Tailspin Service overtakes Northwind Contact; raising it changes nothing.',
      ),
    ).toBeTruthy();
    const note = within(card).getByTestId('close-call');
    expect(note.querySelector('strong')?.textContent).toBe('Close call:');
    expect(note.textContent).toContain('Northwind Contact leads Tailspin Service by 2.2 points, less than 5 points.');
    expect(within(card).getByText(/Shared service philosophy score would have to drop from 3.5 to 3.2/)).toBeTruthy();
  });

  it('explains why the checks do not apply with a single qualified vendor, and how to get a second', () => {
    render(RobustnessPanel, { props: props(workedExample()) });
    const card = panel();
    expect(text(card)).toContain('Northwind Contact is the only qualified vendor, so nobody can overtake it.');
    expect(text(card)).toContain('Robustness needs at least two qualified vendors: score every weighted criterion');
    expect(within(card).getByRole('link', { name: 'Go to Scoring' }).getAttribute('href')).toBe('#/a/demo-small/scoring');
    expect(within(card).queryByRole('heading', { name: 'Weight break-even' })).toBeNull();
    expect(within(card).queryByRole('heading', { name: 'Score flip' })).toBeNull();
  });

  it('says there is no single winner when two vendors share first place', () => {
    const a = exampleWithTwoContenders();
    const same: Record<string, number> = { 'sec-attestation': 4.5, 'fit-philosophy': 3.5, 'tech-integration': 2 };
    for (const s of a.scores) if (s.vendorId === 'tailspin') s.value = same[s.criterionId] ?? s.value;
    render(RobustnessPanel, { props: props(a) });
    const note = within(panel()).getByTestId('close-call');
    expect(note.querySelector('strong')?.textContent).toBe('No single winner:');
    expect(note.textContent).toContain('Northwind Contact and Tailspin Service share first place.');
    expect(within(panel()).queryByRole('heading', { name: 'Weight break-even' })).toBeNull();
  });

  it('explains a lone weighted category, and names the categories left out', () => {
    let a = exampleWithTwoContenders();
    a = updateCategory(updateCategory(a, 'culture', { weight: 0 }), 'tech', { weight: 0 });
    render(RobustnessPanel, { props: props(a) });
    const card = panel();
    expect(text(card)).toContain('Only one category carries weight (Security posture), so its share is always 100 % and cannot move.');
    expect(text(card)).toContain('Left out because they carry no weight: Cultural and brand fit, Technology and integration.');
    expect(within(card).queryByRole('table')).toBeNull();
  });
});
