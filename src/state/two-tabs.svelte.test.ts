// Two sessions on one database stand for two tabs (Dexie tells live queries of the same page about
// every write, as it tells other tabs): edits are applied to what is stored, so neither tab overwrites
// the other, and both converge on everything stored.
import { NO_ROWS } from '../domain/pilot-rows';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { insertAssessment, loadAssessment } from '../db/assessments-repo';
import { removeVendor, updateVendor } from '../domain/roster-edits';
import { makeAssessment, makeCategory, makeCriterion, makeVendor } from '../domain/test-factories';
import type { Assessment } from '../domain/types';
import { defaultScorecard } from '../domain/kpi-library';
import { AssessmentSession } from './assessment-session.svelte';
import { PilotEditor } from './pilot-editor';
import { notices } from './notices.svelte';

const CRITERIA = 70;
const sample = makeAssessment({
  id: 'a1',
  categories: [makeCategory('k1', 1, Array.from({ length: CRITERIA }, (_, i) => makeCriterion(`c${i}`)))],
  vendors: [makeVendor('v1'), makeVendor('v2'), makeVendor('v3')],
  evaluators: [{ id: 'e1', name: 'Evaluator 1' }, { id: 'e2', name: 'Evaluator 2' }],
  pilots: [{ id: 'p1', name: 'Q1 pilot', vendorId: 'v1', start: '2027-01-04', end: '2027-01-31', goScore: 90, noGoScore: 75, kpis: defaultScorecard(), measurements: NO_ROWS, decisions: [] }],
});

async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function openTab(): Promise<{ tab: AssessmentSession; close: () => void }> {
  const tab = new AssessmentSession('a1');
  const close = tab.start();
  await until(() => tab.loaded, 'the assessment to load');
  return { tab, close };
}

const scoresText = (a: Assessment | undefined) => (a?.scores ?? []).map((s) => `${s.vendorId}/${s.criterionId}/${s.evaluatorId}=${s.value}`).sort().join(' ');

beforeEach(async () => {
  notices.reset();
  await db.delete();
  await db.open();
  await insertAssessment(sample);
});

describe('two tabs', () => {
  it('both keep every one of 140 scores typed at once into different rows, and both show all of them', async () => {
    const a = await openTab();
    const b = await openTab();
    const typing: Promise<boolean>[] = [];
    for (let i = 0; i < CRITERIA; i++) {
      typing.push(a.tab.setScore('v1', `c${i}`, i % 6), b.tab.setScore('v2', `c${i}`, (i + 3) % 6));
    }
    expect(await Promise.all(typing)).not.toContain(false);
    const stored = await loadAssessment('a1');
    expect(stored?.scores).toHaveLength(2 * CRITERIA);
    await until(() => scoresText(a.tab.assessment) === scoresText(stored) && scoresText(b.tab.assessment) === scoresText(stored), 'both tabs to show what is stored');
    expect(a.tab.ranking.map((r) => r.vendorId)).toEqual(b.tab.ranking.map((r) => r.vendorId));
    a.close();
    b.close();
  });

  it('keeps both of two vendors edited at the same moment from two tabs', async () => {
    const a = await openTab();
    const b = await openTab();
    const [savedA, savedB] = await Promise.all([
      a.tab.update((x) => updateVendor(x, 'v1', { notes: 'from A' })),
      b.tab.update((x) => updateVendor(x, 'v2', { notes: 'from B' })),
    ]);
    expect([savedA, savedB]).toEqual([true, true]);
    expect((await loadAssessment('a1'))?.vendors.map((v) => v.notes ?? '')).toEqual(['from A', 'from B', '']);
    await until(() => a.tab.assessment?.vendors[1].notes === 'from B' && b.tab.assessment?.vendors[0].notes === 'from A', 'each tab to show the other one’s edit');
    a.close();
    b.close();
  });

  it('refuses an editor’s save on a vendor another tab changed since the editor opened, and keeps the other tab’s change', async () => {
    const a = await openTab();
    const b = await openTab();
    const view = (x: Assessment) => x.vendors.find((v) => v.id === 'v1');
    const opened = view(a.tab.assessment!);
    expect(await b.tab.update((x) => updateVendor(x, 'v1', { notes: 'Call back in March' }))).toBe(true);
    const outcome = await a.tab.updateIfUnchanged((x) => updateVendor(x, 'v1', { ...opened, headquarters: 'Lisbon' }), view, opened);
    expect(outcome).toBe('conflict');
    const stored = (await loadAssessment('a1'))!.vendors[0];
    expect(stored.notes).toBe('Call back in March');
    expect(stored.headquarters).toBeUndefined();
    a.close();
    b.close();
  });

  it('refuses a score for a vendor another tab removed, says so, and leaves no orphan score stored', async () => {
    const a = await openTab();
    const b = await openTab();
    expect(await a.tab.update((x) => removeVendor(x, 'v3'))).toBe(true);
    expect(await b.tab.setScore('v3', 'c0', 4)).toBe(false);
    expect(notices.items.at(-1)?.text).toBe('Could not save the score. The vendor “Vendor v3” was removed in another tab.');
    expect(notices.unsaved).toBe('the score. The vendor “Vendor v3” was removed in another tab.');
    expect((await loadAssessment('a1'))?.scores.filter((s) => s.vendorId === 'v3')).toEqual([]);
    await until(() => b.tab.assessment?.vendors.length === 2 && !b.tab.assessment.scores.some((s) => s.vendorId === 'v3'), 'the tab to show what is stored');
    // A later successful write clears "Not saved".
    expect(await b.tab.setScore('v1', 'c0', 4)).toBe(true);
    expect(notices.unsaved).toBeNull();
    a.close();
    b.close();
  });

  it('keeps both of two fields of one KPI edited from two tabs, and both of two pilot settings', async () => {
    const a = await openTab();
    const b = await openTab();
    const pilotOf = (tab: AssessmentSession) => () => tab.pilot('p1')!;
    const editorA = new PilotEditor(a.tab, pilotOf(a.tab));
    const editorB = new PilotEditor(b.tab, pilotOf(b.tab));
    const csat = (tab: AssessmentSession) => tab.pilot('p1')!.kpis.find((k) => k.id === 'csat')!;
    editorA.saveKpi({ ...csat(a.tab), threshold: 78 });
    editorB.saveKpi({ ...csat(b.tab), weight: 30 });
    expect(editorA.saveSettings({ goScore: 92 })).toBeNull();
    expect(editorB.saveSettings({ name: 'Q1 pilot (Lisbon)' })).toBeNull();
    await until(() => notices.pendingWrites === 0, 'the writes');
    const stored = (await loadAssessment('a1'))!.pilots[0];
    expect(stored.kpis.find((k) => k.id === 'csat')).toMatchObject({ threshold: 78, weight: 30 });
    expect(stored).toMatchObject({ goScore: 92, name: 'Q1 pilot (Lisbon)' });
    await until(() => csat(a.tab).weight === 30 && csat(b.tab).threshold === 78 && a.tab.pilot('p1')!.name === 'Q1 pilot (Lisbon)', 'both tabs to show both edits');
    a.close();
    b.close();
  });
});
