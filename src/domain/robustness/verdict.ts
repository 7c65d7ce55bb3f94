// How firm the ranking is, in one word for the report's executive summary, with the sentences of the
// SPEC §9 checks that back it: close call, rank stability, the nearest weight break-even and the score
// flip. The word comes from SPEC §9's own close-call line and the Monte Carlo share of first places; the
// sentences are those of the Results screen's Robustness panel (sentences.ts), so both read the same.
import type { Assessment } from '../types';
import { weightBreakEven, type BreakEven } from './break-even';
import { closeCall, type RobustnessModel } from './model';
import type { StabilityResult } from './monte-carlo';
import { scoreFlip } from './score-flip';
import { breakEvenSentence, closeCallSentence, scoreFlipSentence, stabilitySentence } from './sentences';

/** The winner counts as firm when it ranks first in at least this share of plausible weightings. */
const FIRM_SHARE = 0.9;

export interface RobustnessVerdict {
  word: 'Not tested' | 'No single winner' | 'Close call' | 'Sensitive to the weights' | 'Firm' | 'Clear lead';
  tone: 'ok' | 'warn' | 'neutral';
  sentences: string[];
}

/** A finished stability run describes `model` when it drew from the same contenders and categories. */
function stabilityFor(model: RobustnessModel, result: StabilityResult | null): StabilityResult | null {
  if (!result) return null;
  const key = (m: RobustnessModel) => JSON.stringify([m.categories, m.contenders]);
  return key(result.model) === key(model) ? result : null;
}

/** The category whose share needs the smallest move, up or down, before someone overtakes the winner. */
function nearestBreakEven(entries: BreakEven[]): BreakEven | null {
  let best: { entry: BreakEven; distance: number } | null = null;
  for (const entry of entries) {
    for (const point of [entry.up, entry.down]) {
      if (!point) continue;
      const distance = Math.abs(point.share - entry.share);
      if (!best || distance < best.distance) best = { entry, distance };
    }
  }
  return best?.entry ?? null;
}

/**
 * `stability` is the last finished rank-stability run, or null while it runs; a run for other figures
 * is ignored. Without it a lead of 5 points or more reads "Clear lead" rather than "Firm".
 */
export function robustnessVerdict(
  assessment: Pick<Assessment, 'scale' | 'categories' | 'vendors' | 'scores'>,
  model: RobustnessModel,
  stability: StabilityResult | null,
): RobustnessVerdict {
  const call = closeCall(model);
  const first = closeCallSentence(model, call);
  if (model.contenders.length < 2) {
    return { word: 'Not tested', tone: 'neutral', sentences: [first, 'The checks need at least two qualified vendors.'] };
  }
  if (model.winnerId === null) return { word: 'No single winner', tone: 'warn', sentences: [first] };

  const run = stabilityFor(model, stability);
  const winnerShare = run?.shares.find((s) => s.vendorId === model.winnerId)?.pFirst ?? null;
  const sentences = [first];
  if (run) sentences.push(stabilitySentence(run.model, run.shares, run.options));
  const nearest = nearestBreakEven(weightBreakEven(model));
  if (nearest) sentences.push(breakEvenSentence(model, nearest));
  sentences.push(scoreFlipSentence(model, assessment, scoreFlip(assessment, model)));

  if (call.closeCall) return { word: 'Close call', tone: 'warn', sentences };
  if (winnerShare === null) return { word: 'Clear lead', tone: 'ok', sentences: [...sentences, 'Rank stability is still being computed.'] };
  if (winnerShare < FIRM_SHARE) return { word: 'Sensitive to the weights', tone: 'warn', sentences };
  return { word: 'Firm', tone: 'ok', sentences };
}
