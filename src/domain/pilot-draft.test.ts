import { describe, expect, it } from 'vitest';
import {
  defaultPilotDates,
  defaultPilotName,
  defaultPilotSettings,
  editPilotSettings,
  isDefaultPilotName,
  nameForVendor,
  newPilot,
  pilotErrors,
  settingsOf,
  type PilotSettings,
} from './pilot-draft';
import { evaluatePilot } from './pilot';

const VENDORS = ['northwind', 'contoso'];
const valid: PilotSettings = { name: 'Q1 pilot', vendorId: 'northwind', start: '2027-01-04', end: '2027-01-31', goScore: 90, noGoScore: 75 };

describe('defaults (SPEC §2 Pilot: GO 90, NO-GO 75; 8 weeks from next Monday)', () => {
  it('starts on the next Monday and ends 55 days later, on a Sunday', () => {
    expect(defaultPilotDates('2026-11-22')).toEqual({ start: '2026-11-23', end: '2027-01-17' }); // a Sunday
    expect(defaultPilotDates('2026-11-23')).toEqual({ start: '2026-11-30', end: '2027-01-24' }); // a Monday: the following one
    expect(defaultPilotDates('2027-02-25')).toEqual({ start: '2027-03-01', end: '2027-04-25' });
  });

  it('names the pilot after the vendor', () => {
    expect(defaultPilotSettings({ id: 'northwind', name: 'Northwind Contact' }, '2026-11-22')).toEqual({
      name: 'Northwind Contact pilot', vendorId: 'northwind', start: '2026-11-23', end: '2027-01-17', goScore: 90, noGoScore: 75,
    });
    expect(defaultPilotSettings(undefined, '2026-11-22')).toMatchObject({ name: '', vendorId: '' });
  });
});

describe('pilotErrors', () => {
  it('accepts valid settings, including a one-day pilot and equal lines', () => {
    expect(pilotErrors(valid, VENDORS)).toEqual({});
    expect(pilotErrors({ ...valid, end: valid.start, noGoScore: 90 }, VENDORS)).toEqual({});
    expect(pilotErrors({ ...valid, goScore: 120, noGoScore: 0 }, VENDORS)).toEqual({});
  });

  it('wants real dates with start ≤ end', () => {
    expect(pilotErrors({ ...valid, start: '2027-02-29' }, VENDORS)).toEqual({ start: 'Enter a real date, e.g. 2027-01-04.' });
    expect(pilotErrors({ ...valid, end: '' }, VENDORS)).toEqual({ end: 'Enter a real date, e.g. 2027-02-28.' });
    expect(pilotErrors({ ...valid, end: '2027-01-03' }, VENDORS)).toEqual({ end: 'The end (2027-01-03) is before the start (2027-01-04).' });
  });

  it('wants 0 ≤ NO-GO ≤ GO ≤ 120', () => {
    expect(pilotErrors({ ...valid, goScore: 121 }, VENDORS)).toEqual({ goScore: 'The GO score must be between 0 and 120 (got 121).' });
    expect(pilotErrors({ ...valid, noGoScore: -1 }, VENDORS).noGoScore).toMatch(/between 0 and 120/);
    expect(pilotErrors({ ...valid, goScore: NaN }, VENDORS).goScore).toMatch(/as a number/);
    expect(pilotErrors({ ...valid, noGoScore: 91 }, VENDORS)).toEqual({ noGoScore: 'The NO-GO score (91) must not be above the GO score (90).' });
  });

  it('wants a name and a known vendor', () => {
    expect(pilotErrors({ ...valid, name: ' ', vendorId: 'ghost' }, VENDORS)).toEqual({
      name: 'Enter a name for the pilot.', vendorId: 'Choose the vendor that runs this pilot.',
    });
  });
});

