// @vitest-environment jsdom
// Recording measurements (SPEC §1: results typed in weekly or daily) on a real AssessmentSession (Dexie
// on fake-indexeddb), with the worked example's pilot (window 4–Jan 31, 2027, one CSAT baseline row on
// Dec 28, 2026): quick entry, validation that stores nothing, the weekly form, edit, delete with undo,
// and the virtualised table.
import { measurementsOf } from '../../../domain/pilot-rows';
import { rowsFromMeasurements } from '../../../domain/pilot-rows-build';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import MeasurementsPanel from './MeasurementsPanel.svelte';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from '../../../state/session-view-test-support';
import { sessionContext } from '../../../state/session-context';
import { importedWorkedExample } from '../../../state/imported-example-test-support';
import { pilotSeries } from '../../../domain/pilot-series';
import type { Assessment, Measurement } from '../../../domain/types';

const PILOT = 'northwind-q1';
cleanUpSessionViewsAfterEach();

function workedExample(): Assessment {
  return importedWorkedExample();
}

/** Renders the panel the way the pilot screen does: with the session's current pilot and its series, kept in step. */
async function open(a: Assessment = workedExample()) {
  const session = await openSession(a);
  await vi.waitFor(() => expect(session.pilot(PILOT)).toBeDefined());
  const props = () => {
    const pilot = session.pilot(PILOT)!;
    return { pilot, series: pilotSeries(pilot) };
  };
  const view = render(MeasurementsPanel, { props: props(), context: sessionContext(session) });
  const sync = async () => {
    await view.rerender(props());
    await tick();
  };
  const stored = async () => measurementsOf((await storedAssessment(a.id))!.pilots.find((p) => p.id === PILOT)!.measurements);
  return { session, sync, stored };
}

