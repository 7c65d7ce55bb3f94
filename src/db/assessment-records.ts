// Conversion between a whole Assessment (what the domain computes on) and the records it is stored as.
import type { Assessment, Measurement, Pilot, Score } from '../domain/types';
import { blockRows, measurementBlocks } from './measurement-blocks';
import type { AssessmentRecord, MeasurementBlock, PilotRecord, ScoreRecord } from './schema';

interface AssessmentRecords {
  assessment: AssessmentRecord;
  scores: ScoreRecord[];
  pilots: PilotRecord[];
  measurements: MeasurementBlock[];
}

export function toRecords(a: Assessment): AssessmentRecords {
  const { scores, pilots, ...meta } = a;
  const assessmentId = a.id;
  return {
    assessment: meta,
    scores: scores.filter((s) => s.value !== null).map((s) => ({ ...s, assessmentId })),
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
  const pilots = [...r.pilots]
    .sort((x, y) => x.order - y.order)
    .map(({ assessmentId: _a, order: _o, ...p }): Pilot => {
      const blocks = blocksByPilot.get(p.id) ?? [];
      // Measurements come back grouped by KPI, in the pilot's KPI order (the canonical export order).
      const kpiOrder = new Map(p.kpis.map((k, i) => [k.id, i]));
      blocks.sort((x, y) => (kpiOrder.get(x.kpiId) ?? 1e9) - (kpiOrder.get(y.kpiId) ?? 1e9));
      const measurements: Measurement[] = [];
      for (const block of blocks) blockRows(block, measurements);
      return { ...p, measurements };
    });
  const scores: Score[] = r.scores.map(({ assessmentId: _a, ...s }) => s);
  return { ...r.assessment, scores, pilots };
}
