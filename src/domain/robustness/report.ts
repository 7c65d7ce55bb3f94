// SPEC §9 / §7: the robustness JSON the CLI prints, at full precision.
import { rankVendors, type ScoringInput } from '../scoring';
import { weightBreakEven } from './break-even';
import { buildRobustnessModel, closeCall } from './model';
import { DEFAULT_STABILITY, rankStability, type StabilityOptions } from './monte-carlo';
import { scoreFlip } from './score-flip';

interface RobustnessReport {
  /** The single winner's vendor id; null when there is none or several share rank 1. */
  winner: string | null;
  closeCall: boolean;
  breakEven: {
    categoryId: string;
    share: number;
    up: { share: number; vendorId: string } | null;
    down: { share: number; vendorId: string } | null;
  }[];
  scoreFlip: { vendorId: string; criterionId: string; change: number } | null;
  stability: { vendorId: string; pFirst: number }[];
}

export function robustnessReport(input: ScoringInput, options: StabilityOptions = DEFAULT_STABILITY): RobustnessReport {
  const model = buildRobustnessModel(input, rankVendors(input));
  const flip = scoreFlip(input, model);
  return {
    winner: model.winnerId,
    closeCall: closeCall(model).closeCall,
    // Spelled out so a field added to the domain types never leaks into the file format.
    breakEven: weightBreakEven(model).map(({ categoryId, share, up, down }) => ({
      categoryId,
      share,
      up: up && { share: up.share, vendorId: up.vendorId },
      down: down && { share: down.share, vendorId: down.vendorId },
    })),
    scoreFlip: flip && { vendorId: flip.vendorId, criterionId: flip.criterionId, change: flip.change },
    stability: rankStability(model, options).map(({ vendorId, pFirst }) => ({ vendorId, pFirst })),
  };
}
