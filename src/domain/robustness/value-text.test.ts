import { describe, expect, it } from 'vitest';
import { qualityPrice, valueForMoney } from './value-for-money';
import { frontierSentence, frontierStatus, ordinal, qualityPriceSentence, leftOutOfValue } from './value-text';
import { valueModel, valueVendors } from './value-fixtures';

describe('value-for-money texts', () => {
  const model = valueModel();
  const value = valueForMoney(model, valueVendors());
  const [euro, pound] = value.groups;

  it('says who is on the frontier and who beats whom', () => {
    expect(euro.vendors.map((v) => frontierStatus(euro, v))).toEqual(['On the frontier', 'On the frontier', 'Beaten by Alpha Care and Bravo Support']);
    expect(frontierSentence(pound)).toBe('Delta Voice is the only vendor priced in GBP per hour, so there is no other vendor to compare it with.');
  });

  it('says who is left out of the chart and why: another currency or unit, no price, provisional, disqualified', () => {
    expect(leftOutOfValue(model, value)).toEqual([
      { name: 'Delta Voice', reason: 'priced in GBP per hour, so compared only in its own table' },
      { name: 'Echo Desk', reason: 'no price entered' },
      { name: 'Yankee Help', reason: 'provisional, not fully scored (67.5 % of the weight scored)' },
      { name: 'Zulu Unqualified', reason: 'disqualified (Independent audits: 2.5 < 3)' },
    ]);
    const everyonePriced = valueForMoney({ ...model, contenders: model.contenders.slice(0, 2), setAside: [] }, valueVendors());
    expect(leftOutOfValue({ ...model, setAside: [] }, everyonePriced)).toEqual([]);
  });

  it('names the quality–price leader and its rank in the main ranking', () => {
    expect(qualityPriceSentence(model, qualityPrice(euro, 0.3), 30)).toBe('With price at 30 % and the total score at 70 %, Alpha Care comes first (1st in the main ranking).');
    expect(qualityPriceSentence(model, qualityPrice(euro, 0.6), 60)).toBe('With price at 60 % and the total score at 40 %, Bravo Support comes first (2nd in the main ranking).');
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th']);
  });
});
