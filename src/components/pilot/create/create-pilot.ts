// Creating a pilot from the UI: the session write and the navigation that follows it, shared by the
// "New pilot" form and the one-click "Start a pilot" buttons (SPEC §1 journey 4).
import type { AssessmentSession } from '../../../state/assessment-session.svelte';
import { router } from '../../../state/router.svelte';
import { defaultPilotSettings, newPilot, pilotErrors, type PilotSettings } from '../../../domain/pilot-draft';
import { localToday } from '../../../domain/dates';
import type { Vendor } from '../../../domain/types';

/** Vendors a pilot is most likely for: selected and shortlisted first, in ranking order, then the rest. */
export function vendorsForPilot(session: AssessmentSession): Vendor[] {
  const vendors = session.assessment?.vendors ?? [];
  const rank = new Map(session.ranking.map((r, i) => [r.vendorId, i]));
  const tier = (v: Vendor) => (v.status === 'selected' ? 0 : v.status === 'shortlisted' ? 1 : v.status === 'candidate' ? 2 : 3);
  return [...vendors].sort((a, b) => tier(a) - tier(b) || (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
}

/**
 * Stores a new pilot with the default scorecard and opens it. Resolves to its id, or null when the
 * settings are invalid or the write failed (the session has already said why).
 */
export async function createPilot(session: AssessmentSession, settings: PilotSettings, open = true): Promise<string | null> {
  const a = session.assessment;
  if (!a) return null;
  if (Object.keys(pilotErrors(settings, a.vendors.map((v) => v.id))).length > 0) return null;
  const pilot = newPilot(settings, a.pilots.map((p) => p.id));
  if (!(await session.addPilot(pilot))) return null;
  if (open) router.go({ name: 'assessment', assessmentId: session.id, screen: 'pilots', sub: pilot.id });
  return pilot.id;
}

/** One click: a pilot for this vendor with every default (8 weeks from next Monday, GO 90, NO-GO 75). */
export async function startPilotFor(session: AssessmentSession, vendorId: string, today = localToday()): Promise<string | null> {
  const vendor = session.assessment?.vendors.find((v) => v.id === vendorId);
  if (!vendor) return null;
  return createPilot(session, defaultPilotSettings(vendor, today));
}
