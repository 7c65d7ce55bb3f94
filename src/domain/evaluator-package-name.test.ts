import { describe, expect, it } from 'vitest';
import { evaluatorPackageName, packageRecipient } from './evaluator-package-name';
import { workedExample } from './worked-example';

describe('packageRecipient', () => {
  const ben = { id: 'ben', name: 'Ben (CX)' };

  it('recognises a package by the name Send file gives it, also once the evaluator added a colleague', () => {
    const name = evaluatorPackageName('Tier-1 support', 'Ben (CX)');
    expect(name).toBe('Tier-1 support — for Ben (CX)');
    expect(packageRecipient({ name, evaluators: [ben] })).toEqual(ben);
    expect(packageRecipient({ name, evaluators: [ben, { id: 'chloe', name: 'Chloé' }] })).toEqual(ben);
  });

  it('does not take the lead’s assessment, a copy of a package or a renamed one for a package', () => {
    expect(packageRecipient(workedExample())).toBeNull();
    expect(packageRecipient({ name: 'Tier-1 support — for Ben (CX) (copy)', evaluators: [ben] })).toBeNull();
    expect(packageRecipient({ name: 'Tier-1 support — for Ana', evaluators: [ben] })).toBeNull();
  });
});
