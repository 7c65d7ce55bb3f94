// Rubric labels of the default template (template-bpo.json), applied to any scale by position.
import template from '../data/template-bpo.json';
import type { Scale } from './types';

export interface RubricLevel {
  value: number;
  label: string;
  meaning: string;
}

export const DEFAULT_RUBRIC: RubricLevel[] = template.rubric;

/**
 * The rubric level closest to a value. The template defines 0..5; other scales map by relative
 * position, so 8 on 1..10 reads like 4 on 0..5 ("Exceeds expectations").
 */
export function rubricLevel(value: number, scale: Scale, rubric: RubricLevel[] = DEFAULT_RUBRIC): RubricLevel {
  const lo = rubric[0].value;
  const hi = rubric[rubric.length - 1].value;
  const position = (value - scale.min) / (scale.max - scale.min);
  const target = lo + Math.min(1, Math.max(0, position)) * (hi - lo);
  let best = rubric[0];
  for (const level of rubric) if (Math.abs(level.value - target) < Math.abs(best.value - target) - 1e-9) best = level;
  return best;
}
