import { describe, expect, it } from 'vitest';
import { mergeCounts, mergeHeadline, mergeNotes, replaceMessage } from './merge-text';
import type { MergeSummary } from './merge';
import type { ReplaceLosses } from './replace-losses';
import { makeAssessment } from './test-factories';

const summary = (partial: Partial<MergeSummary> = {}): MergeSummary => ({
  evaluatorsAdded: [],
  scoresAdded: 0,
  scoresUpdated: 0,
  scoresKeptNewer: 0,
  scoresUnchanged: 0,
  scoresSkipped: 0,
  unknownVendors: [],
  unknownCriteria: [],
  ...partial,
});

describe('merge text', () => {
  it('lists every kind of change with its exact count, zeros included', () => {
    const s = summary({ evaluatorsAdded: [{ id: 'c', name: 'Chloé (Security)' }], scoresAdded: 4, scoresUpdated: 1, scoresUnchanged: 3 });
    expect(mergeCounts(s)).toEqual([
      '1 evaluator added (Chloé (Security))',
      '4 scores added',
      "1 score updated (the file's was more recent)",
      '0 scores kept because the stored one is as recent or newer',
      '3 scores already the same',
    ]);
    expect(mergeHeadline(s, 'ben.json', true)).toBe('Merged ben.json: 1 evaluator and 4 scores added, 1 score updated.');
    expect(mergeNotes(s)).toEqual([]);
  });

  it('says what was not merged and why', () => {
    const s = summary({ scoresSkipped: 3, unknownVendors: ['Globex'], unknownCriteria: ['Data residency', 'Uptime'] });
    expect(mergeNotes(s)).toEqual([
      "The file has vendor “Globex” and criteria “Data residency”, “Uptime” that this assessment does not have; a merge adds evaluators and scores only, so they were not added. The file's 3 scores about them were not merged. Add them here first if they belong, then import the file again.",
    ]);
  });

  it('one unknown vendor and one skipped score read naturally', () => {
    expect(mergeNotes(summary({ scoresSkipped: 1, unknownVendors: ['Globex'] }))[0]).toContain("vendor “Globex” that this assessment does not have; a merge adds evaluators and scores only, so it was not added. The file's 1 score about it was not merged. Add it here first if it belongs, then import the file again.");
  });

  it('says when there was nothing to merge', () => {
    expect(mergeHeadline(summary({ scoresUnchanged: 4, scoresKeptNewer: 1 }), 'ben.json', false)).toBe(
      'Nothing to merge from ben.json: this assessment already has everything in it (4 scores the same, 1 score newer here).',
    );
  });

  it('names what Replace loses, or that nothing is lost', () => {
    const stored = makeAssessment({ updatedAt: '2026-11-20T10:00:00.000Z' });
    const file = makeAssessment({ updatedAt: '2026-11-01T10:00:00.000Z' });
    const losses: ReplaceLosses = { vendors: ['Globex'], criteria: [], evaluators: ['Chloé', 'Dan'], pilots: ['Q1 pilot'], scores: 5, measurements: 1, decisions: 2, storedIsNewer: true };
    const text = replaceMessage(losses, stored, file);
    expect(text).toContain('Nothing of the stored version is kept.');
    expect(text).toContain('The stored version is more recent than the file.');
    expect(text).toContain('You will lose: vendor “Globex”; evaluators “Chloé”, “Dan”; pilot “Q1 pilot”; 5 scores that the file lacks or scores differently; 1 measurement the file lacks; 2 decision-log entries the file lacks.');
    const none: ReplaceLosses = { vendors: [], criteria: [], evaluators: [], pilots: [], scores: 0, measurements: 0, decisions: 0, storedIsNewer: false };
    expect(replaceMessage(none, stored, file)).toContain('nothing will be lost');
  });
});
