// A contract's term in words (SPEC §11): "January 2027 – December 2027 (12 months)" or "From January 2027, open-ended".
import { plural } from '../format';
import { monthName } from './money-text';
import { termMonths } from './months';
import type { Contract } from './contract-types';

export function termText(contract: Pick<Contract, 'start' | 'months'>): string {
  const { first, last } = termMonths(contract);
  if (!Number.isFinite(last)) return `From ${monthName(first, true)}, open-ended`;
  return `${monthName(first, true)} – ${monthName(last, true)} (${plural(last - first + 1, 'month')})`;
}
