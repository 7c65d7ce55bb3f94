// A contract's months as CSV for finance (SPEC §11, written as SPEC §6 asks: Excel-safe, full precision):
// - the results: one row per reported month × service level, with the value, n, status, the credit
//   (after scaling to the amount at risk) and its state, so a spreadsheet can filter and pivot them;
// - the credits: one row per reported month with the payable, earned-back and pending credits, the
//   bonus, the net and the scorecard, then a Total row, which is what an invoice is checked against.
// Amounts are in the contract's currency, named in the headers. The month in progress is in neither:
// it is never credited. Status and credit state read as on the contract screen.
import type { ContractEvaluation } from '../../domain/contract/evaluate';
import { CREDIT_STATE_WORDS, statusWords } from '../../domain/contract/money-text';
import { monthKey } from '../../domain/contract/months';
import type { Contract } from '../../domain/contract/contract-types';
import { CSV_STYLES, type CsvStyle } from './style';
import { toCsv, type CsvValue } from './write';

/** Every reported month × service level, in month order then the contract's service level order. */
export function contractResultsCsv(contract: Contract, evaluation: ContractEvaluation, style: CsvStyle = CSV_STYLES.comma): string {
  const levels = new Map(contract.serviceLevels.map((s) => [s.id, s]));
  const header = ['month', 'service level', 'value', 'unit', 'n', 'status', `credit (${contract.currency})`, 'credit state', 'serviceLevelId'];
  const rows: CsvValue[][] = [];
  for (const month of evaluation.months) {
    for (const s of month.serviceLevels) {
      const level = levels.get(s.serviceLevelId);
      rows.push([
        monthKey(month.month),
        level?.name ?? s.serviceLevelId,
        s.value,
        level?.unit,
        s.n,
        statusWords(s.status),
        s.credit,
        s.creditState === null ? null : CREDIT_STATE_WORDS[s.creditState],
        s.serviceLevelId,
      ]);
    }
  }
  return toCsv(header, rows, style);
}

/** Every reported month's credits, bonus, net and scorecard, then the totals of the term so far. */
export function contractCreditsCsv(contract: Contract, evaluation: ContractEvaluation, style: CsvStyle = CSV_STYLES.comma): string {
  const money = (what: string) => `${what} (${contract.currency})`;
  const header = [
    'month', money('payable credits'), money('earned-back credits'), money('pending credits'), money('bonus'), money('net'),
    'scorecard', 'credits capped at the amount at risk',
  ];
  const rows: CsvValue[][] = evaluation.months.map((m) => [
    monthKey(m.month), m.credits.payable, m.credits.earnedBack, m.credits.pending, m.bonus, m.net, m.scorecard, m.capped ? 'yes' : 'no',
  ]);
  const { totals } = evaluation;
  rows.push(['Total', totals.payable, totals.earnedBack, totals.pending, totals.bonus, totals.net, null, null]);
  return toCsv(header, rows, style);
}
