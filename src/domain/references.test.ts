import { describe, expect, it } from 'vitest';
import { removedElsewhereMessage, scoreReferenceCheck } from './references';

const roster = {
  vendors: [{ id: 'fabrikam', name: 'Fabrikam Support' }],
  categories: [{ criteria: [{ id: 'audits', name: 'Independent audits' }] }],
  evaluators: [{ id: 'ana', name: 'Ana' }],
} as unknown as Parameters<typeof scoreReferenceCheck>[0];
const empty = { vendors: [], categories: [], evaluators: [] };

describe('score references (SPEC §5)', () => {
  it('names the first thing a score points at that is gone, vendor before criterion before evaluator', () => {
    const missing = scoreReferenceCheck(empty);
    expect(missing({ vendorId: 'fabrikam', criterionId: 'audits', evaluatorId: 'ana' })).toEqual({ kind: 'vendor', id: 'fabrikam' });
    expect(scoreReferenceCheck({ ...empty, vendors: roster.vendors })({ vendorId: 'fabrikam', criterionId: 'audits', evaluatorId: 'ana' })).toEqual({ kind: 'criterion', id: 'audits' });
    expect(scoreReferenceCheck(roster)({ vendorId: 'fabrikam', criterionId: 'audits', evaluatorId: 'ana' })).toBeNull();
  });

  it('says what was removed by the name the tab showed, else by its id', () => {
    expect(removedElsewhereMessage({ kind: 'vendor', id: 'fabrikam' }, roster)).toBe('The vendor “Fabrikam Support” was removed in another tab.');
    expect(removedElsewhereMessage({ kind: 'criterion', id: 'audits' }, roster)).toBe('The criterion “Independent audits” was removed in another tab.');
    expect(removedElsewhereMessage({ kind: 'evaluator', id: 'ana' }, roster)).toBe('The evaluator “Ana” was removed in another tab.');
    expect(removedElsewhereMessage({ kind: 'vendor', id: 'gone' }, roster)).toBe('The vendor "gone" was removed in another tab.');
    expect(removedElsewhereMessage({ kind: 'vendor', id: 'fabrikam' })).toBe('The vendor "fabrikam" was removed in another tab.');
  });
});
