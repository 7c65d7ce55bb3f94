// Scoring benchmark (SPEC §10: performance is measured by a script, not asserted in timed tests).
// Target: rankVendors under 16 ms (one frame) for 200 vendors × 100 criteria × 10 evaluators.
// Run: npx tsx scripts/bench-scoring.ts
import { pathToFileURL } from 'node:url';
import { consensusCells } from '../src/domain/consensus';
import { rankVendors } from '../src/domain/scoring';
import { makeAssessment, makeCategory, makeCriterion, makeMustHave, makeVendor } from '../src/domain/test-factories';
import type { Assessment, Score } from '../src/domain/types';

const VENDORS = 200;
const CRITERIA = 100;
const EVALUATORS = 10;
const CATEGORIES = 10;
const RUNS = 25;

/** Deterministic PRNG (mulberry32) so every run measures the same assessment. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 200 × 100 × 10 = 200,000 scores on a 0..5 scale, about 2 % left null, a must-have per category;
 * grouped by vendor and criterion (as the scoring grid writes them) or in random order.
 */
function generateAssessment(shuffled = false, seed = 42): Assessment {
  const next = random(seed);
  const perCategory = CRITERIA / CATEGORIES;
  const categories = Array.from({ length: CATEGORIES }, (_, k) =>
    makeCategory(
      `k${k}`,
      1 + Math.floor(next() * 30),
      Array.from({ length: perCategory }, (_, i) =>
        i === 0 ? makeMustHave(`c${k}-${i}`, 1, 2) : makeCriterion(`c${k}-${i}`, Math.floor(next() * 5)),
      ),
    ),
  );
  const vendors = Array.from({ length: VENDORS }, (_, v) => makeVendor(`v${v}`));
  const evaluators = Array.from({ length: EVALUATORS }, (_, e) => ({ id: `e${e}`, name: `Evaluator ${e}` }));
  const scores: Score[] = [];
  for (const vendor of vendors) {
    for (const category of categories) {
      for (const criterion of category.criteria) {
        for (const evaluator of evaluators) {
          const value = next() < 0.02 ? null : Math.round(next() * 10) / 2;
          scores.push({ vendorId: vendor.id, criterionId: criterion.id, evaluatorId: evaluator.id, value });
        }
      }
    }
  }
  if (shuffled) {
    for (let i = scores.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [scores[i], scores[j]] = [scores[j], scores[i]];
    }
  }
  // Round-trip through JSON so the objects sit in memory in array order, as they do when read from a
  // file or IndexedDB; a shuffled array of objects allocated in another order measures cache misses only.
  return JSON.parse(JSON.stringify(makeAssessment({ categories, vendors, evaluators, scores }))) as Assessment;
}

function median(run: () => unknown): number {
  for (let i = 0; i < 3; i++) run(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Median milliseconds per operation, keyed by what was measured. */
export async function benchScoring(): Promise<Record<string, number>> {
  const grouped = generateAssessment(false);
  const shuffled = generateAssessment(true);
  return {
    'rankVendors 200x100x10 ms': median(() => rankVendors(grouped)),
    'rankVendors 200x100x10 random score order ms': median(() => rankVendors(shuffled)),
    'consensusCells 200x100x10 ms': median(() => consensusCells(grouped.scale, grouped.scores)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // No top-level await: the module stays importable from CommonJS callers too.
  void benchScoring().then((figures) => {
    for (const [name, ms] of Object.entries(figures)) console.log(`${name.padEnd(45)} ${ms.toFixed(2)}`);
  });
}
