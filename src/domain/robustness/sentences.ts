// The robustness checks in plain words, shared by the results screen and the printed report. Numbers
// are rounded only here, and always towards the side that keeps the sentence true: a break-even share
// or a flip score is never shown on the wrong side of where the winner actually changes.
import { formatCount, formatNumber, formatPercent, formatScore, joinNames, roundedForDisplay } from '../format';
import type { Assessment } from '../types';
import type { BreakEven, BreakEvenPoint } from './break-even';
import { CLOSE_CALL_POINTS, contenderById, type CloseCall, type RobustnessModel } from './model';
import type { StabilityOptions, StabilityShare } from './monte-carlo';
import type { ScoreFlip } from './score-flip';

type Checklist = Pick<Assessment, 'categories' | 'scale'>;

/**
 * A break-even share with one decimal, rounded away from the current share `from`: the true root
 * 11.437 % shows as "fall to 11.4 %", a share at which the other vendor really is ahead.
 */
export function formatShareBeyond(share: number, from: number): string {
  const tenths = share * 1000;
  const rounded = share < from ? Math.floor(tenths + 1e-9) : Math.ceil(tenths - 1e-9);
  return formatPercent(rounded / 1000);
}

/** A category's share as every percentage reads (format.ts): "20.0 %", "100 %". */
export function formatShare(share: number): string {
  return formatPercent(share);
}

function nameOf(model: RobustnessModel, vendorId: string | null): string {
  return (vendorId && contenderById(model, vendorId)?.name) || 'an unnamed vendor';
}

/** "Northwind Contact leads Fabrikam Support by 3.2 points: a close call (under 5 points)." */
export function closeCallSentence(model: RobustnessModel, call: CloseCall): string {
  if (model.contenders.length === 0) return 'No vendor is qualified yet, so there is no winner to test.';
  if (model.tiedForFirst.length > 1) {
    const names = model.tiedForFirst.map((id) => nameOf(model, id));
    return `No single winner: ${joinNames(names)} share first place.`;
  }
  if (call.gap === null) return `${nameOf(model, call.leaderId)} is the only qualified vendor, so nobody can overtake it.`;
  const lead = `${nameOf(model, call.leaderId)} leads ${nameOf(model, call.secondId)} by ${formatScore(call.gap)} points`;
  return call.closeCall
    ? `Close call: ${lead}, less than ${CLOSE_CALL_POINTS} points. Small changes in weights or scores could change the winner.`
    : `${lead}.`;
}

/** "Security posture would need to fall from 50 % to 11.4 % before Fabrikam Support overtakes Northwind Contact." */
export function breakEvenSentence(model: RobustnessModel, entry: BreakEven): string {
  const name = model.categories.find((c) => c.id === entry.categoryId)?.name ?? entry.categoryId;
  const winner = nameOf(model, model.winnerId);
  const from = formatShare(entry.share);
  const { up, down } = entry;
  const to = (point: BreakEvenPoint) => formatShareBeyond(point.share, entry.share);
  // At 0 or 100 % a vendor may only draw level (equal category scores): say so, not "overtakes".
  const passes = (point: BreakEvenPoint, whom: string) =>
    `${nameOf(model, point.vendorId)} ${point.level ? 'draws level with' : 'overtakes'} ${whom}`;
  if (down && up) {
    return `${name} would need to fall from ${from} to ${to(down)} before ${passes(down, winner)}, or rise to ${to(up)} before ${up.level ? passes(up, 'it') : `${nameOf(model, up.vendorId)} does`}.`;
  }
  if (down) {
    return `${name} would need to fall from ${from} to ${to(down)} before ${passes(down, winner)}; raising it changes nothing.`;
  }
  if (up) {
    return `${name} would need to rise from ${from} to ${to(up)} before ${passes(up, winner)}; lowering it changes nothing.`;
  }
  return `${name} (${from}): no change. ${winner} stays first at any share from 0 % to 100 %.`;
}

/** "Northwind Contact's Independent audits score would have to drop from 4.5 to 2.9 for Fabrikam Support to draw level." */
export function scoreFlipSentence(model: RobustnessModel, checklist: Checklist, flip: ScoreFlip | null): string {
  const [first, second] = model.contenders;
  if (!model.winnerId || !second) return 'A score flip needs one winner and a runner-up.';
  if (!flip) {
    return `No single score change within the ${formatNumber(checklist.scale.min)}–${formatNumber(checklist.scale.max)} scale can put ${second.name} level with ${first.name}.`;
  }
  const criterion = checklist.categories.flatMap((c) => c.criteria).find((c) => c.id === flip.criterionId);
  const criterionName = criterion?.name ?? flip.criterionId;
  const vendor = nameOf(model, flip.vendorId);
  const drop = flip.change < 0;
  // Round the target past the break point (down for a drop, up for a rise) so the sentence stays true.
  const to = drop ? Math.floor(flip.to * 100 + 1e-9) / 100 : Math.ceil(flip.to * 100 - 1e-9) / 100;
  const target = `${formatHundredths(flip.from)} to ${formatHundredths(to)}`;
  const sentence = drop
    ? `${vendor}'s ${criterionName} score would have to drop from ${target} for ${nameOf(model, flip.runnerUpId)} to draw level.`
    : `${vendor}'s ${criterionName} score would have to rise from ${target} to draw level with ${nameOf(model, flip.winnerId)}.`;
  if (drop && criterion?.mustHave && criterion.minScore !== null && flip.to < criterion.minScore) {
    return `${sentence} That is below its must-have minimum of ${formatNumber(criterion.minScore)}, which would also disqualify ${vendor}.`;
  }
  return sentence;
}

/** "Northwind Contact ranks first in 87 % of plausible weightings (10,000 draws, category weights ±25 %)." */
export function stabilitySentence(model: RobustnessModel, shares: StabilityShare[], options: StabilityOptions): string {
  const best = [...shares].sort((a, b) => b.pFirst - a.pFirst)[0];
  if (!best) return 'No qualified vendor to rank.';
  const how = `${formatCount(options.draws)} draws, category weights ±${formatPercent(options.spread)}`;
  return `${nameOf(model, best.vendorId)} ranks first in ${formatProbability(best.pFirst)} of plausible weightings (${how}).`;
}

/** As every percentage reads (format.ts), but never "0 %" or "100 %" for what happened in some but not all draws. */
export function formatProbability(p: number): string {
  const shown = roundedForDisplay(p * 100, 1);
  if (p > 0 && shown === 0) return `< ${formatPercent(0.001)}`;
  if (p < 1 && shown === 100) return `> ${formatPercent(0.999)}`;
  return formatPercent(p);
}

const formatHundredths = (x: number) => formatNumber(x, 2);
