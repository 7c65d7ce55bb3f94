// Plain-English texts of the Results screen: status labels, why a vendor is provisional or disqualified,
// the headline and the "why the winner wins" sentence. Pure functions of the ranking (SPEC §3), so the
// wording is tested on the worked example; numbers are rounded only here.
import type { ConsensusCells } from './consensus';
import { formatAgainst, formatNumber } from './pilot-reasons';
import { COVERAGE_TOLERANCE, type RankedVendor } from './scoring';
import type { Category, Criterion, VendorRankStatus, VendorStatus } from './types';
import { formatPercent, formatScore, joinNames } from './format';
import { shownCoverage } from './coverage-display';

export const STATUS_LABELS: Record<VendorRankStatus, { text: string; tone: 'ok' | 'warn' | 'danger'; icon: string }> = {
  qualified: { text: 'Qualified', tone: 'ok', icon: '✓' },
  provisional: { text: 'Provisional', tone: 'warn', icon: '◐' },
  disqualified: { text: 'Disqualified', tone: 'danger', icon: '✕' },
};

export const PIPELINE_LABELS: Record<VendorStatus, string> = {
  candidate: 'Candidate',
  shortlisted: 'Shortlisted',
  rejected: 'Rejected',
  selected: 'Selected',
};

/** criterionId → criterion, over the whole checklist. */
export function criteriaById(categories: readonly Category[]): Map<string, Criterion> {
  return new Map(categories.flatMap((k) => k.criteria.map((c) => [c.id, c] as const)));
}

const isComplete = (coverage: number) => coverage >= 1 - COVERAGE_TOLERANCE;

/** Coverage as a percentage that never reads "100 %" while something is still unscored. */
export function formatCoverage(coverage: number): string {
  return formatPercent(shownCoverage(coverage));
}

/**
 * One line per failed must-have, "Independent audits: 2.5 < 3" (consensus < minimum). The consensus is
 * rounded on its own side of the line, so 2.96 against 3 reads "2.9 < 3", never "3 < 3".
 */
export function failedMustHaveTexts(
  vendor: RankedVendor,
  criteria: ReadonlyMap<string, Criterion>,
  cells: ConsensusCells,
): string[] {
  return vendor.failedMustHaves.map((id) => {
    const criterion = criteria.get(id);
    const name = criterion?.name ?? id;
    const mean = cells.at(vendor.vendorId, id)?.mean;
    const min = criterion?.minScore;
    if (mean === undefined || min === null || min === undefined) return `${name}: below its minimum`;
    return `${name}: ${formatAgainst(mean, min)} < ${formatNumber(min)}`;
  });
}

/** Why a vendor's total is not final yet: "67.5 % of the weight scored", "must-have X not scored". */
export function incompleteTexts(vendor: RankedVendor, criteria: ReadonlyMap<string, Criterion>): string[] {
  const texts: string[] = [];
  if (vendor.total === null) texts.push('Nothing scored yet');
  else if (!isComplete(vendor.coverage)) texts.push(`${formatCoverage(vendor.coverage)} of the weight scored`);
  const unscored = vendor.unscoredMustHaves.map((id) => criteria.get(id)?.name ?? id);
  if (unscored.length > 0) {
    texts.push(`${unscored.length === 1 ? 'must-have' : 'must-haves'} ${joinNames(unscored)} not scored`);
  }
  return texts;
}

/** The "Why" cell of the ranking table: the decisive reasons first. */
export function whyTexts(
  vendor: RankedVendor,
  criteria: ReadonlyMap<string, Criterion>,
  cells: ConsensusCells,
): string[] {
  if (vendor.status === 'disqualified') return [...failedMustHaveTexts(vendor, criteria, cells), ...incompleteTexts(vendor, criteria)];
  if (vendor.status === 'provisional') return incompleteTexts(vendor, criteria);
  const hasMustHaves = [...criteria.values()].some((c) => c.mustHave);
  return [hasMustHaves ? 'Fully scored; all must-haves met' : 'Fully scored'];
}

export interface Headline {
  /** The one sentence at the top of the screen. */
  lead: string;
  /** Context that changes how the lead should be read (close call, higher-scoring vendors set aside). */
  notes: string[];
}

/** SPEC §9: a gap of less than 5 points between the two best is a close call. */
const CLOSE_CALL_POINTS = 5;

/**
 * Who stands first on the Results screen: the vendors with a total, the leader (the best-ranked of those
 * not disqualified), the vendors sharing its rank, and the next one when the lead is not shared.
 */
interface Standing {
  scored: RankedVendor[];
  leader: RankedVendor | null;
  tied: RankedVendor[];
  runner: RankedVendor | null;
}

