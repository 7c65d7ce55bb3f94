// Reading the scores with a path-free first read (score-list.ts) and cells numbered by id ordinals
// (score-cells.ts) gives what reading every score with its path did: the same errors, with the same
// paths and messages in the same order, and the same scores. Checked against the first way, kept here
// as the reference (every score through readScore with its path, duplicate cells in nested maps of
// the ids), on seeded files with thousands of scores broken in every way the rules know.
import { describe, expect, it } from 'vitest';
import { makeLargeAssessment, prng } from '../domain/test-factories-large';
import type { Score } from '../domain/types';
import type { ImportError } from './envelope';
import { exportAssessment } from './export';
import { newAssessmentIds } from './id-index';
import { readList, TEXT } from './read-fields';
import { Reader } from './reader';
import { readScore } from './score-list';
import { readCategory, readEvaluator, readVendor, type ReadContext } from './structure';
import type { Json } from './test-documents';
import { validateEnvelope } from './validate';

/** The first duplicate-cell rule: nested maps of the ids, holding the first score's path. */
class ReferenceCells {
  private readonly first = new Map<string, Map<string, Map<string, string>>>();

  check(r: Reader, vendorId: string, criterionId: string, evaluatorId: string, _index: number, path: string): void {
    let byCriterion = this.first.get(vendorId);
    if (!byCriterion) this.first.set(vendorId, (byCriterion = new Map()));
    let byEvaluator = byCriterion.get(criterionId);
    if (!byEvaluator) byCriterion.set(criterionId, (byEvaluator = new Map()));
    const first = byEvaluator.get(evaluatorId);
    if (first === undefined) {
      byEvaluator.set(evaluatorId, path);
      return;
    }
    const cell = `vendor ${JSON.stringify(vendorId)}, criterion ${JSON.stringify(criterionId)} and evaluator ${JSON.stringify(evaluatorId)}`;
    r.fail(path, `is a second score for ${cell} (the first is ${first})`);
  }
}

/** What the first reader made of `doc`: the errors before the scores (read without them), then the scores'. */
function reference(doc: Json, scaleUsable: boolean): { errors: ImportError[]; scores: (Score | undefined)[] } {
  const a = doc.assessment;
  const prefix = validateEnvelope({ ...doc, assessment: { ...a, scores: [] } });
  const r = new Reader();
  const ctx: ReadContext = { r, ids: newAssessmentIds(), scale: scaleUsable ? a.scale : undefined };
  const { ids } = ctx;
  // Read as validate.ts does, for the indexes (their errors are in `prefix` already).
  readList(r, a, 'categories', 'assessment', 100, (v, p) => readCategory(ctx, v, p), [ids.categories, ids.criteria]);
  readList(r, a, 'vendors', 'assessment', 10_000, (v, p) => readVendor(ctx, v, p), [ids.vendors]);
  readList(r, a, 'evaluators', 'assessment', 1000, (v, p) => readEvaluator(ctx, v, p), [ids.evaluators]);
  // Every score through readScore, its path built up front, duplicates found by the first rule.
  const reader = new Reader();
  const cells = new ReferenceCells();
  let index = 0;
  const scores = readList(reader, a, 'scores', 'assessment', Infinity, (v, p) => readScore({ ...ctx, r: reader }, cells, v, index++, p)) ?? [];
  return { errors: [...(prefix.ok ? [] : prefix.errors), ...reader.errors], scores };
}

const LONG_NOTE = 'x'.repeat(TEXT.maxLength + 1);
/** Longer than the limit in code units, within it in characters (code points): valid. */
const EMOJI_NOTE = '🙂'.repeat(TEXT.maxLength - 10);

/** One way to break (or oddly keep) a score, each a rule of schema `$defs/score` or SPEC §5. */
const BREAKS: ((s: Json, earlier: Json[], random: () => number) => unknown)[] = [
  (s) => (delete s.vendorId, s),
  (s) => (delete s.value, s),
  (s) => ({ ...s, vendorId: 'nobody' }),
  (s) => ({ ...s, criterionId: 'bad id!' }),
  (s) => ({ ...s, evaluatorId: 'nobody' }),
  (s) => ({ ...s, evaluatorId: 42 }),
  (s) => ({ ...s, evaluatorId: '' }),
  (s) => ({ ...s, value: 7 }),
  (s) => ({ ...s, value: -0.5 }),
  (s) => ({ ...s, value: '3' }),
  (s) => ({ ...s, value: Infinity }),
  (s) => ({ ...s, value: NaN }),
  (s) => ({ ...s, value: true }),
  (s) => ({ ...s, value: null }),
  (s) => ({ ...s, note: LONG_NOTE }),
  (s) => ({ ...s, note: EMOJI_NOTE }),
  (s) => ({ ...s, note: 42 }),
  (s) => ({ ...s, note: null }),
  (s) => ({ ...s, updatedAt: 'yesterday' }),
  (s) => ({ ...s, updatedAt: '2026-02-30T10:00:00Z' }),
  (s) => ({ ...s, updatedAt: '2026-11-01t10:00:00.5+01:00' }),
  (s) => ({ ...s, updatedAt: 12 }),
  () => null,
  () => [1, 2],
  () => 'a score',
  (s) => Object.create(s),
  (_s, earlier, random) => ({ ...earlier[Math.floor(random() * earlier.length)] }),
  (_s, earlier, random) => ({ ...earlier[Math.floor(random() * earlier.length)], value: 9 }),
];

