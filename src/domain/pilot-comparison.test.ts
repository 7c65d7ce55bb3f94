// Champion vs challenger (SPEC §1: several shortlisted partners piloted) on small pilots built from the SPEC §4 rules.
import { describe, expect, it } from 'vitest';
import { bestIndexes, comparePilots, definitionMismatch } from './pilot-comparison';
import { m, makeKpi, makePilot } from './pilot-fixtures';

const csat = makeKpi('csat', { name: 'CSAT', proportion: true });
const aht = makeKpi('aht', { name: 'AHT', unit: 's', direction: 'lower', threshold: 480, target: 420 });
const nps = makeKpi('nps', { name: 'NPS', unit: 'pts', threshold: 20, target: 30 });

const champion = makePilot([csat, aht], [m('csat', '2027-01-10', 86, 500), m('aht', '2027-01-10', 440)], { id: 'a', vendorId: 'va' });
const challenger = makePilot([aht, csat, nps], [m('csat', '2027-01-10', 82, 400), m('aht', '2027-01-10', 410), m('nps', '2027-01-10', 25)], {
  id: 'b',
  vendorId: 'vb',
});

describe('comparePilots', () => {
  it('lines up the union of KPI ids, in order of first appearance', () => {
    const c = comparePilots([champion, challenger]);
    expect(c.rows.map((r) => r.kpiId)).toEqual(['csat', 'aht', 'nps']);
    expect(c.evaluations.map((e) => e.pilotId)).toEqual(['a', 'b']);
    // Each cell carries that pilot's own result for the KPI id, wherever it sits in its KPI list.
    expect(c.rows[1].cells.map((cell) => cell?.result.value)).toEqual([440, 410]);
  });

  it('marks the higher value for a higher-is-better KPI and the lower one for a lower-is-better KPI', () => {
    const c = comparePilots([champion, challenger]);
    expect(c.rows[0].best).toEqual([0]); // CSAT 86 vs 82
    expect(c.rows[1].best).toEqual([1]); // AHT 440 s vs 410 s: lower wins
  });

  it('marks every pilot on a tie', () => {
    const twin = makePilot([csat], [m('csat', '2027-01-11', 86, 100)], { id: 'c' });
    const c = comparePilots([champion, twin]);
    expect(c.rows[0].best).toEqual([0, 1]);
  });

  it('shows a missing KPI as not tracked and marks no best when only one pilot has a value', () => {
    const c = comparePilots([champion, challenger]);
    const nps = c.rows[2];
    expect(nps.cells[0]).toBeNull();
    expect(nps.cells[1]?.result.value).toBe(25);
    expect(nps.best).toEqual([]);
    expect(nps.mismatch).toEqual([]);
  });

  it('leaves a tracked KPI without data out of the best, but still compares the others', () => {
    const empty = makePilot([csat], [], { id: 'd' });
    const c = comparePilots([champion, challenger, empty]);
    expect(c.rows[0].cells[2]?.result.status).toBe('no-data');
    expect(c.rows[0].best).toEqual([0]);
  });

  it('reports which definition fields differ, and marks no best when direction or unit differ', () => {
    const stricter = makePilot([{ ...csat, threshold: 82, aggregate: 'last' }, { ...aht, direction: 'higher', target: 500 }], [m('csat', '2027-01-10', 90), m('aht', '2027-01-10', 450)], { id: 'e' });
    const c = comparePilots([champion, stricter]);
    expect(c.likeForLike).toBe(false);
    expect(c.rows[0].mismatch).toEqual(['threshold', 'aggregate']);
    expect(c.rows[0].best).toEqual([1]); // same unit and direction: still comparable, with a warning
    expect(c.rows[1].mismatch).toEqual(['target', 'direction']);
    expect(c.rows[1].best).toEqual([]);
    expect(comparePilots([champion, challenger]).likeForLike).toBe(true);
  });

  it('marks the highest scorecard', () => {
    const c = comparePilots([champion, challenger]);
    const [a, b] = c.evaluations.map((e) => e.scorecard as number);
    expect(c.bestScorecard).toEqual([a > b ? 0 : 1]);
  });
});

describe('bestIndexes', () => {
  it('ignores missing values and treats rounding noise as a tie', () => {
    expect(bestIndexes([null, 3, 5, null], 'higher')).toEqual([2]);
    expect(bestIndexes([0.1 + 0.2, 0.3], 'lower')).toEqual([0, 1]);
    expect(bestIndexes([7, null], 'higher')).toEqual([]);
    expect(bestIndexes([-5, -2, -5], 'lower')).toEqual([0, 2]);
  });
});

describe('definitionMismatch', () => {
  it('ignores weight, gate and name, which only change a pilot’s own scorecard', () => {
    expect(definitionMismatch([csat, { ...csat, weight: 0, gate: true, name: 'Satisfaction' }])).toEqual([]);
    expect(definitionMismatch([csat, { ...csat, unit: 'pts', proportion: false }])).toEqual(['unit', 'proportion']);
    expect(definitionMismatch([csat])).toEqual([]);
  });
});
