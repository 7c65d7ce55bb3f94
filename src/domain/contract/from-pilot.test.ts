import { describe, expect, it } from 'vitest';
import { kpiFromLibrary } from '../kpi-library';
import { makeKpi, makePilot } from '../pilot-fixtures';
import { allocationsFromWeights, contractFromPilot, serviceLevelFromKpi } from './from-pilot';
import { WORKED_AHT, WORKED_CSAT } from './test-contract';
import { CONTRACT_DEFAULTS } from './contract-types';

const csat = makeKpi('csat', { name: 'CSAT', unit: '%', direction: 'higher', threshold: 80, target: 85, weight: 2, proportion: true });
const aht = makeKpi('aht', { name: 'AHT', unit: 's', direction: 'lower', threshold: 420, target: 400, weight: 3 });
const backlog = makeKpi('backlog', { name: 'Backlog', unit: 'tickets', direction: 'lower', threshold: 200, target: 100, weight: 0, aggregate: 'last' });
const vendor = { id: 'northwind', name: 'Northwind' };

describe('a contract drafted from a GO pilot (SPEC §11)', () => {
  it('turns the KPIs into the worked example: minimum = threshold, expected = target, allocations from the weights', () => {
    const contract = contractFromPilot(makePilot([csat, aht, backlog]), vendor, { id: 'c1', monthlyCharges: 200_000 });
    expect(contract.serviceLevels).toEqual([
      { ...WORKED_CSAT, kpiId: 'csat' },
      { ...WORKED_AHT, kpiId: 'aht' },
      { id: 'backlog', name: 'Backlog', unit: 'tickets', direction: 'lower', proportion: false, aggregate: 'last', minimum: 200, expected: 100, allocationPercent: 0, kpiId: 'backlog' },
    ]);
    expect(contract).toMatchObject({ ...CONTRACT_DEFAULTS, id: 'c1', name: 'Northwind contract', vendorId: 'northwind', pilotId: 'pilot-1', currency: 'EUR', monthlyCharges: 200_000, measurements: [], reviews: [] });
    expect(contract).not.toHaveProperty('months');
  });

  it('starts on the first of the month after the pilot ends, or in the month given', () => {
    const pilot = makePilot([csat], [], { end: '2026-12-15' });
    expect(contractFromPilot(pilot, vendor, { id: 'c', monthlyCharges: 1 }).start).toBe('2027-01-01');
    expect(contractFromPilot(pilot, vendor, { id: 'c', monthlyCharges: 1, start: '2027-03' }).start).toBe('2027-03-01');
    expect(contractFromPilot(pilot, vendor, { id: 'c', monthlyCharges: 1, start: '2027-03-17', months: 24 })).toMatchObject({ start: '2027-03-01', months: 24 });
  });

  it("takes the currency of the vendor's price", () => {
    const priced = { ...vendor, price: { amount: 30, currency: 'GBP', per: 'hour' as const } };
    expect(contractFromPilot(makePilot([csat]), priced, { id: 'c', monthlyCharges: 1 }).currency).toBe('GBP');
  });

  it('rounds allocations to 2 decimals that still add up to exactly 100', () => {
    expect(allocationsFromWeights([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    expect(allocationsFromWeights([2, 3, 0])).toEqual([40, 60, 0]);
    expect(allocationsFromWeights([1, 1, 1, 1, 1, 1, 1])).toEqual([14.29, 14.29, 14.29, 14.29, 14.28, 14.28, 14.28]);
    const sum = allocationsFromWeights([1, 2, 4, 7]).reduce((s, a) => s + Math.round(a * 100), 0);
    expect(sum).toBe(10_000);
    expect(allocationsFromWeights([0, 0])).toEqual([0, 0]); // no weighted KPI: every service level a key measure
  });

  it('adds a key measure from the KPI library, with an id not yet taken', () => {
    expect(serviceLevelFromKpi(kpiFromLibrary('fcr'))).toEqual({ id: 'fcr', name: 'First contact resolution (FCR)', unit: '%', direction: 'higher', proportion: true, aggregate: 'mean', minimum: 70, expected: 75, allocationPercent: 0 });
    expect(serviceLevelFromKpi(kpiFromLibrary('csat'), ['csat', 'aht']).id).toBe('csat-2');
  });
});
