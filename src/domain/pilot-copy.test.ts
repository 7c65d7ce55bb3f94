// A pilot for another vendor on the same KPI definitions (SPEC §1, §2 Pilot).
import { NO_ROWS } from './pilot-rows';
import { describe, expect, it } from 'vitest';
import { copyName, copyPilotForVendor } from './pilot-copy';
import { comparePilots } from './pilot-comparison';
import { m, makeKpi, makePilot } from './pilot-fixtures';

const source = makePilot(
  [makeKpi('csat', { gate: true, proportion: true }), makeKpi('aht', { unit: 's', direction: 'lower', threshold: 480, target: 420, weight: 0 })],
  [m('csat', '2027-01-10', 86, 500)],
  {
    id: 'northwind-q1',
    name: 'Q1 pilot',
    vendorId: 'northwind',
    goScore: 88,
    noGoScore: 70,
    decisions: [{ at: '2027-02-01T09:00:00.000Z', outcome: 'go', rationale: 'Strong start' }],
  },
);

describe('copyPilotForVendor', () => {
  it('copies the KPI definitions exactly, with dates and scores, and no measurements or decisions', () => {
    const copy = copyPilotForVendor(source, { vendorId: 'contoso', vendorName: 'Contoso CX', takenIds: ['northwind-q1'] });
    expect(copy).toEqual({
      id: 'contoso-cx-q1-pilot',
      name: 'Q1 pilot – Contoso CX',
      vendorId: 'contoso',
      start: source.start,
      end: source.end,
      goScore: 88,
      noGoScore: 70,
      kpis: source.kpis,
      measurements: NO_ROWS,
      decisions: [],
    });
    expect(copy.name).toBe(copyName(source, 'Contoso CX'));
    // Fresh KPI objects: editing one pilot's KPI never edits the other's.
    expect(copy.kpis[0]).not.toBe(source.kpis[0]);
    // And so the two compare like for like.
    expect(comparePilots([source, copy]).likeForLike).toBe(true);
  });

  it('numbers the default name when another pilot has it', () => {
    expect(copyName(source, 'Contoso CX', ['Q1 pilot', 'q1 pilot – contoso cx'])).toBe('Q1 pilot – Contoso CX 2');
  });

  it('gives an id no other pilot has', () => {
    const copy = copyPilotForVendor(source, { vendorId: 'contoso', vendorName: 'Contoso CX', takenIds: ['northwind-q1', 'contoso-cx-q1-pilot'] });
    expect(copy.id).toBe('contoso-cx-q1-pilot-2');
  });

  it('never takes the id of the comparison route', () => {
    const copy = copyPilotForVendor({ ...source, name: '' }, { vendorId: 'c', vendorName: 'Compare', takenIds: [] });
    expect(copy.id).toBe('compare-2');
  });

  it('takes a chosen name, dates and scores instead of the defaults', () => {
    const copy = copyPilotForVendor(source, {
      vendorId: 'contoso',
      vendorName: 'Contoso CX',
      takenIds: [],
      name: '  Incumbent baseline ',
      start: '2027-02-01',
      end: '2027-02-28',
      goScore: 92,
      noGoScore: 80,
    });
    expect(copy).toMatchObject({ name: 'Incumbent baseline', start: '2027-02-01', end: '2027-02-28', goScore: 92, noGoScore: 80 });
  });

  it('falls back to the default name when the chosen one is blank', () => {
    const copy = copyPilotForVendor(source, { vendorId: 'x', vendorName: 'Incumbent', takenIds: [], name: '   ' });
    expect(copy.name).toBe('Q1 pilot – Incumbent');
  });
});
