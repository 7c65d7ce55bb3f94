// Test data for the exchange tests: the shared worked example and vectors (SPEC §3–5), read fresh on
// every call so a test can break its own copy, and a minimal v1 document with no optional field.
import { readFixture } from '../../tests/fixtures/paths';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const EXAMPLE_NAMES = [
  'small-assessment',
  'vectors/vector-1',
  'vectors/vector-2',
  'vectors/vector-3',
  'vectors/vector-4',
  'vectors/vector-5',
  'vectors/vector-6',
] as const;

/** Text of shared/examples/NAME.json (or NAME.expected.json with suffix '.expected'), from tests/fixtures. */
export function exampleText(name: string, suffix = ''): string {
  return readFixture(`examples/${name}${suffix}.json`);
}

/** A fresh, mutable copy of the worked example's envelope. */
export function smallDoc(): Json {
  return JSON.parse(exampleText('small-assessment'));
}

/** The smallest valid v1 document: only required fields, so every default gets filled. */
export function minimalDoc(): Json {
  return {
    format: 'bpo-workbench/assessment',
    version: 1,
    exportedAt: '2026-11-22T09:00:00.000Z',
    assessment: {
      id: 'a1',
      name: 'Minimal',
      scale: { min: 1, max: 5 },
      categories: [{ id: 'k1', name: 'Quality', weight: 1, criteria: [{ id: 'c1', name: 'Accuracy', weight: 1 }] }],
      vendors: [{ id: 'v1', name: 'Vendor one' }],
      evaluators: [{ id: 'e1', name: 'Eve' }],
      scores: [{ vendorId: 'v1', criterionId: 'c1', evaluatorId: 'e1', value: 4 }],
      pilots: [
        {
          id: 'p1', name: 'Pilot', vendorId: 'v1', start: '2027-01-04', end: '2027-01-31',
          kpis: [{ id: 'csat', name: 'CSAT', unit: '%', direction: 'higher', threshold: 80, target: 85, weight: 1 }],
          measurements: [{ kpiId: 'csat', date: '2027-01-10', value: 84 }],
        },
      ],
    },
  };
}

/** `[[[…]]]` nested `depth` times, built as text so that building it cannot overflow either. */
export function deepArrayText(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}
