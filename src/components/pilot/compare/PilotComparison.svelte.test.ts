// @vitest-environment jsdom
// Champion vs challenger (SPEC §1: a pilot with one or more shortlisted partners) on a real
// AssessmentSession (Dexie on fake-indexeddb): the worked example's Northwind pilot (SPEC §4: CSAT
// 86.5 %, AHT 440 s, GO) against a Contoso pilot on the same KPI definitions with other measurements.
import { NO_ROWS, pilotRows } from '../../../domain/pilot-rows';
import { rowsFromMeasurements } from '../../../domain/pilot-rows-build';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import PilotComparison from './PilotComparison.svelte';
import type { AssessmentSession } from '../../../state/assessment-session.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession } from '../../../state/session-view-test-support';
import { importedWorkedExample } from '../../../state/imported-example-test-support';
import type { Assessment, Pilot } from '../../../domain/types';

cleanUpSessionViewsAfterEach();
afterEach(() => {
  location.hash = '';
});

function workedExample(): Assessment {
  return importedWorkedExample();
}

/** Contoso on Northwind's KPI definitions: CSAT 79 % (n 200, inconclusive gate), AHT 405 s, backlog 80. */
function contosoPilot(northwind: Pilot): Pilot {
  return {
    ...northwind,
    id: 'contoso-q1',
    name: 'Contoso Q1',
    vendorId: 'contoso',
    kpis: northwind.kpis.map((k) => ({ ...k })),
    measurements: rowsFromMeasurements([
      { kpiId: 'csat', date: '2027-01-10', value: 78, n: 100 },
      { kpiId: 'csat', date: '2027-01-17', value: 80, n: 100 },
      { kpiId: 'fcr', date: '2027-01-10', value: 76, n: 300 },
      { kpiId: 'fcr', date: '2027-01-17', value: 78, n: 300 },
      { kpiId: 'aht', date: '2027-01-10', value: 400 },
      { kpiId: 'aht', date: '2027-01-17', value: 410 },
      { kpiId: 'backlog', date: '2027-01-10', value: 120 },
      { kpiId: 'backlog', date: '2027-01-17', value: 80 },
    ], northwind.kpis.map((k) => k.id)),
    decisions: [],
  };
}

function open(a: Assessment): Promise<AssessmentSession> {
  return renderWithSession(PilotComparison, a);
}

function withContoso(): Assessment {
  const a = workedExample();
  a.pilots.push(contosoPilot(a.pilots[0]));
  return a;
}

