// Pure, immutable edits of an assessment's checklist (categories and criteria). Each returns a new
// Assessment; scores that lose their criterion are dropped with it.
import { boundText, SCALE_LIMIT } from './bounds';
import { plural } from './format';
import { uniqueId } from './ids';
import type { Assessment, Category, Criterion, Scale } from './types';

function allCriterionIds(a: Pick<Assessment, 'categories'>): string[] {
  return a.categories.flatMap((k) => k.criteria.map((c) => c.id));
}

function mapCategory(a: Assessment, categoryId: string, edit: (k: Category) => Category): Assessment {
  return { ...a, categories: a.categories.map((k) => (k.id === categoryId ? edit(k) : k)) };
}

function moveItem<T>(items: T[], from: number, to: number): T[] {
  if (from === to || to < 0 || to >= items.length || from < 0 || from >= items.length) return items;
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

export function addCategory(a: Assessment, name: string, weight = 10): { assessment: Assessment; id: string } {
  const id = uniqueId(name, a.categories.map((k) => k.id), 'category');
  return { assessment: { ...a, categories: [...a.categories, { id, name, weight, criteria: [] }] }, id };
}

export function updateCategory(a: Assessment, categoryId: string, patch: Partial<Pick<Category, 'name' | 'weight'>>): Assessment {
  return mapCategory(a, categoryId, (k) => ({ ...k, ...patch }));
}

export function moveCategory(a: Assessment, categoryId: string, offset: number): Assessment {
  const from = a.categories.findIndex((k) => k.id === categoryId);
  return { ...a, categories: moveItem(a.categories, from, from + offset) };
}

export function removeCategory(a: Assessment, categoryId: string): Assessment {
  const removed = new Set(a.categories.find((k) => k.id === categoryId)?.criteria.map((c) => c.id) ?? []);
  return {
    ...a,
    categories: a.categories.filter((k) => k.id !== categoryId),
    scores: a.scores.filter((s) => !removed.has(s.criterionId)),
  };
}

export function addCriterion(a: Assessment, categoryId: string, name: string, weight = 1): { assessment: Assessment; id: string } {
  const id = uniqueId(name, allCriterionIds(a), 'criterion');
  const criterion: Criterion = { id, name, guidance: '', weight, mustHave: false, minScore: null };
  return { assessment: mapCategory(a, categoryId, (k) => ({ ...k, criteria: [...k.criteria, criterion] })), id };
}

export type CriterionPatch = Partial<Pick<Criterion, 'name' | 'guidance' | 'weight' | 'mustHave' | 'minScore'>>;

export function updateCriterion(a: Assessment, criterionId: string, patch: CriterionPatch): Assessment {
  return {
    ...a,
    categories: a.categories.map((k) =>
      k.criteria.some((c) => c.id === criterionId)
        ? { ...k, criteria: k.criteria.map((c) => (c.id === criterionId ? withMustHaveDefaults({ ...c, ...patch }, a.scale) : c)) }
        : k,
    ),
  };
}

/** A must-have always carries a minimum inside the scale (SPEC §5); default to the scale's midpoint. */
function withMustHaveDefaults(c: Criterion, scale: Scale): Criterion {
  if (c.mustHave && c.minScore === null) return { ...c, minScore: Math.ceil((scale.min + scale.max) / 2) };
  return c;
}

/** Moves a criterion up or down inside its category, or across to the neighbouring category at the edges. */
export function moveCriterion(a: Assessment, criterionId: string, offset: -1 | 1): Assessment {
  const k = a.categories.findIndex((cat) => cat.criteria.some((c) => c.id === criterionId));
  if (k < 0) return a;
  const criteria = a.categories[k].criteria;
  const from = criteria.findIndex((c) => c.id === criterionId);
  const to = from + offset;
  if (to >= 0 && to < criteria.length) return mapCategory(a, a.categories[k].id, (cat) => ({ ...cat, criteria: moveItem(criteria, from, to) }));
  const neighbour = a.categories[k + offset];
  if (!neighbour) return a;
  const moving = criteria[from];
  const categories = a.categories.map((cat, i) => {
    if (i === k) return { ...cat, criteria: criteria.filter((c) => c.id !== criterionId) };
    if (i === k + offset) return { ...cat, criteria: offset < 0 ? [...cat.criteria, moving] : [moving, ...cat.criteria] };
    return cat;
  });
  return { ...a, categories };
}

export function removeCriterion(a: Assessment, criterionId: string): Assessment {
  return {
    ...a,
    categories: a.categories.map((k) => ({ ...k, criteria: k.criteria.filter((c) => c.id !== criterionId) })),
    scores: a.scores.filter((s) => s.criterionId !== criterionId),
  };
}

function countScores(a: Assessment, predicate: (s: Assessment['scores'][number]) => boolean): number {
  let n = 0;
  for (const s of a.scores) if (s.value !== null && predicate(s)) n++;
  return n;
}

/**
 * Changes the scale. Refused (returns an explanation) when existing scores or must-have minimums would
 * fall outside it, so no stored score is ever silently out of range.
 */
export function setScale(a: Assessment, scale: Scale): { assessment: Assessment } | { error: string } {
  if (!Number.isInteger(scale.min) || !Number.isInteger(scale.max)) return { error: 'The scale needs whole numbers.' };
  // The importer's bound (domain/bounds.ts): beyond it hi − lo overflows and totals become "—".
  if (Math.abs(scale.min) > SCALE_LIMIT || Math.abs(scale.max) > SCALE_LIMIT) {
    return { error: `Keep both ends of the scale between −${boundText(SCALE_LIMIT)} and ${boundText(SCALE_LIMIT)}.` };
  }
  if (scale.max <= scale.min) return { error: `The top of the scale (${scale.max}) must be above the bottom (${scale.min}).` };
  const outside = countScores(a, (s) => s.value! < scale.min || s.value! > scale.max);
  if (outside > 0) return { error: `${plural(outside, 'existing score')} would fall outside ${scale.min}–${scale.max}; change or clear them first.` };
  const badMin = a.categories.flatMap((k) => k.criteria).find((c) => c.mustHave && c.minScore !== null && (c.minScore < scale.min || c.minScore > scale.max));
  if (badMin) return { error: `The must-have minimum of "${badMin.name}" (${badMin.minScore}) would fall outside ${scale.min}–${scale.max}.` };
  return { assessment: { ...a, scale } };
}
