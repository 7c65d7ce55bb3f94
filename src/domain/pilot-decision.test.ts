// SPEC §4 decision: NO-GO, then GO, then EXTEND, on small hand-computed pilots.
import { describe, expect, it } from 'vitest';
import { evaluatePilot } from './pilot';
import { m, makeKpi, makePilot } from './pilot-fixtures';

describe('decision (SPEC §4, in order)', () => {
  const gate = makeKpi('csat', { gate: true, proportion: true, weight: 20, threshold: 80, target: 80 });
  const other = makeKpi('fcr', { threshold: 70, target: 75 });

  it('GO when gates pass firmly, coverage is 100 % and the scorecard reaches goScore exactly', () => {
    const e = evaluatePilot(makePilot([gate, other], [m('csat', '2027-01-10', 90, 2000), m('fcr', '2027-01-10', 72)]));
    // 100 × (20 × 90/80 + 20 × 72/75) / 40
    expect(e.scorecard).toBeCloseTo(104.25, 12);
    expect(e.kpis[0]).toMatchObject({ status: 'exceeds', confidence: 'conclusive' });
    expect([e.coverage, e.decision]).toEqual([1, 'go']);
  });

  it('GO exactly at the GO line', () => {
    const kpis = [makeKpi('a', { target: 100 })];
    const e = evaluatePilot(makePilot(kpis, [m('a', '2027-01-10', 90)], { goScore: 90 }));
    expect([e.scorecard, e.decision]).toEqual([90, 'go']);
  });

  it('a firmly failing gate is NO-GO even with a high scorecard', () => {
    const e = evaluatePilot(makePilot([gate, other], [m('csat', '2027-01-10', 70, 5000), m('fcr', '2027-01-10', 90)]));
    expect(e.kpis[0]).toMatchObject({ status: 'fail', confidence: 'conclusive' });
    expect(e.scorecard).toBeGreaterThan(90);
    expect(e.decision).toBe('no-go');
  });

  it('a failing gate without n (confidence n/a) is NO-GO too', () => {
    const e = evaluatePilot(makePilot([gate, other], [m('csat', '2027-01-10', 79), m('fcr', '2027-01-10', 90)]));
    expect([e.kpis[0].confidence, e.decision]).toEqual(['n/a', 'no-go']);
  });

  it('an inconclusive failing gate is EXTEND, not NO-GO', () => {
    const e = evaluatePilot(makePilot([gate, other], [m('csat', '2027-01-10', 78.2, 640), m('fcr', '2027-01-10', 90)]));
    expect([e.kpis[0].confidence, e.decision]).toEqual(['inconclusive', 'extend']);
  });

  it('an inconclusive passing gate blocks GO', () => {
    const e = evaluatePilot(makePilot([gate, other], [m('csat', '2027-01-10', 82, 300), m('fcr', '2027-01-10', 90)]));
    expect(e.kpis[0]).toMatchObject({ status: 'exceeds', confidence: 'inconclusive' });
    expect(e.scorecard).toBeGreaterThan(90);
    expect(e.decision).toBe('extend');
  });

  it('missing data blocks GO: a no-data weighted KPI or a no-data gate', () => {
    const noFcr = evaluatePilot(makePilot([gate, other], [m('csat', '2027-01-10', 95, 2000)]));
    expect([noFcr.scorecard, noFcr.coverage, noFcr.decision]).toEqual([118.75, 0.5, 'extend']);
    const unweightedGate = makeKpi('qa', { gate: true, weight: 0 });
    const noGateData = evaluatePilot(makePilot([unweightedGate, other], [m('fcr', '2027-01-10', 90)]));
    expect([noGateData.coverage, noGateData.decision]).toEqual([1, 'extend']);
  });

  it('a scorecard below noGoScore beats everything else, even with every gate passing', () => {
    const kpis = [makeKpi('g', { gate: true, weight: 10, threshold: 10, target: 100 }), makeKpi('b', { target: 100, weight: 10 })];
    const e = evaluatePilot(makePilot(kpis, [m('g', '2027-01-10', 80), m('b', '2027-01-10', 60)]));
    expect(e.kpis[0].status).toBe('pass');
    expect([e.scorecard, e.decision]).toEqual([70, 'no-go']);
  });

  it('a scorecard exactly on noGoScore is not NO-GO', () => {
    const e = evaluatePilot(makePilot([makeKpi('a', { target: 100 })], [m('a', '2027-01-10', 75)]));
    expect([e.scorecard, e.decision]).toEqual([75, 'extend']);
  });

  it('a scorecard between the lines is EXTEND', () => {
    const e = evaluatePilot(makePilot([makeKpi('a', { target: 100 })], [m('a', '2027-01-10', 89.9)]));
    expect(e.decision).toBe('extend');
  });

  it('a failing non-gate KPI does not stop GO', () => {
    const kpis = [makeKpi('a', { threshold: 95, target: 100, weight: 1 }), makeKpi('b', { target: 50, weight: 9 })];
    const e = evaluatePilot(makePilot(kpis, [m('a', '2027-01-10', 90), m('b', '2027-01-10', 100)]));
    expect(e.kpis[0].status).toBe('fail');
    expect(e.decision).toBe('go');
  });
});
