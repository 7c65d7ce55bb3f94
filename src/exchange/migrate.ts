// The first stages of an import (SPEC §5): recognise our envelope, refuse a file from a newer app (its
// fields may mean what this app cannot know, so guessing could lose data), then bring an older file up
// to CURRENT_VERSION one named step at a time, each tested on its own, so no version is read by ad-hoc
// checks. What comes out has the current envelope and goes to validate.ts; nothing here trusts the
// content beyond that.
import { CURRENT_VERSION, FORMAT, type ImportError, NOT_AN_ASSESSMENT_FILE } from './envelope';
import { describe, isJsonObject, type JsonObject, ownField } from './reader';

/**
 * One step from format version `from` to `from + 1`. Steps are pure: they return a new document and
 * leave their input alone. Name them by what changed, e.g. "v1→v2: price moves into vendor.offer".
 */
export interface Migration {
  name: string;
  from: number;
  up(doc: JsonObject): JsonObject;
}

/**
 * SPEC §11: version 2 adds the contracts governing vendors after a GO; a version-1 assessment has none.
 * An assessment that is not an object is left as it is, for validation to report at its place.
 */
export const V1_TO_V2: Migration = {
  name: 'v1→v2: contracts: []',
  from: 1,
  up(doc) {
    const assessment = ownField(doc, 'assessment');
    if (!isJsonObject(assessment)) return { ...doc };
    return { ...doc, assessment: { ...assessment, contracts: [] } };
  },
};

/**
 * Every released format version older than CURRENT_VERSION has a step here, oldest first. When adding
 * a step, keep a real export of the old version in fixtures/ (migrate.test.ts fails if a step or a
 * version has no fixture that goes through it).
 */
export const MIGRATIONS: readonly Migration[] = [V1_TO_V2];

type UpgradeResult =
  | { ok: true; doc: JsonObject; fromVersion: number; applied: string[] }
  | { ok: false; errors: ImportError[] };

function failure(path: string, message: string): UpgradeResult {
  return { ok: false, errors: [{ path, message }] };
}

/** The oldest version the given steps can bring up to `current`. */
export function oldestReadableVersion(migrations: readonly Migration[] = MIGRATIONS, current = CURRENT_VERSION): number {
  let version = current;
  while (migrations.some((m) => m.from === version - 1)) version--;
  return version;
}

/** Stage 1: is this our envelope at all, and which version does it claim? */
function recognise(raw: unknown): { doc: JsonObject; version: number } | UpgradeResult {
  if (!isJsonObject(raw)) return failure('', NOT_AN_ASSESSMENT_FILE);
  const format = ownField(raw, 'format');
  if (format === undefined) return failure('', NOT_AN_ASSESSMENT_FILE);
  if (format !== FORMAT) {
    return failure('', `This is not a BPO workbench assessment file: its "format" is ${describe(format)}, not ${JSON.stringify(FORMAT)}`);
  }
  const version = ownField(raw, 'version');
  if (version === undefined) return failure('version', 'is required (the format version of the file, e.g. 1)');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return failure('version', `must be a whole number (got ${describe(version)})`);
  }
  return { doc: raw, version };
}

/**
 * Recognise → refuse newer → migrate step by step. `migrations` and `current` are parameters only so
 * tests can run the mechanism with a fake step; the app uses the defaults.
 */
export function upgradeDocument(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  current = CURRENT_VERSION,
): UpgradeResult {
  const recognised = recognise(raw);
  if ('ok' in recognised) return recognised;
  const { version: fromVersion } = recognised;
  if (fromVersion > current) {
    return failure(
      '',
      `This file was made by a newer version of the app (format version ${fromVersion}); this app reads version ${current}. Update the app to open it.`,
    );
  }
  const oldest = oldestReadableVersion(migrations, current);
  if (fromVersion < oldest) {
    const readable = oldest === current ? `version ${current}` : `versions ${oldest}–${current}`;
    return failure('', `This file uses format version ${fromVersion}, which this app can no longer read (it reads ${readable}).`);
  }
  let doc = recognised.doc;
  const applied: string[] = [];
  for (let version = fromVersion; version < current; version++) {
    const step = migrations.find((m) => m.from === version)!;
    try {
      doc = { ...step.up(doc), version: version + 1 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return failure('', `Could not convert this file from format version ${version} (step "${step.name}"): ${reason}`);
    }
    applied.push(step.name);
  }
  return { ok: true, doc, fromVersion, applied };
}
