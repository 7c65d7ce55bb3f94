// Parsing of the numbers typed into the checklist editor. A field commits only a value that would
// pass the importer (SPEC §5), so a half-typed entry never reaches the ranking or the stored file.
import type { Scale } from './types';
import { formatCount } from './format';

export type Parsed = { value: number } | { error: string };

/** The importer's ceiling for a weight (exchange/structure.ts WEIGHT). */
export const MAX_WEIGHT = 1_000_000;

/**
 * `text` is the field's value; `badInput` is the browser's validity.badInput (a number field reports
 * "" for text it cannot parse, which must not read as "empty").
 */
export function parseWeight(text: string, badInput = false): Parsed {
  if (badInput) return { error: 'Enter a number, e.g. 10.' };
  if (text.trim() === '') return { error: 'Enter a weight of 0 or more.' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { error: 'Enter a number, e.g. 10.' };
  if (value < 0) return { error: 'A weight cannot be negative.' };
  if (value > MAX_WEIGHT) return { error: `Use a weight of at most ${formatCount(MAX_WEIGHT)}.` };
  return { value };
}

/** A must-have's minimum must lie inside the scale (SPEC §5). */
export function parseMinScore(text: string, scale: Scale, badInput = false): Parsed {
  const range = `${scale.min}–${scale.max}`;
  if (badInput || text.trim() === '') return { error: `Enter a minimum score between ${scale.min} and ${scale.max}.` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { error: `Enter a minimum score between ${scale.min} and ${scale.max}.` };
  if (value < scale.min || value > scale.max) return { error: `${value} is outside the scale ${range}.` };
  return { value };
}
