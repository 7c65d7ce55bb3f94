// @vitest-environment jsdom
// The top of the pilot screen tells one story: no verdict before anything is counted, the reason that
// decided first with the other facts visibly apart, and a scorecard past the GO line not green beside NO-GO.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import DecisionBanner from './DecisionBanner.svelte';
import PilotStatusBanner from './PilotStatusBanner.svelte';
import ScorecardFigure from './ScorecardFigure.svelte';
import { evaluatePilot } from '../../domain/pilot';
import { m, makeKpi, makePilot } from '../../domain/pilot-fixtures';
import { pilotDataFacts, pilotVerdict } from '../../domain/pilot-verdict';
import type { Measurement, Pilot } from '../../domain/types';

afterEach(cleanup);

const kpis = [makeKpi('csat', { name: 'CSAT', gate: true, proportion: true }), makeKpi('fcr', { name: 'FCR', threshold: 70, target: 75, weight: 60 })];

function screenOf(rows: Measurement[], today: string): { pilot: Pilot; verdict: ReturnType<typeof pilotVerdict> } {
  const pilot = makePilot(kpis, rows);
  return { pilot, verdict: pilotVerdict(pilot, pilotDataFacts(pilot, today), today) };
}

describe('the decision at the top of the pilot screen', () => {
  it('before the start with only a baseline: "Not started", the data coverage, and no verdict word', () => {
    const { verdict } = screenOf([m('csat', '2026-12-28', 60, 100), m('fcr', '2027-03-01', 70)], '2026-12-30');
    expect(verdict.status).not.toBeNull();
    render(PilotStatusBanner, { status: verdict.status!, verdict });
    const status = screen.getByRole('region', { name: 'Pilot status' });
    expect(status.textContent?.trim()).toMatch(/^Not started/);
    expect(status.textContent).not.toMatch(/\b(GO|NO-GO|EXTEND)\b/);
    expect(within(status).getByRole('list', { name: 'Other facts' }).textContent).toContain('Data for 0 of 28 days of the pilot window');
    expect(status.textContent).toMatch(/Warning: 1 measurement is dated after today \(.+\)\. Check its date\./);
    expect(screen.queryByRole('region', { name: 'Decision' })).toBeNull();
  });

  it('NO-GO with a scorecard past the GO line: the failing gate first, the scorecard apart and not green', () => {
    const { pilot, verdict } = screenOf([m('csat', '2027-01-10', 70, 3000), m('fcr', '2027-01-10', 90)], '2027-02-10');
    const evaluation = evaluatePilot(pilot);
    expect(evaluation.decision).toBe('no-go');
    render(DecisionBanner, { evaluation, vendorName: 'Northwind Contact', notes: verdict });
    const decision = screen.getByRole('region', { name: 'Decision' });
    expect(decision.textContent?.trim()).toMatch(/^NO-GO/);
    const [first] = within(decision).getAllByRole('listitem');
    expect(first.textContent).toMatch(/^CSAT 70 % is below the 80 % gate/);
    expect(within(decision).getByRole('list', { name: 'Other facts' }).textContent).toContain(
      'Scorecard 110.6 is at or above the GO line of 90 (coverage 100 %), but a failing gate decides first',
    );
    expect(within(decision).getByRole('list', { name: 'Other facts' }).textContent).toContain('Data for 1 of 28 days of the pilot window');

    render(ScorecardFigure, { evaluation, pilot });
    const value = screen.getByText('110.6');
    expect(value.classList.contains('ok')).toBe(false);
    expect(screen.getByText('Reaches the GO line, but the decision is NO-GO: a failing gate decides first.')).toBeTruthy();
  });

  it('GO keeps its green scorecard and has no "Other facts" heading when there are none', () => {
    const pilot = makePilot([kpis[1]], [m('fcr', '2027-01-10', 80)]);
    const evaluation = evaluatePilot(pilot);
    render(DecisionBanner, { evaluation, vendorName: 'Northwind Contact' });
    expect(screen.getByRole('region', { name: 'Decision' }).textContent?.trim()).toMatch(/^GO/);
    expect(screen.queryByRole('list', { name: 'Other facts' })).toBeNull();
    render(ScorecardFigure, { evaluation, pilot });
    expect(screen.getByText('106.7').classList.contains('ok')).toBe(true);
  });
});
