// The contenders of SPEC §9 and what every robustness check needs to know about them: the active
// categories with their shares, and each contender's total and category scores in that order.
import { consensusCells, type ConsensusCells } from '../consensus';
import { criteriaById, whyTexts } from '../results-text';
import { rankVendors, TIE_TOLERANCE, type RankedVendor, type ScoringInput } from '../scoring';
import { usableWeight } from '../weights';

export interface Contender {
  vendorId: string;
  name: string;
  /** SPEC §3 rank in the full ranking (qualified vendors come first, so contenders keep 1, 2, …). */
  rank: number;
  /** 0..100 at full precision. */
  total: number;
  /** Category score per active category, in `RobustnessModel.categories` order. */
  categoryScores: number[];
}

export interface ActiveCategory {
  id: string;
  name: string;
  /** W_k as entered (positive). */
  weight: number;
  /** p_k = W_k / Σ W over active categories. */
  share: number;
}

/** A vendor the checks leave out, with the ranking's reasons ("Independent audits: 2.5 < 3"). */
export interface SetAside {
  vendorId: string;
  name: string;
  status: 'provisional' | 'disqualified';
  why: string[];
}

/**
 * Plain data (arrays, no Maps) on purpose: the Monte Carlo worker receives it by structured clone.
 */
export interface RobustnessModel {
  /** Active categories (positive weight and criteria weights not all 0), in checklist order. */
  categories: ActiveCategory[];
  /** Qualified vendors with a total, in ranking order. */
  contenders: Contender[];
  /** The single contender ranked 1; null when there is none or several share rank 1. */
  winnerId: string | null;
  /** Contenders sharing rank 1 when there is no single winner (empty otherwise). */
  tiedForFirst: string[];
  /** The vendors that are not contenders, in ranking order, so every check can say who it leaves out. */
  setAside: SetAside[];
}

/** SPEC §9: the two best contenders closer than this many points are a close call. */
export const CLOSE_CALL_POINTS = 5;

/**
 * `cells`: the consensus of every scored cell when the caller has it already (the open assessment does),
 * so the reasons of set-aside vendors do not recompute it on every change.
 */
export function buildRobustnessModel(input: ScoringInput, ranking: RankedVendor[] = rankVendors(input), cells?: ConsensusCells): RobustnessModel {
  const active = input.categories.filter(
    (category) =>
      usableWeight(category.weight) > 0 && category.criteria.some((criterion) => usableWeight(criterion.weight) > 0),
  );
  let weightSum = 0;
  for (const category of active) weightSum += usableWeight(category.weight);
  const categories: ActiveCategory[] = active.map((category) => ({
    id: category.id,
    name: category.name,
    weight: usableWeight(category.weight),
    share: usableWeight(category.weight) / weightSum,
  }));

  const contenders: Contender[] = ranking
    .filter((vendor) => vendor.status === 'qualified' && vendor.total !== null)
    .map((vendor) => ({
      vendorId: vendor.vendorId,
      name: vendor.name,
      rank: vendor.rank,
      total: vendor.total as number,
      // Full coverage scores every weighted criterion, so an active category always has a score.
      categoryScores: categories.map((category) => vendor.categories[category.id] ?? 0),
    }));

  const first = contenders.filter((contender) => contender.rank === 1);
  return {
    categories,
    contenders,
    winnerId: first.length === 1 ? first[0].vendorId : null,
    tiedForFirst: first.length > 1 ? first.map((contender) => contender.vendorId) : [],
    setAside: setAside(input, ranking, cells),
  };
}

function setAside(input: ScoringInput, ranking: RankedVendor[], known?: ConsensusCells): SetAside[] {
  const others = ranking.filter((vendor) => vendor.status !== 'qualified');
  if (others.length === 0) return [];
  const criteria = criteriaById(input.categories);
  const cells = known ?? consensusCells(input.scale, input.scores);
  return others.map((vendor) => ({
    vendorId: vendor.vendorId,
    name: vendor.name,
    status: vendor.status as SetAside['status'],
    why: vendor.total === null ? ['nothing scored yet'] : whyTexts(vendor, criteria, cells),
  }));
}

export interface CloseCall {
  /** True when the two best contenders are less than CLOSE_CALL_POINTS apart (a tie at rank 1 included). */
  closeCall: boolean;
  /** Winner's total minus the runner-up's; null with fewer than two contenders. */
  gap: number | null;
  leaderId: string | null;
  secondId: string | null;
}

export function closeCall(model: RobustnessModel): CloseCall {
  const [leader, second] = model.contenders;
  if (!leader || !second) return { closeCall: false, gap: null, leaderId: leader?.vendorId ?? null, secondId: null };
  const gap = leader.total - second.total;
  return { closeCall: gap < CLOSE_CALL_POINTS, gap: gap < TIE_TOLERANCE ? 0 : gap, leaderId: leader.vendorId, secondId: second.vendorId };
}

/** The contender with this id (the model's ids always resolve). */
export function contenderById(model: RobustnessModel, vendorId: string): Contender | undefined {
  return model.contenders.find((contender) => contender.vendorId === vendorId);
}
