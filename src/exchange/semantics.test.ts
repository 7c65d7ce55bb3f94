// SPEC §5 semantic rules, each checked through the validator with the place and words a person sees.
import { describe, expect, it } from 'vitest';
import type { ImportError } from './envelope';
import { type Json, smallDoc } from './test-documents';
import { validateEnvelope } from './validate';

function errorsAfter(edit: (a: Json) => void): ImportError[] {
  const doc = smallDoc();
  edit(doc.assessment);
  const result = validateEnvelope(doc);
  return result.ok ? [] : result.errors;
}

const score = (vendorId: string, criterionId: string, evaluatorId: string, value: number | null) => ({
  vendorId, criterionId, evaluatorId, value,
});

describe('unique ids (SPEC §5)', () => {
  it('per kind, naming the first use', () => {
    expect(errorsAfter((a) => (a.vendors[2].id = 'northwind'))).toEqual([
      { path: 'assessment.vendors[2].id', message: '"northwind" is already used by assessment.vendors[0] (ids must be unique)' },
    ]);
    expect(errorsAfter((a) => (a.categories[2].id = 'culture'))).toEqual([
      { path: 'assessment.categories[2].id', message: '"culture" is already used by assessment.categories[1] (ids must be unique)' },
    ]);
    expect(errorsAfter((a) => (a.evaluators[1].id = 'ana'))[0]).toEqual({
      path: 'assessment.evaluators[1].id',
      message: '"ana" is already used by assessment.evaluators[0] (ids must be unique)',
    });
    expect(errorsAfter((a) => a.pilots.push({ ...a.pilots[0] }))).toEqual([
      { path: 'assessment.pilots[1].id', message: '"northwind-q1" is already used by assessment.pilots[0] (ids must be unique)' },
    ]);
  });

  it('criteria across all categories', () => {
    expect(errorsAfter((a) => (a.categories[2].criteria[0].id = 'sec-encryption'))[0]).toEqual({
      path: 'assessment.categories[2].criteria[0].id',
      message: '"sec-encryption" is already used by assessment.categories[0].criteria[1] (ids must be unique)',
    });
  });

  it('KPIs within a pilot only', () => {
    expect(errorsAfter((a) => (a.pilots[0].kpis[1].id = 'csat'))[0]).toEqual({
      path: 'assessment.pilots[0].kpis[1].id',
      message: '"csat" is already used by assessment.pilots[0].kpis[0] (ids must be unique)',
    });
    // The same KPI ids in another pilot are fine.
    expect(errorsAfter((a) => a.pilots.push({ ...a.pilots[0], id: 'northwind-q2' }))).toEqual([]);
  });

  it('allows a category and a criterion to share an id (different kinds)', () => {
    expect(errorsAfter((a) => (a.categories[1].criteria[0].id = 'culture'))).toEqual([
      { path: 'assessment.scores[3].criterionId', message: 'refers to criterion "fit-philosophy", which is not in the file' },
      { path: 'assessment.scores[4].criterionId', message: 'refers to criterion "fit-philosophy", which is not in the file' },
      { path: 'assessment.scores[9].criterionId', message: 'refers to criterion "fit-philosophy", which is not in the file' },
      { path: 'assessment.scores[12].criterionId', message: 'refers to criterion "fit-philosophy", which is not in the file' },
    ]);
  });
});

describe('references resolve (SPEC §5)', () => {
  it('for every id a score refers to', () => {
    expect(errorsAfter((a) => a.scores.push(score('initech', 'sec-encryption', 'ana', 3)))).toEqual([
      { path: 'assessment.scores[13].vendorId', message: 'refers to vendor "initech", which is not in the file' },
    ]);
    expect(errorsAfter((a) => a.scores.push(score('contoso', 'sla', 'ana', 3)))).toEqual([
      { path: 'assessment.scores[13].criterionId', message: 'refers to criterion "sla", which is not in the file' },
    ]);
    expect(errorsAfter((a) => a.scores.push(score('contoso', 'sec-encryption', 'cleo', 3)))).toEqual([
      { path: 'assessment.scores[13].evaluatorId', message: 'refers to evaluator "cleo", which is not in the file' },
    ]);
  });

  it("for a pilot's vendor and a measurement's KPI (within its pilot)", () => {
    expect(errorsAfter((a) => (a.pilots[0].vendorId = 'initech'))).toEqual([
      { path: 'assessment.pilots[0].vendorId', message: 'refers to vendor "initech", which is not in the file' },
    ]);
    expect(errorsAfter((a) => (a.pilots[0].measurements[8].kpiId = 'nps'))).toEqual([
      { path: 'assessment.pilots[0].measurements[8].kpiId', message: 'refers to KPI "nps", which is not in this pilot' },
    ]);
  });

  it('does not blame the references when the thing they point to is itself broken', () => {
    expect(errorsAfter((a) => (a.vendors[0].name = ''))).toEqual([{ path: 'assessment.vendors[0].name', message: 'must not be empty' }]);
    expect(errorsAfter((a) => (a.evaluators[1].id = 'ben smith'))).toHaveLength(1);
    expect(errorsAfter((a) => (a.evaluators = 'ana, ben'))).toEqual([{ path: 'assessment.evaluators', message: 'must be a list' }]);
  });
});

