// The plain-English reasons that come with a pilot decision (SPEC §4: "The decision must come with its
// reasons in plain words"). Decisive reasons come first and start with the decision word; the rest give
// context. Numbers are shown with at most one decimal, never rounded across the line they are judged by.
import type { DecisionOutcome, Kpi, Pilot } from './types';
import type { KpiResult } from './pilot-evaluation';
import { formatCount, formatFixed, formatNumber, formatPercent } from './format';
import { shownCoverage } from './coverage-display';

export { formatNumber };

export const DECISION_WORDS: Record<DecisionOutcome, string> = { go: 'GO', 'no-go': 'NO-GO', extend: 'EXTEND' };

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * x to one decimal, kept on the same side of `line` as x: 79.96 against 80 gives 79.9, not 80, so a
 * sentence never reads "80 % is below the 80 % gate".
 */
function againstLine(x: number, line: number): number {
  const r = round1(x);
  if (x < line && r >= line) return Math.floor(x * 10) / 10;
  if (x > line && r <= line) return Math.ceil(x * 10) / 10;
  return r;
}

/** At most one decimal (format.ts), kept on its side of `line`. */
export function formatAgainst(x: number, line: number): string {
  return formatNumber(againstLine(x, line));
}

/**
 * "84.0–88.7 %": both ends with one decimal, each kept on its side of `line` (the KPI's threshold) when
 * given, so an interval is never shown touching a threshold it does not reach.
 */
export function intervalText(ci: readonly [number, number], unit: string, line?: number): string {
  const end = (x: number) => formatFixed(line === undefined ? x : againstLine(x, line), 1);
  return `${end(ci[0])}–${withUnit(end(ci[1]), unit)}`;
}

/** A number with its unit: "86.5 %", "440 s", "5.2/7", or bare when the KPI has no unit. */
export function withUnit(text: string, unit: string): string {
  const u = unit.trim();
  if (u === '') return text;
  return u.startsWith('/') ? `${text}${u}` : `${text} ${u}`;
}

/** "95 % CI 70.7–77.4 %, n = 2,746", or "n = 640" alone when there is no interval. */
function sampleNote(r: KpiResult, kpi: Kpi): string {
  const n = r.n === null ? '' : `n = ${formatCount(r.n)}`;
  if (!r.ci) return n;
  return `95 % CI ${intervalText(r.ci, kpi.unit, kpi.threshold)}${n ? `, ${n}` : ''}`;
}

const inParens = (note: string) => (note ? ` (${note})` : '');

interface Item {
  kpi: Kpi;
  r: KpiResult;
}

/** "CSAT 74.2 %", with the value kept on its side of the threshold. */
function named({ kpi, r }: Item): string {
  return `${kpi.name} ${withUnit(formatAgainst(r.value as number, kpi.threshold), kpi.unit)}`;
}

const line = (x: number, unit: string) => withUnit(formatNumber(x), unit);
const side = (kpi: Kpi) => (kpi.direction === 'higher' ? 'below' : 'above');

/** A gate that fails and the sample says so, with the size of the miss. */
function gateFailSentence(it: Item): string {
  const { kpi, r } = it;
  const gap = Math.abs((r.value as number) - kpi.threshold);
  const shown = formatAgainst(gap, 0);
  // A gap in a percentage is in percentage points, not a relative %.
  const by = kpi.unit.trim() === '%' ? `${shown} point${shown === '1' ? '' : 's'}` : withUnit(shown, kpi.unit);
  const gate = `the ${line(kpi.threshold, kpi.unit)} gate`;
  return `${named(it)} is ${side(kpi)} ${gate}${inParens(sampleNote(r, kpi))}, missing it by ${by}`;
}

/** A gate whose interval contains its threshold (SPEC §4 inconclusive), failing or passing. */
function gateInconclusiveSentence(it: Item): string {
  const { kpi, r } = it;
  const where = r.status === 'fail' ? `is ${side(kpi)}` : 'meets';
  const gate = `the ${line(kpi.threshold, kpi.unit)} gate`;
  return `${named(it)} ${where} ${gate} but the sample cannot tell yet${inParens(sampleNote(r, kpi))}`;
}

function gatePassSentence(it: Item): string {
  const { kpi, r } = it;
  const target = r.status === 'exceeds' ? ` and the ${line(kpi.target, kpi.unit)} target` : '';
  return `${named(it)} meets the ${line(kpi.threshold, kpi.unit)} gate${target}${inParens(sampleNote(r, kpi))}`;
}

function noDataSentence({ kpi }: Item): string {
  const scored = kpi.gate || kpi.weight > 0;
  return `${kpi.name} has no data yet${scored ? '' : ' (tracked, not scored)'}`;
}

