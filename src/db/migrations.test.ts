// Upgrading a browser's database written by schema version 1 (one record per score, one measurement
// block per pilot and KPI) to the current layout (score blocks, format/score-blocks.ts; measurement
// blocks of bounded size, format/measurement-blocks.ts): every assessment reads back exactly as it was stored.
import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { db } from './db';
import { loadAssessment } from './assessments-repo';
import { BLOCK_ROWS } from './format/measurement-blocks';
import { CURRENT_SCHEMA_VERSION, DB_NAME, SCHEMA_VERSIONS } from './schema';
import { makeFullAssessment } from '../domain/test-full-assessment';
import { makeCategory, makeCriterion, makeStoredSample, makeVendor, sampleMeasurementRows } from '../domain/test-factories';
import { rowsFromMeasurements } from '../domain/pilot-rows-build';
import { hasScoreContent } from '../domain/score-edits';
import type { Assessment, Score } from '../domain/types';

/** Writes assessments exactly as schema version 1 stored them (its tables and key paths, one record per score). */
async function writeVersion1(assessments: readonly Assessment[]): Promise<void> {
  const v1 = new Dexie(DB_NAME);
  v1.version(1).stores(SCHEMA_VERSIONS[0].stores as Record<string, string>);
  await v1.open();
  for (const a of assessments) {
    const { scores, pilots, ...meta } = a;
    await v1.table('assessments').add({ ...meta, revision: `v1-${a.id}` });
    await v1.table('scores').bulkAdd(scores.filter(hasScoreContent).map((s) => ({ ...s, assessmentId: a.id })));
    await v1.table('pilots').bulkAdd(pilots.map(({ measurements: _m, ...p }, order) => ({ ...p, assessmentId: a.id, order })));
    // One block per (pilot, KPI), however many rows it holds.
    await v1.table('measurements').bulkAdd(pilots.flatMap((p) => p.measurements.blocks.map((b) => ({ ...b, assessmentId: a.id, pilotId: p.id }))));
  }
  v1.close();
}

/** The order version 1 read scores back in: its primary key, strings compared by code unit. */
const keyOrder = (s: Score) => [s.vendorId, s.criterionId, s.evaluatorId];
function inKeyOrder(scores: readonly Score[]): Score[] {
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return scores.filter(hasScoreContent).sort((a, b) => {
    const [x, y] = [keyOrder(a), keyOrder(b)];
    return compare(x[0], y[0]) || compare(x[1], y[1]) || compare(x[2], y[2]);
  });
}

/** Many scores with ids that sort differently by code unit and by locale, notes on unscored cells, stamps. */
function randomAssessment(id: string, seed: number): Assessment {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const vendorIds = ['Zeta', 'alpha', 'Émile', 'beta-2', 'beta-10', '😀 smile'];
  const criteria = ['c-b', 'C-a', 'ç', 'c10', 'c9'].map((c) => makeCriterion(c));
  const evaluatorIds = ['ana', 'Bo', 'élise'];
  const scores: Score[] = [];
  for (const v of vendorIds)
    for (const c of criteria)
      for (const e of evaluatorIds) {
        const r = next();
        if (r < 0.2) continue;
        const score: Score = { vendorId: v, criterionId: c.id, evaluatorId: e, value: r < 0.3 ? null : Math.round(next() * 50) / 10 };
        if (r < 0.3 || next() < 0.3) score.note = `Note ${Math.floor(next() * 4)} – “${v}”`;
        if (next() < 0.7) score.updatedAt = `2026-11-0${1 + Math.floor(next() * 9)}T10:00:00.000Z`;
        scores.push(score);
      }
  return makeStoredSample({
    id,
    name: `Random ${id}`,
    categories: [makeCategory('k', 1, criteria)],
    vendors: vendorIds.map((v) => makeVendor(v)),
    evaluators: evaluatorIds.map((e) => ({ id: e, name: e })),
    scores,
    pilots: [],
  });
}

beforeEach(async () => {
  db.close();
  await Dexie.delete(DB_NAME);
});

describe('upgrade from schema version 1', () => {
  it('moves every score into blocks, keeping values, notes, stamps and the order they were read in', async () => {
    const full = makeFullAssessment();
    const random = [randomAssessment('r1', 7), randomAssessment('r2', 11)];
    await writeVersion1([full, ...random]);

    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect([...db.backendDB().objectStoreNames]).not.toContain('scores');
    for (const a of [full, ...random]) {
      const read = await loadAssessment(a.id);
      const { revision: _r, ...expected } = { ...a, scores: inKeyOrder(a.scores), revision: '' };
      expect(read).toEqual(expected);
    }
    expect(random[0].scores.some((s) => s.value === null && s.note)).toBe(true);
  });

  it('upgrades a database with no scores at all', async () => {
    const a = { ...makeFullAssessment(), scores: [] };
    await writeVersion1([a]);
    await db.open();
    expect((await loadAssessment(a.id))?.scores).toEqual([]);
    expect(await db.scoreBlocks.count()).toBe(0);
  });

  it('keeps one block per vendor that has scores', async () => {
    const a = randomAssessment('r3', 5);
    await writeVersion1([a]);
    await db.open();
    const vendors = new Set(a.scores.filter(hasScoreContent).map((s) => s.vendorId));
    expect((await db.scoreBlocks.where('assessmentId').equals('r3').toArray()).map((b) => b.vendorId).sort()).toEqual([...vendors].sort());
  });
});

describe('upgrade to schema version 4', () => {
  it('cuts a 120,000-row measurement block into blocks of at most BLOCK_ROWS rows that read back as it was', async () => {
    const full = makeFullAssessment();
    const [first, ...others] = full.pilots;
    const kpiIds = first.kpis.map((k) => k.id);
    const rows = sampleMeasurementRows(120_000).map((r) => ({ ...r, kpiId: kpiIds[0] }));
    const big = { ...full, pilots: [{ ...first, measurements: rowsFromMeasurements(rows, kpiIds) }, ...others] };
    await writeVersion1([big]);

    await db.open();
    expect([...db.backendDB().objectStoreNames]).not.toContain('measurements');
    const stored = await db.measurementBlocks.where('[assessmentId+pilotId]').equals([big.id, first.id]).toArray();
    expect(stored.map((b) => [b.kpiId, b.part, b.value.length])).toEqual([[kpiIds[0], 0, BLOCK_ROWS], [kpiIds[0], 1, BLOCK_ROWS], [kpiIds[0], 2, 20_000]]);
    const { revision: _r, ...expected } = { ...big, scores: inKeyOrder(big.scores), revision: '' };
    expect(await loadAssessment(big.id)).toEqual(expected);
  });
});
