import { describe, expect, it } from 'vitest';
import { computedOf, dataSaysText, decisionErrors, decisionLog, entrySummary, nextEntryTime, recordDecision } from './decision-log';
import { makeKpi, makePilot, m } from './pilot-fixtures';
import { evaluatePilot } from './pilot';
import type { Decision } from './types';

const pilot = makePilot([makeKpi('csat', { name: 'CSAT', gate: true, proportion: true })], [m('csat', '2027-01-10', 92, 500)]);
const NOW = new Date('2027-02-01T10:00:00.000Z');

describe('recordDecision', () => {
  it('stores the human decision beside what the data says now', () => {
    const evaluation = evaluatePilot(pilot);
    const p = recordDecision(pilot, { outcome: 'extend', by: ' Ana ', rationale: ' Wait for February. ' }, evaluation, NOW);
    expect(p.decisions).toEqual([
      {
        at: '2027-02-01T10:00:00.000Z',
        outcome: 'extend',
        by: 'Ana',
        rationale: 'Wait for February.',
        computed: { decision: 'go', scorecard: evaluation.scorecard, coverage: 1, reasons: evaluation.reasons },
      },
    ]);
    expect(p.decisions[0].computed!.reasons).not.toBe(evaluation.reasons);
    expect(pilot.decisions).toEqual([]);
  });

  it('adds a correction as a new entry pointing at the original, leaving it untouched', () => {
    const first = recordDecision(pilot, { outcome: 'extend', by: '', rationale: 'x' }, evaluatePilot(pilot), NOW);
    const original = first.decisions[0];
    const second = recordDecision(first, { outcome: 'go', by: 'Ben', rationale: 'Typo: we agreed GO.' }, evaluatePilot(first), NOW, original.at);
    expect(second.decisions[0]).toBe(original);
    expect(original).not.toHaveProperty('by');
    // Recorded in the same millisecond: still a later, distinct time.
    expect(second.decisions[1]).toMatchObject({ at: '2027-02-01T10:00:00.001Z', outcome: 'go', corrects: original.at });
  });
});

describe('decisionLog', () => {
  const d = (at: string, outcome: Decision['outcome'], extra: Partial<Decision> = {}): Decision => ({ at, outcome, rationale: 'r', ...extra });
  const computed = (decision: Decision['outcome']) => ({ decision, scorecard: 80, coverage: 1, reasons: [] });

  it('lists newest first with correction links and agreement with the data', () => {
    const log = decisionLog([
      d('2027-01-20T09:00:00Z', 'go', { computed: computed('extend') }),
      d('2027-01-27T09:00:00Z', 'extend', { computed: computed('extend'), corrects: '2027-01-20T09:00:00Z' }),
      d('2027-01-10T09:00:00+01:00', 'no-go'),
    ]);
    expect(log.map((e) => [e.decision.outcome, e.agrees, e.correctedBy?.at ?? null, e.corrected?.at ?? null])).toEqual([
      ['extend', true, null, '2027-01-20T09:00:00Z'],
      ['go', false, '2027-01-27T09:00:00Z', null],
      ['no-go', null, null, null],
    ]);
  });

  it('links a correction of an entry that is not in the log to nothing', () => {
    expect(decisionLog([d('2027-01-27T09:00:00Z', 'go', { corrects: '2020-01-01T00:00:00Z' })])[0].corrected).toBeNull();
  });
});

describe('texts and checks', () => {
  it('summarises an entry against the data', () => {
    expect(entrySummary({ at: 'x', outcome: 'go', by: 'Ana', rationale: 'r', computed: { decision: 'go', scorecard: 98.184, coverage: 1, reasons: [] } })).toBe(
      'Recorded GO by Ana — data said GO, scorecard 98.2',
    );
    expect(entrySummary({ at: 'x', outcome: 'no-go', rationale: 'r', computed: { decision: 'extend', scorecard: null, coverage: 0, reasons: [] } })).toBe(
      'Recorded NO-GO — data said EXTEND, no scorecard',
    );
    expect(entrySummary({ at: 'x', outcome: 'extend', rationale: 'r' })).toBe('Recorded EXTEND — no computed decision was stored with it');
  });

  it('requires a rationale', () => {
    expect(decisionErrors({ outcome: 'go', by: '', rationale: '  ' })).toEqual({ rationale: 'Say why: the rationale is what later readers rely on.' });
    expect(decisionErrors({ outcome: 'go', by: 'x'.repeat(201), rationale: 'ok' })).toEqual({ by: 'Use at most 200 characters.' });
  });

  it('keeps a strictly increasing time and plain copies', () => {
    expect(nextEntryTime([], NOW)).toBe('2027-02-01T10:00:00.000Z');
    expect(nextEntryTime([{ at: '2027-03-01T00:00:00Z', outcome: 'go', rationale: 'r' }], NOW)).toBe('2027-03-01T00:00:00.001Z');
    expect(computedOf({ decision: 'go', scorecard: 1, coverage: 1, reasons: ['a'] })).toEqual({ decision: 'go', scorecard: 1, coverage: 1, reasons: ['a'] });
  });
});

describe('dataSaysText', () => {
  it('gives the decision with its scorecard and coverage', () => {
    expect(dataSaysText({ decision: 'go', scorecard: 98.18419, coverage: 1 })).toBe('GO (scorecard 98.2, coverage 100 %)');
    expect(dataSaysText({ decision: 'extend', scorecard: null, coverage: 0.5 })).toBe('EXTEND (scorecard —, coverage 50.0 %)');
  });
});
