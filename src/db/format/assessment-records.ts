// Conversion between a whole Assessment (what the domain computes on) and the records it is stored as.
// Pure: the JSON import worker builds an imported file's records with it (SPEC §5 import).
import { pilotRows } from '../../domain/pilot-rows';
import type { Assessment, Pilot } from '../../domain/types';
import { kpiRowsOfBlocks, measurementBlocks } from './measurement-blocks';
import { scoreBlocks, scoresOfBlocks, type ScoreBlock } from './score-blocks';
import type { AssessmentRecord, MeasurementBlock, PilotRecord } from '../schema';
import { newRevision } from './revision-token';

export interface AssessmentRecords {
  assessment: AssessmentRecord;
  scoreBlocks: ScoreBlock[];
  pilots: PilotRecord[];
  measurements: MeasurementBlock[];
}

/** The records of a whole assessment; writing them is a new version, so the record gets a new revision. */
export function toRecords(a: Assessment): AssessmentRecords {
  const { scores, pilots, ...meta } = a;
  const assessmentId = a.id;
  return {
    assessment: { ...meta, revision: newRevision() },
    // A note on a cell not scored yet is evidence too (SPEC §5 allows "value": null with a note): kept.
    scoreBlocks: scoreBlocks(assessmentId, scores),
    pilots: pilots.map(({ measurements: _m, ...p }, order) => ({ ...p, assessmentId, order })),
    measurements: pilots.flatMap((p) => measurementBlocks(assessmentId, p.id, p.measurements)),
  };
}

export function fromRecords(r: AssessmentRecords): Assessment {
  const blocksByPilot = new Map<string, MeasurementBlock[]>();
  for (const block of r.measurements) {
    const list = blocksByPilot.get(block.pilotId) ?? [];
    list.push(block);
    blocksByPilot.set(block.pilotId, list);
  }
  const pilots = [...r.pilots].sort((x, y) => x.order - y.order).map((p) => pilotFromRecords(p, blocksByPilot.get(p.id) ?? []));
  const { revision: _r, ...meta } = r.assessment;
  return { ...meta, scores: scoresOfBlocks(r.scoreBlocks), pilots };
}

/**
 * One pilot from its record and measurement blocks: the blocks' columns are its rows (no row is decoded;
 * a KPI's blocks are joined into one, format/measurement-blocks.ts), in the pilot's KPI order (the
 * canonical export order).
 */
export function pilotFromRecords(record: PilotRecord, blocks: MeasurementBlock[]): Pilot {
  const { assessmentId: _a, order: _o, ...p } = record;
  return { ...p, measurements: pilotRows(kpiRowsOfBlocks(blocks), p.kpis.map((k) => k.id)) };
}
