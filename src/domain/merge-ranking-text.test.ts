import { describe, expect, it } from 'vitest';
import { rankingMoveText } from './merge-ranking-text';
import { rankVendors } from './scoring';
import type { Assessment } from './types';
import { workedExample } from './worked-example';

/** The worked example with some consensus scores changed by a second look at them. */
function after(edit: (a: Assessment) => void): Assessment {
  const a = workedExample();
  edit(a);
  return a;
}
const setScore = (a: Assessment, vendorId: string, criterionId: string, evaluatorId: string, value: number) => {
  a.scores = a.scores.filter((s) => !(s.vendorId === vendorId && s.criterionId === criterionId && s.evaluatorId === evaluatorId));
  a.scores.push({ vendorId, criterionId, evaluatorId, value });
};

describe('rankingMoveText', () => {
  const before = rankVendors(workedExample()); // Northwind 72.75, Fabrikam 68.89 (provisional), Contoso disqualified

  it('names the new leader and both margins when the merge changes who leads (journey 3 by hand)', () => {
    // Ben's returned file: Contoso's audits 3 → 4 (consensus 3, no longer disqualified) and three new
    // scores; Chloé's 2 on Contoso's culture. Contoso 35 + 21 + 20 = 76, Northwind 42.5 + 21 + 8 = 71.5.
    const merged = after((a) => {
      setScore(a, 'contoso', 'fit-philosophy', 'chloe', 2);
      setScore(a, 'contoso', 'sec-attestation', 'ben', 4);
      setScore(a, 'northwind', 'sec-encryption', 'ben', 3);
      setScore(a, 'fabrikam', 'sec-encryption', 'ben', 4);
      setScore(a, 'fabrikam', 'tech-integration', 'ben', 3);
    });
    expect(rankingMoveText(before, rankVendors(merged))).toBe(
      'Contoso CX now leads, by 4.5 points over Northwind Contact; before the merge Northwind Contact led by 3.9 points over Fabrikam Support.',
    );
  });

  it('says the leader stayed and how its margin moved', () => {
    // Chloé's one score on the disqualified Contoso changes nothing among the contenders.
    const same = after((a) => setScore(a, 'contoso', 'fit-philosophy', 'chloe', 2));
    expect(rankingMoveText(before, rankVendors(same))).toBe('Northwind Contact still leads, by 3.9 points over Fabrikam Support, as before the merge.');
    // Ben's 2 on Northwind's encryption: (4 + 2)/2 = 3 → security (3 × 0.9 + 0.6)/4 = 82.5, total
    // 41.25 + 21 + 8 = 70.25, 1.36 ahead of Fabrikam's 68.89.
    const narrower = after((a) => setScore(a, 'northwind', 'sec-encryption', 'ben', 2));
    expect(rankingMoveText(before, rankVendors(narrower))).toBe('Northwind Contact still leads Fabrikam Support, now by 1.4 points (3.9 points before the merge).');
  });

  it('says so when nobody was in contention before', () => {
    const nothing = after((a) => (a.scores = []));
    expect(rankingMoveText(rankVendors(nothing), before)).toBe(
      'Northwind Contact now leads, by 3.9 points over Fabrikam Support; before the merge no vendor was in contention.',
    );
    expect(rankingMoveText(rankVendors(nothing), rankVendors(nothing))).toBe('No vendor is in contention, as before the merge.');
  });
});
