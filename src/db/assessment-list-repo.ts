// The home list: one summary per stored assessment, newest first. Apart from assessments-repo.ts, which
// reads and writes whole assessments, so the first screen loads only what the list needs.
import { packageRecipient } from '../domain/evaluator-package-name';
import { db } from './db';

export interface AssessmentSummary {
  id: string;
  name: string;
  sector?: string;
  vendorCount: number;
  updatedAt: string;
  /** True for a blind evaluator package: it opens on its evaluator's scoring grid, not on Results. */
  isPackage: boolean;
}

export async function listAssessments(): Promise<AssessmentSummary[]> {
  const records = await db.assessments.orderBy('updatedAt').reverse().toArray();
  return records.map((a) => ({
    id: a.id,
    name: a.name,
    sector: a.sector,
    vendorCount: a.vendors.length,
    updatedAt: a.updatedAt,
    isPackage: packageRecipient(a) !== null,
  }));
}
