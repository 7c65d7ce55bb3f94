// A large, deterministic assessment for performance checks of the scoring grid (50 vendors × 60
// criteria = 3,000 cells per evaluator) and for tests that need many cells.
import { makeAssessment } from './test-factories';
import type { Assessment, Category, Score } from './types';

interface LargeAssessmentOptions {
  vendors?: number;
  criteria?: number;
  categories?: number;
  evaluators?: number;
  /** Share of cells each evaluator has scored, 0..1. */
  fill?: number;
  seed?: number;
  id?: string;
}

/** mulberry32: the same seed gives the same assessment. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeLargeAssessment(options: LargeAssessmentOptions = {}): Assessment {
  const { vendors = 50, criteria = 60, categories = 6, evaluators = 3, fill = 0.5, seed = 7, id = 'large-assessment' } = options;
  const random = prng(seed);
  const cats: Category[] = Array.from({ length: Math.min(categories, criteria) }, (_, k) => ({
    id: `cat-${k + 1}`,
    name: `Category ${k + 1}`,
    weight: 10 + Math.floor(random() * 30),
    criteria: [],
  }));
  for (let c = 0; c < criteria; c++) {
    const mustHave = c % 15 === 0;
    cats[c % cats.length].criteria.push({
      id: `crit-${c + 1}`,
      name: `Criterion ${c + 1}`,
      guidance: `What good looks like for criterion ${c + 1}: documented, evidenced and verified by references.`,
      weight: 1 + Math.floor(random() * 3),
      mustHave,
      minScore: mustHave ? 3 : null,
    });
  }
  const vendorList = Array.from({ length: vendors }, (_, v) => ({ id: `vendor-${v + 1}`, name: `Vendor ${v + 1}`, status: 'candidate' as const }));
  const evaluatorList = Array.from({ length: evaluators }, (_, e) => ({ id: `evaluator-${e + 1}`, name: `Evaluator ${e + 1}` }));
  const scores: Score[] = [];
  for (const vendor of vendorList) {
    for (const category of cats) {
      for (const criterion of category.criteria) {
        for (const evaluator of evaluatorList) {
          if (random() >= fill) continue;
          scores.push({ vendorId: vendor.id, criterionId: criterion.id, evaluatorId: evaluator.id, value: Math.floor(random() * 6) });
        }
      }
    }
  }
  return makeAssessment({
    id,
    name: `Large assessment (${vendors} vendors × ${criteria} criteria)`,
    categories: cats,
    vendors: vendorList,
    evaluators: evaluatorList,
    scores,
  });
}
