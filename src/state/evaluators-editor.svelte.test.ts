// EvaluatorsEditor on a real AssessmentSession (Dexie on fake-indexeddb).
import { describe, expect, it, vi } from 'vitest';
import { workedExample } from '../domain/worked-example';
import { confirmState } from './confirm.svelte';
import { EvaluatorsEditor } from './evaluators-editor.svelte';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from './session-view-test-support';

cleanUpSessionViewsAfterEach();

describe('EvaluatorsEditor', () => {
  it('refuses a nameless evaluator, then adds one with a role and clears the fields', async () => {
    const session = await openSession({ ...workedExample(), id: 'evaluators-editor-1' });
    const editor = new EvaluatorsEditor(session);
    editor.setName('   ');
    expect(await editor.add()).toBe(false);
    expect(editor.nameInvalid).toBe(true);
    editor.setName(' Chloé ');
    editor.setRole('Operations');
    expect(await editor.add()).toBe(true);
    expect([editor.nameInvalid, editor.name, editor.role]).toEqual([false, '', '']);
    expect((await storedAssessment('evaluators-editor-1'))!.evaluators.at(-1)).toMatchObject({ name: 'Chloé', role: 'Operations' });
  });

  it('refuses to rename an evaluator to spaces, and saves a new name trimmed', async () => {
    const session = await openSession({ ...workedExample(), id: 'evaluators-editor-3' });
    const editor = new EvaluatorsEditor(session);
    expect(editor.nameError('   ')).toBe('Enter a name for the evaluator; it cannot be blank.');
    expect(await editor.rename('ana', { name: '   ' })).toBe(false);
    expect((await storedAssessment('evaluators-editor-3'))!.evaluators[0].name).toBe('Ana (Procurement)');
    expect(await editor.rename('ana', { name: ' Ana ' })).toBe(true);
    expect((await storedAssessment('evaluators-editor-3'))!.evaluators[0].name).toBe('Ana');
  });

  it('never removes the last evaluator (SPEC §2), and does not even ask', async () => {
    const example = workedExample();
    const session = await openSession({ ...example, id: 'evaluators-editor-4', evaluators: [example.evaluators[0]], scores: [] });
    const editor = new EvaluatorsEditor(session);
    expect(await editor.remove(editor.evaluators[0])).toBe(false);
    expect(confirmState.request).toBeNull();
    expect((await storedAssessment('evaluators-editor-4'))!.evaluators).toHaveLength(1);
  });

  it('saves a blind-scoring file holding only that evaluator', async () => {
    const session = await openSession({ ...workedExample(), id: 'evaluators-editor-2' });
    const editor = new EvaluatorsEditor(session);
    const save = vi.fn();
    await editor.send(editor.evaluators[0], save);
    const [fileName, text] = save.mock.calls[0] as [string, string];
    expect(fileName).toMatch(/\.json$/);
    const file = JSON.parse(text) as { assessment: { evaluators: { id: string }[] } };
    expect(file.assessment.evaluators.map((e) => e.id)).toEqual([editor.evaluators[0].id]);
  });
});
