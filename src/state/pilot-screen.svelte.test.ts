// @vitest-environment jsdom
// jsdom: Svelte runs effects only in a browser-like environment.
// The pilot screen's figures: one evaluation, one set of row counts and one series per change, and a
// large pilot's new rows shown only once their series is built in tasks of their own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluatePilot } from '../domain/pilot';
import { m, makeKpi, makePilot } from '../domain/pilot-fixtures';
import * as series from '../domain/pilot-series';
import { rowsFromMeasurements } from '../domain/pilot-rows-build';
import type { Measurement, Pilot } from '../domain/types';
import { closeEffectRoots, openOnInput } from './effect-root-test-support.svelte';
import { PilotScreenState } from './pilot-screen.svelte';

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 30));
afterEach(() => {
  closeEffectRoots();
  vi.restoreAllMocks();
});

function open(initial: Pilot) {
  const { state, set } = openOnInput(initial, (input) => new PilotScreenState(input));
  return { screen: state, set };
}

const kpis = [makeKpi('csat', { proportion: true }), makeKpi('fcr')];
const rows: Measurement[] = [m('csat', '2026-12-28', 60, 100), m('csat', '2027-01-10', 84, 300), m('fcr', '2027-01-10', 72)];

describe('PilotScreenState', () => {
  it('gives the SPEC §4 evaluation, the row counts and the series of the current pilot', () => {
    const pilot = makePilot(kpis, rows);
    const { screen } = open(pilot);
    expect(screen.evaluation).toEqual(evaluatePilot(pilot));
    expect(screen.stats.get('csat')).toEqual({ total: 2, inWindow: 1, first: '2026-12-28', last: '2027-01-10' });
    expect(screen.shown).toBe(pilot);
    expect(screen.series.byKpi.get('csat')).toMatchObject({ baseline: 1, counted: 1, after: 0 });
  });

  it('builds the series once per change of the rows, not on a KPI edit', () => {
    const spy = vi.spyOn(series, 'pilotSeries');
    const pilot = makePilot(kpis, rows);
    const { screen, set } = open(pilot);
    const before = screen.series;
    const stats = screen.stats;
    set({ ...pilot, kpis: [makeKpi('csat', { threshold: 90 }), kpis[1]] });
    expect(screen.evaluation.kpis[0].status).toBe('fail');
    expect(screen.series).toBe(before);
    expect(screen.stats).toBe(stats);
    expect(spy).toHaveBeenCalledTimes(1);

    set({ ...pilot, measurements: rowsFromMeasurements([...rows, m('fcr', '2027-01-17', 74)], ['csat', 'fcr']) });
    expect(screen.series.byKpi.get('fcr')!.rows).toHaveLength(2);
    // A KPI whose rows did not change keeps its series object: its chart is not redrawn.
    expect(screen.series.byKpi.get('csat')).toBe(before.byKpi.get('csat'));
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it("shows a large pilot's new rows once their series is built, in tasks of their own", async () => {
    const many = (count: number) => Array.from({ length: count }, (_, i) => m('fcr', i % 2 ? '2027-01-10' : '2027-01-11', i));
    const pilot = makePilot(kpis, many(6_000));
    const { screen, set } = open(pilot);
    const next = { ...pilot, measurements: rowsFromMeasurements(many(7_000)) };
    set(next);
    expect(screen.evaluation.kpis[1].counted).toBe(7_000); // the decision at once
    expect(screen.shown).toBe(pilot); // the table and trends a few tasks later
    await vi.waitFor(() => expect(screen.shown).toBe(next));
    expect(screen.series.byKpi.get('fcr')!.rows).toHaveLength(7_000);
    await settle();
  });

  it('opens a large pilot on its decision, tiles and trends, and builds the rest in a later task', async () => {
    const many = Array.from({ length: 6_000 }, (_, i) => m('fcr', i % 2 ? '2027-01-10' : '2027-01-11', i));
    const { screen } = open(makePilot(kpis, many));
    expect(screen.restShown).toBe(false);
    expect(screen.evaluation.kpis[1].counted).toBe(6_000);
    await vi.waitFor(() => expect(screen.restShown).toBe(true));
    // A small pilot shows everything at once.
    expect(open(makePilot(kpis, rows)).screen.restShown).toBe(true);
  });

  it('presents the decision on the day it is given: not started, then decided once a row is counted', () => {
    const pilot = makePilot(kpis, [rows[0]]);
    const { state: screen, set } = openOnInput(pilot, (input) => new PilotScreenState(input, () => '2026-12-30'));
    expect(screen.verdict.phase).toBe('not-started');
    expect(screen.evaluation.decision).toBe('extend'); // what the CLI and exports say, unchanged
    set({ ...pilot, measurements: rowsFromMeasurements(rows, ['csat', 'fcr']) });
    expect(screen.verdict.phase).toBe('decided');
    expect(screen.verdict.facts[0]).toBe('Data for 1 of 28 days of the pilot window');
    expect(screen.verdict.warning).toMatch(/^2 measurements are dated after today/);
  });
});
