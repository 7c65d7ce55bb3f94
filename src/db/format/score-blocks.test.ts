// Score blocks built with integer ranks and counting sorts (score-blocks.ts, score-order.ts) are the
// blocks the first, string-comparing builder made, byte for byte: same blocks in the same order, same
// dictionaries, same typed arrays; and an assessment's scores survive toRecords → fromRecords.
import { describe, expect, it } from 'vitest';
import { Dictionary } from '../../domain/dictionary';
import { groupBy } from '../../domain/group-by';
import { hasScoreContent } from '../../domain/score-edits';
import { makeAssessment } from '../../domain/test-factories';
import { prng } from '../../domain/test-factories-large';
import type { Score } from '../../domain/types';
import { fromRecords, toRecords } from './assessment-records';
import { scoreBlocks, scoresOfBlocks, vendorBlock, type ScoreBlock } from './score-blocks';

// The first builder, kept as the reference: group by vendor, sort each vendor's kept scores by
// comparing ids, and number the strings with a fresh Dictionary per block.
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byCell = (a: Score, b: Score): number => byCode(a.criterionId, b.criterionId) || byCode(a.evaluatorId, b.evaluatorId);

function referenceVendorBlock(assessmentId: string, vendorId: string, scores: readonly Score[]): ScoreBlock | null {
  const kept = scores.filter(hasScoreContent).sort(byCell);
  if (kept.length === 0) return null;
  const size = kept.length;
  const [criteria, evaluators, notes, stamps] = [new Dictionary(), new Dictionary(), new Dictionary(), new Dictionary()];
  const block: ScoreBlock = {
    assessmentId, vendorId,
    criteria: criteria.values, criterion: new Uint32Array(size),
    evaluators: evaluators.values, evaluator: new Uint32Array(size),
    value: new Float64Array(size),
    notes: notes.values, note: new Uint32Array(size),
    stamps: stamps.values, stamp: new Uint32Array(size),
  };
  kept.forEach((s, i) => {
    block.criterion[i] = criteria.index(s.criterionId);
    block.evaluator[i] = evaluators.index(s.evaluatorId);
    block.value[i] = s.value ?? NaN;
    block.note[i] = s.note === undefined ? 0 : notes.index(s.note) + 1;
    block.stamp[i] = s.updatedAt === undefined ? 0 : stamps.index(s.updatedAt) + 1;
  });
  return block;
}

function referenceBlocks(assessmentId: string, scores: readonly Score[]): ScoreBlock[] {
  const byVendor = groupBy(scores, (s) => s.vendorId);
  return [...byVendor.keys()]
    .sort(byCode)
    .map((vendorId) => referenceVendorBlock(assessmentId, vendorId, byVendor.get(vendorId)!))
    .filter((b): b is ScoreBlock => b !== null);
}

const TYPED = ['criterion', 'evaluator', 'value', 'note', 'stamp'] as const;

/** A block as plain data, each typed array as the hex of its whole buffer (so byte for byte, NaN included). */
function bytes(block: ScoreBlock | null) {
  if (!block) return null;
  const plain: Record<string, unknown> = { keys: Object.keys(block) };
  for (const [key, value] of Object.entries(block)) {
    plain[key] = ArrayBuffer.isView(value) ? Buffer.from(value.buffer).toString('hex') : value;
  }
  return plain;
}

/**
 * `count` scores in shuffled order over ids that sort differently by code unit than by eye (upper case
 * first, "v10" before "v9", non-ASCII last), with empty cells, notes on unscored cells, empty notes,
 * repeated and one-off notes and stamps, missing stamps, and a few second scores for the same cell.
 */
function randomScores(seed: number, count: number): Score[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const vendors = Array.from({ length: 40 }, (_, i) => `${pick(['v', 'V', 'vendor-', 'é', '_'])}${i}`);
  const criteria = Array.from({ length: 30 }, (_, i) => `${pick(['c', 'C', 'crit.'])}${i}`);
  const evaluators = ['eve', 'Ana', 'ben', 'Zoë', 'al'];
  const notes = ['Strong on escalations.', 'Asked for a second demo.', 'Pricing unclear <b>per seat</b>.', 'ok', 'Ünïcode 🙂'];
  const stamps = Array.from({ length: 60 }, (_, i) => `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T10:${String(i).padStart(2, '0')}:00.000Z`);
  const scores: Score[] = [];
  for (let i = 0; i < count; i++) {
    const again = scores.length > 0 && random() < 0.03 ? pick(scores) : null;
    const r = random();
    const score: Score = {
      vendorId: again?.vendorId ?? pick(vendors),
      criterionId: again?.criterionId ?? pick(criteria),
      evaluatorId: again?.evaluatorId ?? pick(evaluators),
      value: r < 0.25 ? null : Math.round(random() * 50) / 10,
    };
    const n = random();
    if (n < 0.3) score.note = pick(notes);
    else if (n < 0.4) score.note = '';
    else if (n < 0.45) score.note = `One-off note ${i}`;
    const t = random();
    if (t < 0.7) score.updatedAt = pick(stamps);
    else if (t < 0.8) score.updatedAt = `2027-01-01T00:00:${String(i % 60).padStart(2, '0')}.${i}Z`;
    scores.push(score);
  }
  return scores;
}

describe('score blocks', () => {
  for (const seed of [1, 2, 3]) {
    it(`are the first builder's blocks, byte for byte (seed ${seed}, 6,000 scores)`, () => {
      const scores = randomScores(seed, 6000);
      const blocks = scoreBlocks('a1', scores);
      expect(blocks.length).toBeGreaterThan(30);
      expect(blocks.map(bytes)).toEqual(referenceBlocks('a1', scores).map(bytes));
      // Each typed array has a buffer of its own and of its exact size (stored and transferred as it is).
      for (const block of blocks) for (const key of TYPED) expect(block[key].buffer.byteLength).toBe(block[key].byteLength);
    });
  }

  it("are the first builder's blocks one vendor at a time, as a single score edit rebuilds them", () => {
    const scores = randomScores(4, 3000);
    const byVendor = groupBy(scores, (s) => s.vendorId);
    for (const [vendorId, list] of byVendor) {
      expect(bytes(vendorBlock('a1', vendorId, list))).toEqual(bytes(referenceVendorBlock('a1', vendorId, list)));
    }
    // The vendor given names the block, whatever the scores say (as before).
    expect(bytes(vendorBlock('a1', 'other', scores))).toEqual(bytes(referenceVendorBlock('a1', 'other', scores)));
    expect(vendorBlock('a1', 'v1', [{ vendorId: 'v1', criterionId: 'c1', evaluatorId: 'e1', value: null, note: '' }])).toBeNull();
    expect(scoreBlocks('a1', [])).toEqual([]);
  });

  it('keep every score with a value or a note through toRecords → fromRecords, in stored order', () => {
    const scores = randomScores(5, 8000);
    const assessment = makeAssessment({ scores });
    const records = toRecords(assessment);
    expect(records.scoreBlocks.map(bytes)).toEqual(referenceBlocks(assessment.id, scores).map(bytes));
    const back = fromRecords(records).scores;
    expect(back).toEqual(scoresOfBlocks(referenceBlocks(assessment.id, scores)));
    expect(back).toHaveLength(scores.filter(hasScoreContent).length);
    // Every kept score comes back exactly (duplicates of a cell in the order given).
    const key = (s: Score) => JSON.stringify([s.vendorId, s.criterionId, s.evaluatorId, s.value, s.note, s.updatedAt]);
    expect(back.map(key).sort()).toEqual(scores.filter(hasScoreContent).map(key).sort());
  });
});