/** A seeded file of `vendors` × 20 criteria × 3 evaluators (or `size`) with notes and stamps, one score in `rate` broken. */
function brokenDoc(seed: number, vendors: number, rate: number, size = { criteria: 20, evaluators: 3, fill: 0.8 }): Json {
  const random = prng(seed);
  const a = makeLargeAssessment({ vendors, ...size, seed });
  a.scores = a.scores.map((s, i) => ({ ...s, ...(i % 4 === 0 ? { note: `Note ${i % 7}` } : {}), ...(i % 3 ? { updatedAt: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z` } : {}) }));
  const doc = JSON.parse(exportAssessment(a, '2026-12-01T00:00:00.000Z')) as Json;
  const scores: unknown[] = doc.assessment.scores;
  doc.assessment.scores = scores.map((s, i) => (i > 0 && random() < rate ? BREAKS[Math.floor(random() * BREAKS.length)](s as Json, scores.slice(0, i) as Json[], random) : s));
  return doc;
}

function expectSameAsReference(doc: Json, scaleUsable = true): ImportError[] {
  const result = validateEnvelope(doc);
  const expected = reference(doc, scaleUsable);
  expect(result.ok ? [] : result.errors).toEqual(expected.errors);
  if (result.ok) {
    expect(result.assessment.scores).toEqual(expected.scores);
    // The fields in the same order too (a file exported from them lists them as read).
    expect(result.assessment.scores.map(Object.keys)).toEqual(expected.scores.map((s) => Object.keys(s!)));
  }
  return result.ok ? [] : result.errors;
}

describe('reading scores', () => {
  for (const seed of [11, 12, 13]) {
    it(`reports what the first reader reported, in its order (seed ${seed}, ~1,900 scores)`, () => {
      const errors = expectSameAsReference(brokenDoc(seed, 40, 0.08));
      expect(errors.length).toBeGreaterThan(50);
      expect(errors.some((e) => e.message.startsWith('is a second score'))).toBe(true);
    });
  }

  it('returns the scores the first reader returned when all are fine, notes in characters included', () => {
    const doc = brokenDoc(21, 60, 0);
    doc.assessment.scores[5].note = EMOJI_NOTE;
    doc.assessment.scores[6].updatedAt = '2026-11-01t10:00:00.5+01:00';
    expect(expectSameAsReference(doc)).toEqual([]);
  });

  it('when an id index is incomplete (a broken vendor or criterion id), and when the scale is unusable', () => {
    const doc = brokenDoc(31, 30, 0.05);
    doc.assessment.vendors[3].id = 'bad vendor';
    doc.assessment.categories[1].criteria[0].id = doc.assessment.categories[0].criteria[0].id;
    // References to the lost ids now pass; a second score for such a cell is still one.
    const lost = doc.assessment.scores.find((s: Json) => s?.vendorId === 'vendor-4');
    doc.assessment.scores.push({ ...lost }, { ...lost, evaluatorId: 'nobody' }, { ...lost, evaluatorId: 'nobody', value: 1 });
    const errors = expectSameAsReference(doc);
    expect(errors.filter((e) => e.message.startsWith('is a second score') && e.message.includes('"vendor-4"'))).toHaveLength(2);
    const noScale = brokenDoc(32, 20, 0.05);
    noScale.assessment.scale = { min: 5, max: 1 };
    expectSameAsReference(noScale, false);
  });

  it('with more possible cells than a typed array holds (200 vendors × 200 criteria × 60 evaluators)', () => {
    const errors = expectSameAsReference(brokenDoc(41, 200, 0.3, { criteria: 200, evaluators: 60, fill: 0.0005 }));
    expect(errors.some((e) => e.message.startsWith('is a second score'))).toBe(true);
  });
});