/** The leader and runner-up of the headline; the report's executive summary reads the same figures. */
export function leadStanding(ranking: readonly RankedVendor[]): Standing {
  const scored = ranking.filter((v) => v.total !== null);
  const contenders = scored.filter((v) => v.status !== 'disqualified');
  const leader = contenders[0] ?? null;
  const tied = leader ? contenders.filter((v) => v.rank === leader.rank) : [];
  return { scored, leader, tied, runner: tied.length > 1 ? null : (contenders[1] ?? null) };
}

/** "3.9 points", or "less than 0.1 points" for a gap that one decimal would show as 0. */
export function gapText(gap: number): string {
  return gap < 0.05 ? 'less than 0.1 points' : `${formatScore(gap)} points`;
}

/**
 * Who leads and by how much. The leader is the best-ranked vendor with a total that is not disqualified;
 * the gap is to the next such vendor. null when no vendor has a total (the screen shows an empty state).
 */
export function headline(
  ranking: readonly RankedVendor[],
  criteria: ReadonlyMap<string, Criterion>,
  cells: ConsensusCells,
): Headline | null {
  const { scored, leader, tied, runner } = leadStanding(ranking);
  if (scored.length === 0) return null;
  if (!leader) {
    return { lead: 'No vendor qualifies: every scored vendor fails a must-have.', notes: [] };
  }
  const leaderTotal = leader.total as number;
  const notes: string[] = [];
  let lead: string;
  if (tied.length > 1) {
    lead = `${joinNames(tied.map((v) => v.name))} share the lead with ${formatScore(leaderTotal)}.`;
  } else if (!runner) {
    lead = `${leader.name} leads with ${formatScore(leaderTotal)}; no other vendor is in contention yet.`;
  } else {
    const runnerTotal = runner.total as number;
    if (runnerTotal < leaderTotal) {
      const gap = leaderTotal - runnerTotal;
      lead = `${leader.name} leads with ${formatScore(leaderTotal)}, ${gapText(gap)} ahead of ${runner.name}.`;
      // SPEC §9 counts a close call between fully scored (qualified) contenders only.
      if (gap < CLOSE_CALL_POINTS && leader.status === 'qualified' && runner.status === 'qualified') {
        notes.push(`A close call: the top two are less than ${CLOSE_CALL_POINTS} points apart.`);
      }
    } else {
      // Ranked first by status (fully scored) rather than by points.
      lead = `${leader.name} leads with ${formatScore(leaderTotal)} as the best fully scored vendor.`;
      notes.push(`${runner.name} scores ${formatScore(runnerTotal)} but is ${runner.status}: ${incompleteTexts(runner, criteria).join('; ')}.`);
    }
  }
  if (leader.status === 'provisional') {
    notes.unshift(`Provisional: ${incompleteTexts(leader, criteria).join('; ')}.`);
  }
  for (const v of scored) {
    if (v.status === 'disqualified' && (v.total as number) > leaderTotal) {
      notes.push(`${v.name} would score ${formatScore(v.total)} but is disqualified (${failedMustHaveTexts(v, criteria, cells).join('; ')}).`);
    }
  }
  return { lead, notes };
}

/**
 * The sentence under "Why the winner wins": the category where the vendor ranked first gains most over
 * the runner-up (both with a total), in points of the total, and where the runner-up is stronger.
 */
export function winnerGainSentence(ranking: readonly RankedVendor[], categories: readonly Category[]): string | null {
  const scored = ranking.filter((v) => v.total !== null);
  const [winner, runner] = scored;
  if (!winner || !runner || winner !== ranking[0] || winner.status === 'disqualified') return null;
  if (runner.rank === winner.rank) {
    return `${winner.name} and ${runner.name} share first place, so there is no single winner to explain.`;
  }
  let best: { name: string; gain: number } | null = null;
  let worst: { name: string; gain: number } | null = null;
  for (const k of categories) {
    const gain = (winner.contributions[k.id] ?? 0) - (runner.contributions[k.id] ?? 0);
    if (!best || gain > best.gain) best = { name: k.name, gain };
    if (!worst || gain < worst.gain) worst = { name: k.name, gain };
  }
  if (!best || best.gain < 0.05) {
    return `${winner.name} gains on no category over ${runner.name}; it ranks first because ${runner.name} is ${runner.status}.`;
  }
  let sentence = `${winner.name} gains most over ${runner.name} on ${best.name}: +${formatScore(best.gain)} points of the total.`;
  if (worst && worst.gain <= -0.05) {
    sentence += ` ${runner.name} is stronger on ${worst.name} (+${formatScore(-worst.gain)} points).`;
  }
  return sentence;
}
