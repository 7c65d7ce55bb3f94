// @vitest-environment jsdom
// The Pilots screen on a real AssessmentSession (Dexie on fake-indexeddb) loaded with the worked example
// of SPEC §4 (pilot northwind-q1: CSAT 86.5 %, n 800, CI 83.96–88.69; scorecard 98.18 → GO).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import PilotsView from './PilotsView.svelte';
import type { AssessmentSession } from '../state/assessment-session.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession, storedAssessment } from '../state/session-view-test-support';
import { importedWorkedExample } from '../state/imported-example-test-support';
import type { Assessment } from '../domain/types';
import { DAY_MS } from '../domain/dates';

const PILOT = 'northwind-q1';

beforeAll(() => {
  // jsdom has no canvas; the trend charts fall back to their tables.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  // jsdom lacks ResizeObserver, which the virtualised measurements table uses to size itself.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

cleanUpSessionViewsAfterEach();

function example(): Assessment {
  return importedWorkedExample('2026-11-22T09:00:00.000Z');
}

function open(sub?: string): Promise<AssessmentSession> {
  return renderWithSession(PilotsView, example(), { sub });
}

const decision = () => screen.getByRole('region', { name: 'Decision' });
const decisionText = () => (decision().textContent ?? '').trim();
const tile = (name: string) => within(screen.getByRole('region', { name: 'KPI results' })).getByRole('article', { name });

/** Types into a field and leaves it (the change event is what saves). */
async function edit(label: string, value: string) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  await fireEvent.input(input, { target: { value } });
  await fireEvent.change(input);
  await tick();
  return input;
}

// Generous timeouts: each test renders the whole pilot screen, slow on a busy 2-core machine.
describe('PilotsView: one pilot', { timeout: 30_000 }, () => {
  it('shows GO with its reasons, the worked example tiles and the scorecard', async () => {
    await open(PILOT);
    expect(decisionText().startsWith('GO')).toBe(true);
    expect(decisionText().startsWith('GO')).toBe(!decisionText().startsWith('NO-GO'));
    const reasons = within(decision()).getAllByRole('listitem').map((li) => li.textContent);
    expect(reasons[0]).toBe('Scorecard 98.2 is at or above the GO line of 90 (coverage 100 %)');
    expect(reasons).toContain('CSAT 86.5 % meets the 80 % gate and the 85 % target (95 % CI 84.0–88.7 %, n = 800)');

    const csat = tile('CSAT');
    expect(csat.textContent).toContain('86.5 %');
    expect(csat.textContent).toContain('84.0–88.7 %');
    expect(csat.textContent).toContain('800');
    expect(csat.textContent).toContain('Exceeds');
    expect(csat.textContent).toContain('Gate');
    expect(csat.textContent).toContain('101.8 %'); // attainment 86.5 / 85
    expect(tile('FCR').textContent).toContain('73 %');
    expect(tile('FCR').textContent).not.toContain('95 % CI'); // one row has no n: plain mean, no interval
    expect(tile('AHT').textContent).toContain('440 s');
    expect(tile('Backlog').textContent).toContain('90 tickets');
    expect(tile('Backlog').textContent).toContain('tracked only');
    const scorecard = screen.getByRole('img', { name: /^Scorecard 98\.2 on a 0 to 120 scale/ });
    expect(scorecard.getAttribute('aria-label')).toContain('coverage 100 %');
  });

  it('turns to EXTEND, then NO-GO, as the CSAT gate threshold rises past the value; refuses an invalid edit', async () => {
    const session = await open(PILOT);
    // The target must stay at or above the threshold (SPEC §5), so it moves first: 86.5/95 keeps the
    // scorecard at 94.6, above GO, so only the gate decides.
    await edit('Target of CSAT', '95');
    await vi.waitFor(() => expect(session.pilot(PILOT)!.kpis[0].target).toBe(95));
    expect(decisionText().startsWith('GO')).toBe(true);

    // 87 lies inside the 83.96–88.69 interval: the fail is inconclusive, so EXTEND (SPEC §4 rule 3).
    await edit('Threshold of CSAT', '87');
    await vi.waitFor(() => expect(decisionText().startsWith('EXTEND')).toBe(true));
    expect(decisionText()).toContain('CSAT 86.5 % is below the 87 % gate but the sample cannot tell yet');
    expect(tile('CSAT').textContent).toContain('Inconclusive');

    // 90 is above the whole interval: a firm gate failure, so NO-GO (SPEC §4 rule 1).
    await edit('Threshold of CSAT', '90');
    await vi.waitFor(() => expect(decisionText().startsWith('NO-GO')).toBe(true));
    expect(decisionText()).toContain('CSAT 86.5 % is below the 90 % gate');
    expect(tile('CSAT').textContent).toContain('Fail');

    // Above the target: refused in place, nothing saved.
    const input = await edit('Threshold of CSAT', '96');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/the target \(95 %\) must be at or above the threshold \(96 %\)/)).toBeTruthy();
    expect(session.pilot(PILOT)!.kpis[0].threshold).toBe(90);
    await vi.waitFor(async () => expect((await storedAssessment('demo-small'))!.pilots[0].kpis[0].threshold).toBe(90));
  });

  it('records a decision with what the data said, and a correction as a second entry', async () => {
    const session = await open(PILOT);
    const record = screen.getByRole('button', { name: 'Record' });

    await fireEvent.click(record);
    const why = screen.getByLabelText(/^Rationale/);
    expect(why.getAttribute('aria-invalid')).toBe('true');
    expect(session.pilot(PILOT)!.decisions).toHaveLength(0);

    await fireEvent.input(screen.getByLabelText('Decided by'), { target: { value: 'Ana' } });
    await fireEvent.input(why, { target: { value: 'All gates passed.' } });
    await fireEvent.click(record);
    await vi.waitFor(async () => expect((await storedAssessment('demo-small'))!.pilots[0].decisions).toHaveLength(1));
    const [first] = (await storedAssessment('demo-small'))!.pilots[0].decisions;
    expect(first).toMatchObject({ outcome: 'go', by: 'Ana', rationale: 'All gates passed.' });
    expect(first.computed).toMatchObject({ decision: 'go', coverage: 1 });
    expect(first.computed!.scorecard).toBeCloseTo(98.18419, 4);
    expect(first.computed!.reasons[0]).toBe('GO: Scorecard 98.2 is at or above the GO line of 90 (coverage 100 %)');
    expect(screen.getByText('Recorded GO by Ana — data said GO, scorecard 98.2')).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Correct this entry' }));
    const forms = screen.getAllByRole('radio', { name: 'EXTEND' });
    await fireEvent.click(forms[forms.length - 1]);
    const texts = screen.getAllByLabelText(/^Rationale/);
    await fireEvent.input(texts[texts.length - 1], { target: { value: 'We agreed to extend by two weeks.' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Record correction' }));
    await vi.waitFor(async () => expect((await storedAssessment('demo-small'))!.pilots[0].decisions).toHaveLength(2));
    const [original, correction] = (await storedAssessment('demo-small'))!.pilots[0].decisions;
    expect(original).toEqual(first);
    expect(correction).toMatchObject({ outcome: 'extend', corrects: first.at, computed: { decision: 'go' } });

    const entries = within(screen.getByRole('list', { name: 'Recorded decisions, newest first' })).getAllByRole('article');
    expect(entries[0].textContent).toContain('Recorded EXTEND by Ana — data said GO');
    expect(entries[0].textContent).toContain('Differs from the data');
    expect(entries[1].textContent).toContain('Corrected');
    expect(screen.getAllByRole('button', { name: 'Correct this entry' })).toHaveLength(1);
  });
});

describe('PilotsView: the list and a new pilot', { timeout: 30_000 }, () => {
  it('lists the pilot with its computed decision and counts', async () => {
    await open();
    const row = screen.getByRole('row', { name: /Q1 pilot/ });
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells[0]).toBe('Northwind Contact');
    expect(cells[2]).toBe('✓GO');
    expect(cells.slice(3)).toEqual(['98.2', '4', '9']);
    expect(screen.queryByRole('link', { name: 'Compare pilots' })).toBeNull();
  });

  it('creates a pilot with the defaults: 8 weeks from next Monday, 90/75, five KPIs at weight 20', async () => {
    const session = await open();
    await fireEvent.click(screen.getByRole('button', { name: 'New pilot' }));
    const start = (screen.getByLabelText('First day') as HTMLInputElement).value;
    expect(new Date(`${start}T00:00:00Z`).getUTCDay()).toBe(1);
    await fireEvent.click(screen.getByRole('button', { name: 'Create pilot' }));

    await vi.waitFor(async () => expect((await storedAssessment('demo-small'))!.pilots).toHaveLength(2));
    const created = (await storedAssessment('demo-small'))!.pilots[1];
    expect(created).toMatchObject({ id: 'northwind-contact-pilot', name: 'Northwind Contact pilot', vendorId: 'northwind', start, goScore: 90, noGoScore: 75 });
    expect((Date.parse(created.end) - Date.parse(created.start)) / DAY_MS).toBe(55);
    expect(created.kpis.map((k) => [k.id, k.weight])).toEqual([['csat', 20], ['nps', 20], ['ces', 20], ['fcr', 20], ['aht', 20]]);
    expect(location.hash).toBe('#/a/demo-small/pilots/northwind-contact-pilot');
    await vi.waitFor(() => expect(session.assessment!.pilots).toHaveLength(2));
    expect(screen.getByRole('link', { name: 'Compare pilots' }).getAttribute('href')).toBe('#/a/demo-small/pilots/compare');
  });

  it('refuses an end before the start, in place', async () => {
    const session = await open();
    await fireEvent.click(screen.getByRole('button', { name: 'New pilot' }));
    const end = screen.getByLabelText('Last day') as HTMLInputElement;
    await fireEvent.input(end, { target: { value: '2020-01-01' } });
    await fireEvent.change(end);
    await fireEvent.click(screen.getByRole('button', { name: 'Create pilot' }));
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/^The end \(2020-01-01\) is before the start/)).toBeTruthy();
    expect(session.assessment!.pilots).toHaveLength(1);
  });
});