function nonGateFailSentence(it: Item): string {
  return `${named(it)} misses its ${line(it.kpi.threshold, it.kpi.unit)} threshold (not a gate)`;
}

/**
 * The scorecard against the GO and NO-GO lines, with its coverage. At or above the GO line beside a
 * decision that is not GO it says why that did not decide, so it never reads as a reason for the decision.
 */
function scorecardSentence(
  pilot: Pick<Pilot, 'kpis' | 'goScore' | 'noGoScore'>,
  scorecard: number | null,
  coverage: number,
  decision: DecisionOutcome,
): string {
  if (scorecard === null) {
    return pilot.kpis.some((k) => k.weight > 0)
      ? 'No scorecard yet: no weighted KPI has data'
      : 'No scorecard: no KPI has a weight above 0';
  }
  const cov = `(coverage ${formatPercent(shownCoverage(coverage))})`;
  const go = formatNumber(pilot.goScore);
  const noGo = formatNumber(pilot.noGoScore);
  if (scorecard < pilot.noGoScore) {
    return `Scorecard ${formatAgainst(scorecard, pilot.noGoScore)} is below the NO-GO line of ${noGo} ${cov}`;
  }
  if (scorecard >= pilot.goScore) {
    const but = { go: '', 'no-go': ', but a failing gate decides first', extend: ', but that alone is not enough for GO' }[decision];
    return `Scorecard ${formatAgainst(scorecard, pilot.goScore)} is at or above the GO line of ${go} ${cov}${but}`;
  }
  const shown = formatAgainst(scorecard, pilot.goScore);
  return `Scorecard ${shown} is between the NO-GO line of ${noGo} and the GO line of ${go} ${cov}`;
}

/**
 * Every relevant reason for the decision, the deciding one first, in the order SPEC §4 evaluates: firm
 * gate failures, then a scorecard under the NO-GO line, for NO-GO; for EXTEND the first GO condition not
 * met (gates still open, then weighted KPIs without data, then the scorecard under the GO line); the
 * scorecard for GO. Decisive reasons start with the decision word; the rest is context.
 */
export function decisionReasons(
  pilot: Pick<Pilot, 'kpis' | 'goScore' | 'noGoScore'>,
  results: readonly KpiResult[],
  decision: DecisionOutcome,
  scorecard: number | null,
  coverage: number,
): string[] {
  const items: Item[] = pilot.kpis.map((kpi, i) => ({ kpi, r: results[i] }));
  const gates = items.filter((it) => it.kpi.gate);
  const firmFails = gates.filter((it) => it.r.status === 'fail' && it.r.confidence !== 'inconclusive');
  const inconclusive = gates.filter((it) => it.r.confidence === 'inconclusive');
  const openGates = gates.filter((it) => it.r.confidence === 'inconclusive' || it.r.status === 'no-data');
  const firmPasses = gates.filter(
    (it) => (it.r.status === 'pass' || it.r.status === 'exceeds') && it.r.confidence !== 'inconclusive',
  );
  const missing = items.filter((it) => it.r.status === 'no-data' && (it.kpi.gate || it.kpi.weight > 0));
  const tracked = items.filter((it) => it.r.status === 'no-data' && !it.kpi.gate && !(it.kpi.weight > 0));
  const otherFails = items.filter((it) => !it.kpi.gate && it.r.status === 'fail');
  const score = scorecardSentence(pilot, scorecard, coverage, decision);

  const decisive: string[] = [];
  const context: string[] = [];
  if (decision === 'no-go') {
    decisive.push(...firmFails.map(gateFailSentence));
    const scoreDecides = scorecard !== null && scorecard < pilot.noGoScore;
    (scoreDecides ? decisive : context).push(score);
    context.push(...inconclusive.map(gateInconclusiveSentence), ...missing.map(noDataSentence));
  } else if (decision === 'go') {
    decisive.push(score);
    context.push(...firmPasses.map(gatePassSentence));
  } else {
    const openGate = (it: Item) => (it.r.status === 'no-data' ? noDataSentence(it) : gateInconclusiveSentence(it));
    decisive.push(...openGates.map(openGate), ...missing.filter((it) => !it.kpi.gate).map(noDataSentence));
    const scoreDecides = scorecard === null || scorecard < pilot.goScore;
    (scoreDecides ? decisive : context).push(score);
  }
  context.push(...tracked.map(noDataSentence), ...otherFails.map(nonGateFailSentence));

  const word = DECISION_WORDS[decision];
  // By SPEC §4 every decision has at least one decisive reason; the fallback only guards the invariant.
  if (decisive.length === 0) decisive.push('see the KPI results');
  return [...decisive.map((s) => `${word}: ${s}`), ...context];
}
