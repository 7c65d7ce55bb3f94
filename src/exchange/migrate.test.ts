import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from './envelope';
import { importAssessmentText } from './import';
import { type Migration, MIGRATIONS, oldestReadableVersion, upgradeDocument, V1_TO_V2 } from './migrate';
import { parseJsonText } from './import';
import { type Json, minimalDoc } from './test-documents';
import { validateEnvelope } from './validate';

const FIXTURES = new URL('./fixtures/', import.meta.url);

/** A made-up version 0 in which vendors were called suppliers and the scale was a pair. */
const fakeV0toV1: Migration = {
  name: 'v0→v1: suppliers become vendors, scale becomes { min, max }',
  from: 0,
  up(doc) {
    const old = doc.assessment as Json;
    const { suppliers, scale, ...rest } = old;
    return { ...doc, assessment: { ...rest, vendors: suppliers, scale: { min: scale[0], max: scale[1] } } };
  },
};

function v0Doc(): Json {
  const doc = minimalDoc();
  const { vendors, scale, ...rest } = doc.assessment;
  return { ...doc, version: 0, assessment: { ...rest, suppliers: vendors, scale: [scale.min, scale.max] } };
}

describe('upgradeDocument', () => {
  it('hands a current file over unchanged', () => {
    const doc = minimalDoc();
    const result = upgradeDocument(doc);
    expect(result).toEqual({ ok: true, doc, fromVersion: CURRENT_VERSION, applied: [] });
  });

  it('runs named steps from version 0 up, then validation accepts the result', () => {
    const input = v0Doc();
    const before = JSON.stringify(input);
    const result = upgradeDocument(input, [fakeV0toV1, ...MIGRATIONS]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applied).toEqual([fakeV0toV1.name, V1_TO_V2.name]);
    expect([result.fromVersion, result.doc.version]).toEqual([0, 2]);
    expect(JSON.stringify(input)).toBe(before); // steps never change their input
    const validated = validateEnvelope(result.doc);
    expect(validated.ok && validated.assessment.vendors).toEqual([{ id: 'v1', name: 'Vendor one', status: 'candidate' }]);
    expect(validated.ok && validated.assessment.scale).toEqual({ min: 1, max: 5 });
  });

  it('chains steps in version order', () => {
    const seen: number[] = [];
    const step = (from: number): Migration => ({
      name: `step ${from}`,
      from,
      up(doc) {
        seen.push(doc.version as number);
        return doc;
      },
    });
    const result = upgradeDocument({ ...minimalDoc(), version: 0 }, [step(1), step(0)], 2);
    expect(result.ok && result.applied).toEqual(['step 0', 'step 1']);
    expect(seen).toEqual([0, 1]);
    expect(result.ok && result.doc.version).toBe(2);
  });

  it('refuses a version older than the oldest step', () => {
    expect(upgradeDocument({ ...minimalDoc(), version: 0 })).toEqual({
      ok: false,
      errors: [{ path: '', message: 'This file uses format version 0, which this app can no longer read (it reads versions 1–2).' }],
    });
  });

  it('refuses a version-3 file as made by a newer version of the app', () => {
    expect(upgradeDocument({ ...minimalDoc(), version: 3 })).toEqual({
      ok: false,
      errors: [{ path: '', message: 'This file was made by a newer version of the app (format version 3); this app reads version 2. Update the app to open it.' }],
    });
  });

  it('refuses a newer version before any step runs', () => {
    const result = upgradeDocument({ ...minimalDoc(), version: 7 }, [fakeV0toV1], 1);
    expect(result.ok ? '' : result.errors[0].message).toBe(
      'This file was made by a newer version of the app (format version 7); this app reads version 1. Update the app to open it.',
    );
  });

  it('reports a step that fails instead of throwing', () => {
    const broken: Migration = { name: 'v0→v1: broken', from: 0, up: () => { throw new Error('no assessment'); } };
    expect(upgradeDocument({ ...minimalDoc(), version: 0 }, [broken], 1)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'Could not convert this file from format version 0 (step "v0→v1: broken"): no assessment' }],
    });
  });
});

describe('v1→v2: contracts: [] (SPEC §11)', () => {
  const v1 = (): Json => ({ ...minimalDoc(), version: 1 });

  it('gives a version-1 assessment an empty list of contracts, leaving its input alone', () => {
    const input = v1();
    const before = JSON.stringify(input);
    const out = V1_TO_V2.up(input);
    expect(out.assessment).toEqual({ ...input.assessment, contracts: [] });
    expect(JSON.stringify(input)).toBe(before);
  });

  it('drops a "contracts" a version-1 file carried, which version 1 ignored as an unknown field', () => {
    const input = v1();
    input.assessment.contracts = [{ id: 'not-read-in-v1' }];
    const result = upgradeDocument(input);
    expect(result.ok && result.doc.assessment).toMatchObject({ contracts: [] });
  });

  it('leaves an assessment that is not an object for validation to report', () => {
    const result = upgradeDocument({ ...v1(), assessment: 'nope' });
    expect(result.ok && result.doc).toMatchObject({ version: 2, assessment: 'nope' });
    expect(importAssessmentText(JSON.stringify({ ...v1(), assessment: 'nope' }))).toEqual({
      ok: false,
      errors: [{ path: 'assessment', message: 'must be an object' }],
    });
  });

  it('imports the kept version-1 export with no contracts and everything else as it was', () => {
    const text = readFileSync(new URL('assessment-v1.json', FIXTURES), 'utf8');
    const result = importAssessmentText(text);
    expect(result.ok && result.assessment.contracts).toEqual([]);
    expect(result.ok && result.assessment.scores.length).toBe(JSON.parse(text).assessment.scores.length);
  });
});

describe('the registry of migrations', () => {
  it('has exactly one step for each version from the oldest readable one to the current one', () => {
    const oldest = oldestReadableVersion();
    const froms = MIGRATIONS.map((m) => m.from).sort((a, b) => a - b);
    expect(froms).toEqual(Array.from({ length: CURRENT_VERSION - oldest }, (_, i) => oldest + i));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('keeps a real export of every readable version, and every step is exercised by one', () => {
    const files = readdirSync(FIXTURES).filter((f) => /^assessment-v\d+\.json$/.test(f));
    const versions = files.map((f) => Number(/v(\d+)/.exec(f)![1])).sort((a, b) => a - b);
    const oldest = oldestReadableVersion();
    expect(versions).toEqual(Array.from({ length: CURRENT_VERSION - oldest + 1 }, (_, i) => oldest + i));
    const applied = new Set<string>();
    for (const file of files) {
      const text = readFileSync(new URL(file, FIXTURES), 'utf8');
      const parsed = parseJsonText(text);
      const upgraded = parsed.ok ? upgradeDocument(parsed.value) : parsed;
      expect(upgraded.ok, file).toBe(true);
      if (upgraded.ok) upgraded.applied.forEach((name) => applied.add(name));
      expect(importAssessmentText(text).ok, file).toBe(true);
    }
    expect([...applied].sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
  });
});
