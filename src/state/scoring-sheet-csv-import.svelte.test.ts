// The scoring sheet import's commit on a real AssessmentSession (Dexie on fake-indexeddb): imported
// scores go through the session, so the screen has them before storage answers.
import { describe, expect, it } from 'vitest';
import { workedExample } from '../domain/worked-example';
import { scoresKind } from './scoring-sheet-csv-import';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from './session-view-test-support';

cleanUpSessionViewsAfterEach();

function example() {
  return { ...workedExample(), id: 'scoring-sheet-import-test' };
}

describe('scoresKind', () => {
  it('puts imported scores on screen at once: grid and ranking update before storage answers', async () => {
    const a = example();
    const session = await openSession(a);
    const row = { vendorId: 'northwind', criterionId: 'tech-integration', evaluatorId: 'ana', value: 5 };
    const committing = scoresKind(session).commit([row], []);
    // Not awaited: the grid's lookup and the ranking already show the imported score.
    expect(session.scoreOf('northwind', 'tech-integration')?.value).toBe(5);
    expect(session.ranking.find((r) => r.vendorId === 'northwind')?.total).toBe(84.75);
    expect(await committing).toEqual({ saved: true, imported: 1, detail: '1 new or changed.' });
    expect((await storedAssessment(a.id))!.scores.find((s) => s.vendorId === 'northwind' && s.criterionId === 'tech-integration')?.value).toBe(5);
  });
});
