// SPEC §9 value for money: total against price for contenders priced in the same currency and unit,
// the efficiency frontier, and the optional quality–price view.
import type { PriceUnit, Vendor } from '../types';
import type { RobustnessModel } from './model';

export interface PricedContender {
  vendorId: string;
  name: string;
  total: number;
  price: number;
  /** On the efficiency frontier: no other vendor of the group is at least as good on both, better on one. */
  efficient: boolean;
  /** The vendors that beat this one on both (empty when efficient). */
  dominatedBy: string[];
}

export interface PriceGroup {
  currency: string;
  per: PriceUnit;
  /** By price, cheapest first (then by total, best first). */
  vendors: PricedContender[];
}

export interface ValueForMoney {
  /** Groups by size, largest first (then by first appearance): the first is the one to plot. */
  groups: PriceGroup[];
  /** Contenders without a usable price (none, zero or negative). */
  unpriced: string[];
}

export function valueForMoney(model: RobustnessModel, vendors: readonly Vendor[]): ValueForMoney {
  const byId = new Map(vendors.map((vendor) => [vendor.id, vendor]));
  const groups = new Map<string, PriceGroup>();
  const unpriced: string[] = [];
  for (const contender of model.contenders) {
    const price = byId.get(contender.vendorId)?.price;
    if (!price || !Number.isFinite(price.amount) || price.amount <= 0) {
      unpriced.push(contender.vendorId);
      continue;
    }
    // Currency codes are compared as ISO codes: "eur" and "EUR" are the same currency.
    const currency = price.currency.trim().toUpperCase();
    const key = `${currency}\u001f${price.per}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { currency, per: price.per, vendors: [] }));
    group.vendors.push({
      vendorId: contender.vendorId,
      name: contender.name,
      total: contender.total,
      price: price.amount,
      efficient: true,
      dominatedBy: [],
    });
  }
  for (const group of groups.values()) markFrontier(group.vendors);
  return {
    groups: [...groups.values()].sort((a, b) => b.vendors.length - a.vendors.length),
    unpriced,
  };
}

/** o dominates v when o's total ≥ v's and o's price ≤ v's, strictly better on at least one. */
function markFrontier(group: PricedContender[]): void {
  for (const vendor of group) {
    vendor.dominatedBy = group
      .filter(
        (other) =>
          other !== vendor &&
          other.total >= vendor.total &&
          other.price <= vendor.price &&
          (other.total > vendor.total || other.price < vendor.price),
      )
      .map((other) => other.vendorId);
    vendor.efficient = vendor.dominatedBy.length === 0;
  }
  group.sort((a, b) => a.price - b.price || b.total - a.total);
}

export interface QualityPriceRow {
  vendorId: string;
  name: string;
  total: number;
  price: number;
  /** 100 × lowest price / price. */
  pricePoints: number;
  /** (1 − w)·total + w·pricePoints. */
  combined: number;
  /** 1-based, by combined (equal combined values share a rank). */
  rank: number;
}

/** SPEC §9 quality–price view of one price group for a price weight w in [0, 1]. */
export function qualityPrice(group: PriceGroup, priceWeight: number): QualityPriceRow[] {
  const w = Math.min(1, Math.max(0, priceWeight));
  const lowest = Math.min(...group.vendors.map((vendor) => vendor.price));
  const rows = group.vendors
    .map((vendor) => {
      const pricePoints = (100 * lowest) / vendor.price;
      return {
        vendorId: vendor.vendorId,
        name: vendor.name,
        total: vendor.total,
        price: vendor.price,
        pricePoints,
        combined: (1 - w) * vendor.total + w * pricePoints,
        rank: 0,
      };
    })
    .sort((a, b) => b.combined - a.combined);
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    row.rank = previous && previous.combined - row.combined < 1e-9 ? previous.rank : i + 1;
  });
  return rows;
}
