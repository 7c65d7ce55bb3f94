// Conversion between a whole Assessment (what the domain computes on) and the records it is stored as.
import type { Assessment, Measurement, Pilot, Score } from '../domain/types';
import { blockRows, measurementBlocks } from './measurement-blocks';
import type { AssessmentRecord, MeasurementBlock, PilotRecord, ScoreRecord } from './schema';
import { hasScoreContent } from '../domain/score-edits';
import { newRevision } from './revision';

interface AssessmentRecords {
  assessment: AssessmentRecord;
  scores: ScoreRecord[];
  pilots: PilotRecord[];
  measurements: MeasurementBlock[];
}

/** The records of a whole assessment; writing them is a new version, so the record gets a new revision. */
export function toRecords(a: Assessment): AssessmentRecords {
  const { scores, pilots, ...meta } = a;
  const assessmentId = a.id;
  return {
    assessment: { ...meta, revision: newRevision() },
    // A note on a cell not scored yet is evidence too (SPEC §5 allows "value": null with a note).
    scores: scores.filter(hasScoreContent).map((s) => ({ ...s, assessmentId })),
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
  const scores: Score[] = r.scores.map(({ assessmentId: _a, ...s }) => s);
  const { revision: _r, ...meta } = r.assessment;
  return { ...meta, scores, pilots };
}

/** One pilot from its record and measurement blocks; rows come back grouped by KPI, in the pilot's KPI order (the canonical export order). */
export function pilotFromRecords(record: PilotRecord, blocks: MeasurementBlock[]): Pilot {
  const { assessmentId: _a, order: _o, ...p } = record;
  const kpiOrder = new Map(p.kpis.map((k, i) => [k.id, i]));
  const sorted = [...blocks].sort((x, y) => (kpiOrder.get(x.kpiId) ?? 1e9) - (kpiOrder.get(y.kpiId) ?? 1e9));
  const measurements: Measurement[] = [];
  for (const block of sorted) blockRows(block, measurements);
  return { ...p, measurements };
}