const table = () => screen.getByRole('table', { name: 'Measurements' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const quick = () => screen.getByRole('form', { name: 'Add a measurement' });

async function type(label: string | RegExp, value: string, scope = quick()) {
  await fireEvent.input(within(scope).getByLabelText(label), { target: { value } });
}

describe('MeasurementsPanel', () => {
  it('marks the baseline row and lists the rows newest first with units', async () => {
    await open();
    const rows = bodyRows();
    expect(rows).toHaveLength(9);
    expect(table().getAttribute('aria-rowcount')).toBe('10');
    const baseline = rows.find((r) => r.textContent?.includes('Dec 28, 2026'))!;
    expect(within(baseline).getByText('Baseline')).toBeTruthy();
    expect(within(baseline).getByText('60 %')).toBeTruthy();
    expect(rows.at(-1)).toBe(baseline); // the oldest row is last
    expect(rows.filter((r) => r.textContent?.includes('Baseline'))).toHaveLength(1);
  });

  it('sizes the columns to what the pilot holds: the KPI column fits the longest KPI name', async () => {
    const a = workedExample();
    a.pilots[0].kpis[0].name = 'Customer satisfaction (CSAT)';
    await open(a);
    const columns = table().style.getPropertyValue('--mt-cols').split(/ (?![^(]*\))/);
    expect(columns[1]).toBe('minmax(calc(28ch + 1rem), 1fr)');
    // The worked example has one note ("baseline week, outside the window", 33 characters, capped at 24).
    expect(columns[4]).toBe('minmax(calc(24ch + 1rem), 2fr)');
  });

  it('adds a row by quick entry (decimal comma, n, note) and stores it', async () => {
    const { sync, stored } = await open();
    await type('Date', '2027-01-24');
    await fireEvent.change(within(quick()).getByLabelText('KPI'), { target: { value: 'fcr' } });
    await type(/^Value/, '74,5');
    await type(/^n/, '250');
    await type(/^Note/, 'week 3');
    await fireEvent.submit(quick());
    await vi.waitFor(async () => expect(await stored()).toContainEqual({ kpiId: 'fcr', date: '2027-01-24', value: 74.5, n: 250, note: 'week 3' }));
    await sync();
    expect(bodyRows()).toHaveLength(10);
    expect(within(quick()).getByRole('status').textContent).toBe('Added FCR 74.5 % (n = 250) on Jan 24, 2027.');
    expect((within(quick()).getByLabelText(/^Value/) as HTMLInputElement).value).toBe('');
  });

  it('warns when the KPI already has a value that day, and stores only on Replace or Add anyway', async () => {
    const { sync, stored } = await open();
    await type('Date', '2027-01-10');
    await type(/^Value/, '81.2');
    await fireEvent.submit(quick());
    const warning = within(quick()).getByRole('alert');
    expect(warning.textContent).toMatch(/^CSAT already has 84 % on Jan 10, 2027\. Replace it with this value, or add this one as well/);
    await fireEvent.submit(quick());
    expect(await stored()).toHaveLength(9);
    await fireEvent.click(within(warning).getByRole('button', { name: 'Replace' }));
    await vi.waitFor(async () => expect((await stored()).filter((m) => m.kpiId === 'csat' && m.date === '2027-01-10')).toEqual([{ kpiId: 'csat', date: '2027-01-10', value: 81.2 }]));
    await sync();
    expect(within(quick()).queryByRole('alert')).toBeNull();
    expect(within(quick()).getByRole('status').textContent).toBe('Replaced CSAT on Jan 10, 2027 with 81.2 %.');
    expect(bodyRows()).toHaveLength(9);
  });

  it('shows a message for an invalid n and stores nothing', async () => {
    const { session, stored } = await open();
    await type(/^Value/, '84');
    await type(/^n/, '2.5');
    await fireEvent.submit(quick());
    const n = within(quick()).getByLabelText(/^n/);
    expect(n.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/n must be a positive whole number/)).toBeTruthy();
    expect(session.pilot(PILOT)!.measurements.count).toBe(9);
    expect(await stored()).toHaveLength(9);
  });

  it('warns in place that a date before the start will be a baseline', async () => {
    await open();
    await type('Date', '2027-01-02');
    expect(within(quick()).getByText(/Before the pilot starts \(Jan 4, 2027\)/)).toBeTruthy();
  });

  it('stores one row per filled KPI from the weekly form, dated by the Monday, in one save', async () => {
    const { session, sync, stored } = await open();
    await fireEvent.click(screen.getByRole('button', { name: 'Enter a whole week' }));
    const form = screen.getByRole('form', { name: 'Enter a whole week' });
    await type('Week (any day of it)', '2027-01-20', form); // a Wednesday
    expect(within(form).getByText(/Rows are dated Mon, Jan 18, 2027/)).toBeTruthy();
    await type('CSAT value (%)', '85', form);
    await type('CSAT n', '200', form);
    await type('AHT value (s)', '435,5', form);
    const update = vi.spyOn(session, 'updatePilot');
    await fireEvent.submit(form);
    expect(update).toHaveBeenCalledTimes(1);
    const added: Measurement[] = [
      { kpiId: 'csat', date: '2027-01-18', value: 85, n: 200 },
      { kpiId: 'aht', date: '2027-01-18', value: 435.5 },
    ];
    await vi.waitFor(async () => expect((await stored()).filter((m) => m.date === '2027-01-18')).toEqual(added));
    await sync();
    expect(bodyRows()).toHaveLength(11);
    expect(within(form).getByRole('status').textContent).toBe('Saved 2 measurements for the week of Jan 18, 2027.');
  });

  it('stores nothing from the weekly form when a line is wrong', async () => {
    const { stored } = await open();
    await fireEvent.click(screen.getByRole('button', { name: 'Enter a whole week' }));
    const form = screen.getByRole('form', { name: 'Enter a whole week' });
    await type('CSAT value (%)', '85', form);
    await type('FCR n', '0', form);
    await fireEvent.submit(form);
    expect(within(form).getByLabelText('FCR n').getAttribute('aria-invalid')).toBe('true');
    expect(await stored()).toHaveLength(9);
  });

  it('edits a row in place and stores it at the same position', async () => {
    const { sync, stored } = await open();
    await fireEvent.click(screen.getByRole('button', { name: 'Edit AHT on Jan 10, 2027, 450 s' }));
    const value = screen.getByLabelText('Value (AHT on Jan 10, 2027, 450 s)');
    await fireEvent.input(value, { target: { value: '445' } });
    await fireEvent.keyDown(value, { key: 'Enter' });
    await vi.waitFor(async () => expect((await stored()).filter((m) => m.kpiId === 'aht')[0]).toEqual({ kpiId: 'aht', date: '2027-01-10', value: 445 }));
    await sync();
    expect(screen.getByRole('button', { name: 'Edit AHT on Jan 10, 2027, 445 s' })).toBeTruthy();
  });

  it('follows the edited row when the list is reordered meanwhile, never a stale index', async () => {
    const { session, sync, stored } = await open();
    await fireEvent.click(screen.getByRole('button', { name: 'Edit AHT on Jan 10, 2027, 450 s' }));
    await fireEvent.input(screen.getByLabelText('Value (AHT on Jan 10, 2027, 450 s)'), { target: { value: '445' } });
    // Another change reorders each KPI's rows: the row's number now points at another row.
    await session.updatePilot(PILOT, (p) => ({ ...p, measurements: rowsFromMeasurements(measurementsOf(p.measurements).reverse(), p.kpis.map((k) => k.id)) }));
    await sync();
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(async () => expect(await stored()).toContainEqual({ kpiId: 'aht', date: '2027-01-10', value: 445 }));
    const rows = await stored();
    expect(rows).toHaveLength(9);
    expect(rows).toContainEqual({ kpiId: 'aht', date: '2027-01-17', value: 430 });
  });

  it('cancels an edit, with a message, when the row is deleted meanwhile', async () => {
    const { session, sync, stored } = await open();
    await fireEvent.click(screen.getByRole('button', { name: 'Edit FCR on Jan 17, 2027, 74 %' }));
    await session.updatePilot(PILOT, (p) => ({ ...p, measurements: rowsFromMeasurements(measurementsOf(p.measurements).filter((m) => !(m.kpiId === 'fcr' && m.value === 74)), p.kpis.map((k) => k.id)) }));
    await sync();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.getByRole('alert').textContent).toMatch(/changed elsewhere/);
    expect(await stored()).toHaveLength(8);
  });

  it('refuses an invalid edit with a message and keeps the stored row', async () => {
    const { stored } = await open();
    await fireEvent.click(screen.getByRole('button', { name: 'Edit CSAT on Jan 10, 2027, 84 %' }));
    const n = screen.getByLabelText('n (CSAT on Jan 10, 2027, 84 %)');
    await fireEvent.input(n, { target: { value: '-3' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(n.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toMatch(/n must be a positive whole number/);
    expect(await stored()).toContainEqual({ kpiId: 'csat', date: '2027-01-10', value: 84, n: 300 });
  });

  it('deletes a row, says so, and puts it back in place on Undo', async () => {
    const { sync, stored } = await open();
    const before = await stored();
    await fireEvent.click(screen.getByRole('button', { name: 'Delete CSAT on Jan 17, 2027, 88 %' }));
    await vi.waitFor(async () => expect(await stored()).toHaveLength(8));
    expect((await stored()).some((m) => m.kpiId === 'csat' && m.value === 88)).toBe(false);
    await sync();
    expect(bodyRows()).toHaveLength(8);
    expect(screen.getByText('Deleted CSAT on Jan 17, 2027 (88 %).')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(async () => expect(await stored()).toEqual(before));
  });

  it('filters by KPI and flips the sort order', async () => {
    await open();
    await fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'csat' } });
    expect(bodyRows().map((r) => r.textContent?.slice(0, 12))).toEqual(['Jan 17, 2027', 'Jan 10, 2027', 'Dec 28, 2026']);
    await fireEvent.click(screen.getByRole('button', { name: /^Date/ }));
    expect(bodyRows()[0].textContent).toContain('Dec 28, 2026');
    expect(screen.getByRole('columnheader', { name: /Date/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('renders only a window of rows when the pilot has 100,000 measurements', async () => {
    const a = workedExample();
    const pilot = a.pilots[0];
    const kpis = pilot.kpis.map((k) => k.id);
    pilot.measurements = rowsFromMeasurements(Array.from({ length: 100_000 }, (_, i) => ({
      kpiId: kpis[i % kpis.length],
      date: `2027-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      value: 50 + (i % 40),
    })), kpis);
    await open(a);
    expect(table().getAttribute('aria-rowcount')).toBe('100001');
    const rendered = bodyRows().length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);
    expect(bodyRows()[0].getAttribute('aria-rowindex')).toBe('2');
    // The spacer carries the full height, so the scrollbar is true to 100,000 rows.
    const body = within(table()).getAllByRole('rowgroup')[1];
    expect(body.style.height).toBe(`${100_000 * 44}px`);
    // Scrolling moves the window.
    const scroller = table();
    scroller.scrollTop = 44 * 50_000;
    await fireEvent.scroll(scroller);
    const first = Number(bodyRows()[0].getAttribute('aria-rowindex'));
    expect(first).toBeGreaterThan(49_980);
    expect(first).toBeLessThan(50_002);
    expect(bodyRows().length).toBeLessThan(40);
  });
});
