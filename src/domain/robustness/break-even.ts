// SPEC §9 weight break-even: how far one category's share can move before the winner loses first place.
import type { RobustnessModel } from './model';

/** Category scores are 0..100; a lead this small at p = 0 or 1 is rounding, i.e. a tie there. */
const END_TOLERANCE = 1e-9;

export interface BreakEvenPoint {
  /** The share p (0..1) of the category at which `vendorId`'s total first reaches the winner's. */
  share: number;
  vendorId: string;
  /** True when, at this share (0 or 100 %), the vendor only draws level with the winner, not passes it. */
  level: boolean;
}

export interface BreakEven {
  categoryId: string;
  /** The current share p_k, 0 < p_k < 1. */
  share: number;
  /** Nearest p in (p_k, 1] where someone reaches the winner; null = no change up to 100 %. */
  up: BreakEvenPoint | null;
  /** Nearest p in [0, p_k) where someone reaches the winner; null = no change down to 0 %. */
  down: BreakEvenPoint | null;
}

/**
 * One entry per active category with 0 < p_k < 1 (a lone category cannot move), in checklist order;
 * empty without a single winner. Setting k's share to p and scaling the other active shares by
 * (1 − p)/(1 − p_k) makes every total linear in p:
 *   T_v(p) = p·C_vk + (1 − p)·R_vk   with   R_vk = (T_v − p_k·C_vk)/(1 − p_k),
 * so another contender's lead over the winner, D(p) = T_o(p) − T_w(p), is a straight line
 * a + b·p that is negative at p_k; its root −a/b is the break-even share, on the side where D rises.
 */
export function weightBreakEven(model: RobustnessModel): BreakEven[] {
  const winner = model.contenders.find((contender) => contender.vendorId === model.winnerId);
  if (!winner) return [];
  const others = model.contenders.filter((contender) => contender !== winner);
  const result: BreakEven[] = [];
  model.categories.forEach((category, k) => {
    const pk = category.share;
    if (!(pk > 0 && pk < 1)) return;
    const winnerRest = (winner.total - pk * winner.categoryScores[k]) / (1 - pk);
    let up: BreakEvenPoint | null = null;
    let down: BreakEvenPoint | null = null;
    for (const other of others) {
      const rest = (other.total - pk * other.categoryScores[k]) / (1 - pk);
      const a = rest - winnerRest; // D(0): the lead on the other categories alone
      const b = other.categoryScores[k] - winner.categoryScores[k] - a; // D(1) − D(0)
      if (b === 0) continue; // parallel: the gap never closes by moving this share
      const end = b > 0 ? other.categoryScores[k] - winner.categoryScores[k] : a; // D(1) or D(0)
      if (end <= -END_TOLERANCE) continue; // still behind at the end of the range
      // Level at the very end (e.g. equal category scores at p = 1): the root is the end itself, and a
      // rounding error must not move it inside the range or past it.
      const level = end < END_TOLERANCE;
      const root = level ? (b > 0 ? 1 : 0) : -a / b;
      if (b > 0 && root > pk && (up === null || root < up.share)) {
        up = { share: root, vendorId: other.vendorId, level };
      } else if (b < 0 && root < pk && (down === null || root > down.share)) {
        down = { share: root, vendorId: other.vendorId, level };
      }
    }
    result.push({ categoryId: category.id, share: pk, up, down });
  });
  return result;
}

/** Contender totals with category k's share set to p (the other active shares rescaled), by vendor id. */
export function totalsAtShare(model: RobustnessModel, categoryIndex: number, p: number): Map<string, number> {
  const pk = model.categories[categoryIndex].share;
  const totals = new Map<string, number>();
  for (const contender of model.contenders) {
    const c = contender.categoryScores[categoryIndex];
    totals.set(contender.vendorId, p * c + ((1 - p) * (contender.total - pk * c)) / (1 - pk));
  }
  return totals;
}
