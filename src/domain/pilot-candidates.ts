// The vendors a pilot is for (SPEC §1 journey 4): those shortlisted or selected.
import type { Pilot, Vendor } from './types';

export interface PilotCandidate {
  vendor: Vendor;
  /** The vendor's pilots, in the assessment's order. */
  pilots: Pilot[];
}

/** Shortlisted or selected: the vendors worth proving in a pilot. */
export function isPilotCandidate(v: Pick<Vendor, 'status'>): boolean {
  return v.status === 'shortlisted' || v.status === 'selected';
}

/** The shortlisted and selected vendors in ranking order, each with the pilots it already has. */
export function pilotCandidates(
  a: { vendors: readonly Vendor[]; pilots: readonly Pilot[] },
  ranking: readonly { vendorId: string }[],
): PilotCandidate[] {
  const byId = new Map(a.vendors.map((v) => [v.id, v]));
  return ranking
    .map((r) => byId.get(r.vendorId))
    .filter((v): v is Vendor => v !== undefined && isPilotCandidate(v))
    .map((vendor) => ({ vendor, pilots: a.pilots.filter((p) => p.vendorId === vendor.id) }));
}
