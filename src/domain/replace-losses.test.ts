import { rowsFromMeasurements } from './pilot-rows-build';
import { describe, expect, it } from 'vitest';
import { losesNothing, replaceLosses } from './replace-losses';
import { makeAssessment, makeCategory, makeCriterion, makeVendor } from './test-factories';
import type { Assessment, Pilot } from './types';

function pilot(id: string, rows: [string, number][], decisions: string[] = []): Pilot {
  return {
    id, name: `Pilot ${id}`, vendorId: 'v1', start: '2027-01-01', end: '2027-01-31', goScore: 90, noGoScore: 75, kpis: [],
    measurements: rowsFromMeasurements(rows.map(([date, value]) => ({ kpiId: 'csat', date, value }))),
    decisions: decisions.map((at) => ({ at, outcome: 'go' as const, rationale: 'ok' })),
  };
}

function stored(): Assessment {
  return makeAssessment({
    updatedAt: '2026-11-20T00:00:00.000Z',
    categories: [makeCategory('k', 1, [makeCriterion('c1'), makeCriterion('c2', 1, { name: 'Data residency' })])],
    vendors: [makeVendor('v1', 'Northwind'), makeVendor('v2', 'Globex')],
    evaluators: [{ id: 'ana', name: 'Ana' }, { id: 'chloe', name: 'Chloé' }],
    scores: [
      { vendorId: 'v1', criterionId: 'c1', evaluatorId: 'ana', value: 3 },
      { vendorId: 'v1', criterionId: 'c2', evaluatorId: 'ana', value: 4, note: 'x' },
      { vendorId: 'v2', criterionId: 'c1', evaluatorId: 'chloe', value: 1 },
    ],
    pilots: [pilot('p1', [['2027-01-02', 80], ['2027-01-03', 81], ['2027-01-03', 81]], ['2027-02-01T00:00:00Z']), pilot('p2', [])],
  });
}

describe('replaceLosses', () => {
  it('nothing is lost when the file is the stored version', () => {
    const l = replaceLosses(stored(), stored());
    expect(losesNothing(l)).toBe(true);
    expect(l.storedIsNewer).toBe(false);
  });

  it('names what the file lacks and counts scores, rows and log entries that differ or are missing', () => {
    const file = stored();
    file.updatedAt = '2026-11-01T00:00:00.000Z';
    file.vendors = [file.vendors[0]];
    file.categories[0].criteria = [file.categories[0].criteria[0]];
    file.evaluators = [file.evaluators[0]];
    file.scores = [{ vendorId: 'v1', criterionId: 'c1', evaluatorId: 'ana', value: 2 }];
    // One of the two identical rows, and no decision.
    file.pilots = [pilot('p1', [['2027-01-02', 80], ['2027-01-03', 81]])];
    const l = replaceLosses(stored(), file);
    expect(l).toEqual({
      vendors: ['Globex'],
      criteria: ['Data residency'],
      evaluators: ['Chloé'],
      pilots: ['Pilot p2'],
      scores: 3,
      measurements: 1,
      decisions: 1,
      storedIsNewer: true,
    });
    expect(losesNothing(l)).toBe(false);
  });

  it('a note that differs counts as a lost score', () => {
    const file = stored();
    file.scores[1] = { ...file.scores[1], note: 'other' };
    expect(replaceLosses(stored(), file).scores).toBe(1);
  });
});
