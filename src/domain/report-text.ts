// The printable report's figures as plain rows of text (SPEC §1): weights, disqualifications,
// KPI results and the decision log. Pure functions of the assessment and the domain's evaluations, so
// the wording is tested on the worked example and the components only lay rows out. Numbers are
// computed at full precision by the domain and rounded only here (SPEC §3).
import type { ConsensusCells } from './consensus';
import { decisionLog, entrySummary } from './decision-log';
import type { PilotEvaluation } from './pilot';
import { weightShares } from './pilot-edits';
import type { RankedVendor } from './scoring';
import type { Assessment, Category, Criterion, Decision, Pilot } from './types';
import { effectiveWeights, categoryShares } from './weights';
import { formatCount, formatDateTime, formatPercent } from './format';
import { DECISION_TONES, DECISION_WORDS, formatNumber, intervalText, KPI_STATUS, valueText, withUnit } from './pilot-format';
import { failedMustHaveTexts } from './results-text';

interface WeightRow {
  kind: 'category' | 'criterion';
  id: string;
  name: string;
  /** Category: share of all category weight. Criterion: share of its category's criteria weight. */
  share: string;
  /** Share of the whole total (e_c of SPEC §3); for a category, the same as its share. */
  effective: string;
  /** "Must-have (min 3)", "Must-have (no minimum)" or ''. */
  mustHave: string;
}

/** SPEC §3 weights as rows: each category, then its criteria. */
export function weightRows(categories: Category[]): WeightRow[] {
  const shares = categoryShares(categories);
  const effective = effectiveWeights(categories);
  const rows: WeightRow[] = [];
  for (const k of categories) {
    const share = formatPercent(shares.get(k.id) ?? 0);
    rows.push({ kind: 'category', id: k.id, name: k.name, share, effective: share, mustHave: '' });
    for (const c of k.criteria) {
      const w = effective.get(c.id);
      rows.push({
        kind: 'criterion',
        id: c.id,
        name: c.name,
        share: formatPercent(w?.criterionShare ?? 0),
        effective: formatPercent(w?.effective ?? 0),
        mustHave: mustHaveText(c),
      });
    }
  }
  return rows;
}

function mustHaveText(c: Criterion): string {
  if (!c.mustHave) return '';
  return c.minScore === null ? 'Must-have (no minimum)' : `Must-have (min ${formatNumber(c.minScore)})`;
}

interface Disqualification {
  vendorId: string;
  name: string;
  /** "Independent audits: 2.5 < 3", one per failed must-have. */
  reasons: string[];
}

/** Every disqualified vendor with the must-haves it fails (SPEC §3 status). */
export function disqualifications(
  ranking: readonly RankedVendor[],
  criteria: ReadonlyMap<string, Criterion>,
  cells: ConsensusCells,
): Disqualification[] {
  return ranking
    .filter((v) => v.status === 'disqualified')
    .map((v) => ({ vendorId: v.vendorId, name: v.name, reasons: failedMustHaveTexts(v, criteria, cells) }));
}

interface KpiRow {
  kpiId: string;
  name: string;
  /** "Gate", "Weight 33.3 %", "Gate · weight 33.3 %" or "Tracked only". */
  role: string;
  value: string;
  threshold: string;
  target: string;
  status: string;
  tone: string;
  n: string;
  ci: string;
  attainment: string;
}

/** The KPI table of one pilot: SPEC §4 value, lines, status (in words), n, interval and attainment. */
export function kpiRows(pilot: Pilot, evaluation: PilotEvaluation): KpiRow[] {
  const shares = weightShares(pilot.kpis);
  return pilot.kpis.map((kpi, i) => {
    const r = evaluation.kpis[i];
    const status = KPI_STATUS[r.status];
    const weight = kpi.weight > 0 ? `weight ${formatPercent(shares[i])}` : '';
    const role = [kpi.gate ? 'Gate' : '', weight].filter(Boolean).join(' · ') || 'Tracked only';
    return {
      kpiId: kpi.id,
      name: kpi.name,
      role: role.charAt(0).toUpperCase() + role.slice(1),
      value: valueText(r.value, kpi),
      threshold: withUnit(formatNumber(kpi.threshold), kpi.unit),
      target: withUnit(formatNumber(kpi.target), kpi.unit),
      status: r.confidence === 'inconclusive' ? `${status.text} (inconclusive)` : status.text,
      tone: status.tone,
      n: r.n === null ? '—' : formatCount(r.n),
      ci: r.ci ? intervalText(r.ci, kpi.unit, kpi.threshold) : '—',
      attainment: r.attainment === null ? (kpi.weight > 0 ? '—' : 'not scored') : formatPercent(r.attainment),
    };
  });
}

/** "GO", then the reasons without the "GO: " prefix the domain puts on the decisive ones. */
export function decisionParts(evaluation: PilotEvaluation): { word: string; reasons: { text: string; decisive: boolean }[] } {
  const word = DECISION_WORDS[evaluation.decision];
  const prefix = `${word}: `;
  return {
    word,
    reasons: evaluation.reasons.map((text) =>
      text.startsWith(prefix) ? { text: text.slice(prefix.length), decisive: true } : { text, decisive: false },
    ),
  };
}

interface LogRow {
  at: string;
  when: string;
  outcome: string;
  tone: string;
  summary: string;
  rationale: string;
  /** "Corrected on …", "Corrects the entry of …", "Differs from the data" notes. */
  notes: string[];
}

/** A pilot's decision log, newest first, as the committee reads it. */
export function logRows(decisions: readonly Decision[]): LogRow[] {
  return decisionLog(decisions).map((e) => {
    const notes: string[] = [];
    if (e.agrees === false) notes.push('Differs from what the data said');
    if (e.decision.corrects !== undefined) notes.push(`Corrects the entry of ${formatDateTime(e.decision.corrects)}`);
    if (e.correctedBy) notes.push(`Corrected on ${formatDateTime(e.correctedBy.at)}`);
    return {
      at: e.decision.at,
      when: formatDateTime(e.decision.at),
      outcome: DECISION_WORDS[e.decision.outcome],
      tone: DECISION_TONES[e.decision.outcome],
      summary: entrySummary(e.decision),
      rationale: e.decision.rationale,
      notes,
    };
  });
}

interface ReportFacts {
  vendors: number;
  criteria: number;
  mustHaves: number;
  evaluators: string;
  scores: number;
  pilots: number;
  scale: string;
}

/** The summary's counts and names. */
export function reportFacts(a: Assessment): ReportFacts {
  const criteria = a.categories.flatMap((k) => k.criteria);
  return {
    vendors: a.vendors.length,
    criteria: criteria.length,
    mustHaves: criteria.filter((c) => c.mustHave).length,
    evaluators: a.evaluators.map((e) => (e.role ? `${e.name} (${e.role})` : e.name)).join(', '),
    scores: a.scores.filter((s) => s.value !== null).length,
    pilots: a.pilots.length,
    scale: `${formatNumber(a.scale.min)}–${formatNumber(a.scale.max)}`,
  };
}

/**
 * The document's title while the report is shown: browsers offer it as the saved PDF's file name, so it
 * names the assessment and the day ("Tier-1 support — evaluation report — 2026-12-03").
 */
export function reportTitle(assessmentName: string, day: string): string {
  return `${assessmentName.trim() || 'Assessment'} — evaluation report — ${day}`;
}
