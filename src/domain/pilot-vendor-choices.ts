// The vendor list of the "New pilot" form (SPEC §1 journey 4): every vendor, each with where it stands in
// the ranking (SPEC §3 status, and the failed must-haves of a disqualified one), the vendors a pilot is
// offered for first (pilot-candidates.ts), then the others in ranking order. A pilot with a disqualified
// vendor is allowed but asked about first (state/pilot-creation.svelte.ts).
import type { ConsensusCells } from './consensus';
import { isOfferedForPilot } from './pilot-candidates';
import { formatAgainst, formatNumber } from './pilot-reasons';
import { incompleteTexts } from './results-text';
import type { RankedVendor } from './scoring';
import type { Criterion, Vendor } from './types';

export interface PilotVendorChoice {
  vendor: Vendor;
  /** The option's text: "Northwind Contact — rank 1, qualified". */
  label: string;
  /** "disqualified: Independent audits 2.5 < 3" for a disqualified vendor, else null. */
  disqualified: string | null;
}

interface RankingContext {
  criteria: ReadonlyMap<string, Criterion>;
  /** Consensus per cell: the score a must-have failed with. */
  cells: ConsensusCells;
}

/** "Independent audits 2.5 < 3": each failed must-have with its consensus against its minimum. */
function failedMustHaves(r: RankedVendor, { criteria, cells }: RankingContext): string {
  return r.failedMustHaves
    .map((id) => {
      const criterion = criteria.get(id);
      const mean = cells.at(r.vendorId, id)?.mean;
      const min = criterion?.minScore;
      const name = criterion?.name ?? id;
      return mean === undefined || min === null || min === undefined ? `${name} below its minimum` : `${name} ${formatAgainst(mean, min)} < ${formatNumber(min)}`;
    })
    .join('; ');
}

/** Where the vendor stands: "rank 1, qualified", "rank 2, provisional (67.5 % of the weight scored)", … */
function standing(r: RankedVendor | undefined, context: RankingContext): string {
  if (!r) return 'not ranked';
  if (r.status === 'disqualified') return `disqualified: ${failedMustHaves(r, context)}`;
  if (r.total === null) return 'not scored yet';
  if (r.status === 'qualified') return `rank ${r.rank}, qualified`;
  return `rank ${r.rank}, provisional (${incompleteTexts(r, context.criteria).join('; ')})`;
}

/** Every vendor with its standing: the ones a pilot is offered for first, each group in ranking order. */
export function pilotVendorChoices(vendors: readonly Vendor[], ranking: readonly RankedVendor[], context: RankingContext): PilotVendorChoice[] {
  const place = new Map(ranking.map((r, i) => [r.vendorId, { r, i }]));
  const order = (v: Vendor) => {
    const at = place.get(v.id);
    return (at && isOfferedForPilot(at.r, v) ? 0 : 1) * ranking.length + (at?.i ?? ranking.length);
  };
  return [...vendors]
    .sort((a, b) => order(a) - order(b))
    .map((vendor) => {
      const r = place.get(vendor.id)?.r;
      const text = standing(r, context);
      const rejected = vendor.status === 'rejected' ? '; rejected in the pipeline' : '';
      return { vendor, label: `${vendor.name} — ${text}${rejected}`, disqualified: r?.status === 'disqualified' ? text : null };
    });
}
