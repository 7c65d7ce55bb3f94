// A deterministic large assessment for benchmarks: V vendors × C criteria (in 8 categories) × E evaluators.
import type { Assessment, Score } from '../../src/domain/types';

export function largeAssessment(vendors: number, criteria: number, evaluators: number, fill = 1, seed = 42): Assessment {
  let state = seed >>> 0;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const categoryCount = Math.min(8, criteria);
  const categories = Array.from({ length: categoryCount }, (_, k) => ({
    id: `k${k}`,
    name: `Category ${k + 1}`,
    weight: 5 + Math.floor(random() * 20),
    criteria: [] as Assessment['categories'][number]['criteria'],
  }));
  for (let c = 0; c < criteria; c++) {
    categories[c % categoryCount].criteria.push({
      id: `c${c}`, name: `Criterion ${c + 1}`, guidance: 'What good looks like.', weight: 1 + Math.floor(random() * 3),
      mustHave: c === 0, minScore: c === 0 ? 1 : null,
    });
  }
  const scores: Score[] = [];
  for (let v = 0; v < vendors; v++) {
    for (let c = 0; c < criteria; c++) {
      for (let e = 0; e < evaluators; e++) {
        if (random() < fill) scores.push({ vendorId: `v${v}`, criterionId: `c${c}`, evaluatorId: `e${e}`, value: Math.floor(random() * 6) });
      }
    }
  }
  return {
    id: `bench-${vendors}x${criteria}x${evaluators}`,
    name: `Benchmark ${vendors} vendors × ${criteria} criteria`,
    sector: 'Benchmark',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    scale: { min: 0, max: 5 },
    categories,
    vendors: Array.from({ length: vendors }, (_, v) => ({ id: `v${v}`, name: `Vendor ${v + 1}`, status: 'candidate' as const })),
    evaluators: Array.from({ length: evaluators }, (_, e) => ({ id: `e${e}`, name: `Evaluator ${e + 1}` })),
    scores,
    pilots: [],
    contracts: [],
  };
}
