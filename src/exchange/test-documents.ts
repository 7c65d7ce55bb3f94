// Test data for the exchange tests: the shared worked example and vectors (SPEC §3–5), read fresh on
// every call so a test can break its own copy, and a minimal current-version document with no optional field.
import { readFixture } from '../../tests/fixtures/paths';
import type { Assessment } from '../domain/types';
import { CURRENT_VERSION, formatImportErrors } from './envelope';
import { importAssessmentText } from './import';
import { upgradeDocument } from './migrate';

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

/** Text of tests/fixtures/examples/NAME.json (or NAME.expected.json with suffix '.expected'). */
export function exampleText(name: string, suffix = ''): string {
  return readFixture(`examples/${name}${suffix}.json`);
}

/**
 * A fresh, mutable copy of the worked example's envelope, brought up to the current version by the
 * migrations as an import would (the shared file is version 1), so the validator can take it as it is.
 */
export function smallDoc(): Json {
  const upgraded = upgradeDocument(JSON.parse(exampleText('small-assessment')));
  if (!upgraded.ok) throw new Error('the worked example does not upgrade');
  return upgraded.doc;
}

/** The smallest valid current document: only required fields, so every default gets filled. */
export function minimalDoc(): Json {
  return {
    format: 'bpo-workbench/assessment',
    version: CURRENT_VERSION,
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

/** The assessment a file's text imports to; a test that expects a valid file fails with its errors. */
export function imported(text: string): Assessment {
  const result = importAssessmentText(text);
  if (!result.ok) throw new Error(formatImportErrors(result.errors, Infinity));
  return result.assessment;
}
