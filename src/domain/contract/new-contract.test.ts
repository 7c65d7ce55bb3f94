import { describe, expect, it } from 'vitest';
import { workedExample } from '../worked-example';
import { defaultStartMonth, goPilots, newContract } from './new-contract';
import { loggedOutcome } from '../decision-log';

describe('new contract (SPEC §11)', () => {
  const a = workedExample();
  const pilot = { ...a.pilots[0], decisions: [{ at: '2027-03-01T10:00:00.000Z', outcome: 'extend' as const, rationale: 'More weeks' }, { at: '2027-03-20T10:00:00.000Z', outcome: 'go' as const, rationale: 'All KPIs met' }] };
  const vendor = a.vendors.find((v) => v.id === pilot.vendorId)!;

  it('offers the pilots whose latest logged decision is GO', () => {
    expect(loggedOutcome(pilot)).toBe('go');
    expect(goPilots({ pilots: [pilot, { ...pilot, id: 'x', decisions: [] }] }).map((p) => p.id)).toEqual([pilot.id]);
  });

  it('starts the month after the pilot, or next month when that one is already over', () => {
    expect(defaultStartMonth('2027-03-10', '2027-03-31')).toBe('2027-04');
    expect(defaultStartMonth('2027-09-10', '2027-03-31')).toBe('2027-10');
    expect(defaultStartMonth('2027-12-10')).toBe('2028-01');
  });

  it("turns the pilot's KPIs into service levels with the terms given, and starts from scratch with none", () => {
    const terms = { name: 'Northwind 2027', startMonth: '2027-04', months: 24, currency: 'EUR', monthlyCharges: 200_000 };
    const fromPilot = newContract({ contracts: [] }, { pilot, vendor }, terms);
    expect(fromPilot).toMatchObject({ id: 'northwind-2027', name: 'Northwind 2027', vendorId: vendor.id, pilotId: pilot.id, start: '2027-04-01', months: 24, monthlyCharges: 200_000, atRiskPercent: 12, earnBackMonths: 3 });
    expect(fromPilot.serviceLevels.map((s) => [s.kpiId, s.minimum, s.expected])).toEqual(pilot.kpis.map((k) => [k.id, k.threshold, k.target]));
    const blank = newContract({ contracts: [fromPilot] }, { vendor }, { ...terms, months: undefined });
    expect(blank).toMatchObject({ id: 'northwind-2027-2', serviceLevels: [], measurements: [], reviews: [] });
    expect(blank).not.toHaveProperty('months');
  });
});
