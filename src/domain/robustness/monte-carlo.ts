// SPEC §9 rank stability: P(rank 1) per contender when category weights wobble by ±u.
import { TIE_TOLERANCE } from '../scoring';
import type { RobustnessModel } from './model';
import { seededRandom } from './random';

export interface StabilityOptions {
  /** Number of draws N (default 10,000). */
  draws: number;
  /** Spread u: every category weight is multiplied by a factor uniform in [1 − u, 1 + u] (default 0.25). */
  spread: number;
  seed: number;
}

export const DEFAULT_STABILITY: StabilityOptions = { draws: 10_000, spread: 0.25, seed: 1 };
/** Bounds the UI and the CLI accept: more draws add little, a spread ≥ 1 could zero a weight. */
export const MAX_DRAWS = 1_000_000;
export const MAX_SPREAD = 0.99;

export interface StabilityShare {
  vendorId: string;
  /** Share of the draws in which this contender has the highest total (ties split evenly). */
  pFirst: number;
}

export interface StabilityRun {
  /** Runs up to `count` more draws; returns how many have been done in all. */
  step(count: number): number;
  readonly done: number;
  readonly total: number;
  /** Shares over the draws done so far, in contender order; all 0 before the first draw. */
  shares(): StabilityShare[];
}

/** A message naming what is wrong with the options, or null when they are usable. */
export function stabilityOptionsProblem(options: StabilityOptions): string | null {
  if (!Number.isInteger(options.draws) || options.draws < 1 || options.draws > MAX_DRAWS) {
    return `draws must be a whole number from 1 to ${MAX_DRAWS.toLocaleString('en')}`;
  }
  if (!Number.isFinite(options.spread) || options.spread < 0 || options.spread > MAX_SPREAD) {
    return `spread must be between 0 and ${MAX_SPREAD}`;
  }
  if (!Number.isFinite(options.seed)) return 'seed must be a number';
  return null;
}

/**
 * A run that can be advanced in steps, so a worker can report progress between them. Each draw uses
 * one random number per active category, in category order, so the sequence (and the result) depends
 * only on the seed, the number of categories and the draw count — not on the step sizes.
 */
export function createStabilityRun(model: RobustnessModel, options: StabilityOptions): StabilityRun {
  const problem = stabilityOptionsProblem(options);
  if (problem) throw new RangeError(problem);
  const random = seededRandom(options.seed);
  const k = model.categories.length;
  const v = model.contenders.length;
  const weights = Float64Array.from(model.categories, (category) => category.weight);
  // Scores in one flat array, contender-major, so the inner loop reads memory in order.
  const scores = new Float64Array(v * k);
  model.contenders.forEach((contender, i) => scores.set(contender.categoryScores, i * k));
  const wins = new Float64Array(v);
  const drawn = new Float64Array(k);
  const totals = new Float64Array(v);
  const { spread } = options;
  let done = 0;

  function draw() {
    let sum = 0;
    for (let j = 0; j < k; j++) {
      drawn[j] = weights[j] * (1 - spread + 2 * spread * random());
      sum += drawn[j];
    }
    let best = -Infinity;
    for (let i = 0; i < v; i++) {
      let total = 0;
      const row = i * k;
      for (let j = 0; j < k; j++) total += drawn[j] * scores[row + j];
      totals[i] = total / sum;
      if (totals[i] > best) best = totals[i];
    }
    // Same tolerance as the ranking: totals that equal in exact arithmetic may differ in the last bit.
    let tied = 0;
    for (let i = 0; i < v; i++) if (best - totals[i] < TIE_TOLERANCE) tied++;
    for (let i = 0; i < v; i++) if (best - totals[i] < TIE_TOLERANCE) wins[i] += 1 / tied;
  }

  return {
    step(count) {
      const end = Math.min(options.draws, done + Math.max(0, Math.floor(count)));
      if (v > 0 && k > 0) for (; done < end; done++) draw();
      else done = end;
      return done;
    },
    get done() {
      return done;
    },
    get total() {
      return options.draws;
    },
    shares() {
      return model.contenders.map((contender, i) => ({
        vendorId: contender.vendorId,
        // With no categories every contender ties in every draw (all totals are equal).
        pFirst: done === 0 ? 0 : k === 0 ? 1 / v : wins[i] / done,
      }));
    },
  };
}

/** The whole run at once (CLI, tests). */
export function rankStability(model: RobustnessModel, options: StabilityOptions = DEFAULT_STABILITY): StabilityShare[] {
  const run = createStabilityRun(model, options);
  run.step(options.draws);
  return run.shares();
}

/** A finished rank-stability run: the model it drew from, its options and each contender's share of first places. */
export interface StabilityResult {
  model: RobustnessModel;
  options: StabilityOptions;
  shares: StabilityShare[];
}
