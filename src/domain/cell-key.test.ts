import { describe, expect, it } from 'vitest';
import { cellKey, evaluatorCellKey, scoreKey } from './cell-key';

describe('cellKey', () => {
  it('keeps (vendor, criterion) pairs apart even when the ids concatenate alike', () => {
    expect(cellKey('a', 'bc')).not.toBe(cellKey('ab', 'c'));
    expect(cellKey('v1', 'c1')).toBe(cellKey('v1', 'c1'));
  });
});

describe('evaluatorCellKey', () => {
  it('tells evaluators of the same cell apart, and cells of the same evaluator', () => {
    expect(evaluatorCellKey('ana', 'v1', 'c1')).not.toBe(evaluatorCellKey('ben', 'v1', 'c1'));
    expect(evaluatorCellKey('ana', 'v1', 'c1')).not.toBe(evaluatorCellKey('ana', 'v1', 'c2'));
    expect(evaluatorCellKey('a', 'b', 'c')).not.toBe(evaluatorCellKey('c', 'a', 'b'));
    expect(evaluatorCellKey('e', 'v', 'cx')).not.toBe(evaluatorCellKey('xe', 'v', 'c'));
  });

  it('is the key of a score naming the same ids', () => {
    expect(scoreKey({ vendorId: 'v1', criterionId: 'c1', evaluatorId: 'ana' })).toBe(evaluatorCellKey('ana', 'v1', 'c1'));
  });
});
