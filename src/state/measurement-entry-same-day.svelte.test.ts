// @vitest-environment jsdom
// jsdom: Svelte runs effects (the measurement editor's) only in a browser-like environment.
// Quick entry and the weekly form on a real AssessmentSession (Dexie on fake-indexeddb) with the worked
// example's pilot, whose CSAT has 84 % (n = 300) on Jan 10, 2027: a value typed for a KPI and day that
// already has one is held back with a warning until the person chooses Replace or Add anyway.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { measurementsOf } from '../domain/pilot-rows';
import type { Measurement } from '../domain/types';
import { workedExample } from '../domain/worked-example';
import { closeEffectRoots, openOnInput } from './effect-root-test-support.svelte';
import { MeasurementEditor } from './measurement-editor.svelte';
import { QuickEntryForm } from './measurement-quick-entry.svelte';
import { WeekEntryForm } from './measurement-week-entry.svelte';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from './session-view-test-support';

cleanUpSessionViewsAfterEach();
afterEach(closeEffectRoots);

const PILOT = 'northwind-q1';
let nextId = 1;

async function open() {
  const a = { ...workedExample(), id: `same-day-entry-${nextId++}` };
  const session = await openSession(a);
  const pilot = () => session.pilot(PILOT)!;
  const { state: editor } = openOnInput(pilot(), (p) => new MeasurementEditor(session, p));
  const add = vi.fn((rows: Measurement[], choice: 'keep' | 'replace') => editor.add(rows, choice));
  const stored = async () => measurementsOf((await storedAssessment(a.id))!.pilots.find((p) => p.id === PILOT)!.measurements);
  const onDay = async (kpiId: string, date: string) => (await stored()).filter((m) => m.kpiId === kpiId && m.date === date);
  const quick = new QuickEntryForm(() => pilot().kpis, () => pilot(), () => pilot().measurements, add);
  const week = new WeekEntryForm(() => pilot().kpis, pilot(), () => pilot().measurements, add);
  return { session, add, stored, onDay, quick, week };
}

function type(quick: QuickEntryForm, date: string, kpiId: string, value: string, n = '') {
  quick.date = date;
  quick.chooseKpi(kpiId);
  quick.value = value;
  quick.n = n;
}

describe('quick entry on a day the KPI already has a value', () => {
  it('warns and stores nothing, even when submitted again', async () => {
    const { add, stored, quick } = await open();
    type(quick, '2027-01-10', 'csat', '81,2', '250');
    expect(await quick.submit()).toBeNull();
    expect(quick.sameDay).toBe('CSAT already has 84 % on Jan 10, 2027');
    expect(await quick.submit()).toBeNull();
    expect(add).not.toHaveBeenCalled();
    expect(await stored()).toHaveLength(9);
  });

  it('replaces the stored value when asked: the day keeps one CSAT row', async () => {
    const { onDay, quick } = await open();
    type(quick, '2027-01-10', 'csat', '81,2', '250');
    await quick.submit();
    expect(await quick.resolveSameDay('replace')).toBe('value');
    expect(quick.status).toBe('Replaced CSAT on Jan 10, 2027 with 81.2 % (n = 250).');
    expect(quick.sameDay).toBe('');
    expect(await onDay('csat', '2027-01-10')).toEqual([{ kpiId: 'csat', date: '2027-01-10', value: 81.2, n: 250 }]);
  });

  it('adds the value beside the stored one on Add anyway', async () => {
    const { onDay, quick } = await open();
    type(quick, '2027-01-10', 'csat', '81.2');
    await quick.submit();
    await quick.resolveSameDay('keep');
    expect(quick.status).toBe('Added CSAT 81.2 % on Jan 10, 2027.');
    expect((await onDay('csat', '2027-01-10')).map((m) => m.value)).toEqual([84, 81.2]);
  });

  it('drops the warning when the person changes the row, and adds a value on a free day at once', async () => {
    const { add, onDay, quick } = await open();
    type(quick, '2027-01-10', 'csat', '81.2');
    await quick.submit();
    quick.date = '2027-01-11';
    quick.clear('date');
    expect(quick.sameDay).toBe('');
    expect(await quick.submit()).toBe('value');
    expect(add).toHaveBeenCalledWith([{ kpiId: 'csat', date: '2027-01-11', value: 81.2 }], 'keep');
    expect(await onDay('csat', '2027-01-11')).toHaveLength(1);
  });
});

describe('the weekly form on a Monday a KPI already has a value', () => {
  it('warns, names each KPI, and replaces only those values when asked', async () => {
    const { session, add, stored, onDay, week } = await open();
    // The worked example's rows are dated Sundays: store Monday values first, through the same form.
    week.picked = '2027-01-13';
    week.setLine('csat', 'value', '85');
    week.setLine('aht', 'value', '440');
    expect(await week.submit()).toBe(true);
    expect(await stored()).toHaveLength(11);

    week.setLine('csat', 'value', '86');
    week.setLine('csat', 'n', '120');
    week.setLine('fcr', 'value', '75');
    expect(await week.submit()).toBe(false);
    expect(week.sameDay).toBe('CSAT already has 85 % on Jan 11, 2027');
    expect(await week.submit()).toBe(false);
    expect(add).toHaveBeenCalledTimes(1);

    expect(await week.resolveSameDay('replace')).toBe(true);
    expect(week.status).toBe('Saved 2 measurements for the week of Jan 11, 2027. The values stored for that day were replaced.');
    expect(await onDay('csat', '2027-01-11')).toEqual([{ kpiId: 'csat', date: '2027-01-11', value: 86, n: 120 }]);
    expect(await onDay('aht', '2027-01-11')).toEqual([{ kpiId: 'aht', date: '2027-01-11', value: 440 }]);
    expect(await onDay('fcr', '2027-01-11')).toEqual([{ kpiId: 'fcr', date: '2027-01-11', value: 75 }]);
    expect(session.pilot(PILOT)!.measurements.count).toBe(12);
  });

  it('adds the week beside the stored values on Add anyway', async () => {
    const { onDay, week } = await open();
    week.picked = '2027-01-13';
    week.setLine('csat', 'value', '85');
    await week.submit();
    week.setLine('csat', 'value', '85');
    await week.submit();
    expect(week.sameDay).toBe('CSAT already has 85 % on Jan 11, 2027');
    await week.resolveSameDay('keep');
    expect((await onDay('csat', '2027-01-11')).map((m) => m.value)).toEqual([85, 85]);
  });
});
