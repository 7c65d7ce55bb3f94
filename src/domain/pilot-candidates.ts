// The vendors a pilot is offered for (SPEC §1 journey 4): a pilot proves the choice the ranking made,
// so it is offered for the vendors still in the running there, in rank order: qualified or provisional
// with a total (SPEC §3). A disqualified vendor failed a must-have, a vendor with nothing scored has not
// been judged yet, and one the pipeline rejected is out. The "New pilot" form still lists every vendor
// and says where each stands (pilot-vendor-choices.ts).
import type { RankedVendor } from './scoring';
import type { Pilot, Vendor } from './types';

export interface PilotCandidate {
  vendor: Vendor;
  /** The vendor's pilots, in the assessment's order. */
  pilots: Pilot[];
}

type Standing = Pick<RankedVendor, 'status' | 'total'>;

/** Still in the running: not disqualified, scored, not rejected in the pipeline. */
export function isOfferedForPilot(standing: Standing, vendor: Pick<Vendor, 'status'>): boolean {
  return standing.status !== 'disqualified' && standing.total !== null && vendor.status !== 'rejected';
}

/** The vendors offered a pilot, in ranking order, each with the pilots it already has. */
export function pilotCandidates(
  a: { vendors: readonly Vendor[]; pilots: readonly Pilot[] },
  ranking: readonly (Standing & { vendorId: string })[],
): PilotCandidate[] {
  const byId = new Map(a.vendors.map((v) => [v.id, v]));
  return ranking.flatMap((r) => {
    const vendor = byId.get(r.vendorId);
    if (!vendor || !isOfferedForPilot(r, vendor)) return [];
    return [{ vendor, pilots: a.pilots.filter((p) => p.vendorId === vendor.id) }];
  });
}

/**
 * How many of the vendors in the running the one-click shortcuts offer a pilot for: the leaders. A
 * pilot proves a shortlist, and at 200 vendors a wall of 180 buttons under the ranking helps no one
 * (and took longer to build than the ranking's first rows); the "New pilot" form lists every vendor.
 */
const PILOT_OFFERS_SHOWN = 5;

/**
 * The candidates the shortcuts show: the first `limit` in ranking order, and after them any other that
 * already has a pilot (its pilots stay one click away); `more`: how many others are left out.
 */
export function shownCandidates(candidates: readonly PilotCandidate[], limit = PILOT_OFFERS_SHOWN): { shown: PilotCandidate[]; more: number } {
  const shown = candidates.filter((c, i) => i < limit || c.pilots.length > 0);
  return { shown, more: candidates.length - shown.length };
}
