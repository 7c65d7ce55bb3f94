// The Results screen's figures from the score matrix equal, to the last bit, those computed from the
// scores array the way they were before (results-reference-test-support.ts, and consensusMatrix for the
// ranking): on the worked example, the shared vectors, large random assessments in any score order,
// and after random edits patched into the matrix rather than rebuilt.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath, readFixture } from '../../tests/fixtures/paths';
import { calibrate } from './calibration';
import { matrixConsensus } from './consensus';
import { calibrateBefore, consensusCellsBefore } from './results-reference-test-support';
import { buildRobustnessModel } from './robustness/model';
import { scoreFlip } from './robustness/score-flip';
import { cellKey } from './cell-key';
import { editScore, hasScoreContent } from './score-edits';
import { ScoreMatrix } from './score-matrix';
import { rankVendors } from './scoring';
import { prng } from './test-factories-large';
import type { Assessment, Score } from './types';
import { workedExample } from './worked-example';

/** Every figure the Results screen shows from the matrix, against the same from the scores array. */
function expectSameResults(a: Assessment, m: ScoreMatrix = ScoreMatrix.build(a)): void {
  const ranking = rankVendors(a);
  expect(rankVendors(a, m)).toEqual(ranking);
  const before = consensusCellsBefore(a.scale, a.scores);
  const cells = matrixConsensus(m, a.scale);
  for (const vendor of a.vendors) {
    for (const criterion of a.categories.flatMap((k) => k.criteria)) {
      expect(cells.at(vendor.id, criterion.id)).toEqual(before.get(cellKey(vendor.id, criterion.id)));
    }
  }
  for (const limit of [10, 0, 3, Infinity]) expect(calibrate(a, limit, m)).toEqual(calibrateBefore(a, limit));
  const model = buildRobustnessModel(a, ranking);
  expect(scoreFlip(a, model, m)).toEqual(scoreFlip(a, model));
}

/**
 * V vendors × C criteria × E evaluators on a 1..10 scale, values with two decimals (so the order of
 * addition shows in the last bits), some cells left out, some values cleared with a note kept, a few
 * scores of unknown vendors, criteria or evaluators, and the scores in random order.
 */
function randomAssessment(seed: number, V: number, C: number, E: number): Assessment {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const categories = Array.from({ length: 4 }, (_, k) => ({ id: `k${k}`, name: `Category ${k}`, weight: 1 + Math.floor(random() * 9), criteria: [] as Assessment['categories'][number]['criteria'] }));
  for (let c = 0; c < C; c++) {
    const mustHave = random() < 0.1;
    categories[c % 4].criteria.push({ id: `c${c}`, name: `Criterion ${c}`, guidance: '', weight: Math.floor(random() * 4), mustHave, minScore: mustHave ? 3 : null });
  }
  const vendors = Array.from({ length: V }, (_, v) => ({ id: `v${v}`, name: `Vendor ${v}`, status: 'candidate' as const }));
  const evaluators = Array.from({ length: E }, (_, e) => ({ id: `e${e}`, name: `Evaluator ${e}` }));
  const value = () => Math.round((1 + random() * 9) * 100) / 100;
  const scores: Score[] = [];
  for (const vendor of vendors) {
    for (const category of categories) {
      for (const criterion of category.criteria) {
        for (const evaluator of evaluators) {
          const r = random();
          if (r < 0.15) continue;
          if (r < 0.2) scores.push({ vendorId: vendor.id, criterionId: criterion.id, evaluatorId: evaluator.id, value: null, note: 'to check' });
          else scores.push({ vendorId: vendor.id, criterionId: criterion.id, evaluatorId: evaluator.id, value: value() });
        }
      }
    }
  }
  for (let i = 0; i < 5; i++) {
    scores.push({ vendorId: 'gone', criterionId: pick(categories[0].criteria).id, evaluatorId: 'e0', value: value() });
    scores.push({ vendorId: pick(vendors).id, criterionId: 'removed', evaluatorId: 'e0', value: value() });
    scores.push({ vendorId: pick(vendors).id, criterionId: pick(categories[1].criteria).id, evaluatorId: 'stranger', value: value() });
  }
  for (let i = scores.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [scores[i], scores[j]] = [scores[j], scores[i]];
  }
  return {
    id: `random-${seed}`, name: 'Random', sector: '', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    scale: { min: 1, max: 10 }, categories, vendors, evaluators, scores, pilots: [], contracts: [],
  };
}

