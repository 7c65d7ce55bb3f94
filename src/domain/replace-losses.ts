// What "Replace" would throw away (SPEC §5): replacing a stored assessment by a file keeps
// nothing of the stored version, so the confirmation names everything stored that the file lacks
// or says differently.
import { scoreKey } from './cell-key';
import { measurementsOf } from './pilot-rows';
import type { Assessment, Measurement, Pilot, Score } from './types';

export interface ReplaceLosses {
  vendors: string[];
  criteria: string[];
  evaluators: string[];
  pilots: string[];
  /** Stored scores the file does not have, or has with another value or note. */
  scores: number;
  /** Measurement rows of pilots kept by the file that the file does not have. */
  measurements: number;
  /** Decision-log entries of pilots kept by the file that the file does not have. */
  decisions: number;
  /** The stored version was changed after the file's version. */
  storedIsNewer: boolean;
}

const scoreContent = (s: Score) => JSON.stringify([s.value, s.note ?? '']);
const rowKey = (m: Measurement) => JSON.stringify([m.kpiId, m.date, m.value, m.n ?? null, m.note ?? '']);

/** Names of the stored items (by id) that the file does not have. */
function missing<T extends { id: string; name: string }>(stored: readonly T[], file: readonly T[]): string[] {
  const ids = new Set(file.map((x) => x.id));
  return stored.filter((x) => !ids.has(x.id)).map((x) => x.name);
}

/** Rows of `stored` not matched one-for-one by rows of `file` (a multiset difference). */
function missingRows(stored: readonly Measurement[], file: readonly Measurement[]): number {
  const counts = new Map<string, number>();
  for (const m of file) counts.set(rowKey(m), (counts.get(rowKey(m)) ?? 0) + 1);
  let lost = 0;
  for (const m of stored) {
    const n = counts.get(rowKey(m)) ?? 0;
    if (n > 0) counts.set(rowKey(m), n - 1);
    else lost++;
  }
  return lost;
}

export function replaceLosses(stored: Assessment, file: Assessment): ReplaceLosses {
  const fileScores = new Map(file.scores.map((s) => [scoreKey(s), scoreContent(s)]));
  const filePilots = new Map<string, Pilot>(file.pilots.map((p) => [p.id, p]));
  let measurements = 0;
  let decisions = 0;
  for (const pilot of stored.pilots) {
    const other = filePilots.get(pilot.id);
    if (!other) continue; // the whole pilot is listed by name
    measurements += missingRows(measurementsOf(pilot.measurements), measurementsOf(other.measurements));
    const logged = new Set(other.decisions.map((d) => `${d.at}\u001f${d.outcome}`));
    decisions += pilot.decisions.filter((d) => !logged.has(`${d.at}\u001f${d.outcome}`)).length;
  }
  return {
    vendors: missing(stored.vendors, file.vendors),
    criteria: missing(
      stored.categories.flatMap((k) => k.criteria),
      file.categories.flatMap((k) => k.criteria),
    ),
    evaluators: missing(stored.evaluators, file.evaluators),
    pilots: missing(stored.pilots, file.pilots),
    scores: stored.scores.filter((s) => (s.value !== null || s.note) && fileScores.get(scoreKey(s)) !== scoreContent(s)).length,
    measurements,
    decisions,
    storedIsNewer: Date.parse(stored.updatedAt) > Date.parse(file.updatedAt),
  };
}

/** True when the file holds everything the stored version has. */
export function losesNothing(l: ReplaceLosses): boolean {
  return (
    l.vendors.length + l.criteria.length + l.evaluators.length + l.pilots.length + l.scores + l.measurements + l.decisions === 0
  );
}
