import { describe, expect, it } from 'vitest';
import exampleText from '../data/small-assessment.json?raw';
import { importAssessmentText } from '../exchange/import';
import { canonicalMeasurements, canonicalScores } from '../exchange/export';
import type { Assessment } from '../domain/types';
import { MAX_FILE_BYTES } from '../exchange/envelope';
import { fromRecords } from '../db/format/assessment-records';
import { assessmentFileHost, readAssessmentBlob, type FromAssessmentFileWorker } from './assessment-file-host';

const NOW = '2026-12-03T00:00:00.000Z';

/** The file format's canonical order, so that storage order does not count as a difference. */
const canonical = (a: Assessment) => ({ ...a, scores: canonicalScores(a), pilots: a.pilots.map((p) => ({ ...p, measurements: canonicalMeasurements(p) })) });

describe('reading an assessment file in the worker', () => {
  it('builds the records the file is stored as, which read back to what the importer makes of the text', async () => {
    const reply = await readAssessmentBlob({ file: new Blob([exampleText]), name: 'example.json', now: NOW });
    if (!reply.ok) throw new Error(reply.errors);
    const expected = importAssessmentText(exampleText, { now: NOW });
    if (!expected.ok) throw new Error('example');
    expect(canonical(fromRecords(reply.records))).toEqual(canonical(expected.assessment));
    expect(reply.records.scoreBlocks.map((b) => b.vendorId)).toEqual([...new Set(expected.assessment.scores.map((s) => s.vendorId))].sort());
  });

  it('names the file and every problem with its place, and says nothing was changed', async () => {
    const reply = await readAssessmentBlob({ file: new Blob(['{"format": "bpo-workbench/assessment", "version": 1, "assessment": {"name": 3}}']), name: 'bad.json', now: NOW });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.errors).toMatch(/^bad\.json was not imported; nothing was changed\.\n/);
    expect(reply.errors).toMatch(/assessment/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const reply = await readAssessmentBlob({ file: new Blob([new Uint8Array(MAX_FILE_BYTES + 1)]), name: 'huge.json', now: NOW });
    expect(reply).toEqual({ ok: false, errors: expect.stringMatching(/^huge\.json: The file is too large/) });
  });

  it('says it is reading first, then hands every column buffer over in the transfer list, each once', async () => {
    const messages: FromAssessmentFileWorker[] = [];
    const posted = await new Promise<{ reply: FromAssessmentFileWorker; transfer: Transferable[] }>((resolve) => {
      const handle = assessmentFileHost((reply, transfer = []) => {
        messages.push(reply);
        if (!('reading' in reply)) resolve({ reply, transfer });
      }, (task) => task());
      handle({ file: new Blob([exampleText]), name: 'example.json', now: NOW });
    });
    expect(messages).toHaveLength(2);
    expect(messages[0]).toEqual({ reading: true });
    if ('reading' in posted.reply || !posted.reply.ok) throw new Error('no records');
    const { scoreBlocks, measurements } = posted.reply.records;
    const buffers = [...scoreBlocks.flatMap((b) => [b.criterion, b.evaluator, b.value, b.note, b.stamp]), ...measurements.flatMap((b) => [b.date, b.value, b.n, b.note])].map((a) => a.buffer);
    expect(new Set(posted.transfer)).toEqual(new Set(buffers));
    expect(posted.transfer).toHaveLength(new Set(posted.transfer).size);
  });
});
