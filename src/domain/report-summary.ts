// The report's first page (SPEC §1: a steering committee decides from it): the winner and its margin
// in points, how firm the ranking is, each pilot's decision and the open risks. The same figures as the
// Results screen: the leader and gap of its headline (results-text.ts leadStanding), the verdict from
// the robustness checks of its panel (robustness/verdict.ts), the pilot decisions of SPEC §4.
import type { ConsensusCells } from './consensus';
import { decisionLog, entrySummary } from './decision-log';
import { formatDateTime, formatDay, formatScore, joinNames } from './format';
import type { PilotEvaluation } from './pilot';
import { DECISION_TONES, DECISION_WORDS, reasonLines, type Tone } from './pilot-format';
import { openRisks } from './report-risks';
import type { RobustnessModel } from './robustness/model';
import type { StabilityResult } from './robustness/monte-carlo';
import { robustnessVerdict, type RobustnessVerdict } from './robustness/verdict';
import { criteriaById, gapText, incompleteTexts, leadStanding, STATUS_LABELS } from './results-text';
import type { RankedVendor } from './scoring';
import type { Assessment } from './types';

interface PilotLine {
  word: string;
  tone: Tone;
  /** "Q1 pilot with Northwind Contact (4 Jan 2027 to 31 Jan 2027)". */
  title: string;
  /** The decisive reasons, without the decision word. */
  reasons: string[];
  /** The latest decision in the log that is not corrected, or null. */
  recorded: string | null;
}

export interface ExecutiveSummary {
  winner: string;
  margin: string;
  robustness: RobustnessVerdict;
  /** Empty without pilots (say NO_PILOTS). */
  pilots: PilotLine[];
  /** Empty when none is found (say NO_OPEN_RISKS). */
  risks: string[];
}

export const NO_PILOTS = 'No pilot yet: the choice has not been tested in operation.';

interface SummaryInput {
  assessment: Assessment;
  ranking: readonly RankedVendor[];
  cells: ConsensusCells;
  evaluations: readonly PilotEvaluation[];
  model: RobustnessModel;
  /** The last finished rank-stability run, or null while it runs. */
  stability: StabilityResult | null;
}

const statusWord = (v: RankedVendor) => STATUS_LABELS[v.status].text.toLowerCase();

function winnerAndMargin(a: Assessment, ranking: readonly RankedVendor[]): { winner: string; margin: string } {
  const { scored, leader, tied, runner } = leadStanding(ranking);
  if (scored.length === 0) return { winner: 'None yet: no vendor has been scored.', margin: '—' };
  if (!leader) return { winner: 'None: every scored vendor fails a must-have.', margin: '—' };
  const total = leader.total as number;
  if (tied.length > 1) {
    return { winner: `No single winner: ${joinNames(tied.map((v) => v.name))} share the lead with ${formatScore(total)}.`, margin: 'None: a tie.' };
  }
  const why = leader.status === 'provisional' ? `: ${incompleteTexts(leader, criteriaById(a.categories)).join('; ')}` : '';
  const winner = `${leader.name}: ${formatScore(total)} out of 100, ${statusWord(leader)}${why}.`;
  if (!runner) return { winner, margin: 'No other vendor is in contention yet.' };
  const other = runner.total as number;
  if (other >= total) {
    return { winner, margin: `First as the best fully scored vendor: ${runner.name} scores ${formatScore(other)} but is ${statusWord(runner)}.` };
  }
  return { winner, margin: `${gapText(total - other)} ahead of ${runner.name} (${formatScore(other)}, ${statusWord(runner)}).` };
}

function pilotLines(a: Assessment, evaluations: readonly PilotEvaluation[]): PilotLine[] {
  const vendorName = (id: string) => a.vendors.find((v) => v.id === id)?.name ?? 'an unknown vendor';
  return a.pilots.flatMap((pilot, i) => {
    const e = evaluations[i];
    if (!e) return [];
    const latest = decisionLog(pilot.decisions).find((entry) => !entry.correctedBy)?.decision;
    return [
      {
        word: DECISION_WORDS[e.decision],
        tone: DECISION_TONES[e.decision],
        title: `${pilot.name} with ${vendorName(pilot.vendorId)} (${formatDay(pilot.start)} to ${formatDay(pilot.end)})`,
        reasons: reasonLines(e).filter((r) => r.decisive).map((r) => r.text),
        recorded: latest ? `${entrySummary(latest)} (${formatDateTime(latest.at)}).` : null,
      },
    ];
  });
}

export function executiveSummary({ assessment: a, ranking, cells, evaluations, model, stability }: SummaryInput): ExecutiveSummary {
  return {
    ...winnerAndMargin(a, ranking),
    robustness: robustnessVerdict(a, model, stability),
    pilots: pilotLines(a, evaluations),
    risks: openRisks({ assessment: a, ranking, cells, evaluations, leaderId: leadStanding(ranking).leader?.vendorId ?? null }),
  };
}