describe('editPilotSettings', () => {
  it('shows a pair rule on the field just edited', () => {
    expect(editPilotSettings(valid, { start: '2027-02-01' }, VENDORS)).toEqual({ ok: false, error: 'The end (2027-01-31) is before the start (2027-02-01).' });
    expect(editPilotSettings(valid, { goScore: 70 }, VENDORS)).toEqual({ ok: false, error: 'The NO-GO score (75) must not be above the GO score (70).' });
    expect(editPilotSettings(valid, { goScore: 80 }, VENDORS)).toEqual({ ok: true, settings: { ...valid, goScore: 80 } });
  });
});

describe('newPilot', () => {
  it('starts with the balanced scorecard: CSAT, NPS, CES, FCR, AHT at 20, nothing measured', () => {
    const p = newPilot(valid, []);
    expect(p.id).toBe('q1-pilot');
    expect(p.kpis.map((k) => [k.id, k.weight, k.gate])).toEqual([
      ['csat', 20, false], ['nps', 20, false], ['ces', 20, false], ['fcr', 20, false], ['aht', 20, false],
    ]);
    expect([p.measurements.count, p.decisions]).toEqual([0, []]);
    expect(settingsOf(p)).toEqual(valid);
    expect(evaluatePilot(p).decision).toBe('extend');
  });

  it('takes a unique id and never the route word "compare"', () => {
    expect(newPilot(valid, ['q1-pilot']).id).toBe('q1-pilot-2');
    expect(newPilot({ ...valid, name: 'Compare' }, []).id).toBe('compare-2');
    expect(newPilot({ ...valid, name: '!!!' }, []).id).toBe('pilot');
  });
});

describe('default names (unique, and following the vendor until the user writes their own)', () => {
  it('numbers a second and third pilot for the same vendor instead of repeating the name', () => {
    expect(defaultPilotName('Northwind Contact')).toBe('Northwind Contact pilot');
    expect(defaultPilotName('Northwind Contact', ['Q1 pilot', 'northwind contact pilot '])).toBe('Northwind Contact pilot 2');
    expect(defaultPilotName('Northwind Contact', ['Northwind Contact pilot', 'Northwind Contact pilot 2'])).toBe('Northwind Contact pilot 3');
    expect(defaultPilotSettings({ id: 'n', name: 'Northwind Contact' }, '2027-01-01', ['Northwind Contact pilot']).name).toBe('Northwind Contact pilot 2');
  });

  it('keeps a long default name within the limit, its number included', () => {
    const long = 'V'.repeat(300);
    const second = defaultPilotName(long, [defaultPilotName(long)]);
    expect(second).toHaveLength(200);
    expect(second.endsWith(' pilot 2')).toBe(true);
    expect(isDefaultPilotName(second, long)).toBe(true);
  });

  it('tells a default name from one the user wrote', () => {
    expect(isDefaultPilotName('Northwind Contact pilot', 'Northwind Contact')).toBe(true);
    expect(isDefaultPilotName('Northwind Contact pilot 12', 'Northwind Contact')).toBe(true);
    expect(isDefaultPilotName('Northwind Contact pilot 1', 'Northwind Contact')).toBe(false);
    expect(isDefaultPilotName('Q1 pilot', 'Northwind Contact')).toBe(false);
    expect(isDefaultPilotName('Contoso CX pilot', 'Northwind Contact')).toBe(false);
  });

  it('moves a default name to the new vendor, unique among the other pilots, and leaves a written one alone', () => {
    const northwind = { name: 'Northwind Contact' };
    const contoso = { name: 'Contoso CX' };
    expect(nameForVendor('Northwind Contact pilot 2', northwind, contoso, ['Q1 pilot'])).toBe('Contoso CX pilot');
    expect(nameForVendor('Northwind Contact pilot', northwind, contoso, ['Contoso CX pilot'])).toBe('Contoso CX pilot 2');
    expect(nameForVendor('Q1 pilot', northwind, contoso, [])).toBe('Q1 pilot');
    expect(nameForVendor('Northwind Contact pilot', undefined, contoso, [])).toBe('Northwind Contact pilot');
  });
});
