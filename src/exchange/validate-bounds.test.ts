// What the importer refuses beyond the schema (domain/bounds.ts): names of only spaces, an assessment
// without evaluators (SPEC §2), and finite numbers so large that the formulas of SPEC §3, §4 and §9
// overflow. Each refusal names its place; the largest accepted values still compute finite results.
import { describe, expect, it } from 'vitest';
import { MAX_PRICE, MAX_SAMPLE_SIZE, MEASUREMENT_LIMIT, SCALE_LIMIT } from '../domain/bounds';
import { evaluatePilot } from '../domain/pilot';
import { measurementsOf } from '../domain/pilot-rows';
import { rowsFromMeasurements } from '../domain/pilot-rows-build';
import { qualityPrice } from '../domain/robustness/value-for-money';
import { rankVendors } from '../domain/scoring';
import type { Assessment } from '../domain/types';
import { importAssessmentText } from './import';
import { type Json, minimalDoc, smallDoc } from './test-documents';
import { validateEnvelope } from './validate';

function messagesOf(doc: Json): string[] {
  const result = validateEnvelope(doc, { now: '2026-12-01T00:00:00.000Z' });
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

/** The worked example with one edit: the messages it gets. */
function refusal(edit: (a: Json) => void): string[] {
  const doc = smallDoc();
  edit(doc.assessment);
  return messagesOf(doc);
}

function accepted(edit: (a: Json) => void): Assessment {
  const doc = smallDoc();
  edit(doc.assessment);
  const result = validateEnvelope(doc);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.assessment;
}

describe('validateEnvelope: blank names', () => {
  it('refuses a name of only spaces wherever a name is required, each with its place', () => {
    const doc = minimalDoc();
    const a = doc.assessment;
    a.name = '   ';
    a.categories[0].name = ' ';
    a.categories[0].criteria[0].name = '\t';
    a.vendors[0].name = '  ';
    a.evaluators[0].name = '\u00a0';
    a.pilots[0].name = ' \n ';
    a.pilots[0].kpis[0].name = '  ';
    expect(messagesOf(doc)).toEqual([
      'assessment.name: must not be blank',
      'assessment.categories[0].name: must not be blank',
      'assessment.categories[0].criteria[0].name: must not be blank',
      'assessment.vendors[0].name: must not be blank',
      'assessment.evaluators[0].name: must not be blank',
      'assessment.pilots[0].name: must not be blank',
      'assessment.pilots[0].kpis[0].name: must not be blank',
    ]);
  });

  it('says which vendor of many, and still says "empty" for an empty name', () => {
    expect(refusal((a) => (a.vendors[2].name = '    '))).toEqual(['assessment.vendors[2].name: must not be blank']);
    expect(refusal((a) => (a.vendors[2].name = ''))).toEqual(['assessment.vendors[2].name: must not be empty']);
  });

  it('keeps a name with spaces around it exactly as written (nothing in the file is changed)', () => {
    expect(accepted((a) => (a.vendors[0].name = '  Northwind  ')).vendors[0].name).toBe('  Northwind  ');
  });
});

describe('validateEnvelope: at least one evaluator (SPEC §2)', () => {
  it('refuses an empty evaluators list', () => {
    expect(refusal((a) => {
      a.evaluators = [];
      a.scores = [];
    })).toEqual(['assessment.evaluators: must list at least one evaluator']);
  });

  it('reports the scores that name a missing evaluator as well', () => {
    const messages = refusal((a) => (a.evaluators = []));
    expect(messages[0]).toBe('assessment.evaluators: must list at least one evaluator');
    expect(messages[1]).toMatch(/^assessment\.scores\[0\]\.evaluatorId: refers to evaluator /);
  });
});

describe('validateEnvelope: numbers whose arithmetic would overflow', () => {
  it('without the bounds, a scale of ±1e308 gives every vendor a NaN total (shown as "—")', () => {
    const a = accepted(() => {});
    expect(rankVendors({ ...a, scale: { min: -1e308, max: 1e308 } }).map((v) => v.total)).toEqual([NaN, NaN, NaN]);
  });

  it(`refuses scale ends beyond ±${SCALE_LIMIT}, naming each`, () => {
    expect(refusal((a) => (a.scale = { min: -1e308, max: 1e308 }))).toEqual([
      'assessment.scale.min: must be ≥ -1000000 (got -1e+308)',
      'assessment.scale.max: must be ≤ 1000000 (got 1e+308)',
    ]);
    expect(refusal((a) => (a.scale = { min: 0, max: SCALE_LIMIT + 1 }))).toEqual(['assessment.scale.max: must be ≤ 1000000 (got 1000001)']);
  });

  it('ranks with finite totals on the widest scale it accepts', () => {
    const a = accepted((doc) => (doc.scale = { min: -SCALE_LIMIT, max: SCALE_LIMIT }));
    for (const vendor of rankVendors(a)) expect(Number.isFinite(vendor.total)).toBe(true);
  });

  it('ranks with finite totals when every weight is at the schema maximum (weights beyond it are refused)', () => {
    const a = accepted((doc) => {
      for (const k of doc.categories) {
        k.weight = 1_000_000;
        for (const c of k.criteria) c.weight = 1_000_000;
      }
    });
    for (const vendor of rankVendors(a)) expect(Number.isFinite(vendor.total)).toBe(true);
    expect(refusal((doc) => (doc.categories[0].weight = 1e308))).toEqual(['assessment.categories[0].weight: must be ≤ 1000000 (got 1e+308)']);
  });

  it(`refuses a price above ${MAX_PRICE}, which would make price points Infinity`, () => {
    const big = { amount: 1e307, currency: 'EUR', per: 'hour' };
    const group = { currency: 'EUR', per: 'hour' as const, vendors: [1e308, 1e307].map((price, i) => ({ vendorId: `v${i}`, name: `v${i}`, total: 70, price, efficient: true, dominatedBy: [] })) };
    expect(qualityPrice(group, 0.5).every((row) => Number.isFinite(row.combined))).toBe(false);
    expect(refusal((a) => (a.vendors[1].price = big))).toEqual(['assessment.vendors[1].price.amount: must be ≤ 1000000000 (got 1e+307)']);
    const priced = accepted((a) => {
      a.vendors[0].price = { amount: MAX_PRICE, currency: 'EUR', per: 'hour' };
      a.vendors[1].price = { amount: 0.01, currency: 'EUR', per: 'hour' };
    });
    const vendors = rankVendors(priced).flatMap((v) => {
      const price = priced.vendors.find((x) => x.id === v.vendorId)?.price;
      return price ? [{ vendorId: v.vendorId, name: v.name, total: v.total ?? 0, price: price.amount, efficient: true, dominatedBy: [] }] : [];
    });
    expect(vendors).toHaveLength(2);
    expect(qualityPrice({ currency: 'EUR', per: 'hour', vendors }, 0.5).every((row) => Number.isFinite(row.combined))).toBe(true);
  });

  it('refuses measurement values beyond ±10^12 and n beyond 2^53 − 1, which overflow the pilot figures', () => {
    const pilot = accepted(() => {}).pilots[0];
    const overflowing = { ...pilot, measurements: rowsFromMeasurements(measurementsOf(pilot.measurements).map((m) => ({ ...m, n: 1e308 }))) };
    expect(() => evaluatePilot(overflowing)).toThrow(RangeError);
    expect(refusal((a) => {
      a.pilots[0].measurements[0].value = 1e308;
      a.pilots[0].measurements[1].value = -1e13;
      a.pilots[0].measurements[2].n = 1e308;
    })).toEqual([
      'assessment.pilots[0].measurements[0].value: must be ≤ 1000000000000 (got 1e+308)',
      'assessment.pilots[0].measurements[1].value: must be ≥ -1000000000000 (got -10000000000000)',
      'assessment.pilots[0].measurements[2].n: must be ≤ 9007199254740991 (got 1e+308)',
    ]);
  });

  it('evaluates a pilot whose measurements are all at the largest accepted value and n', () => {
    const a = accepted((doc) => {
      for (const m of doc.pilots[0].measurements) {
        m.value = MEASUREMENT_LIMIT;
        m.n = MAX_SAMPLE_SIZE;
      }
    });
    const evaluation = evaluatePilot(a.pilots[0]);
    expect(Number.isFinite(evaluation.scorecard)).toBe(true);
    for (const kpi of evaluation.kpis) expect(Number.isFinite(kpi.value)).toBe(true);
  });

  it('refuses a huge scale in text as the CLI and the app read it', () => {
    const text = JSON.stringify(smallDoc()).replace('"scale":{"min":0,"max":5}', '"scale":{"min":0,"max":1e308}');
    expect(text).toContain('1e308');
    const result = importAssessmentText(text, { now: '2026-12-01T00:00:00.000Z' });
    expect(result.ok ? [] : result.errors).toEqual([{ path: 'assessment.scale.max', message: 'must be ≤ 1000000 (got 1e+308)' }]);
  });
});
