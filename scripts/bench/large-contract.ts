// A deterministic large contract for benchmarks (SPEC §11 performance target): 36 months from
// 2025-01-01, 30 service levels (higher- and lower-is-better, 24 allocated 10 % each = 240 % of a 250 %
// pool, 6 key measures) and one result per service level per day of the term (32,850 rows). A few
// service levels breach a month (the same months every run), so credits, earn-backs and pending
// credits all have their sentences. Also a month's results as the contract's CSV import reads them.
import type { Contract, ContractMeasurement, ServiceLevel } from '../../src/domain/contract/contract-types';
import { DAY_MS } from '../../src/domain/dates';
import type { Assessment } from '../../src/domain/types';
import { exportAssessment } from '../../src/exchange/export';
import { largeAssessment } from './large-assessment';

export const CONTRACT_ID = 'bench-contract';
export const CONTRACT_NAME = 'Benchmark contract, 30 service levels';
const START = Date.UTC(2025, 0, 1);
const TERM_MONTHS = 36;
const LEVELS = 30;

/** Even service levels are a satisfaction % (higher is better), odd ones a handle time in s (lower). */
function serviceLevel(k: number): ServiceLevel {
  const higher = k % 2 === 0;
  return {
    id: `sl${String(k + 1).padStart(2, '0')}`,
    name: higher ? `Satisfaction queue ${k + 1}` : `Handle time queue ${k + 1}`,
    unit: higher ? '%' : 's',
    direction: higher ? 'higher' : 'lower',
    proportion: higher,
    aggregate: 'mean',
    minimum: higher ? 80 : 420,
    expected: higher ? 85 : 400,
    allocationPercent: k < 24 ? 10 : 0,
  };
}

/** Where a month's mean lands: 0 = exceeds expected, 1 = met (between minimum and expected), 2 = breach. */
function band(k: number, month: number): 0 | 1 | 2 {
  if ((k * 7 + month * 3) % 41 === 0) return 2;
  return (k + month) % 5 === 0 ? 1 : 0;
}

/** A day's value around its month's band: exceeds 86–90 % / 370–395 s, met 81–84 % / 405–418 s, breach 72–78 % / 430–470 s. */
function dayValue(level: ServiceLevel, b: 0 | 1 | 2, wobble: number): number {
  const [lo, hi] = level.direction === 'higher' ? [[86, 90], [81, 84], [72, 78]][b] : [[370, 395], [405, 418], [430, 470]][b];
  const v = lo + (hi - lo) * wobble;
  return level.direction === 'higher' ? Math.round(v * 10) / 10 : Math.round(v);
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const monthOf = (t: number) => {
  const d = new Date(t);
  return (d.getUTCFullYear() - 2025) * 12 + d.getUTCMonth();
};

/** Daily results of every service level on [from, to) (UTC ms), deterministic. */
function dailyResults(levels: ServiceLevel[], from: number, to: number): ContractMeasurement[] {
  const rows: ContractMeasurement[] = [];
  let state = 7;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  for (let t = from; t < to; t += DAY_MS) {
    const date = isoDay(t);
    const month = monthOf(t);
    levels.forEach((level, k) => {
      const value = dayValue(level, band(k, month), random());
      rows.push(level.proportion ? { serviceLevelId: level.id, date, value, n: 40 + Math.floor(random() * 160) } : { serviceLevelId: level.id, date, value });
    });
  }
  return rows;
}

/** The contract with every day's results, or without those of the month `without` ("YYYY-MM"). */
function largeContract(without?: string): Contract {
  const serviceLevels = Array.from({ length: LEVELS }, (_, k) => serviceLevel(k));
  const end = Date.UTC(2025, TERM_MONTHS, 1);
  const measurements = dailyResults(serviceLevels, START, end).filter((r) => without === undefined || !r.date.startsWith(without));
  return {
    id: CONTRACT_ID,
    name: CONTRACT_NAME,
    vendorId: 'v0',
    start: '2025-01-01',
    months: TERM_MONTHS,
    currency: 'EUR',
    monthlyCharges: 250_000,
    atRiskPercent: 12,
    poolPercent: 250,
    earnBackMonths: 3,
    bonusPercent: 0,
    missingDataIsMiss: true,
    serviceLevels,
    measurements,
    reviews: [],
  };
}

/** An assessment (3 vendors, 8 criteria) holding the large contract, as an exported v2 file's text. */
export function largeContractFile(without?: string): { assessment: Assessment; text: string; rows: number } {
  const base = largeAssessment(3, 8, 2);
  const contract = largeContract(without);
  const assessment: Assessment = { ...base, id: 'bench-contract-assessment', name: 'Benchmark contract assessment', contracts: [contract] };
  return { assessment, text: exportAssessment(assessment, '2026-11-20T09:00:00.000Z'), rows: contract.measurements.length };
}

/**
 * One month's results as the vendor sends them for the contract's CSV import (SPEC §11: the columns of
 * SPEC §6 with a service level for the KPI): every service level, every day of `month` ("YYYY-MM").
 */
export function monthCsv(month: string): { buffer: Buffer; rows: number } {
  const [y, m] = month.split('-').map(Number);
  const levels = largeContract().serviceLevels;
  const rows = dailyResults(levels, Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1));
  const lines = ['date,service_level,value,n'];
  for (const r of rows) lines.push(`${r.date},${r.serviceLevelId},${r.value},${r.n ?? ''}`);
  return { buffer: Buffer.from(lines.join('\n') + '\n'), rows: rows.length };
}

/** The last month that has ended by `today` ("YYYY-MM"), within the term: the month a vendor's results come in for. */
export function lastEndedMonth(today = new Date()): string {
  const month = Math.min(Math.max(today.getUTCFullYear() * 12 + today.getUTCMonth() - 1, 2025 * 12), 2025 * 12 + TERM_MONTHS - 1);
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}
