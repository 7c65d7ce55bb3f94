// The decision log's extension fields (SPEC §4: what the data said when a decision was recorded, and
// which earlier entry a correction corrects): read when present, left out when absent, checked with places.
import { describe, expect, it } from 'vitest';
import type { ImportError } from './envelope';
import { type Json, minimalDoc, smallDoc } from './test-documents';
import { validateEnvelope } from './validate';

function errorsOf(doc: unknown): ImportError[] {
  const result = validateEnvelope(doc, { now: '2026-12-01T00:00:00.000Z' });
  return result.ok ? [] : result.errors;
}

describe('validateEnvelope: decision log fields (computed, corrects)', () => {
  const computed = { decision: 'go', scorecard: 98.18, coverage: 1, reasons: ['GO: Scorecard 98.2 is at or above the GO line of 90'] };
  function withDecisions(): Json {
    const doc = smallDoc();
    doc.assessment.pilots[0].decisions = [
      { at: '2027-02-01T09:00:00.000Z', outcome: 'extend', rationale: 'Wait', computed },
      { at: '2027-02-02T09:00:00.000Z', outcome: 'go', by: 'Ana', rationale: 'Agreed GO', computed: { ...computed, scorecard: null }, corrects: '2027-02-01T09:00:00.000Z' },
    ];
    return doc;
  }

  it('reads both, and leaves them out when absent', () => {
    const result = validateEnvelope(withDecisions());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second] = result.assessment.pilots[0].decisions;
    expect(first).toEqual({ at: '2027-02-01T09:00:00.000Z', outcome: 'extend', rationale: 'Wait', computed });
    expect(second.computed?.scorecard).toBeNull();
    expect(second.corrects).toBe('2027-02-01T09:00:00.000Z');
    const plain = validateEnvelope(minimalDoc());
    expect(plain.ok && plain.assessment.pilots[0].decisions).toEqual([]);
  });

  it('reports each wrong field with its place', () => {
    const doc = withDecisions();
    const [d0, d1] = doc.assessment.pilots[0].decisions;
    d0.computed = { decision: 'maybe', scorecard: '98', coverage: 1.5, reasons: ['ok', 7] };
    d1.corrects = 'yesterday';
    expect(errorsOf(doc)).toEqual([
      { path: 'assessment.pilots[0].decisions[0].computed.decision', message: 'must be one of go, no-go, extend (got "maybe")' },
      { path: 'assessment.pilots[0].decisions[0].computed.scorecard', message: 'must be a number or null' },
      { path: 'assessment.pilots[0].decisions[0].computed.coverage', message: 'must be ≤ 1 (got 1.5)' },
      { path: 'assessment.pilots[0].decisions[0].computed.reasons[1]', message: 'must be text' },
      { path: 'assessment.pilots[0].decisions[1].corrects', message: '"yesterday" is not a date and time like 2026-11-22T09:00:00Z' },
    ]);
  });

  it('wants computed to be a whole object', () => {
    const doc = withDecisions();
    doc.assessment.pilots[0].decisions[0].computed = 'go';
    doc.assessment.pilots[0].decisions[1].computed = { decision: 'go', coverage: 1 };
    expect(errorsOf(doc)).toEqual([
      { path: 'assessment.pilots[0].decisions[0].computed', message: 'must be an object' },
      { path: 'assessment.pilots[0].decisions[1].computed.scorecard', message: 'is required' },
      { path: 'assessment.pilots[0].decisions[1].computed.reasons', message: 'is required' },
    ]);
  });
});
