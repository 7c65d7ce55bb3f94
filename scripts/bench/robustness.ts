// Robustness (target: "break-even and score flip for 200 vendors × 100 criteria in ≤ 20 ms"),
// in Node with the pure domain the Robustness panel runs on every edit: weightBreakEven + scoreFlip on
// a model of 200 vendors × 100 criteria (10 categories) × 10 evaluators, every cell scored. The ranking
// is computed once outside the timing (rankVendors has its own figure); building the model from it is
// timed on its own line. Reports the median and the worst of 20 runs after a warm-up.
//
// Run alone: `npx tsx scripts/bench/robustness.ts`.
import { pathToFileURL } from 'node:url';
import { weightBreakEven } from '../../src/domain/robustness/break-even';
import { buildRobustnessModel } from '../../src/domain/robustness/model';
import { consensusCells } from '../../src/domain/consensus';
import { scoreFlip } from '../../src/domain/robustness/score-flip';
import { rankVendors } from '../../src/domain/scoring';
import { makeLargeAssessment } from '../../src/domain/test-factories-large';
import type { Assessment } from '../../src/domain/types';

const VENDORS = 200;
const CRITERIA = 100;
const RUNS = 20;

/**
 * Every cell scored, so coverage is 100 %. The factory's must-haves (minScore 3) get uniform 0..5
 * scores, which nearly every vendor would fail with 10 evaluators; lift them to 3..5 for all but one
 * vendor in ten, so most vendors are qualified contenders and a few are knocked out, as in real life.
 */
function robustnessBenchAssessment(): Assessment {
  const base = makeLargeAssessment({ vendors: VENDORS, criteria: CRITERIA, categories: 10, evaluators: 10, fill: 1, seed: 11 });
  const mustHaves = new Set(base.categories.flatMap((k) => k.criteria.filter((c) => c.mustHave).map((c) => c.id)));
  const knockedOut = new Set(base.vendors.filter((_, i) => i % 10 === 9).map((v) => v.id));
  const scores = base.scores.map((s) =>
    mustHaves.has(s.criterionId) && !knockedOut.has(s.vendorId) && s.value !== null ? { ...s, value: 3 + (s.value % 3) } : s,
  );
  return { ...base, scores };
}

function time(run: () => unknown): { medianMs: number; maxMs: number } {
  for (let i = 0; i < 5; i++) run(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: +times[Math.floor(times.length / 2)].toFixed(2), maxMs: +times[times.length - 1].toFixed(2) };
}

interface BenchRow {
  name: string;
  value: number;
  budget?: string;
}

/** One row per figure, for scripts/bench.ts's report(name, value, budget). */
export function robustnessBench(): BenchRow[] {
  const input = robustnessBenchAssessment();
  const ranking = rankVendors(input);
  const model = buildRobustnessModel(input, ranking);
  // A bench without contenders or a winner would time early returns: refuse to report that.
  if (model.contenders.length < VENDORS / 2) throw new Error(`Only ${model.contenders.length} of ${VENDORS} vendors are qualified`);
  if (model.winnerId === null) throw new Error('The benchmark assessment has no single winner');
  if (weightBreakEven(model).length !== model.categories.length) throw new Error('Break-even skipped a category');
  if (scoreFlip(input, model) === null) throw new Error('No score flip found: the bench would time an early return');

  const both = time(() => [weightBreakEven(model), scoreFlip(input, model)]);
  const breakEven = time(() => weightBreakEven(model));
  const flip = time(() => scoreFlip(input, model));
  // As the open assessment builds it: with the ranking and the consensus cells it already holds.
  const cells = consensusCells(input.scale, input.scores);
  const build = time(() => buildRobustnessModel(input, ranking, cells));
  const size = `${VENDORS}x${CRITERIA}x10`;
  return [
    { name: `robustness ${size}: contenders (qualified vendors)`, value: model.contenders.length },
    { name: `robustness ${size}: break-even + score flip, median ms`, value: both.medianMs, budget: '≤ 20 ms' },
    { name: `robustness ${size}: break-even + score flip, worst ms`, value: both.maxMs },
    { name: `robustness ${size}: break-even alone, median ms`, value: breakEven.medianMs },
    { name: `robustness ${size}: score flip alone, median ms`, value: flip.medianMs },
    { name: `robustness ${size}: buildRobustnessModel, median ms`, value: build.medianMs },
    { name: `robustness ${size}: buildRobustnessModel, worst ms`, value: build.maxMs },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of robustnessBench()) console.log(`${row.name.padEnd(62)} ${row.value}${row.budget ? `   (budget ${row.budget})` : ''}`);
}
