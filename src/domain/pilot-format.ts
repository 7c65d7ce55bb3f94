// How pilot facts read on screen: dates, the pilot window, decision and KPI status words and tones.
// Status is always a word as well as a colour (SPEC §8).
import { daysBetween } from './dates';
import { formatPercent, plural } from './format';
import { MAX_LINE } from './pilot-draft';
import type { KpiStatus, PilotEvaluation } from './pilot-evaluation';
import { DECISION_WORDS, formatAgainst, formatNumber, withUnit } from './pilot-reasons';
import type { DecisionOutcome, KpiAggregate, Pilot } from './types';

export type Tone = 'ok' | 'warn' | 'danger' | 'neutral' | 'info';

export const DECISION_TONES: Record<DecisionOutcome, Tone> = { go: 'ok', 'no-go': 'danger', extend: 'warn' };
export const DECISION_ICONS: Record<DecisionOutcome, string> = { go: '✓', 'no-go': '✕', extend: '↻' };
export { DECISION_WORDS };

/** What each decision means for the CX leader, after the word itself. */
export const DECISION_MEANINGS: Record<DecisionOutcome, string> = {
  go: 'The data supports going ahead.',
  'no-go': 'The data says this partner does not meet the bar.',
  extend: 'Not enough evidence either way yet: extend the pilot or collect more data.',
};

/** How each SPEC §4 aggregate is named in the KPI editor. */
export const AGGREGATE_LABELS: Record<KpiAggregate, string> = { mean: 'Mean', last: 'Last', sum: 'Sum', min: 'Min', max: 'Max' };

export const KPI_STATUS: Record<KpiStatus, { text: string; tone: Tone; icon: string }> = {
  exceeds: { text: 'Exceeds', tone: 'ok', icon: '★' },
  pass: { text: 'Pass', tone: 'info', icon: '✓' },
  fail: { text: 'Fail', tone: 'danger', icon: '✕' },
  'no-data': { text: 'No data', tone: 'neutral', icon: '–' },
};

/**
 * "86.5 %", "440 s", "—" (one decimal for display; SPEC §3). A value that rounding would carry across
 * the KPI's threshold or target keeps its side (79.96 against 80 shows 79.9), so a tile never contradicts
 * its own status.
 */
export function valueText(value: number | null, kpi: { unit: string; threshold: number; target: number }): string {
  if (value === null) return '—';
  const r = Math.round(value * 10) / 10;
  const crosses = (line: number) => (value < line && r >= line) || (value > line && r <= line);
  const line = crosses(kpi.threshold) ? kpi.threshold : crosses(kpi.target) ? kpi.target : null;
  return withUnit(line === null ? formatNumber(value) : formatAgainst(value, line), kpi.unit);
}

// One interval format across screens, report and reasons (pilot-reasons.ts).
export { intervalText } from './pilot-reasons';

/** "4 weeks" or "10 days", both ends included. */
export function lengthText(start: string, end: string): string {
  const days = daysBetween(start, end) + 1;
  if (days % 7 === 0) return plural(days / 7, 'week');
  return plural(days, 'day');
}

/** Where today falls against the pilot's dates (before, during or after). */
export function windowText(start: string, end: string, today: string): string {
  if (today < start) {
    const d = daysBetween(today, start);
    return d === 1 ? 'Starts tomorrow' : `Starts in ${d} days`;
  }
  if (today > end) return 'Ended';
  return `Day ${daysBetween(start, today) + 1} of ${daysBetween(start, end) + 1}`;
}

export { formatNumber, withUnit };

/**
 * The decision's reasons as the banner lists them: the decisive ones (those pilot-reasons.ts starts
 * with the decision word) without that word, which the banner shows once; the rest as context.
 */
export function reasonLines(evaluation: Pick<PilotEvaluation, 'decision' | 'reasons'>): { decisive: boolean; text: string }[] {
  const prefix = `${DECISION_WORDS[evaluation.decision]}: `;
  return evaluation.reasons.map((text) => {
    const decisive = text.startsWith(prefix);
    return { decisive, text: decisive ? text.slice(prefix.length) : text };
  });
}

/** The scorecard's zone against the NO-GO and GO lines: its tone on the gauge. */
export function scorecardBand(score: number | null, lines: Pick<Pilot, 'goScore' | 'noGoScore'>): Tone | 'none' {
  return score === null ? 'none' : score < lines.noGoScore ? 'danger' : score >= lines.goScore ? 'ok' : 'warn';
}

/**
 * The scorecard's colour in the decision's context: its band, except that a scorecard at or above the
 * GO line is not shown green beside a decision that is not GO (SPEC §4: a failing gate decides NO-GO
 * first, and GO also needs every gate passed beyond doubt and data for every weighted KPI); the note
 * says so in words.
 */
export function scorecardTone(
  e: Pick<PilotEvaluation, 'scorecard' | 'decision'>,
  lines: Pick<Pilot, 'goScore' | 'noGoScore'>,
): { tone: Tone | 'none'; note: string | null } {
  const band = scorecardBand(e.scorecard, lines);
  if (band !== 'ok' || e.decision === 'go') return { tone: band, note: null };
  const note =
    e.decision === 'no-go'
      ? 'Reaches the GO line, but the decision is NO-GO: a failing gate decides first.'
      : 'Reaches the GO line, but the decision is EXTEND: GO also needs every gate passed beyond doubt and data for every weighted KPI.';
  return { tone: 'neutral', note };
}

/** The scorecard gauge's text alternative (SPEC §8). */
export function scorecardSummary(e: Pick<PilotEvaluation, 'scorecard' | 'coverage'>, lines: Pick<Pilot, 'goScore' | 'noGoScore'>): string {
  return (
    `Scorecard ${e.scorecard === null ? 'not available yet' : formatNumber(e.scorecard)} on a 0 to ${MAX_LINE} scale; ` +
    `NO-GO below ${formatNumber(lines.noGoScore)}, GO at ${formatNumber(lines.goScore)} or more; ` +
    `coverage ${formatPercent(e.coverage)} of the KPI weight.`
  );
}