/** A random edit as the grid makes them: a value typed, a value cleared (note kept or not), a note. */
function randomEdit(a: Assessment, random: () => number): { ids: Pick<Score, 'vendorId' | 'criterionId' | 'evaluatorId'>; change: (old: Score) => Score } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const ids = { vendorId: pick(a.vendors).id, criterionId: pick(pick(a.categories).criteria).id, evaluatorId: pick(a.evaluators).id };
  const r = random();
  const value = Math.round((1 + random() * 9) * 100) / 100;
  if (r < 0.55) return { ids, change: (old) => ({ ...old, value }) };
  if (r < 0.8) return { ids, change: (old) => { const next: Score = { ...old, value: null }; delete next.note; return next; } };
  if (r < 0.9) return { ids, change: (old) => ({ ...old, value: null }) };
  return { ids, change: (old) => ({ ...old, note: `note ${value}` }) };
}

describe('results from the score matrix', () => {
  it('equal the worked example’s, before and after the journey-3 merge', () => {
    const a = workedExample();
    expectSameResults(a);
    a.evaluators.push({ id: 'chloe', name: 'Chloé (Security)' });
    a.scores.push({ vendorId: 'contoso', criterionId: 'fit-philosophy', evaluatorId: 'chloe', value: 2 });
    expectSameResults(a);
  });

  const dir = fixturePath('examples/vectors');
  const vectors = readdirSync(dir).filter((f) => /^vector-\d+\.json$/.test(f));
  it('finds the shared vectors', () => expect(vectors.length).toBeGreaterThanOrEqual(6));
  for (const name of vectors) {
    it(`equal ${name}’s`, () => {
      const { assessment } = JSON.parse(readFixture(`examples/vectors/${name}`)) as { assessment: Assessment };
      expectSameResults(assessment);
    });
  }

  for (const seed of [1, 2, 3]) {
    it(`equal a random 30 × 24 × 5 assessment’s in shuffled score order (seed ${seed})`, () => {
      expectSameResults(randomAssessment(seed, 30, 24, 5));
    });
  }

  it('equal a random 200 × 100 × 10 assessment’s', () => {
    expectSameResults(randomAssessment(7, 200, 100, 10));
  });

  for (const seed of [11, 12]) {
    it(`stay equal after 400 random edits patched into the matrix, not rebuilt (seed ${seed})`, () => {
      let a = randomAssessment(seed, 12, 10, 4);
      const m = ScoreMatrix.build(a);
      const random = prng(seed * 7);
      for (let step = 1; step <= 400; step++) {
        const { ids, change } = randomEdit(a, random);
        const at = m.indexOf(ids.vendorId, ids.criterionId, ids.evaluatorId);
        expect(at).toBe(a.scores.findIndex((s) => s.vendorId === ids.vendorId && s.criterionId === ids.criterionId && s.evaluatorId === ids.evaluatorId));
        const { scores, score } = editScore(a.scores, ids, change, `t${step}`, at);
        expect(m.put(score, hasScoreContent(score), scores)).toBe(true);
        a = { ...a, scores };
        if (step % 40 === 0) {
          expectSameResults(a, m);
          const rebuilt = ScoreMatrix.build(a);
          for (const field of ['value', 'position', 'mean', 'count', 'min', 'max', 'valueCount'] as const) expect(m[field]).toEqual(rebuilt[field]);
          expect(m.scores).toBe(a.scores);
        }
      }
    });
  }
});
