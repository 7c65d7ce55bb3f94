// Hostile JSON files through the same entry point as the "Import JSON file" button (SPEC §5: import
// never trusts the file): HomeState.importFile on fake-indexeddb. A file over the documented size is refused
// from File.size alone, before a byte is read or parsed; prototype-polluting keys never reach objects
// or the stored records.
import { storedScores } from '../db/stored-scores-test-support';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { insertAssessment } from '../db/assessments-repo';
import { exportAssessment } from '../exchange/export';
import { MAX_FILE_BYTES } from '../exchange/envelope';
import { workedExample } from '../domain/worked-example';
import { HomeState } from './home.svelte';
import { notices } from './notices.svelte';

const never = async () => {
  throw new Error('the dialog must not be asked');
};

async function everything() {
  return { a: await db.assessments.toArray(), s: await db.scoreBlocks.orderBy(':id').toArray(), p: await db.pilots.toArray(), m: await db.measurementBlocks.toArray() };
}

/** Every own key of every object and array inside `value`, at any depth. */
function allKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (value && typeof value === 'object') {
    for (const key of Reflect.ownKeys(value)) {
      into.add(String(key));
      allKeys((value as Record<string | symbol, unknown>)[key], into);
    }
  }
  return into;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  await insertAssessment(workedExample());
  notices.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('HomeState.importFile with hostile files', () => {
  it('refuses a 60 MB file by its size alone: it is never read, never parsed, and nothing changes', async () => {
    const before = await everything();
    const parse = vi.spyOn(JSON, 'parse');
    const read = vi.fn(() => {
      throw new Error('a file over the limit must not be read');
    });
    // A fake File: the size the browser reports, and every way of reading it booby-trapped.
    const huge = { name: 'huge.json', size: 60 * 1024 * 1024, type: 'application/json', text: read, arrayBuffer: read, slice: read, stream: read } as unknown as File;
    expect(huge.size).toBeGreaterThan(MAX_FILE_BYTES);
    const outcome = await new HomeState().importFile(huge, never);
    expect(outcome).toEqual({
      kind: 'errors',
      errors: 'huge.json: The file is too large (60 MB); the largest assessment file this app opens is 50 MB.',
    });
    expect(read).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
    expect(await everything()).toEqual(before);
  });

  it('keeps __proto__, constructor and prototype keys at every level out of objects and IndexedDB', async () => {
    const a = workedExample();
    a.id = 'hostile-keys';
    // Hostile keys next to real fields: the envelope, the assessment, a category, a criterion, a
    // vendor, an evaluator, a score, a pilot, a KPI and a measurement. JSON.parse makes "__proto__"
    // an own key, exactly as a file would.
    const evil = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"},';
    const text = exportAssessment(a, '2026-11-30T00:00:00.000Z')
      .replace(/^\{/, `{${evil}`)
      .replace(/"(assessment|scale)": \{/g, `"$1": {${evil}`)
      .replace(/\{(\s*)"(id|vendorId|kpiId|date)":/g, `{$1${evil}"$2":`);
    expect(text.split('"__proto__"').length).toBeGreaterThan(20);
    const outcome = await new HomeState().importFile(new File([text], 'keys.json'), never);
    expect(outcome).toMatchObject({ kind: 'inserted', id: 'hostile-keys', screen: 'results' });
    expect(outcome.kind === 'inserted' && (await outcome.written)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    const stored = {
      a: await db.assessments.where('id').equals('hostile-keys').toArray(),
      s: await storedScores('hostile-keys'),
      p: await db.pilots.where('assessmentId').equals('hostile-keys').toArray(),
      m: await db.measurementBlocks.where('assessmentId').equals('hostile-keys').toArray(),
    };
    expect(stored.a).toHaveLength(1);
    expect(stored.s.length).toBe(a.scores.length);
    const keys = allKeys(stored);
    for (const bad of ['__proto__', 'constructor', 'prototype', 'polluted']) expect(keys.has(bad)).toBe(false);
  });
});
