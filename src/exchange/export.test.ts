import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowsFromMeasurements } from '../domain/pilot-rows-build';
import type { Assessment } from '../domain/types';
import { canonicalMeasurements, canonicalScores, exportAssessment, exportFileName } from './export';
import { EXAMPLE_NAMES, exampleText, imported, type Json } from './test-documents';

const T1 = '2026-11-22T10:00:00.000Z';
const T2 = '2027-03-01T12:30:00.000Z';

describe('exportAssessment round trip (SPEC §5)', () => {
  it.each(EXAMPLE_NAMES)('%s: export → import → export gives the same text apart from exportedAt', (name) => {
    const first = exportAssessment(imported(exampleText(name)), T1);
    const second = exportAssessment(imported(first), T2);
    expect(second).not.toBe(first);
    expect(second.replace(T2, T1)).toBe(first);
    expect(JSON.parse(second).exportedAt).toBe(T2);
  });

  it('re-exports the kept v2 fixture byte for byte', () => {
    const text = readFileSync(new URL('./fixtures/assessment-v2.json', import.meta.url), 'utf8');
    expect(exportAssessment(imported(text), '2027-05-02T09:00:00.000Z') + '\n').toBe(text);
  });

  it('exports the kept v1 fixture as version 2 with no contracts, everything else as it was', () => {
    const text = readFileSync(new URL('./fixtures/assessment-v1.json', import.meta.url), 'utf8');
    const v1 = JSON.parse(text);
    const expected = { ...v1, version: 2, assessment: { ...v1.assessment, contracts: [] } };
    expect(exportAssessment(imported(text), v1.exportedAt)).toBe(JSON.stringify(expected, null, 2));
  });
});

describe('exportAssessment layout', () => {
  const fixture = JSON.parse(readFileSync(new URL('./fixtures/assessment-v2.json', import.meta.url), 'utf8'));
  const out: Json = JSON.parse(exportAssessment(imported(JSON.stringify(fixture)), T1));
  const a = out.assessment;

  it('writes the envelope first, 2-space indented', () => {
    const text = exportAssessment(imported(JSON.stringify(fixture)), T1);
    expect(text.startsWith('{\n  "format": "bpo-workbench/assessment",\n  "version": 2,\n  "exportedAt": "2026-11-22T10:00:00.000Z",\n  "assessment": {\n    "id": "demo-small",')).toBe(true);
  });

  it("keeps the schema's key order for every kind of object", () => {
    expect(Object.keys(out)).toEqual(['format', 'version', 'exportedAt', 'assessment']);
    expect(Object.keys(a)).toEqual([
      'id', 'name', 'description', 'sector', 'createdAt', 'updatedAt', 'scale', 'categories', 'vendors', 'evaluators', 'scores', 'pilots',
      'contracts',
    ]);
    expect(Object.keys(a.categories[0])).toEqual(['id', 'name', 'weight', 'criteria']);
    expect(Object.keys(a.categories[0].criteria[0])).toEqual(['id', 'name', 'guidance', 'weight', 'mustHave', 'minScore']);
    expect(Object.keys(a.vendors[0])).toEqual(['id', 'name', 'status', 'website', 'headquarters', 'notes', 'price']);
    expect(Object.keys(a.vendors[0].price)).toEqual(['amount', 'currency', 'per']);
    expect(Object.keys(a.evaluators[0])).toEqual(['id', 'name', 'role']);
    expect(Object.keys(a.scores[0])).toEqual(['vendorId', 'criterionId', 'evaluatorId', 'value', 'note', 'updatedAt']);
    const pilot = a.pilots[0];
    expect(Object.keys(pilot)).toEqual(['id', 'name', 'vendorId', 'start', 'end', 'goScore', 'noGoScore', 'kpis', 'measurements', 'decisions']);
    expect(Object.keys(pilot.kpis[0])).toEqual([
      'id', 'name', 'unit', 'direction', 'threshold', 'target', 'weight', 'gate', 'aggregate', 'proportion',
    ]);
    expect(Object.keys(pilot.measurements[0])).toEqual(['kpiId', 'date', 'value', 'n', 'note']);
    expect(Object.keys(pilot.decisions[0])).toEqual(['at', 'outcome', 'by', 'rationale']);
  });

  it('omits optional fields that are absent, keeps required nulls', () => {
    expect(Object.keys(a.categories[0].criteria[1])).toEqual(['id', 'name', 'weight', 'mustHave', 'minScore']);
    expect(a.categories[0].criteria[1].minScore).toBeNull();
    expect(Object.keys(a.vendors[1])).toEqual(['id', 'name', 'status']);
    expect(Object.keys(a.scores[1])).toEqual(['vendorId', 'criterionId', 'evaluatorId', 'value']);
  });

  it('never writes fields the format does not have', () => {
    const assessment = imported(JSON.stringify(fixture)) as Assessment & Json;
    assessment.selected = true;
    (assessment.vendors[0] as Json).dirty = true;
    const text = exportAssessment(assessment, T1);
    expect(text).not.toContain('selected"');
    expect(text).not.toContain('dirty');
  });
});

