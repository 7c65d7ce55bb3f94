// Small hand-made robustness models for the rank-stability tests (state, section, report).
import type { RobustnessModel } from './model';

const categories = [
  { id: 'sec', name: 'Security', weight: 40, share: 0.4 },
  { id: 'svc', name: 'Service', weight: 35, share: 0.35 },
  { id: 'price', name: 'Commercials', weight: 25, share: 0.25 },
];

/** Three contenders close enough that the weights' wobble changes who comes first. */
export function closeCallModel(): RobustnessModel {
  const contender = (vendorId: string, name: string, rank: number, scores: number[]) => ({
    vendorId,
    name,
    rank,
    categoryScores: scores,
    total: scores.reduce((sum, score, k) => sum + score * categories[k].share, 0),
  });
  return {
    categories: structuredClone(categories),
    contenders: [
      contender('northwind', 'Northwind Contact', 1, [82, 70, 60]),
      contender('fabrikam', 'Fabrikam Support', 2, [70, 78, 66]),
      contender('contoso', 'Contoso CX', 3, [60, 60, 90]),
    ],
    winnerId: 'northwind',
    tiedForFirst: [],
    setAside: [],
  };
}

/** The same model with one contender only (nothing to compare). */
export function singleContenderModel(): RobustnessModel {
  const model = closeCallModel();
  return { ...model, contenders: model.contenders.slice(0, 1) };
}
