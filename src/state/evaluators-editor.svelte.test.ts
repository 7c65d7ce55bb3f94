// EvaluatorsEditor on a real AssessmentSession (Dexie on fake-indexeddb).
import { describe, expect, it, vi } from 'vitest';
import { workedExample } from '../domain/worked-example';
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

  it('saves a blind-scoring file holding only that evaluator', async () => {
    const session = await openSession({ ...workedExample(), id: 'evaluators-editor-2' });
    const editor = new EvaluatorsEditor(session);
    const save = vi.fn();
    editor.send(editor.evaluators[0], save);
    const [fileName, text] = save.mock.calls[0] as [string, string];
    expect(fileName).toMatch(/\.json$/);
    const file = JSON.parse(text) as { assessment: { evaluators: { id: string }[] } };
    expect(file.assessment.evaluators.map((e) => e.id)).toEqual([editor.evaluators[0].id]);
  });
});
