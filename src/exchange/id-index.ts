// SPEC §5: "ids unique within categories, criteria (across all categories), vendors, evaluators,
// pilots, and KPIs within a pilot; every vendorId, criterionId, evaluatorId, kpiId resolves".
// Ids are registered as soon as the id itself is valid, even when another field of the same item is
// wrong, so one bad field does not turn every reference to that item into a second, misleading error.
// When some item of a kind has no usable id (missing, invalid, a duplicate, or its list unreadable),
// the index is incomplete: a reference to an unknown id might mean that item, so it is not reported
// (the broken item is, and once it is fixed the next import reports any reference still dangling).
import type { Reader } from './reader';

export class IdIndex {
  // A Map, not a plain object: ids such as "constructor" or "__proto__" are just keys here. Each id
  // maps to its ordinal (registration order), which lets score-cells.ts number a cell without strings.
  private readonly ordinals = new Map<string, number>();
  private readonly firstPaths: string[] = [];
  private complete = true;

  /** @param kind how a person names this kind of thing, e.g. "vendor" or "KPI". */
  constructor(readonly kind: string) {}

  /** Adds the id of the item at `path`, or reports it as a duplicate. */
  register(reader: Reader, id: string, path: string): void {
    const first = this.ordinals.get(id);
    if (first !== undefined) {
      reader.fail(`${path}.id`, `${JSON.stringify(id)} is already used by ${this.firstPaths[first]} (ids must be unique)`);
      // The second item was probably meant to have another id, which references may use.
      this.complete = false;
      return;
    }
    this.ordinals.set(id, this.firstPaths.length);
    this.firstPaths.push(path);
  }

  /** How many distinct ids are registered. */
  get size(): number {
    return this.firstPaths.length;
  }

  /**
   * The ordinal of a registered id (0 ≤ ordinal < size), or −1. A registered id passed the id rule
   * (Reader.id), so a value with an ordinal is a valid id that resolves.
   */
  ordinal(id: unknown): number {
    return typeof id === 'string' ? (this.ordinals.get(id) ?? -1) : -1;
  }

  /** Some item of this kind has no usable id, so the full set of ids is unknown. */
  markIncomplete(): void {
    this.complete = false;
  }

  /** Whether a reference to `id` can be taken as resolving (see above for an incomplete index). */
  resolves(id: string): boolean {
    return this.ordinals.has(id) || !this.complete;
  }
}

/** The ids of one assessment, by kind; KPIs are per pilot. */
export interface AssessmentIds {
  categories: IdIndex;
  criteria: IdIndex;
  vendors: IdIndex;
  evaluators: IdIndex;
  pilots: IdIndex;
  /** SPEC §11: contract ids are unique across the assessment (service levels, reviews, actions per contract). */
  contracts: IdIndex;
}

export function newAssessmentIds(): AssessmentIds {
  return {
    categories: new IdIndex('category'),
    criteria: new IdIndex('criterion'),
    vendors: new IdIndex('vendor'),
    evaluators: new IdIndex('evaluator'),
    pilots: new IdIndex('pilot'),
    contracts: new IdIndex('contract'),
  };
}
