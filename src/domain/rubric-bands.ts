// The template's rubric labels laid over any scale: consecutive values that read the same are one band
// ("0–1 Absent" on 0..10), so even a 1..100 scale is listed in six lines.
import { DEFAULT_RUBRIC, rubricLevel, type RubricLevel } from './rubric';
import type { Scale } from './types';

interface RubricBand {
  from: number;
  to: number;
  label: string;
  meaning: string;
}

export function rubricBands(scale: Scale, rubric: RubricLevel[] = DEFAULT_RUBRIC): RubricBand[] {
  if (!(scale.max > scale.min) || !Number.isFinite(scale.min) || !Number.isFinite(scale.max)) return [];
  const bands: RubricBand[] = [];
  const last = Math.floor(scale.max - scale.min);
  let from = 0; // steps of 1 above scale.min
  while (from <= last) {
    const level = rubricLevel(scale.min + from, scale, rubric);
    // rubricLevel never goes down as the value rises: binary-search the band's last step.
    let lo = from;
    let hi = last;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (rubricLevel(scale.min + mid, scale, rubric).value === level.value) lo = mid;
      else hi = mid - 1;
    }
    bands.push({ from: scale.min + from, to: scale.min + lo, label: level.label, meaning: level.meaning });
    from = lo + 1;
  }
  return bands;
}
