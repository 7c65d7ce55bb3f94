// Building new assessments: from the bundled BPO template (SPEC §2) or blank.
import template from '../data/template-bpo.json';
import type { Assessment, Category } from './types';

export interface NewAssessmentOptions {
  id: string;
  evaluatorId: string;
  now: string;
  name?: string;
}

export const FIRST_EVALUATOR_NAME = 'Lead evaluator';

export function templateCategories(): Category[] {
  return template.categories.map((k) => ({
    id: k.id,
    name: k.name,
    weight: k.weight,
    criteria: k.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      guidance: c.guidance,
      weight: c.weight,
      mustHave: 'mustHave' in c ? c.mustHave === true : false,
      minScore: 'minScore' in c && typeof c.minScore === 'number' ? c.minScore : null,
    })),
  }));
}

export function assessmentFromTemplate(opts: NewAssessmentOptions): Assessment {
  return {
    ...blankAssessment(opts),
    name: opts.name ?? 'BPO partner selection',
    sector: '',
    scale: { min: template.scale.min, max: template.scale.max },
    categories: templateCategories(),
  };
}

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
  };
}