describe('scores (SPEC §5)', () => {
  it('at most one per vendor, criterion and evaluator', () => {
    expect(errorsAfter((a) => a.scores.push(score('contoso', 'sec-attestation', 'ben', 4)))).toEqual([
      {
        path: 'assessment.scores[13]',
        message: 'is a second score for vendor "contoso", criterion "sec-attestation" and evaluator "ben" (the first is assessment.scores[7])',
      },
    ]);
  });

  it('values inside the scale; null means no score', () => {
    expect(errorsAfter((a) => (a.scores[12].value = 7))).toEqual([
      { path: 'assessment.scores[12].value', message: '7 is outside the scale 0–5' },
    ]);
    expect(errorsAfter((a) => (a.scores[0].value = -0.5))[0].message).toBe('-0.5 is outside the scale 0–5');
    expect(errorsAfter((a) => (a.scores[0].value = null))).toEqual([]);
    expect(errorsAfter((a) => (a.scores[0].value = 5))).toEqual([]);
  });

  it('a scale whose max is above its min', () => {
    expect(errorsAfter((a) => (a.scale = { min: 5, max: 5 }))).toEqual([
      { path: 'assessment.scale.max', message: "must be greater than the scale's min 5 (got 5)" },
    ]);
  });
});

describe('must-have criteria (SPEC §5)', () => {
  it('need a numeric minScore', () => {
    expect(errorsAfter((a) => (a.categories[0].criteria[0].minScore = null))).toEqual([
      {
        path: 'assessment.categories[0].criteria[0].minScore',
        message: 'a must-have criterion needs a minimum score (a number inside the scale 0–5)',
      },
    ]);
    expect(errorsAfter((a) => delete a.categories[0].criteria[0].minScore)[0].path).toBe('assessment.categories[0].criteria[0].minScore');
  });

  it('inside the scale', () => {
    expect(errorsAfter((a) => (a.categories[0].criteria[0].minScore = 6))).toEqual([
      { path: 'assessment.categories[0].criteria[0].minScore', message: '6 is outside the scale 0–5' },
    ]);
  });

  it('while other criteria may leave minScore null', () => {
    expect(errorsAfter((a) => (a.categories[0].criteria[0].mustHave = false))).toEqual([]);
  });
});

describe('KPIs and pilots (SPEC §5)', () => {
  it('target on the better side of the threshold', () => {
    expect(errorsAfter((a) => (a.pilots[0].kpis[0].target = 75))).toEqual([
      { path: 'assessment.pilots[0].kpis[0].target', message: 'must be ≥ threshold 80 for a higher-is-better KPI (got 75)' },
    ]);
    expect(errorsAfter((a) => (a.pilots[0].kpis[2].target = 500))).toEqual([
      { path: 'assessment.pilots[0].kpis[2].target', message: 'must be ≤ threshold 480 for a lower-is-better KPI (got 500)' },
    ]);
    expect(errorsAfter((a) => (a.pilots[0].kpis[0].target = 80))).toEqual([]);
  });

  it('a weighted higher-is-better KPI has a target above 0', () => {
    expect(errorsAfter((a) => Object.assign(a.pilots[0].kpis[1], { threshold: -10, target: 0 }))).toEqual([
      { path: 'assessment.pilots[0].kpis[1].target', message: 'must be greater than 0 for a weighted higher-is-better KPI (got 0)' },
    ]);
    expect(errorsAfter((a) => Object.assign(a.pilots[0].kpis[1], { threshold: -10, target: 0, weight: 0 }))).toEqual([]);
  });

  it('start on or before end', () => {
    expect(errorsAfter((a) => (a.pilots[0].end = '2027-01-03'))).toEqual([
      { path: 'assessment.pilots[0].end', message: '2027-01-03 is before the start 2027-01-04' },
    ]);
    expect(errorsAfter((a) => (a.pilots[0].end = '2027-01-04'))).toEqual([]);
  });
});
