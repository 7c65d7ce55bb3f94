// Creating a pilot and checking its settings (SPEC §2 Pilot). The rules are the
// importer's (SPEC §5: real calendar dates, start ≤ end; schema: goScore and noGoScore in 0..120), plus
// noGoScore ≤ goScore, without which the decision rules of SPEC §4 would contradict each other.
import { addDays, isCalendarDate, nextMonday } from './dates';
import { uniqueId } from './ids';
import { NO_ROWS } from './pilot-rows';
import { defaultScorecard } from './kpi-library';
import { formatNumber } from './pilot-reasons';
import type { Pilot } from './types';

export interface PilotSettings {
  name: string;
  vendorId: string;
  start: string;
  end: string;
  goScore: number;
  noGoScore: number;
}
export type PilotField = keyof PilotSettings;
export type PilotErrors = Partial<Record<PilotField, string>>;

/** SPEC §2 defaults. */
const DEFAULT_GO_SCORE = 90;
const DEFAULT_NO_GO_SCORE = 75;
/** The scorecard tops out at 120 (attainment is capped at 1.2, SPEC §4), and so do the lines. */
export const MAX_LINE = 120;
/** Eight weeks, Monday to Sunday: the last day is 55 days after the first. */
const DEFAULT_PILOT_DAYS = 56;
export const PILOT_NAME_MAX = 200;

/** Ids a pilot may not take: "compare" is the comparison screen's route (#/a/<id>/pilots/compare). */
export const RESERVED_PILOT_IDS: readonly string[] = ['compare'];

/** The default window: 8 weeks from next Monday. `today` is the user's calendar day, YYYY-MM-DD. */
export function defaultPilotDates(today: string): { start: string; end: string } {
  const start = nextMonday(today);
  return { start, end: addDays(start, DEFAULT_PILOT_DAYS - 1) };
}

/** The settings of a new pilot for a vendor, before the user changes anything; `takenNames`: the other pilots' names. */
export function defaultPilotSettings(vendor: { id: string; name: string } | undefined, today: string, takenNames: Iterable<string> = []): PilotSettings {
  return {
    name: vendor ? defaultPilotName(vendor.name, takenNames) : '',
    vendorId: vendor?.id ?? '',
    ...defaultPilotDates(today),
    goScore: DEFAULT_GO_SCORE,
    noGoScore: DEFAULT_NO_GO_SCORE,
  };
}

/**
 * The first of `name(1)`, `name(2)`, … that no pilot in `takenNames` has: two pilots never get the same
 * default name (names compare trimmed and case-blind, as a reader would).
 */
export function unusedPilotName(name: (n: number) => string, takenNames: Iterable<string>): string {
  const key = (text: string) => text.trim().toLocaleLowerCase();
  const taken = new Set([...takenNames].map(key));
  for (let n = 1; ; n++) if (!taken.has(key(name(n)))) return name(n);
}

/** "Northwind Contact pilot", or "… pilot 2", "… pilot 3" when that is taken; never over the length limit. */
export function defaultPilotName(vendorName: string, takenNames: Iterable<string> = []): string {
  return unusedPilotName((n) => {
    const suffix = n === 1 ? ' pilot' : ` pilot ${n}`;
    return `${vendorName.trim().slice(0, PILOT_NAME_MAX - suffix.length)}${suffix}`;
  }, takenNames);
}

/** Whether `name` is one defaultPilotName gives for this vendor: the user has not written their own. */
export function isDefaultPilotName(name: string, vendorName: string): boolean {
  const match = /^(.*?)( pilot(?: [2-9]| [1-9]\d+)?)$/.exec(name.trim());
  return match !== null && match[1] === vendorName.trim().slice(0, PILOT_NAME_MAX - match[2].length);
}

/**
 * The name a pilot keeps when its vendor changes: a default name follows the vendor (unique among
 * `takenNames`, the other pilots' names); a name the user wrote stays.
 */
