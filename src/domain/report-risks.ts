// The open risks a steering committee should hear before it signs off (the report's executive summary):
// vendors set aside or not fully scored (SPEC §3 status), pilots that do not read GO or miss a threshold
// (SPEC §4), a recorded decision the data no longer supports, the leader without a pilot, and scores the
// evaluators disagree on (consensus.ts). One line per kind, so the first page stays a page.
import { calibrate } from './calibration';
import type { ConsensusCells } from './consensus';
import { decisionLog } from './decision-log';
import { joinNames } from './format';
import type { PilotEvaluation } from './pilot';
import { DECISION_WORDS, reasonLines, valueText } from './pilot-format';
import { criteriaById, failedMustHaveTexts, incompleteTexts } from './results-text';
import type { RankedVendor } from './scoring';
import type { Assessment } from './types';

export const NO_OPEN_RISKS =
  'None found: no vendor is disqualified or provisional, every pilot reads GO with each KPI at or above its threshold, and the evaluators agree.';

/** How many disputed scores are named before "and N more". */
const NAMED_DISPUTES = 3;

interface RiskInput {
  assessment: Assessment;
  ranking: readonly RankedVendor[];
  cells: ConsensusCells;
  /** One per pilot, in the assessment's order (AssessmentSession.pilotEvaluations). */
  evaluations: readonly PilotEvaluation[];
  /** The Results screen's leader (results-text.ts leadStanding), or null. */
  leaderId: string | null;
}

function vendorRisks({ assessment: a, ranking, cells }: RiskInput): string[] {
  const criteria = criteriaById(a.categories);
  const risks: string[] = [];
  const out = ranking.filter((v) => v.status === 'disqualified');
  if (out.length > 0) {
    risks.push(`Disqualified: ${out.map((v) => `${v.name} (${failedMustHaveTexts(v, criteria, cells).join('; ')})`).join('; ')}.`);
  }
  const provisional = ranking.filter((v) => v.status === 'provisional');
  if (provisional.length > 0) {
    const list = provisional.map((v) => `${v.name} (${incompleteTexts(v, criteria).join('; ')})`).join('; ');
    risks.push(`Provisional, so ${provisional.length === 1 ? 'its total' : 'their totals'} may still move: ${list}.`);
  }
  return risks;
}

function pilotRisks({ assessment: a, evaluations, leaderId }: RiskInput): string[] {
  const risks: string[] = [];
  a.pilots.forEach((pilot, i) => {
    const e = evaluations[i];
    if (!e) return;
    if (e.decision !== 'go') {
      const decisive = reasonLines(e).filter((r) => r.decisive).map((r) => r.text);
      risks.push(`${pilot.name} reads ${DECISION_WORDS[e.decision]}: ${decisive.join('; ')}.`);
    }
    // A failing gate is already among the reasons of a decision that is not GO.
    const below = pilot.kpis.flatMap((kpi, k) => (!kpi.gate && e.kpis[k]?.status === 'fail' ? [`${kpi.name} ${valueText(e.kpis[k].value, kpi)}`] : []));
    if (below.length > 0) risks.push(`${pilot.name}: ${joinNames(below)} ${below.length === 1 ? 'misses its threshold' : 'miss their thresholds'} (not a gate).`);
    const latest = decisionLog(pilot.decisions).find((entry) => !entry.correctedBy);
    if (latest && latest.decision.outcome !== e.decision) {
      risks.push(
        `${pilot.name}: the recorded decision is ${DECISION_WORDS[latest.decision.outcome]}, but the data now says ${DECISION_WORDS[e.decision]}.`,
      );
    }
  });
  if (leaderId !== null && a.pilots.length > 0 && !a.pilots.some((p) => p.vendorId === leaderId)) {
    const name = a.vendors.find((v) => v.id === leaderId)?.name ?? leaderId;
    risks.push(`No pilot with ${name}, the leader, yet.`);
  }
  return risks;
}

function disagreementRisk({ assessment: a }: RiskInput): string[] {
  const disputed = calibrate(a, Infinity).widest.filter((cell) => cell.disagreement);
  if (disputed.length === 0) return [];
  const named = disputed.slice(0, NAMED_DISPUTES).map((cell) => `${cell.criterionName} for ${cell.vendorName}`);
  const more = disputed.length - named.length;
  const list = more > 0 ? `${named.join('; ')} and ${more} more` : joinNames(named);
  const count = disputed.length === 1 ? 'one score' : `${disputed.length} scores`;
  return [`The evaluators disagree on ${count} (marked ⚠ in the appendix): ${list}.`];
}

/** Every open risk, most decisive first; empty when none is found (show NO_OPEN_RISKS). */
export function openRisks(input: RiskInput): string[] {
  return [...vendorRisks(input), ...pilotRisks(input), ...disagreementRisk(input)];
}
