// Writing `assessment.contracts` (SPEC §11, format version 2) in the canonical form of export.ts: keys
// in the schema's order with the extension fields (a review's attendees, an action's serviceLevelId and
// month) after the schema's own, every default written out, optional fields left out when absent, and
// measurements grouped by service level in the contract's order (as storage keeps them, so a file
// exported before and after a reload is the same), each service level's rows in the order they were
// added, because that order decides the `last` aggregate on equal dates.
import type { Contract, ContractMeasurement, Review, ReviewAction, ServiceLevel } from '../domain/contract/contract-types';

const serviceLevelOut = (s: ServiceLevel) => ({
  id: s.id, name: s.name, unit: s.unit, direction: s.direction, proportion: s.proportion, aggregate: s.aggregate,
  minimum: s.minimum, expected: s.expected, allocationPercent: s.allocationPercent, kpiId: s.kpiId,
});

const rowOut = (m: ContractMeasurement) => ({ serviceLevelId: m.serviceLevelId, date: m.date, value: m.value, n: m.n, note: m.note });

const actionOut = (a: ReviewAction) => ({
  id: a.id, text: a.text, owner: a.owner, due: a.due, status: a.status, serviceLevelId: a.serviceLevelId, month: a.month,
});

const reviewOut = (r: Review) => ({
  id: r.id, date: r.date, kind: r.kind, title: r.title, notes: r.notes, actions: r.actions.map(actionOut), attendees: r.attendees,
});

/** A stable sort: rows of one service level keep their order. */
function groupedByServiceLevel(c: Contract): ContractMeasurement[] {
  const place = new Map(c.serviceLevels.map((s, i) => [s.id, i]));
  const at = (m: ContractMeasurement) => place.get(m.serviceLevelId) ?? c.serviceLevels.length;
  return [...c.measurements].sort((x, y) => at(x) - at(y));
}

export const contractOut = (c: Contract) => ({
  id: c.id,
  name: c.name,
  vendorId: c.vendorId,
  pilotId: c.pilotId,
  start: c.start,
  months: c.months,
  currency: c.currency,
  monthlyCharges: c.monthlyCharges,
  atRiskPercent: c.atRiskPercent,
  poolPercent: c.poolPercent,
  earnBackMonths: c.earnBackMonths,
  bonusPercent: c.bonusPercent,
  missingDataIsMiss: c.missingDataIsMiss,
  serviceLevels: c.serviceLevels.map(serviceLevelOut),
  measurements: groupedByServiceLevel(c).map(rowOut),
  reviews: c.reviews.map(reviewOut),
});
