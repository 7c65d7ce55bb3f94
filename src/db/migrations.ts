// The data migrations between schema versions (schema.ts names them). Each runs inside the upgrade
// transaction Dexie opens, reading the old tables through that transaction (not through `db`).
import type { Transaction } from 'dexie';
import { groupBy } from '../domain/group-by';
import { scoreBlocks } from './format/score-blocks';
import type { Score } from '../domain/types';

/** A score as schema version 1 stored it: one record per (assessment, vendor, criterion, evaluator). */
interface ScoreRecordV1 extends Score {
  assessmentId: string;
}

/** Version 1 → 2: every assessment's score records become its score blocks. */
async function scoresToBlocks(tx: Transaction): Promise<void> {
  const records = (await tx.table('scores').toArray()) as ScoreRecordV1[];
  const byAssessment = groupBy(records, (r) => r.assessmentId);
  const blocks = [...byAssessment].flatMap(([assessmentId, rows]) => scoreBlocks(assessmentId, rows.map(({ assessmentId: _a, ...score }) => score)));
  await tx.table('scoreBlocks').bulkAdd(blocks);
}

export const migrations: Record<'scoresToBlocks', (tx: Transaction) => Promise<void>> = { scoresToBlocks };
