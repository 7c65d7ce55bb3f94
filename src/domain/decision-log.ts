// The pilot's decision log (SPEC §1 journey 4, §2 Decision): a human decision stored beside what the
// data said at that moment (SPEC §4 evaluation), so later readers see whether the data supported it.
// Entries are never edited: a correction is a new entry whose `corrects` is the `at` of the entry it
// replaces.
import { formatPercent } from './format';
import type { PilotEvaluation } from './pilot-evaluation';
import { DECISION_WORDS, formatNumber } from './pilot-reasons';
import type { ComputedDecision, Decision, DecisionOutcome, Pilot } from './types';

export const RATIONALE_MAX = 5000;
export const BY_MAX = 200;

export interface DecisionDraft {
  outcome: DecisionOutcome;
  by: string;
  rationale: string;
}
export type DecisionErrors = Partial<Record<keyof DecisionDraft, string>>;

export function decisionErrors(d: DecisionDraft): DecisionErrors {
  const errors: DecisionErrors = {};
  const rationale = d.rationale.trim();
  if (rationale === '') errors.rationale = 'Say why: the rationale is what later readers rely on.';
  else if ([...rationale].length > RATIONALE_MAX) errors.rationale = `Use at most ${RATIONALE_MAX} characters.`;
  if ([...d.by.trim()].length > BY_MAX) errors.by = `Use at most ${BY_MAX} characters.`;
  return errors;
}

/** The part of an evaluation the log keeps (plain copies: the entry must not change with the pilot). */
export function computedOf(e: Pick<PilotEvaluation, 'decision' | 'scorecard' | 'coverage' | 'reasons'>): ComputedDecision {
  return { decision: e.decision, scorecard: e.scorecard, coverage: e.coverage, reasons: [...e.reasons] };
}

/**
 * A time strictly after every entry already in the log: `corrects` points at an entry by its `at`, so
 * two entries recorded within the same millisecond must still differ.
 */
export function nextEntryTime(decisions: readonly Decision[], now: Date): string {
  const latest = decisions.reduce((max, d) => Math.max(max, Date.parse(d.at) || 0), 0);
  return new Date(Math.max(now.getTime(), latest + 1)).toISOString();
}

/** Appends a decision (or, with `corrects`, a correction) with what the data says now. */
export function recordDecision(
  p: Pilot,
  draft: DecisionDraft,
  evaluation: Pick<PilotEvaluation, 'decision' | 'scorecard' | 'coverage' | 'reasons'>,
  now: Date,
  corrects?: string,
): Pilot {
  const entry: Decision = { at: nextEntryTime(p.decisions, now), outcome: draft.outcome, rationale: draft.rationale.trim() };
  const by = draft.by.trim();
  if (by) entry.by = by;
  entry.computed = computedOf(evaluation);
  if (corrects !== undefined) entry.corrects = corrects;
  return { ...p, decisions: [...p.decisions, entry] };
}

export interface LogEntry {
  decision: Decision;
  /** The later entry that corrects this one, if any (the latest when corrected twice). */
  correctedBy: Decision | null;
  /** The entry this one corrects, when it is still in the log. */
  corrected: Decision | null;
  /** Whether the human outcome matches the data's; null when the entry predates stored data. */
  agrees: boolean | null;
}

const time = (d: Decision) => Date.parse(d.at);

/** The log newest first, each entry with its correction links. */
export function decisionLog(decisions: readonly Decision[]): LogEntry[] {
  const byAt = new Map(decisions.map((d) => [d.at, d]));
  const correctedBy = new Map<string, Decision>();
  for (const d of decisions) {
    if (d.corrects === undefined) continue;
    const earlier = correctedBy.get(d.corrects);
    if (!earlier || time(d) >= time(earlier)) correctedBy.set(d.corrects, d);
  }
  // Newest first; entries with the same instant keep their stored order reversed (later row = newer).
  const ordered = decisions.map((d, i) => ({ d, i })).sort((a, b) => time(b.d) - time(a.d) || b.i - a.i);
  return ordered.map(({ d }) => ({
    decision: d,
    correctedBy: correctedBy.get(d.at) ?? null,
    corrected: d.corrects !== undefined ? (byAt.get(d.corrects) ?? null) : null,
    agrees: d.computed ? d.computed.decision === d.outcome : null,
  }));
}

/** "Recorded GO by Ana — data said GO, scorecard 98.2". */
export function entrySummary(d: Decision): string {
  const who = d.by ? ` by ${d.by}` : '';
  const head = `Recorded ${DECISION_WORDS[d.outcome]}${who}`;
  if (!d.computed) return `${head} — no computed decision was stored with it`;
  const score = d.computed.scorecard === null ? 'no scorecard' : `scorecard ${formatNumber(d.computed.scorecard)}`;
  return `${head} — data said ${DECISION_WORDS[d.computed.decision]}, ${score}`;
}

/** "GO (scorecard 98.2, coverage 100 %)": what the data says now, beside the form that records a decision. */
export function dataSaysText(e: Pick<PilotEvaluation, 'decision' | 'scorecard' | 'coverage'>): string {
  return `${DECISION_WORDS[e.decision]} (scorecard ${e.scorecard === null ? '—' : formatNumber(e.scorecard)}, coverage ${formatPercent(e.coverage)})`;
}

/** A pilot's standing for a contract: its latest logged decision (corrections count as they were logged). */
export function loggedOutcome(pilot: { decisions: readonly Decision[] }): 'go' | 'no-go' | 'extend' | null {
  return decisionLog(pilot.decisions)[0]?.decision.outcome ?? null;
}
