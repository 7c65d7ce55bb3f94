// The default BPO partner-selection checklist (template-bpo.json: 6 categories, 28 criteria, one must-have).
import template from '../data/template-bpo.json';
import { blankAssessment, type NewAssessmentOptions } from './new-assessment';
import type { Assessment, Category } from './types';

function templateCategories(): Category[] {
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

