// SPEC §3 worked example and the shared test vectors: the ranking must match the expected files.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath, readFixture } from '../../tests/fixtures/paths';
import { rankVendors, type RankedVendor } from './scoring';
import type { Assessment } from './types';

interface ExpectedVendor {
  rank: number;
  vendorId: string;
  name: string;
  total: number | null;
  coverage: number;
  status: string;
  categories: Record<string, number | null>;
  failedMustHaves: string[];
}

function load<T>(relative: string): T {
  return JSON.parse(readFixture(`examples/${relative}`)) as T;
}

function closeOrNull(actual: number | null, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 6);
}

/** Ranks exact; vendors sharing a rank may come in any order (SPEC §3). */
function expectRanking(actual: RankedVendor[], expected: ExpectedVendor[]): void {
  expect(actual.map((v) => v.rank)).toEqual(expected.map((v) => v.rank));
  const byRank = (list: { rank: number; vendorId: string }[]) =>
    list.map((v) => `${v.rank}:${v.vendorId}`).sort();
  expect(byRank(actual)).toEqual(byRank(expected));
  for (const want of expected) {
    const got = actual.find((v) => v.vendorId === want.vendorId)!;
    expect(got.name).toBe(want.name);
    expect(got.status).toBe(want.status);
    expect(got.failedMustHaves).toEqual(want.failedMustHaves);
    closeOrNull(got.total, want.total);
    expect(got.coverage).toBeCloseTo(want.coverage, 6);
    expect(Object.keys(got.categories)).toEqual(Object.keys(want.categories));
    for (const [id, score] of Object.entries(want.categories)) closeOrNull(got.categories[id], score);
  }
}

describe('SPEC §3 worked example (small-assessment.json)', () => {
  const { assessment } = load<{ assessment: Assessment }>('small-assessment.json');
  const ranking = rankVendors(assessment);

  it('matches small-assessment.expected.json', () => {
    const expected = load<{ ranking: ExpectedVendor[] }>('small-assessment.expected.json');
    expectRanking(ranking, expected.ranking);
  });

  it('ranks Northwind 72.75, Fabrikam 68.888…, Contoso 81.25 disqualified', () => {
    expect(ranking.map((v) => [v.rank, v.vendorId, v.status])).toEqual([
      [1, 'northwind', 'qualified'],
      [2, 'fabrikam', 'provisional'],
      [3, 'contoso', 'disqualified'],
    ]);
    expect(ranking[0].total).toBeCloseTo(72.75, 10);
    expect(ranking[1].total).toBeCloseTo(620 / 9, 10); // (0.5 × 60 × 0.75 + 0.3 × 80) / 0.675
    expect(ranking[1].coverage).toBeCloseTo(0.675, 12);
    expect(ranking[2].total).toBeCloseTo(81.25, 10);
    expect(ranking[2].failedMustHaves).toEqual(['sec-attestation']);
  });

  it('explains Northwind by category: 0.5 × 87.5 + 0.3 × 70 + 0.2 × 40', () => {
    const northwind = ranking[0];
    expect(northwind.categories).toEqual({ security: 87.5, culture: 70, tech: 40 });
    expect(northwind.contributions.security).toBeCloseTo(43.75, 12);
    expect(northwind.contributions.culture).toBeCloseTo(21, 12);
    expect(northwind.contributions.tech).toBeCloseTo(8, 12);
    expect(northwind.scoredCriteria).toBe(4);
    expect(northwind.totalCriteria).toBe(4);
  });

  it("reports Fabrikam's unscored criteria without counting them as zero", () => {
    const fabrikam = ranking[1];
    expect(fabrikam.categories).toEqual({ security: 60, culture: 80, tech: null });
    expect(fabrikam.unscoredMustHaves).toEqual([]);
    expect(fabrikam.scoredCriteria).toBe(2);
    expect(fabrikam.contributions.tech).toBe(0);
  });
});

describe('shared test vectors', () => {
  const dir = fixturePath('examples/vectors');
  const names = readdirSync(dir)
    .filter((f) => /^vector-\d+\.json$/.test(f))
    .sort((a, b) => parseInt(a.slice(7), 10) - parseInt(b.slice(7), 10));

  it('finds the vectors', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of names) {
    it(`${name} ranks as ${name.replace('.json', '.expected.json')}`, () => {
      const { assessment } = load<{ assessment: Assessment }>(`vectors/${name}`);
      const expected = load<{ ranking: ExpectedVendor[] }>(`vectors/${name.replace('.json', '.expected.json')}`);
      const ranking = rankVendors(assessment);
      expect(ranking).toHaveLength(expected.ranking.length);
      expectRanking(ranking, expected.ranking);
      for (const vendor of ranking) {
        const sum = Object.values(vendor.contributions).reduce((a, b) => a + b, 0);
        expect(sum).toBe(vendor.total ?? 0);
      }
    });
  }
});
