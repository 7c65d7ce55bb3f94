import { describe, expect, it } from 'vitest';
import { rowAt } from '../domain/pilot-rows';
import { formatImportErrors, type ImportError } from './envelope';
import { importAssessmentText } from './import';
import { deepArrayText, type Json, minimalDoc, smallDoc } from './test-documents';
import { validateAssessment, validateEnvelope } from './validate';

function errorsOf(doc: unknown): ImportError[] {
  const result = validateEnvelope(doc, { now: '2026-12-01T00:00:00.000Z' });
  return result.ok ? [] : result.errors;
}

/** Breaks a fresh copy of the worked example and expects exactly one error. */
function onlyError(edit: (a: Json) => void): ImportError {
  const doc = smallDoc();
  edit(doc.assessment);
  const errors = errorsOf(doc);
  expect(errors).toHaveLength(1);
  return errors[0];
}

describe('validateEnvelope: valid files', () => {
  it('accepts the worked example and returns its content', () => {
    const result = validateEnvelope(smallDoc());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessment.id).toBe('demo-small');
    expect(result.assessment.scores).toHaveLength(13);
    expect(rowAt(result.assessment.pilots[0].measurements, 4)).toEqual({ kpiId: 'fcr', date: '2027-01-17', value: 74 });
  });

  it('fills every default of the schema', () => {
    const result = validateEnvelope(minimalDoc());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.assessment;
    expect(a.categories[0].criteria[0]).toEqual({ id: 'c1', name: 'Accuracy', weight: 1, mustHave: false, minScore: null });
    expect(a.vendors[0]).toEqual({ id: 'v1', name: 'Vendor one', status: 'candidate' });
    const pilot = a.pilots[0];
    expect([pilot.goScore, pilot.noGoScore, pilot.decisions]).toEqual([90, 75, []]);
    expect(pilot.kpis[0]).toMatchObject({ gate: false, aggregate: 'mean', proportion: false });
    expect([a.createdAt, a.updatedAt]).toEqual(['2026-11-22T09:00:00.000Z', '2026-11-22T09:00:00.000Z']);
  });

  it('dates a file without exportedAt with the given now, or the current time', () => {
    const doc = minimalDoc();
    delete doc.exportedAt;
    const withNow = validateEnvelope(doc, { now: '2026-12-01T10:00:00.000Z' });
    expect(withNow.ok && withNow.assessment.createdAt).toBe('2026-12-01T10:00:00.000Z');
    const withoutNow = validateEnvelope(doc);
    expect(withoutNow.ok && withoutNow.assessment.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('keeps times the file has, and accepts RFC 3339 offsets', () => {
    const doc = minimalDoc();
    doc.assessment.createdAt = '2026-11-01T08:00:00+01:00';
    doc.assessment.updatedAt = '2026-11-02T08:00:00Z';
    const result = validateEnvelope(doc);
    expect(result.ok && [result.assessment.createdAt, result.assessment.updatedAt]).toEqual([
      '2026-11-01T08:00:00+01:00',
      '2026-11-02T08:00:00Z',
    ]);
  });

  it('validates a bare assessment with paths under "assessment"', () => {
    const result = validateAssessment({ ...smallDoc().assessment, name: '' }, { now: '2026-12-01T00:00:00Z' });
    expect(result).toEqual({ ok: false, errors: [{ path: 'assessment.name', message: 'must not be empty' }] });
  });
});

describe('validateEnvelope: structural rules, each with its place', () => {
  it('reports a missing required field', () => {
    expect(onlyError((a) => delete a.categories[0].criteria[1].weight)).toEqual({
      path: 'assessment.categories[0].criteria[1].weight',
      message: 'is required',
    });
  });

  it('refuses a number written as text, "NaN" included', () => {
    expect(onlyError((a) => (a.categories[1].criteria[0].weight = '1'))).toEqual({
      path: 'assessment.categories[1].criteria[0].weight',
      message: 'must be a number',
    });
    expect(onlyError((a) => (a.pilots[0].kpis[2].threshold = 'NaN'))).toEqual({
      path: 'assessment.pilots[0].kpis[2].threshold',
      message: 'must be a number',
    });
    expect(onlyError((a) => (a.scores[3].value = 'NaN'))).toEqual({
      path: 'assessment.scores[3].value',
      message: 'must be a number or null',
    });
  });

  it('refuses NaN and Infinity handed over by code', () => {
    expect(onlyError((a) => (a.categories[0].weight = Number.NaN)).message).toBe('must be a finite number (got NaN)');
    expect(onlyError((a) => (a.pilots[0].measurements[1].value = Infinity))).toEqual({
      path: 'assessment.pilots[0].measurements[1].value',
      message: 'must be a finite number (got Infinity)',
    });
  });

  it('checks ids against the id pattern', () => {
    expect(onlyError((a) => (a.evaluators[1].id = 'ben smith'))).toEqual({
      path: 'assessment.evaluators[1].id',
      message: '"ben smith" is not a valid id: use 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit',
    });
    expect(onlyError((a) => (a.id = '-x')).path).toBe('assessment.id');
    expect(onlyError((a) => (a.id = 'x'.repeat(65))).path).toBe('assessment.id');
  });

  it('checks text lengths in characters', () => {
    expect(onlyError((a) => (a.vendors[2].name = ''))).toEqual({ path: 'assessment.vendors[2].name', message: 'must not be empty' });
    expect(onlyError((a) => (a.vendors[2].name = 'n'.repeat(201))).message).toBe('is too long (201 characters; at most 200)');
    expect(onlyError((a) => (a.sector = 's'.repeat(101))).path).toBe('assessment.sector');
    // 200 emoji are 400 UTF-16 units but 200 characters: allowed.
    expect(errorsOf({ ...smallDoc(), assessment: { ...smallDoc().assessment, name: '🙂'.repeat(200) } })).toEqual([]);
  });

  it('checks enums and says what is allowed', () => {
    expect(onlyError((a) => (a.vendors[0].status = 'maybe'))).toEqual({
      path: 'assessment.vendors[0].status',
      message: 'must be one of candidate, shortlisted, rejected, selected (got "maybe")',
    });
    expect(onlyError((a) => (a.pilots[0].kpis[3].aggregate = 'median')).message).toBe(
      'must be one of mean, last, sum, min, max (got "median")',
    );
  });

  it('checks date patterns and real calendar dates', () => {
    expect(onlyError((a) => (a.pilots[0].start = '2027/01/04'))).toEqual({
      path: 'assessment.pilots[0].start',
      message: '"2027/01/04" is not a date in the form YYYY-MM-DD',
    });
    expect(onlyError((a) => (a.pilots[0].measurements[2].date = '2027-02-29'))).toEqual({
      path: 'assessment.pilots[0].measurements[2].date',
      message: '"2027-02-29" is not a real calendar date',
    });
    expect(onlyError((a) => (a.updatedAt = '2026-13-01T00:00:00Z'))).toEqual({
      path: 'assessment.updatedAt',
      message: '"2026-13-01T00:00:00Z" is not a date and time like 2026-11-22T09:00:00Z',
    });
    expect(onlyError((a) => (a.createdAt = '2026-11-01T24:00:00Z')).path).toBe('assessment.createdAt');
  });

  it('accepts 29 February in a leap year', () => {
    const doc = smallDoc();
    doc.assessment.pilots[0].end = '2028-02-29';
    expect(errorsOf(doc)).toEqual([]);
  });

  it('checks integers and minimums', () => {
    expect(onlyError((a) => (a.scale.min = 0.5))).toEqual({ path: 'assessment.scale.min', message: 'must be a whole number (got 0.5)' });
    expect(onlyError((a) => (a.pilots[0].measurements[1].n = 1.5)).message).toBe('must be a whole number (got 1.5)');
    expect(onlyError((a) => (a.pilots[0].measurements[1].n = 0)).message).toBe('must be ≥ 1 (got 0)');
    expect(onlyError((a) => (a.categories[2].weight = -1))).toEqual({ path: 'assessment.categories[2].weight', message: 'must be ≥ 0 (got -1)' });
    expect(onlyError((a) => (a.pilots[0].goScore = 130))).toEqual({ path: 'assessment.pilots[0].goScore', message: 'must be ≤ 120 (got 130)' });
  });

  it('checks booleans, objects and lists', () => {
    expect(onlyError((a) => (a.categories[0].criteria[0].mustHave = 'yes')).message).toBe('must be true or false');
    expect(onlyError((a) => (a.scale = [0, 5]))).toEqual({ path: 'assessment.scale', message: 'must be an object' });
    expect(onlyError((a) => (a.evaluators = { ana: 'Ana' }))).toEqual({ path: 'assessment.evaluators', message: 'must be a list' });
    expect(onlyError((a) => (a.scores[0] = 'northwind,sec-attestation,ana,4'))).toEqual({ path: 'assessment.scores[0]', message: 'must be an object' });
  });

  it('checks maxItems', () => {
    expect(
      onlyError((a) => a.categories.push(...Array.from({ length: 98 }, (_, i) => ({ id: `k${i}`, name: 'K', weight: 1, criteria: [] })))),
    ).toEqual({ path: 'assessment.categories', message: 'has 101 items; at most 100 are allowed' });
  });

  it('checks a vendor price', () => {
    expect(onlyError((a) => (a.vendors[0].price = { amount: 30, currency: 'eur', per: 'hour' }))).toEqual({
      path: 'assessment.vendors[0].price.currency',
      message: '"eur" is not a currency code: use 3 capital letters, e.g. EUR',
    });
    expect(onlyError((a) => (a.vendors[0].price = { amount: 30, currency: 'EUR' })).path).toBe('assessment.vendors[0].price.per');
  });

  it('checks the envelope constants', () => {
    const doc = smallDoc();
    doc.format = 'other';
    doc.version = 3;
    expect(errorsOf(doc)).toEqual([
      { path: 'format', message: 'must be "bpo-workbench/assessment"' },
      { path: 'version', message: 'must be 2' },
    ]);
    expect(errorsOf({ ...smallDoc(), assessment: undefined })).toEqual([{ path: 'assessment', message: 'is required' }]);
    expect(errorsOf({ ...smallDoc(), exportedAt: 'today' })).toEqual([
      { path: 'exportedAt', message: '"today" is not a date and time like 2026-11-22T09:00:00Z' },
    ]);
    expect(errorsOf([smallDoc()])).toEqual([
      { path: '', message: 'This is not a BPO workbench assessment file (no "format": "bpo-workbench/assessment")' },
    ]);
  });

  it('lists 20 errors of a badly broken file, then how many more', () => {
    const doc = smallDoc();
    doc.assessment.vendors = Array.from({ length: 30 }, (_, i) => ({ id: `v${i}`, name: `V${i}`, status: 'maybe' }));
    doc.assessment.scores = [];
    doc.assessment.pilots = [];
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(30);
    const lines = formatImportErrors(errors).split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[19]).toBe('assessment.vendors[19].status: must be one of candidate, shortlisted, rejected, selected (got "maybe")');
    expect(lines[20]).toBe('… and 10 more');
  });
});

describe('validateEnvelope: never trusts the file', () => {
  it('ignores unknown fields and never copies them', () => {
    const doc = smallDoc();
    doc.assessment.theme = 'dark';
    doc.assessment.vendors[0].rating = 5;
    const result = validateEnvelope(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.assessment)).not.toContain('theme');
    expect(Object.keys(result.assessment.vendors[0])).toEqual(['id', 'name', 'status']);
  });

  it('does not let __proto__ or constructor keys reach any object', () => {
    const doc = JSON.stringify(smallDoc())
      .replace('"assessment":{', '"assessment":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},')
      .replace('"vendors":[{', '"vendors":[{"__proto__":{"polluted":3},');
    const result = importAssessmentText(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.hasOwn(result.assessment, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(result.assessment.vendors[0])).toBe(Object.prototype);
    expect((result.assessment.vendors[0] as Json).polluted).toBeUndefined();
  });

  it('survives 100,000 levels of nesting in an unknown field', () => {
    const text = JSON.stringify(smallDoc()).replace('"assessment":{', `"assessment":{"extra":${deepArrayText(100_000)},`);
    const result = importAssessmentText(text);
    expect(result.ok).toBe(true);
  });

  it('survives 100,000 levels of nesting where a score should be', () => {
    const text = JSON.stringify(smallDoc()).replace('"scores":[', `"scores":[${deepArrayText(100_000)},`);
    const result = importAssessmentText(text);
    expect(result).toEqual({ ok: false, errors: [{ path: 'assessment.scores[0]', message: 'must be an object' }] });
  });

  it('survives deep objects where text should be', () => {
    const deep = '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000);
    const text = JSON.stringify(smallDoc()).replace('"name":"Northwind Contact"', `"name":${deep}`);
    const result = importAssessmentText(text);
    expect(result).toEqual({ ok: false, errors: [{ path: 'assessment.vendors[0].name', message: 'must be text' }] });
  });
});