/** A body row's cells as text, decorative icons left out. */
function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('th, td')].map((cell) => {
    const copy = cell.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

function rowOf(table: HTMLElement, header: string | RegExp): HTMLElement {
  return within(table).getByRole('rowheader', { name: header }).closest('tr') as HTMLElement;
}

describe('PilotComparison', () => {
  it('puts the worked example and a Contoso pilot side by side, marking the better value per KPI', async () => {
    await open(withContoso());
    const table = screen.getByRole('table', { name: /Champion vs challenger/ });
    const heads = within(table).getAllByRole('columnheader').map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    expect(heads).toEqual(['KPI', 'Champion Q1 pilot', 'Challenger Contoso Q1']);

    expect(cells(rowOf(table, 'Vendor'))).toEqual(['Vendor', 'Northwind Contact', 'Contoso CX']);
    expect(cells(rowOf(table, 'Window'))[1]).toBe('Jan 4, 2027 – Jan 31, 2027 · 4 weeks');
    const decision = cells(rowOf(table, 'Decision'));
    expect(decision[1]).toMatch(/^GO Scorecard 98\.2 is at or above the GO line of 90/);
    expect(decision[2]).toMatch(/^EXTEND /);
    // Contoso's scorecard (79/85 + 77/75 + 420/405)/3 = 99.77 is the higher one.
    expect(cells(rowOf(table, 'Scorecard'))).toEqual(['Scorecard', '98.2 coverage 100 %', '99.8 Best coverage 100 %']);

    const csat = cells(rowOf(table, /^CSAT/));
    expect(csat[1]).toBe('86.5 % Best Meets target n = 800 · 95 % CI 84.0–88.7 %');
    expect(csat[2]).toMatch(/^79 % Fail Inconclusive n = 200 · 95 % CI/);
    // AHT is lower-is-better: Contoso's 405 s beats Northwind's 440 s.
    expect(cells(rowOf(table, /^AHT/))).toEqual(['AHT lower is better', '440 s Pass', '405 s Best Meets target']);
    // FCR's plain mean (one row without n) has no interval, and says why.
    expect(cells(rowOf(table, /^FCR/))[1]).toBe('73 % Pass n unknown: a row has no sample size, so no interval');
    // The "Best" mark is text, not only the highlight.
    expect(within(rowOf(table, /^CSAT/)).getAllByText('Best')).toHaveLength(1);
    expect(screen.queryByRole('note', { name: 'Not like for like' })).toBeNull();
  });

  it('shows a KPI one pilot lacks as not tracked, and warns when definitions differ', async () => {
    const a = withContoso();
    const contoso = a.pilots[1];
    contoso.kpis = contoso.kpis.filter((k) => k.id !== 'backlog').map((k) => (k.id === 'csat' ? { ...k, threshold: 78, target: 82 } : k));
    contoso.measurements = pilotRows(contoso.measurements.blocks.filter((b) => b.kpiId !== 'backlog'));
    await open(a);
    const table = screen.getByRole('table', { name: /Champion vs challenger/ });
    expect(cells(rowOf(table, /^Backlog/))).toEqual(['Backlog lower is better', '90 tickets Meets target', 'Not tracked']);
    const note = screen.getByRole('note', { name: 'Not like for like' });
    expect(note.textContent?.replace(/\s+/g, ' ')).toContain('CSAT: threshold 80 % in Q1 pilot, 78 % in Contoso Q1; target 85 % in Q1 pilot, 82 % in Contoso Q1');
    expect(cells(rowOf(table, /^CSAT/))[0]).toBe('CSAT higher is better Not like for like');
  });

  it('lets the reader choose the pilots and the champion', async () => {
    await open(withContoso());
    await fireEvent.change(screen.getByLabelText('Champion'), { target: { value: 'contoso-q1' } });
    const table = screen.getByRole('table', { name: /Champion vs challenger/ });
    expect(within(table).getAllByRole('columnheader')[1].textContent).toContain('Contoso Q1');
    await fireEvent.click(screen.getByRole('checkbox', { name: /Q1 pilot/ }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Choose at least two pilots to compare.')).toBeTruthy();
  });

  it('creates a pilot for another vendor on the same KPIs and opens it', async () => {
    const session = await open(withContoso());
    await fireEvent.click(screen.getByRole('button', { name: 'New pilot with the same KPIs as Q1 pilot' }));
    const form = screen.getByRole('region', { name: /New pilot with the same KPIs as “Q1 pilot”/ });
    // Fabrikam is the vendor without a pilot yet, so it is offered first.
    expect((within(form).getByLabelText('Vendor') as HTMLSelectElement).value).toBe('fabrikam');
    expect((within(form).getByLabelText('Pilot name') as HTMLInputElement).value).toBe('Q1 pilot – Fabrikam Support');
    await fireEvent.click(within(form).getByRole('button', { name: 'Create pilot' }));
    await vi.waitFor(() => expect(location.hash).toBe('#/a/demo-small/pilots/fabrikam-support-q1-pilot'));
    const created = session.pilot('fabrikam-support-q1-pilot')!;
    const source = session.pilot('northwind-q1')!;
    expect(created.kpis).toEqual(source.kpis);
    expect(created).toMatchObject({ vendorId: 'fabrikam', start: source.start, end: source.end, goScore: 90, noGoScore: 75, measurements: NO_ROWS, decisions: [] });
  });

  it('refuses a NO-GO line above the GO line, and stores nothing', async () => {
    const session = await open(withContoso());
    await fireEvent.click(screen.getByRole('button', { name: 'New pilot with the same KPIs as Contoso Q1' }));
    const form = screen.getByRole('region', { name: /New pilot with the same KPIs as “Contoso Q1”/ });
    await fireEvent.input(within(form).getByLabelText('NO-GO below'), { target: { value: '95' } });
    await fireEvent.click(within(form).getByRole('button', { name: 'Create pilot' }));
    expect(within(form).getByText('The NO-GO score (95) must not be above the GO score (90).')).toBeTruthy();
    expect(within(form).getByLabelText('NO-GO below').getAttribute('aria-invalid')).toBe('true');
    expect(session.assessment!.pilots).toHaveLength(2);
    expect(location.hash).toBe('');
  });

  it('explains that comparing needs two pilots, and offers the copy for the only one', async () => {
    await open(workedExample());
    expect(screen.getByRole('heading', { name: 'Comparing needs two pilots' })).toBeTruthy();
    expect(screen.getByText(/An incumbent can be entered as a vendor/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Vendors' }).getAttribute('href')).toBe('#/a/demo-small/vendors');
    expect(screen.queryByRole('table')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'New pilot with the same KPIs as Q1 pilot' }));
    expect(screen.getByRole('region', { name: /New pilot with the same KPIs/ })).toBeTruthy();
  });
});
