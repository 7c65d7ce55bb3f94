// The vendors CSV (SPEC §6 "Vendors": `name` (required), `website`, `headquarters`, `status`, `notes`,
// `price`, `currency`, `per`): one vendor per row, checked by the same rules as the vendor form
// (domain/vendor-draft.ts limits, SPEC §2 price all-or-nothing). A name already in the file or in the
// assessment is skipped with its reason, so importing the same list twice adds nobody twice.
import { MAX_PRICE } from '../../domain/bounds';
import { PRICE_UNITS, VENDOR_STATUSES, type PriceUnit, type Vendor, type VendorStatus } from '../../domain/types';
import { VENDOR_LIMITS } from '../../domain/vendor-draft';
import type { ColumnSpec } from './columns';
import { defineKind, raggedReason } from './kind';
import { parseCsvNumber, quote } from './values';

const VENDOR_COLUMNS = ['name', 'website', 'headquarters', 'status', 'notes', 'price', 'currency', 'per'] as const;
type VendorColumn = (typeof VENDOR_COLUMNS)[number];

/** A vendor as imported: everything but the id, which the assessment gives it (roster-edits addVendor). */
export type VendorRow = Omit<Vendor, 'id'>;

export interface VendorTarget {
  /** Names already in the assessment (compared trimmed, in any case). */
  existingNames: string[];
}

export const VENDOR_SPEC: ColumnSpec<VendorColumn> = {
  columns: VENDOR_COLUMNS,
  required: ['name'],
  labels: { name: 'Name', website: 'Website', headquarters: 'Headquarters', status: 'Status', notes: 'Notes', price: 'Price', currency: 'Currency', per: 'Price per' },
  hints: {
    name: "the vendor's name",
    website: 'optional: https://…',
    headquarters: 'optional',
    status: 'optional: candidate, shortlisted, rejected or selected',
    notes: 'optional',
    price: 'optional: an amount, e.g. 28.50',
    currency: 'with a price: EUR, USD…',
    per: 'with a price: hour, fte-month or contact',
  },
  synonyms: {
    name: ['vendor', 'vendor name', 'name', 'company', 'company name', 'partner', 'bpo', 'supplier', 'provider', 'anbieter', 'firma', 'unternehmen', 'lieferant', 'fournisseur', 'entreprise', 'proveedor', 'empresa', 'leverancier', 'naam'],
    website: ['web', 'url', 'site', 'web site', 'homepage', 'webseite', 'internetseite', 'site web', 'sitio web'],
    headquarters: ['hq', 'head office', 'location', 'country', 'city', 'sitz', 'hauptsitz', 'standort', 'land', 'ort', 'siege', 'pays', 'sede', 'pais', 'hoofdkantoor'],
    status: ['pipeline status', 'stage', 'pipeline', 'state', 'stand', 'etat', 'estado'],
    notes: ['note', 'comment', 'comments', 'remarks', 'description', 'notiz', 'notizen', 'bemerkung', 'bemerkungen', 'kommentar', 'commentaire', 'notas', 'opmerking'],
    price: ['rate', 'amount', 'cost', 'price amount', 'preis', 'betrag', 'prix', 'tarif', 'precio', 'prijs'],
    currency: ['ccy', 'currency code', 'waehrung', 'wahrung', 'devise', 'moneda', 'valuta'],
    per: ['unit', 'price per', 'price unit', 'pricing unit', 'billing unit', 'per unit', 'einheit', 'unite', 'unidad'],
  },
};

/** Words people use for each pipeline status and price unit (after lower-casing and trimming). */
const STATUS_WORDS: Record<string, VendorStatus> = { longlist: 'candidate', shortlist: 'shortlisted', chosen: 'selected', winner: 'selected' };
const PER_WORDS: Record<string, PriceUnit> = {
  h: 'hour', hr: 'hour', hours: 'hour', 'per hour': 'hour', hourly: 'hour',
  fte: 'fte-month', 'fte month': 'fte-month', 'fte/month': 'fte-month', 'per fte-month': 'fte-month', 'per fte month': 'fte-month', month: 'fte-month', monthly: 'fte-month',
  contacts: 'contact', 'per contact': 'contact', call: 'contact', interaction: 'contact',
};

const key = (name: string) => name.trim().toLowerCase();

/** More vendors than anyone compares in one assessment: a file beyond it is probably not a vendor list. */
const MAX_VENDORS_PER_IMPORT = 1000;

