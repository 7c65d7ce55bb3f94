// Building a blank assessment (the BPO template is in template.ts, loaded only when used).
import type { Assessment } from './types';

export interface NewAssessmentOptions {
  id: string;
  evaluatorId: string;
  now: string;
  name?: string;
}

const FIRST_EVALUATOR_NAME = 'Lead evaluator';

export function blankAssessment(opts: NewAssessmentOptions): Assessment {
  return {
    id: opts.id,
    name: opts.name ?? 'Untitled assessment',
    description: '',
    sector: '',
    createdAt: opts.now,
    updatedAt: opts.now,
    scale: { min: 0, max: 5 },
    categories: [],
    vendors: [],
    // SPEC §2: at least one evaluator always exists.
    evaluators: [{ id: opts.evaluatorId, name: FIRST_EVALUATOR_NAME }],
    scores: [],
    pilots: [],
    contracts: [],
  };
}
