// Pure, immutable edits of an assessment's vendors and evaluators.
import { randomId, uniqueId } from './ids';
import type { Assessment, Evaluator, Vendor } from './types';

export function addVendor(a: Assessment, fields: Omit<Vendor, 'id'>): { assessment: Assessment; id: string } {
  const id = uniqueId(fields.name, a.vendors.map((v) => v.id), 'vendor');
  return { assessment: { ...a, vendors: [...a.vendors, { ...fields, id }] }, id };
}

export function updateVendor(a: Assessment, vendorId: string, patch: Partial<Omit<Vendor, 'id'>>): Assessment {
  return { ...a, vendors: a.vendors.map((v) => (v.id === vendorId ? { ...v, ...patch } : v)) };
}

/** Removes a vendor with its scores. Pilots of the vendor are kept out of reach by the caller's confirmation. */
export function removeVendor(a: Assessment, vendorId: string): Assessment {
  return {
    ...a,
    vendors: a.vendors.filter((v) => v.id !== vendorId),
    scores: a.scores.filter((s) => s.vendorId !== vendorId),
    pilots: a.pilots.filter((p) => p.vendorId !== vendorId),
  };
}

export function addEvaluator(a: Assessment, name: string, role?: string, random?: () => number): { assessment: Assessment; id: string } {
  let id = randomId(name, random);
  const taken = new Set(a.evaluators.map((e) => e.id));
  while (taken.has(id)) id = randomId(name, random);
  const evaluator: Evaluator = role ? { id, name, role } : { id, name };
  return { assessment: { ...a, evaluators: [...a.evaluators, evaluator] }, id };
}

export function updateEvaluator(a: Assessment, evaluatorId: string, patch: Partial<Omit<Evaluator, 'id'>>): Assessment {
  return { ...a, evaluators: a.evaluators.map((e) => (e.id === evaluatorId ? { ...e, ...patch } : e)) };
}

/** Removes an evaluator and their scores; the last evaluator can never be removed (SPEC §2). */
export function removeEvaluator(a: Assessment, evaluatorId: string): Assessment {
  if (a.evaluators.length <= 1) return a;
  return {
    ...a,
    evaluators: a.evaluators.filter((e) => e.id !== evaluatorId),
    scores: a.scores.filter((s) => s.evaluatorId !== evaluatorId),
  };
}

export function uniqueVendorNameCheck(a: Assessment, name: string, exceptId?: string): string | null {
  const clash = a.vendors.find((v) => v.id !== exceptId && v.name.trim().toLowerCase() === name.trim().toLowerCase());
  return clash ? `A vendor called "${clash.name}" is already in this assessment.` : null;
}
