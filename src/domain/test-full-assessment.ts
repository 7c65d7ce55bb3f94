// An assessment with every field of every entity of the file format set (SPEC §5), for tests of the
// paths that copy an assessment (duplicate, export → import, backup → restore): whatever a path drops
// shows up as a difference. Built on the worked example so that it is valid and realistic.
import { measurementsOf } from './pilot-rows';
import { rowsFromMeasurements } from './pilot-rows-build';
import type { Assessment, Decision } from './types';
import { workedExample } from './worked-example';

export function makeFullAssessment(): Assessment {
  const a = workedExample();
  const unscored = a.categories[0].criteria[0].id;
  const first: Decision = {
    at: '2027-02-01T09:00:00.000Z',
    outcome: 'extend',
    by: 'Dana (CX lead)',
    rationale: 'CSAT needs two more weeks of data.',
    computed: { decision: 'extend', scorecard: 88.5, coverage: 1, reasons: ['Scorecard 88.5 is between the lines.'] },
  };
  const correction: Decision = {
    at: '2027-02-02T09:00:00.000Z',
    outcome: 'go',
    by: 'Dana (CX lead)',
    rationale: 'Steering committee accepted the AHT trend.',
    corrects: first.at,
  };
  return {
    ...a,
    description: 'Tier-1 email and chat support, 40 FTE, EU hours.',
    categories: a.categories.map((k) => ({ ...k, criteria: k.criteria.map((c) => ({ ...c, guidance: `What good looks like for ${c.name}.` })) })),
    vendors: a.vendors.map((v, i) => ({
      ...v,
      website: `https://${v.id}.example`,
      headquarters: ['Lisbon, Portugal', 'Manila, Philippines', 'Kraków, Poland'][i % 3],
      notes: `Met on 2026-11-0${i + 2}.`,
      price: { amount: 24.5 + i, currency: 'EUR', per: 'hour' },
    })),
    evaluators: a.evaluators.map((e) => ({ ...e, role: `${e.name} role` })),
    scores: [
      // Evidence on a cell not scored yet (SPEC §5: "value": null with a note).
      { vendorId: 'fabrikam', criterionId: unscored, evaluatorId: 'ben', value: null, note: 'Awaiting the SOC 2 report.', updatedAt: '2026-11-21T10:00:00.000Z' },
      ...a.scores
        .filter((s) => !(s.vendorId === 'fabrikam' && s.criterionId === unscored && s.evaluatorId === 'ben'))
        .map((s, i) => (i % 2 ? { ...s, note: `Evidence ${i}`, updatedAt: '2026-11-20T10:00:00.000Z' } : s)),
    ],
    pilots: a.pilots.map((p) => ({
      ...p,
      measurements: rowsFromMeasurements(measurementsOf(p.measurements).map((m, i) => ({ ...m, n: m.n ?? 100 + i, note: `Week ${1 + (i % 4)}` }))),
      decisions: [first, correction],
    })),
  };
}
