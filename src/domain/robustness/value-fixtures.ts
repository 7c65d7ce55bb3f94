// Test data for the value-for-money view: three contenders priced in EUR per FTE-month (Charlie is
// beaten by both others), one priced in GBP per hour, one without a price, and a priced vendor that is
// not a contender (disqualified) and so is only named among those left out, beside a provisional one.
import type { RobustnessModel } from './model';
import type { Vendor } from '../types';

export function valueModel(): RobustnessModel {
  const contender = (vendorId: string, name: string, rank: number, total: number) => ({ vendorId, name, rank, total, categoryScores: [total] });
  return {
    categories: [{ id: 'all', name: 'All', weight: 1, share: 1 }],
    contenders: [
      contender('alpha', 'Alpha Care', 1, 80),
      contender('bravo', 'Bravo Support', 2, 70),
      contender('delta', 'Delta Voice', 3, 65),
      contender('charlie', 'Charlie CX', 4, 60),
      contender('echo', 'Echo Desk', 5, 50),
    ],
    winnerId: 'alpha',
    tiedForFirst: [],
    setAside: [
      { vendorId: 'yankee', name: 'Yankee Help', status: 'provisional', why: ['67.5 % of the weight scored'] },
      { vendorId: 'zulu', name: 'Zulu Unqualified', status: 'disqualified', why: ['Independent audits: 2.5 < 3'] },
    ],
  };
}

export function valueVendors(): Vendor[] {
  const vendor = (id: string, name: string, price?: Vendor['price']): Vendor => ({ id, name, status: 'shortlisted', ...(price ? { price } : {}) });
  return [
    vendor('alpha', 'Alpha Care', { amount: 5000, currency: 'EUR', per: 'fte-month' }),
    vendor('bravo', 'Bravo Support', { amount: 4000, currency: 'eur', per: 'fte-month' }),
    vendor('charlie', 'Charlie CX', { amount: 5500, currency: 'EUR', per: 'fte-month' }),
    vendor('delta', 'Delta Voice', { amount: 30, currency: 'GBP', per: 'hour' }),
    vendor('echo', 'Echo Desk'),
    vendor('zulu', 'Zulu Unqualified', { amount: 100, currency: 'EUR', per: 'fte-month' }),
  ];
}
