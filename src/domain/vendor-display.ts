// How a vendor reads on screen: safe links, prices, pipeline status, and what removing it would cost.
import { lossText, scoreLoss } from './checklist-summary';
import { formatMoney } from './format';
import type { Assessment, Price, PriceUnit, VendorStatus } from './types';

/**
 * The href for a website, or null when it must stay inert text. Only absolute http(s) URLs become
 * links: "javascript:…", "data:…" or a bare "www.example.com" never do.
 */
export function websiteHref(text: string | undefined): string | null {
  const t = text?.trim();
  if (!t || !/^https?:\/\//i.test(t)) return null;
  try {
    const url = new URL(t);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export const PRICE_UNIT_LABELS: Record<PriceUnit, string> = {
  hour: 'per hour',
  'fte-month': 'per FTE-month',
  contact: 'per contact',
};

/** "€28.50 per hour" in the reader's locale (format.ts); "XYZ 28.5 per hour" for a code Intl does not know. */
export function formatPrice(price: Price): string {
  return `${formatMoney(price.amount, price.currency)} ${PRICE_UNIT_LABELS[price.per]}`;
}

export const STATUS_LABELS: Record<VendorStatus, string> = {
  candidate: 'Candidate',
  shortlisted: 'Shortlisted',
  rejected: 'Rejected',
  selected: 'Selected',
};

/** The badge tone of a pipeline status; the text always says the status too. */
export const STATUS_TONES: Record<VendorStatus, 'neutral' | 'info' | 'danger' | 'ok'> = {
  candidate: 'neutral',
  shortlisted: 'info',
  rejected: 'danger',
  selected: 'ok',
};

/**
 * The confirmation text for removing a vendor: names the scores and the pilots (with their
 * measurements and decisions) that go with it.
 */
export function vendorRemovalMessage(a: Assessment, vendorId: string): string {
  const vendor = a.vendors.find((v) => v.id === vendorId);
  const name = vendor?.name ?? vendorId;
  const loss = scoreLoss(a.scores, (s) => s.vendorId === vendorId);
  const pilots = a.pilots.filter((p) => p.vendorId === vendorId);
  const parts: string[] = [];
  if (loss.scores > 0) parts.push(lossText(loss));
  if (pilots.length > 0) {
    const names = pilots.map((p) => `“${p.name}”`).join(', ');
    parts.push(`${pilots.length === 1 ? 'the pilot' : `${pilots.length} pilots`} ${names} with ${pilots.length === 1 ? 'its' : 'their'} measurements and decisions`);
  }
  if (parts.length === 0) return `Remove “${name}”? No scores or pilots are recorded for this vendor yet.`;
  return `Remove “${name}”? ${parts.join(' and ')} will be deleted.`;
}