export const VENDOR_KIND = defineKind<VendorRow, VendorTarget, VendorColumn>({
  spec: VENDOR_SPEC,
  rowsWord: 'vendors',
  createValidator(target, mapping, columnCount, decimalComma) {
    const stored = new Set(target.existingNames.map(key));
    /** Names read so far in this file → the line that has them. */
    const seen = new Map<string, number>();
    const cell = (fields: readonly string[], column: VendorColumn) => {
      const i = mapping[column];
      return i === null ? '' : fields[i].trim();
    };

    return (fields, line) => {
      const ragged = raggedReason(fields, columnCount);
      if (ragged) return ragged;
      const reasons: string[] = [];
      const name = cell(fields, 'name');
      if (name === '') reasons.push('the name is empty (every vendor needs one)');
      else if (name.length > VENDOR_LIMITS.name) reasons.push(`the name is longer than ${VENDOR_LIMITS.name} characters`);
      else if (seen.has(key(name))) reasons.push(`duplicate name ${quote(name)}: already on line ${seen.get(key(name))}, skipped`);
      else if (stored.has(key(name))) reasons.push(`a vendor called ${quote(name)} is already in this assessment, skipped`);

      const statusText = cell(fields, 'status').toLowerCase();
      const status = statusText === '' ? 'candidate' : VENDOR_STATUSES.find((s) => s === statusText) ?? STATUS_WORDS[statusText];
      if (!status) reasons.push(`status ${quote(cell(fields, 'status'))} is not one of ${VENDOR_STATUSES.join(', ')}`);

      const row: VendorRow = { name, status: status ?? 'candidate' };
      for (const field of ['website', 'headquarters', 'notes'] as const) {
        const text = field === 'notes' ? cell(fields, field).replace(/\r\n?/g, '\n') : cell(fields, field);
        if (text.length > VENDOR_LIMITS[field]) reasons.push(`${field} is longer than ${VENDOR_LIMITS[field]} characters`);
        else if (text !== '') row[field] = text;
      }

      const price = readPrice(cell(fields, 'price'), cell(fields, 'currency'), cell(fields, 'per'), decimalComma);
      if (typeof price === 'string') reasons.push(price);
      else if (price) row.price = price;
      if (reasons.length === 0 && seen.size >= MAX_VENDORS_PER_IMPORT) reasons.push(`more than ${MAX_VENDORS_PER_IMPORT} vendors in one file: import the list in parts`);
      if (reasons.length > 0) return reasons.join('; ');
      // Only an imported row claims its name: a later good row is not refused for a rejected one.
      seen.set(key(name), line);
      return row;
    };
  },
});

/** SPEC §2: a price is an amount ≥ 0, an ISO currency and a unit, all three or none. */
function readPrice(amountText: string, currencyText: string, perText: string, decimalComma: boolean): Vendor['price'] | string | undefined {
  if (amountText === '' && currencyText === '' && perText === '') return undefined;
  const problems: string[] = [];
  const parsed = amountText === '' ? null : parseCsvNumber(amountText, decimalComma);
  const amount = parsed?.ok && parsed.value >= 0 ? parsed.value : null;
  if (parsed === null) problems.push('the price is empty');
  else if (!parsed.ok) problems.push(`price: ${parsed.reason}`);
  else if (amount === null) problems.push(`price ${parsed.value} is negative`);
  else if (amount > MAX_PRICE) problems.push(`price ${parsed.value} is above ${MAX_PRICE}, the most a price can be`);
  const currency = currencyText.toUpperCase();
  if (currency === '') problems.push('the currency is empty');
  else if (!/^[A-Z]{3}$/.test(currency)) problems.push(`currency ${quote(currencyText)} is not a 3-letter ISO code such as EUR or USD`);
  const perKey = perText.toLowerCase().replace(/\s+/g, ' ');
  const per = perKey === '' ? undefined : PRICE_UNITS.find((u) => u === perKey) ?? PER_WORDS[perKey];
  if (perText === '') problems.push('"per" is empty');
  else if (!per) problems.push(`per ${quote(perText)} is not one of ${PRICE_UNITS.join(', ')}`);
  if (problems.length > 0 || amount === null || !per) return `${problems.join(', ')} (a price needs price, currency and per, or none of them)`;
  return { amount, currency, per };
}
