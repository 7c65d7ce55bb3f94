// The restore flow on Dexie (fake-indexeddb): nothing is written before the confirmation, a broken file
// lists its errors and changes nothing, and a preview that went stale is shown again instead of written.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { insertAssessment, loadAssessment } from '../db/assessments-repo';
import { listAssessments } from '../db/assessment-list-repo';
import { exportBackup } from '../exchange/backup-file';
import { exportAssessment } from '../exchange/export';
import { makeAssessment } from '../domain/test-factories';
import type { Assessment } from '../domain/types';
import { workedExample } from '../domain/worked-example';
import { notices } from './notices.svelte';
import { RestoreFlow } from './restore.svelte';

const other = (): Assessment => makeAssessment({ id: 'other', name: 'Other assessment', updatedAt: '2026-11-02T00:00:00.000Z' });
const file = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });
const text = (a: Assessment | undefined) => (a ? exportAssessment(a, 'x') : 'missing');

beforeEach(async () => {
  await Promise.all([db.assessments.clear(), db.scoreBlocks.clear(), db.pilots.clear(), db.measurementBlocks.clear(), db.settings.clear()]);
  notices.reset();
});

describe('RestoreFlow', () => {
  it('previews additions and replacements without writing, then writes them all on confirmation', async () => {
    const example = workedExample();
    await insertAssessment({ ...example, name: 'Renamed here', updatedAt: '2026-11-21T00:00:00.000Z' });
    const flow = new RestoreFlow();
    await flow.pick(file(exportBackup([example, other()], '2026-11-22T10:00:00.000Z')));

    expect(flow.step).toBe('preview');
    expect(flow.errors).toBeNull();
    expect(flow.exportedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(flow.summary).toBe('Restoring adds 1 assessment and replaces 1 assessment.');
    expect(flow.plan?.add.map((a) => a.name)).toEqual(['Other assessment']);
    expect(flow.plan?.replace).toEqual([expect.objectContaining({ storedName: 'Renamed here', fileName: example.name, newer: 'stored' })]);
    // Nothing written yet.
    expect((await listAssessments()).map((a) => a.name)).toEqual(['Renamed here']);

    expect(await flow.confirm()).toBe(true);
    expect(flow.step).toBe('idle');
    expect(text(await loadAssessment('demo-small'))).toBe(text(example));
    expect(text(await loadAssessment('other'))).toBe(text(other()));
    expect(notices.items.map((n) => n.text)).toEqual(['Restored 2 assessments from backup.json: 1 added, 1 replaced.']);
  });

  it('lists the errors of a broken file and changes nothing', async () => {
    await insertAssessment(other());
    const doc = JSON.parse(exportBackup([workedExample()], '2026-11-22T10:00:00.000Z'));
    doc.assessments[0].scores[2].value = 6;
    const flow = new RestoreFlow();
    await flow.pick(file(JSON.stringify(doc), 'broken.json'));
    expect(flow.step).toBe('idle');
    expect(flow.plan).toBeNull();
    expect(flow.errors).toEqual(['broken.json was not restored; nothing was changed.', 'assessments[0].scores[2].value: 6 is outside the scale 0–5']);
    expect(await flow.confirm()).toBe(false);
    expect((await listAssessments()).map((a) => a.id)).toEqual(['other']);
    flow.dismissErrors();
    expect(flow.errors).toBeNull();
  });

  it('refuses a file over the size limit before reading it', async () => {
    const flow = new RestoreFlow();
    const huge = { name: 'huge.json', size: 300 * 1024 * 1024, text: () => Promise.reject(new Error('must not be read')) } as unknown as File;
    await flow.pick(huge);
    expect(flow.errors?.[1]).toBe('The file is too large (300 MB); the largest backup this app opens is 200 MB.');
  });

  it('shows the preview again when another tab added or deleted an assessment meanwhile', async () => {
    const flow = new RestoreFlow();
    await flow.pick(file(exportBackup([workedExample(), other()], '2026-11-22T10:00:00.000Z')));
    expect(flow.summary).toBe('Restoring adds 2 assessments.');
    await insertAssessment(other()); // "another tab"
    expect(await flow.confirm()).toBe(false);
    expect(flow.changed).toBe(true);
    expect(flow.summary).toBe('Restoring adds 1 assessment and replaces 1 assessment.');
    expect(await loadAssessment('demo-small')).toBeUndefined();
    expect(await flow.confirm()).toBe(true);
    expect(await loadAssessment('demo-small')).toBeDefined();
  });

  it('cancel forgets the file', async () => {
    const flow = new RestoreFlow();
    await flow.pick(file(exportBackup([other()], '2026-11-22T10:00:00.000Z')));
    flow.cancel();
    expect(flow.plan).toBeNull();
    expect(await flow.confirm()).toBe(false);
    expect(await listAssessments()).toEqual([]);
  });
});
