// ChecklistEditor on a real AssessmentSession (Dexie on fake-indexeddb): names of only spaces are refused
// with a message (SPEC §2), and so is a scale too wide to compute totals with (domain/bounds.ts).
import { describe, expect, it, vi } from 'vitest';
import { workedExample } from '../domain/worked-example';
import { ChecklistEditor } from './checklist-editor.svelte';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from './session-view-test-support';

cleanUpSessionViewsAfterEach();

async function open(id: string) {
  const session = await openSession({ ...workedExample(), id });
  return { session, editor: new ChecklistEditor(session) };
}

describe('ChecklistEditor: names', () => {
  it('refuses a blank category or criterion name and changes nothing', async () => {
    const { session, editor } = await open('checklist-editor-1');
    const before = $state.snapshot(session.assessment);
    expect(editor.addCategory('   ')).toBe('');
    expect(editor.addCriterion('security', ' \t ')).toBe('');
    expect(editor.renameCategory('security', '  ')).toBe('Enter a name for the category; it cannot be blank.');
    expect(editor.updateCriterion('sec-encryption', { name: '   ' })).toBe('Enter a name for the criterion; it cannot be blank.');
    expect(session.assessment).toEqual(before);
    expect(await storedAssessment('checklist-editor-1')).toMatchObject({ categories: before!.categories });
  });

  it('saves names trimmed', async () => {
    const { editor } = await open('checklist-editor-2');
    expect(editor.renameCategory('security', '  Security  ')).toBeNull();
    expect(editor.updateCriterion('sec-encryption', { name: ' Encryption at rest ', weight: 2 })).toBeNull();
    const id = editor.addCategory(' Workforce ');
    expect(id).not.toBe('');
    await vi.waitFor(async () => {
      const stored = await storedAssessment('checklist-editor-2');
      expect(stored?.categories.map((k) => k.name)).toEqual(['Security', 'Cultural and brand fit', 'Technology and integration', 'Workforce']);
      expect(stored?.categories[0].criteria[1]).toMatchObject({ name: 'Encryption at rest', weight: 2 });
    });
  });
});

describe('ChecklistEditor: scale', () => {
  it('refuses ends beyond ±1,000,000 with the reason, and keeps the scale', async () => {
    const { session, editor } = await open('checklist-editor-3');
    expect(editor.setScale({ min: -1e308, max: 1e308 })).toBe('Keep both ends of the scale between −1,000,000 and 1,000,000.');
    expect(editor.setScale({ min: 0, max: 1_000_001 })).toBe('Keep both ends of the scale between −1,000,000 and 1,000,000.');
    expect(session.assessment?.scale).toEqual({ min: 0, max: 5 });
    expect(editor.setScale({ min: 0, max: 1_000_000 })).toBeNull();
    await vi.waitFor(async () => expect((await storedAssessment('checklist-editor-3'))?.scale).toEqual({ min: 0, max: 1_000_000 }));
    expect(session.ranking.every((v) => v.total === null || Number.isFinite(v.total))).toBe(true);
  });
});
