import { describe, expect, it } from 'vitest';
import { evaluateContract } from './evaluate';
import { atRiskSentence, capSentence, creditSentence, moneyText, statusWords } from './money-text';
import { monthNumber } from './months';
import { type Row, WORKED_AHT, WORKED_CSAT, WORKED_ROWS, withValue, workedContract } from './test-contract';
import type { Contract } from './contract-types';

const JAN = monthNumber('2027-01');

/** The sentence for the worked example's January CSAT credit as of `asOf`. */
function januaryCsat(asOf: string, rows: readonly Row[] = WORKED_ROWS, partial: Partial<Contract> = {}): string | null {
  const contract = workedContract(rows, partial);
  return creditSentence(JAN, 'csat', evaluateContract(contract, asOf), contract);
}

describe('money in words (SPEC §11 worked example)', () => {
  it('writes amounts to the cent, leaving out cents that are none', () => {
    expect(moneyText(24_000, 'EUR')).toBe('€24,000');
    expect(moneyText(13_714.285714, 'EUR')).toBe('€13,714.29');
    expect(moneyText(9_600.000000001, 'EUR')).toBe('€9,600');
    expect(moneyText(0.5, 'EUR')).toBe('€0.50');
  });

  it('says how much is at risk and what each service level carries', () => {
    expect(atRiskSentence(workedContract())).toBe('Up to €24,000 a month is at risk (12 % of €200,000); CSAT carries 40 % (€9,600), AHT 60 % (€14,400).');
    expect(atRiskSentence(workedContract([], { serviceLevels: [WORKED_CSAT, { ...WORKED_AHT, allocationPercent: 0 }] }))).toBe(
      'Up to €24,000 a month is at risk (12 % of €200,000); CSAT carries 40 % of it (€9,600); AHT is reported, never credited.',
    );
    expect(atRiskSentence(workedContract([], { serviceLevels: [{ ...WORKED_CSAT, allocationPercent: 80 }, WORKED_AHT] }))).toBe(
      "Up to €24,000 a month is at risk (12 % of €200,000); CSAT carries 80 % (€19,200), AHT 60 % (€14,400); the allocations add up to 140 %, so a month's credits are capped at €24,000.",
    );
    expect(atRiskSentence(workedContract([], { serviceLevels: [] }))).toBe('Up to €24,000 a month is at risk (12 % of €200,000); no service level carries any of it yet.');
  });

  it('explains a capped month, and says nothing of a month that was not', () => {
    const both: Row[] = [['csat', '2027-01-31', 70], ['aht', '2027-01-31', 500]];
    const heavy = workedContract(both, { serviceLevels: [{ ...WORKED_CSAT, allocationPercent: 80 }, WORKED_AHT] });
    expect(capSentence(JAN, evaluateContract(heavy, '2027-02-01'), heavy)).toBe(
      'Credits capped at the €24,000 at risk: €33,600 was due, so each credit is scaled by 24,000/33,600: CSAT €13,714.29 (of €19,200), AHT €10,285.71 (of €14,400).',
    );
    const even = workedContract(both);
    expect(capSentence(JAN, evaluateContract(even, '2027-02-01'), even)).toBeNull();
  });

  it("says why January's CSAT credit is earned back, pending or payable", () => {
    expect(januaryCsat('2027-05-01')).toBe("January's CSAT credit of €9,600 was earned back: CSAT met 85 % in February, March and April.");
    expect(januaryCsat('2027-02-01')).toBe("January's CSAT credit of €9,600 is pending until April 2027: CSAT must meet 85 % in February, March and April.");
    expect(januaryCsat('2027-04-15')).toBe("January's CSAT credit of €9,600 is pending until April 2027: CSAT met 85 % in February and March and must meet it in April too.");
    expect(januaryCsat('2027-03-01', withValue(WORKED_ROWS, 'csat', '2027-02-28', 84))).toBe("January's CSAT credit of €9,600 is payable: CSAT was 84 % in February, below the expected 85 %.");
    expect(januaryCsat('2027-03-01', withValue(WORKED_ROWS, 'csat', '2027-02-28', 84.96))).toBe("January's CSAT credit of €9,600 is payable: CSAT was 84.9 % in February, below the expected 85 %.");
    const noFebruary = WORKED_ROWS.filter((r) => !(r[0] === 'csat' && r[1] === '2027-02-28'));
    expect(januaryCsat('2027-03-01', noFebruary)).toBe("January's CSAT credit of €9,600 is payable: CSAT has no results for February, so it did not meet the expected 85 %.");
    expect(januaryCsat('2027-02-01', WORKED_ROWS, { months: 2 })).toBe("January's CSAT credit of €9,600 is payable: the term ends in February 2027, before the 3 months that could earn it back.");
    expect(januaryCsat('2027-02-01', WORKED_ROWS, { earnBackMonths: 0 })).toBe("January's CSAT credit of €9,600 is payable: this contract has no earn-back.");
  });

  it('names the months with their year when the earn-back reaches into the next year, and says nothing of a cell without credit', () => {
    const rows: Row[] = [['csat', '2026-11-30', 79.5], ['aht', '2026-11-30', 410], ['csat', '2026-12-31', 90]];
    const contract = workedContract(rows, { start: '2026-11-01' });
    const evaluation = evaluateContract(contract, '2027-01-05');
    expect(creditSentence(monthNumber('2026-11'), 'csat', evaluation, contract)).toBe(
      "November 2026's CSAT credit of €9,600 is pending until February 2027: CSAT met 85 % in December 2026 and must meet it in January 2027 and February 2027 too.",
    );
    expect(creditSentence(monthNumber('2026-11'), 'aht', evaluation, contract)).toBeNull();
  });

  it('puts each status in words', () => {
    expect(['met-expected', 'met', 'breach', 'no-data'].map((s) => statusWords(s as Parameters<typeof statusWords>[0]))).toEqual(['Exceeds expected', 'Met', 'Breach', 'No data']);
  });
});
