// "An incumbent can be entered as a vendor and piloted on the same KPI definitions" (SPEC §1, §2 Pilot):
// a new pilot for another vendor that copies a pilot's KPI definitions exactly, so the two can be
// compared like for like (pilot-comparison.ts). Dates and go/no-go scores are copied as defaults; the
// new pilot starts with no measurements and no decisions (a vendor's results never travel to another).
import { uniqueId } from './ids';
import { NO_ROWS } from './pilot-rows';
import { RESERVED_PILOT_IDS, unusedPilotName } from './pilot-draft';
import type { Pilot } from './types';

interface PilotCopyOptions {
  vendorId: string;
  /** Used for the readable id and the default name. */
  vendorName: string;
  /** Every pilot id already in the assessment (SPEC §5: pilot ids are unique). */
  takenIds: Iterable<string>;
  /** Defaults to "<source name> – <vendor name>". */
  name?: string;
  start?: string;
  end?: string;
  goScore?: number;
  noGoScore?: number;
}

/** The default name of the copy: the source pilot's name followed by the new vendor's, numbered when taken. */
export function copyName(source: Pick<Pilot, 'name'>, vendorName: string, takenNames: Iterable<string> = []): string {
  return unusedPilotName((n) => `${source.name} – ${vendorName}${n === 1 ? '' : ` ${n}`}`, takenNames);
}

/** A new pilot for `options.vendorId` on exactly the source's KPI definitions, with no data. */
export function copyPilotForVendor(source: Pilot, options: PilotCopyOptions): Pilot {
  const name = options.name?.trim() || copyName(source, options.vendorName);
  return {
    // Never "compare": that route segment is the comparison screen, not a pilot.
    id: uniqueId(`${options.vendorName} ${source.name}`, [...options.takenIds, ...RESERVED_PILOT_IDS], 'pilot'),
    name,
    vendorId: options.vendorId,
    start: options.start ?? source.start,
    end: options.end ?? source.end,
    goScore: options.goScore ?? source.goScore,
    noGoScore: options.noGoScore ?? source.noGoScore,
    // Fresh objects with the same fields: later edits of one pilot's KPIs never reach the other.
    kpis: source.kpis.map((k) => ({ ...k })),
    measurements: NO_ROWS,
    decisions: [],
  };
}
