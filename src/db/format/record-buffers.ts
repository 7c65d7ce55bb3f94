// The typed arrays' buffers in an assessment's records: posted from a worker as a transfer list, they
// move to the page instead of being copied.
import type { AssessmentRecords } from './assessment-records';

export function recordBuffers(records: AssessmentRecords): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const b of records.scoreBlocks) for (const a of [b.criterion, b.evaluator, b.value, b.note, b.stamp]) buffers.add(a.buffer as ArrayBuffer);
  for (const b of [...records.measurements, ...records.contractBlocks]) for (const a of [b.date, b.value, b.n, b.note]) buffers.add(a.buffer as ArrayBuffer);
  return [...buffers];
}
