// The worker's message handling, in-process: header → (mapping or cancel) → batches → done.
import { describe, expect, it } from 'vitest';
import { csvWorkerHost } from './worker-host';
import type { FromWorker } from './protocol';
import { dialectOf, fixture, TARGET, testCollectors } from './test-helpers';

function host() {
  const messages: FromWorker[] = [];
  const transfers: Transferable[][] = [];
  let notify = () => {};
  const handle = csvWorkerHost((m, transfer = []) => {
    messages.push(m);
    transfers.push(transfer);
    notify();
  }, testCollectors);
  const next = (type: FromWorker['type']) =>
    new Promise<FromWorker>((resolve) => {
      const check = () => {
        const found = messages.find((m) => m.type === type);
        if (found) resolve(found);
      };
      notify = check;
      check();
    });
  return { handle, messages, transfers, next };
}

describe('csvWorkerHost', () => {
  const eu = fixture('measurements-excel-eu.csv');
  const start = { type: 'start' as const, file: new Blob([eu as BlobPart]), dialect: dialectOf(eu), target: TARGET };

  it('asks for the mapping, then streams batches and finishes', async () => {
    const { handle, messages, transfers, next } = host();
    handle(start);
    const header = await next('header');
    expect(header.type === 'header' && header.info.exact).toBe(false);
    expect(messages.some((m) => m.type === 'batch')).toBe(false);
    handle({ type: 'mapping', mapping: header.type === 'header' ? header.info.suggested : ({} as never) });
    const done = await next('done');
    // The rows come once, in the last batch, as one block of columns per KPI.
    const batches = messages.flatMap((m) => (m.type === 'batch' ? [m.rows] : []));
    expect(batches.slice(0, -1).every((rows) => rows === null)).toBe(true);
    const last = batches.at(-1);
    expect(last && 'kpiRows' in last && last.kpiRows.reduce((sum, b) => sum + b.value.length, 0)).toBe(140);
    // Their buffers are moved to the page, not copied.
    const sent = transfers[messages.map((m) => m.type).lastIndexOf('batch')];
    expect(last && 'kpiRows' in last && sent).toEqual(last && 'kpiRows' in last && last.kpiRows.flatMap((b) => [b.date.buffer, b.value.buffer, b.n.buffer, b.note.buffer]));
    expect(done.type === 'done' && done.counts.rows).toBe(140);
  });

  it('sniffs the file itself when no dialect is given: the dialect first, or a refusal of a non-CSV file', async () => {
    const csv = host();
    csv.handle({ type: 'start', file: new Blob([eu as BlobPart]), target: TARGET });
    expect(await csv.next('dialect')).toEqual({ type: 'dialect', dialect: dialectOf(eu) });
    expect(csv.messages[0].type).toBe('dialect');

    const xlsx = host();
    xlsx.handle({ type: 'start', file: new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])]), target: TARGET });
    const refused = await xlsx.next('error');
    expect(refused.type === 'error' && refused.message).toMatch(/ZIP archive/);
    expect(xlsx.messages.map((m) => m.type)).toEqual(['error']);
  });

  it('answers a cancel during the mapping with "cancelled"', async () => {
    const { handle, next } = host();
    handle(start);
    await next('header');
    handle({ type: 'cancel' });
    expect(await next('cancelled')).toEqual({ type: 'cancelled' });
  });
});
