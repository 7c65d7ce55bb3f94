// Inside a write transaction: scores whose vendor, criterion or evaluator is gone are removed, so every
// stored score points at something that exists (SPEC §5). A removed vendor takes its whole block; a
// removed criterion or evaluator rewrites only the blocks that hold one of its scores.
import { db } from './db';
import { blockScores, vendorBlock } from './format/score-blocks';
import type { Score } from '../domain/types';

interface Existing {
  vendors: ReadonlySet<string>;
  evaluators: ReadonlySet<string>;
  criteria: ReadonlySet<string>;
}

export async function dropOrphanScores(assessmentId: string, existing: Existing): Promise<void> {
  const blocks = await db.scoreBlocks.where('assessmentId').equals(assessmentId).toArray();
  for (const block of blocks) {
    const key: [string, string] = [assessmentId, block.vendorId];
    if (!existing.vendors.has(block.vendorId)) {
      await db.scoreBlocks.delete(key);
      continue;
    }
    const clean = block.criteria.every((c) => existing.criteria.has(c)) && block.evaluators.every((e) => existing.evaluators.has(e));
    if (clean) continue;
    const scores: Score[] = [];
    blockScores(block, scores);
    const kept = vendorBlock(assessmentId, block.vendorId, scores.filter((s) => existing.criteria.has(s.criterionId) && existing.evaluators.has(s.evaluatorId)));
    if (kept) await db.scoreBlocks.put(kept);
    else await db.scoreBlocks.delete(key);
  }
}