describe('decision log fields (computed, corrects)', () => {
  const computed = { decision: 'go' as const, scorecard: 98.18181818181819, coverage: 1, reasons: ['GO: Scorecard 98.2 is at or above the GO line of 90 (coverage 100 %)'] };

  function withLog(): Assessment {
    const a = imported(exampleText('small-assessment'));
    a.pilots[0].decisions = [
      { at: '2027-02-01T09:00:00.000Z', outcome: 'extend', rationale: 'Wait', computed: { ...computed, scorecard: null, coverage: 0 } },
      { at: '2027-02-02T09:00:00.000Z', outcome: 'go', by: 'Ana', rationale: 'Agreed GO', computed, corrects: '2027-02-01T09:00:00.000Z' },
    ];
    return a;
  }

  it('writes computed and corrects after the v1 fields, in a fixed key order', () => {
    const decisions = JSON.parse(exportAssessment(withLog(), T1)).assessment.pilots[0].decisions;
    expect(Object.keys(decisions[0])).toEqual(['at', 'outcome', 'rationale', 'computed']);
    expect(Object.keys(decisions[1])).toEqual(['at', 'outcome', 'by', 'rationale', 'computed', 'corrects']);
    expect(Object.keys(decisions[1].computed)).toEqual(['decision', 'scorecard', 'coverage', 'reasons']);
    expect(decisions[0].computed.scorecard).toBeNull();
    expect(decisions[1].computed.scorecard).toBe(98.18181818181819);
  });

  it('survives export → import → export unchanged', () => {
    const first = exportAssessment(withLog(), T1);
    const again = imported(first);
    expect(again.pilots[0].decisions).toEqual(withLog().pilots[0].decisions);
    expect(exportAssessment(again, T1)).toBe(first);
  });

  it('never writes fields a stored computed decision does not have', () => {
    const a = withLog();
    (a.pilots[0].decisions[1].computed as unknown as Json).kpis = [1, 2];
    expect(JSON.parse(exportAssessment(a, T1)).assessment.pilots[0].decisions[1].computed).not.toHaveProperty('kpis');
  });
});

describe('canonical order', () => {
  const a = imported(exampleText('small-assessment'));

  it('sorts scores by vendor, then checklist criterion, then evaluator; unknown ids last', () => {
    const shuffled = [...a.scores].reverse();
    shuffled.splice(3, 0, { vendorId: 'ghost', criterionId: 'sec-attestation', evaluatorId: 'ana', value: 1 });
    const sorted = canonicalScores({ ...a, scores: shuffled });
    expect(sorted.slice(0, 6).map((s) => `${s.criterionId}/${s.evaluatorId}`)).toEqual([
      'sec-attestation/ana', 'sec-attestation/ben', 'sec-encryption/ana', 'fit-philosophy/ana', 'fit-philosophy/ben', 'tech-integration/ana',
    ]);
    expect(sorted.map((s) => s.vendorId)).toEqual([
      ...Array(6).fill('northwind'), ...Array(5).fill('contoso'), 'fabrikam', 'fabrikam', 'ghost',
    ]);
  });

  it('groups measurements by KPI order and keeps their order within a KPI', () => {
    const pilot = a.pilots[0];
    const mixed = [
      { kpiId: 'backlog', date: '2027-01-17', value: 90 },
      { kpiId: 'csat', date: '2027-01-17', value: 88 },
      { kpiId: 'backlog', date: '2027-01-17', value: 95 },
      { kpiId: 'csat', date: '2027-01-10', value: 84 },
      { kpiId: 'aht', date: '2027-01-10', value: 450 },
    ];
    expect(canonicalMeasurements({ kpis: pilot.kpis, measurements: rowsFromMeasurements(mixed) }).map((m) => `${m.kpiId}:${m.value}`)).toEqual([
      'csat:88', 'csat:84', 'aht:450', 'backlog:90', 'backlog:95',
    ]);
  });

  it('makes the export independent of the order scores were entered in', () => {
    const reordered = { ...a, scores: [...a.scores].reverse() };
    expect(exportAssessment(reordered, T1)).toBe(exportAssessment(a, T1));
  });
});

describe('exportFileName', () => {
  it('is the slug of the name and the export day', () => {
    expect(exportFileName({ name: 'Tier-1 support outsourcing (worked example)' }, '2026-11-22T09:00:00.000Z')).toBe(
      'tier-1-support-outsourcing-worked-example-2026-11-22.json',
    );
    expect(exportFileName({ name: 'Sélection BPO — Café' }, '2027-01-05T00:00:00Z')).toBe('selection-bpo-cafe-2027-01-05.json');
    expect(exportFileName({ name: '!!!' }, '2027-01-05T00:00:00Z')).toBe('assessment-2027-01-05.json');
    expect(exportFileName({ name: 'Customer service partner selection for the Nordic region and Baltics' }, '2027-01-05')).toBe(
      'customer-service-partner-selection-for-the-nordic-region-and-2027-01-05.json',
    );
    expect(exportFileName({ name: 'x' })).toMatch(/^x-\d{4}-\d{2}-\d{2}\.json$/);
  });
});
