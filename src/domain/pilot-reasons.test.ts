// The reasons that come with each SPEC §4 decision, in exact words.
import { describe, expect, it } from 'vitest';
import { evaluatePilot } from './pilot';
import { m, makeKpi, makePilot } from './pilot-fixtures';
import { formatAgainst, formatNumber, withUnit } from './pilot-reasons';

const csat = makeKpi('csat', { name: 'CSAT', gate: true, proportion: true, threshold: 80, target: 85 });
const fcr = makeKpi('fcr', { name: 'FCR', threshold: 70, target: 75 });
const aht = makeKpi('aht', { name: 'AHT', unit: 's', direction: 'lower', threshold: 480, target: 420 });
const day = '2027-01-10';

const reasonsOf = (...args: Parameters<typeof makePilot>) => evaluatePilot(makePilot(...args)).reasons;

describe('NO-GO reasons', () => {
  it('a firmly failing gate, with its interval and the size of the miss (the SPEC §4 sentence)', () => {
    expect(reasonsOf([csat], [m('csat', day, 74.2, 640)])).toEqual([
      'NO-GO: CSAT 74.2 % is below the 80 % gate (95 % CI 70.7–77.4 %, n = 640), missing it by 5.8 points',
      'Scorecard 87.3 is between the NO-GO line of 75 and the GO line of 90 (coverage 100 %)',
    ]);
  });

  it('a lower-is-better gate without a sample, in its own unit', () => {
    const gate = { ...aht, gate: true };
    expect(reasonsOf([gate], [m('aht', day, 500)])[0]).toBe('NO-GO: AHT 500 s is above the 480 s gate, missing it by 20 s');
  });

  it('a miss of exactly one percentage point is singular', () => {
    expect(reasonsOf([csat], [m('csat', day, 79)])[0]).toBe('NO-GO: CSAT 79 % is below the 80 % gate, missing it by 1 point');
  });

  it('the scorecard under the NO-GO line', () => {
    const a = makeKpi('a', { name: 'QA', threshold: 50, target: 100 });
    expect(reasonsOf([a], [m('a', day, 70)])).toEqual(['NO-GO: Scorecard 70 is below the NO-GO line of 75 (coverage 100 %)']);
  });

  it('every failing gate first, then the scorecard, then the other open questions', () => {
    const kpis = [
      csat,
      { ...aht, gate: true },
      makeKpi('sl', { name: 'Service level', gate: true, proportion: true, threshold: 80, target: 85, weight: 0 }),
      fcr,
      makeKpi('backlog', { name: 'Backlog', unit: 'tickets', direction: 'lower', threshold: 200, target: 100, weight: 0 }),
    ];
    const rows = [m('csat', day, 60, 1000), m('aht', day, 600), m('sl', day, 78.2, 640)];
    expect(reasonsOf(kpis, rows)).toEqual([
      'NO-GO: CSAT 60 % is below the 80 % gate (95 % CI 56.9–63.0 %, n = 1,000), missing it by 20 points',
      'NO-GO: AHT 600 s is above the 480 s gate, missing it by 120 s',
      'NO-GO: Scorecard 70.3 is below the NO-GO line of 75 (coverage 66.7 %)',
      'Service level 78.2 % is below the 80 % gate but the sample cannot tell yet (95 % CI 74.8–81.2 %, n = 640)',
      'FCR has no data yet',
      'Backlog has no data yet (tracked, not scored)',
    ]);
  });
});

describe('EXTEND reasons', () => {
  it('an inconclusive failing gate (the SPEC §4 sentence)', () => {
    expect(reasonsOf([csat], [m('csat', day, 78.2, 640)])).toEqual([
      'EXTEND: CSAT 78.2 % is below the 80 % gate but the sample cannot tell yet (95 % CI 74.8–81.2 %, n = 640)',
      'Scorecard 92 is at or above the GO line of 90 (coverage 100 %), but that alone is not enough for GO',
    ]);
  });

  it('an inconclusive passing gate', () => {
    expect(reasonsOf([csat], [m('csat', day, 82, 300)])[0]).toBe(
      'EXTEND: CSAT 82 % meets the 80 % gate but the sample cannot tell yet (95 % CI 77.3–85.9 %, n = 300)',
    );
  });

  it('a weighted KPI with no data (the SPEC §4 sentence)', () => {
    expect(reasonsOf([csat, fcr], [m('csat', day, 90, 2000)])).toEqual([
      'EXTEND: FCR has no data yet',
      'Scorecard 105.9 is at or above the GO line of 90 (coverage 50.0 %), but that alone is not enough for GO',
    ]);
  });

  it('a gate with no data, and no scorecard at all', () => {
    expect(reasonsOf([csat], [])).toEqual(['EXTEND: CSAT has no data yet', 'EXTEND: No scorecard yet: no weighted KPI has data']);
  });

  it('no weighted KPI', () => {
    const tracked = { ...aht, weight: 0 };
    expect(reasonsOf([tracked], [m('aht', day, 400)])).toEqual(['EXTEND: No scorecard: no KPI has a weight above 0']);
  });

  it('a scorecard between the lines', () => {
    expect(reasonsOf([fcr], [m('fcr', day, 63.75)])).toEqual([
      'EXTEND: Scorecard 85 is between the NO-GO line of 75 and the GO line of 90 (coverage 100 %)',
      'FCR 63.8 % misses its 70 % threshold (not a gate)',
    ]);
  });
});