export function nameForVendor(name: string, from: { name: string } | undefined, to: { name: string }, takenNames: Iterable<string>): string {
  return from && isDefaultPilotName(name, from.name) ? defaultPilotName(to.name, takenNames) : name;
}

function lineError(value: number, what: string): string | undefined {
  if (!Number.isFinite(value)) return `Enter the ${what} as a number from 0 to ${MAX_LINE}.`;
  if (value < 0 || value > MAX_LINE) return `The ${what} must be between 0 and ${MAX_LINE} (got ${formatNumber(value)}).`;
  return undefined;
}

/** Every problem of the settings, each on the field its message is about. */
export function pilotErrors(s: PilotSettings, vendorIds: readonly string[]): PilotErrors {
  const errors: PilotErrors = {};
  const name = s.name.trim();
  if (name === '') errors.name = 'Enter a name for the pilot.';
  else if ([...name].length > PILOT_NAME_MAX) errors.name = `Use at most ${PILOT_NAME_MAX} characters.`;
  if (!vendorIds.includes(s.vendorId)) errors.vendorId = 'Choose the vendor that runs this pilot.';
  if (!isCalendarDate(s.start)) errors.start = 'Enter a real date, e.g. 2027-01-04.';
  if (!isCalendarDate(s.end)) errors.end = 'Enter a real date, e.g. 2027-02-28.';
  // Dates in YYYY-MM-DD compare as text.
  else if (!errors.start && s.end < s.start) errors.end = `The end (${s.end}) is before the start (${s.start}).`;
  const go = lineError(s.goScore, 'GO score');
  const noGo = lineError(s.noGoScore, 'NO-GO score');
  if (go) errors.goScore = go;
  if (noGo) errors.noGoScore = noGo;
  if (!go && !noGo && s.noGoScore > s.goScore) {
    errors.noGoScore = `The NO-GO score (${formatNumber(s.noGoScore)}) must not be above the GO score (${formatNumber(s.goScore)}).`;
  }
  return errors;
}

type SettingsEdit = { ok: true; settings: PilotSettings } | { ok: false; error: string };

/** Applies an edit of one or more settings; refused with one message for the edited field when invalid. */
export function editPilotSettings(current: PilotSettings, patch: Partial<PilotSettings>, vendorIds: readonly string[]): SettingsEdit {
  const next = { ...current, ...patch };
  if (patch.name !== undefined) next.name = patch.name.trim();
  const errors = pilotErrors(next, vendorIds);
  const edited = Object.keys(patch) as PilotField[];
  // A pair rule (start/end, NO-GO/GO) sits on one field of the pair; show it on the one just edited.
  const pairs: Partial<Record<PilotField, PilotField>> = { start: 'end', goScore: 'noGoScore' };
  const message =
    edited.map((f) => errors[f] ?? (pairs[f] ? errors[pairs[f]] : undefined)).find(Boolean) ?? Object.values(errors).find(Boolean);
  return message ? { ok: false, error: message } : { ok: true, settings: next };
}

export function settingsOf(p: Pilot): PilotSettings {
  return { name: p.name, vendorId: p.vendorId, start: p.start, end: p.end, goScore: p.goScore, noGoScore: p.noGoScore };
}

/**
 * A new pilot from valid settings, with the balanced scorecard of the library (CSAT, NPS, CES, FCR and
 * AHT at 20 each) and no measurements yet. The id comes from the name, unique among `takenIds`.
 */
export function newPilot(s: PilotSettings, takenIds: Iterable<string>): Pilot {
  const id = uniqueId(s.name, [...takenIds, ...RESERVED_PILOT_IDS], 'pilot');
  return {
    id,
    name: s.name.trim(),
    vendorId: s.vendorId,
    start: s.start,
    end: s.end,
    goScore: s.goScore,
    noGoScore: s.noGoScore,
    kpis: defaultScorecard(),
    measurements: NO_ROWS,
    decisions: [],
  };
}