describe('GO reasons', () => {
  it('the scorecard first, then each gate, then what is only tracked or failing outside the gates', () => {
    const kpis = [csat, fcr, makeKpi('ces', { name: 'CES', unit: '/7', threshold: 5, target: 5.5, weight: 0 })];
    expect(reasonsOf(kpis, [m('csat', day, 82, 5000), m('fcr', day, 100), m('ces', day, 4.5)])).toEqual([
      'GO: Scorecard 108.2 is at or above the GO line of 90 (coverage 100 %)',
      'CSAT 82 % meets the 80 % gate (95 % CI 80.9–83.0 %, n = 5,000)',
      'CES 4.5/7 misses its 5/7 threshold (not a gate)',
    ]);
  });
});

// SPEC §4 evaluates NO-GO, then GO, then EXTEND; the reason that decided is listed first, and a scorecard
// past the GO line beside another decision says why it did not decide.
describe('the deciding reason comes first', () => {
  it('NO-GO: the failing gate leads even when the scorecard is past the GO line', () => {
    const kpis = [csat, { ...fcr, weight: 60 }];
    expect(reasonsOf(kpis, [m('csat', day, 70, 3000), m('fcr', day, 90)])).toEqual([
      'NO-GO: CSAT 70 % is below the 80 % gate (95 % CI 68.3–71.6 %, n = 3,000), missing it by 10 points',
      'Scorecard 110.6 is at or above the GO line of 90 (coverage 100 %), but a failing gate decides first',
    ]);
  });

  it('EXTEND: an open gate leads a weighted KPI without data, whatever their order in the pilot', () => {
    const gate = { ...aht, gate: true, weight: 0 };
    expect(reasonsOf([fcr, gate], [])).toEqual([
      'EXTEND: AHT has no data yet',
      'EXTEND: FCR has no data yet',
      'EXTEND: No scorecard yet: no weighted KPI has data',
    ]);
    expect(reasonsOf([fcr, csat], [m('csat', day, 82, 300)])[0]).toBe(
      'EXTEND: CSAT 82 % meets the 80 % gate but the sample cannot tell yet (95 % CI 77.3–85.9 %, n = 300)',
    );
  });

  it('GO: the scorecard leads, the gates follow as context', () => {
    const reasons = reasonsOf([csat, fcr], [m('csat', day, 88, 2000), m('fcr', day, 75)]);
    expect(reasons[0]).toMatch(/^GO: Scorecard 101\.8 is at or above the GO line of 90 \(coverage 100 %\)$/);
    expect(reasons.slice(1).every((r) => !/^(GO|NO-GO|EXTEND):/.test(r))).toBe(true);
  });
});

describe('number formatting', () => {
  it('shows at most one decimal, groups thousands and never "-0"', () => {
    expect([86.5, 80, 74.24, 98.18419, 1433.87, -0.01].map((x) => formatNumber(x))).toEqual(['86.5', '80', '74.2', '98.2', '1,433.9', '0']);
  });

  it('never rounds a value onto the line it is judged by', () => {
    expect(formatAgainst(79.96, 80)).toBe('79.9');
    expect(formatAgainst(480.03, 480)).toBe('480.1');
    expect(formatAgainst(80, 80)).toBe('80');
    expect(formatAgainst(79.94, 80)).toBe('79.9');
    expect(formatAgainst(0.01, 0)).toBe('0.1');
  });

  it('a scorecard just under the GO line reads under it', () => {
    expect(reasonsOf([fcr], [m('fcr', day, 67.47)])[0]).toBe(
      'EXTEND: Scorecard 89.9 is between the NO-GO line of 75 and the GO line of 90 (coverage 100 %)',
    );
  });

  it('puts units after a space, glues "/7", and leaves a bare number bare', () => {
    expect([withUnit('86.5', '%'), withUnit('440', 's'), withUnit('5.2', '/7'), withUnit('3', '')]).toEqual([
      '86.5 %',
      '440 s',
      '5.2/7',
      '3',
    ]);
  });
});
