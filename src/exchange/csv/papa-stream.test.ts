// The streaming glue with the real PapaParse, in Node (Blob and TextDecoder are standard there): the
// same code the worker runs, minus postMessage.
import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../domain/types';
import type { ColumnMapping } from './columns';
import { measurementsOf } from '../../domain/pilot-rows';
import type { HeaderInfo, RejectedRow } from './csv-read-results';
import { MeasurementCsvReader } from './measurement-csv-reader';
import { CHUNK_BYTES, streamCsv, type StreamEvents } from './papa-stream';
import { dialectOf, fixture, TARGET, testCollectors, utf8 } from './test-helpers';

function collect(choose: StreamEvents['chooseMapping'] = (info) => info.suggested) {
  const got = { rows: [] as Measurement[], rejected: [] as RejectedRow[], progress: [] as number[], headers: [] as HeaderInfo[], batches: [] as string[] };
  const events: StreamEvents = {
    chooseMapping: (info) => {
      got.headers.push(info);
      return choose(info);
    },
    batch: ({ rows, rejected }, _counts, bytes, total) => {
      got.progress.push(bytes / total);
      // Measurement rows come once, as one block per KPI, after the last record.
      if (rows && 'kpiRows' in rows) got.rows.push(...measurementsOf({ blocks: rows.kpiRows, count: 0 }));
      got.batches.push(rows === null ? 'none' : 'rows');
      got.rejected.push(...rejected);
    },
  };
  return { got, events };
}

async function stream(bytes: Uint8Array, choose?: StreamEvents['chooseMapping'], signal?: AbortSignal, dialect = dialectOf(bytes.subarray(0, 65536))) {
  const { got, events } = collect(choose);
  const outcome = await streamCsv(new Blob([bytes as BlobPart]), new MeasurementCsvReader(TARGET, dialect, testCollectors), dialect, events, signal);
  return { got, outcome };
}

/** A large file with a bad row after the first chunk and an "ä" cut by the chunk boundary. */
function bigFile(): { bytes: Uint8Array; rows: number; badLine: number } {
  const lines = ['date,kpi,value,n,note'];
  let size = lines[0].length + 1;
  while (size < CHUNK_BYTES - 200) {
    const line = `2027-01-${String((lines.length % 28) + 1).padStart(2, '0')},csat,${80 + (lines.length % 10)},100,`;
    lines.push(line);
    size += line.length + 1;
  }
  // Pad so that the 2-byte "ä" starts on the chunk's last byte.
  const prefix = '2027-01-05,aht,400,,Gr';
  const pad = 'x'.repeat(CHUNK_BYTES - size - prefix.length - 1);
  lines.push(`${prefix}${pad}äße`);
  lines.push('2027-01-06,bogus,1,,');
  const badLine = lines.length;
  for (let i = 0; i < 30_000; i++) lines.push(`2027-02-${String((i % 28) + 1).padStart(2, '0')},fcr,75,200,`);
  return { bytes: utf8(lines.join('\n') + '\n'), rows: lines.length - 2, badLine };
}

describe('streamCsv of measurements with the real PapaParse', () => {
  it('reads the EU example, waits for the mapping, and gives the plain example\'s values', async () => {
    const plain = await stream(fixture('measurements.csv'));
    expect(plain.got.headers[0].exact).toBe(true);
    let asked: HeaderInfo | null = null;
    const eu = await stream(fixture('measurements-excel-eu.csv'), (info) => {
      asked = info;
      return new Promise<ColumnMapping>((resolve) => setTimeout(() => resolve(info.suggested), 5));
    });
    expect(asked!.headers).toEqual(['Datum', 'KPI', 'Wert', 'n', 'Notiz']);
    expect(asked!.exact).toBe(false);
    expect(eu.outcome.status).toBe('done');
    expect(eu.got.rows).toHaveLength(140);
    expect(eu.got.rows.map((r) => [r.kpiId, r.date, r.value, r.n])).toEqual(plain.got.rows.map((r) => [r.kpiId, r.date, r.value, r.n]));
    expect(eu.got.progress.at(-1)).toBe(1);
    if (eu.outcome.status === 'done') {
      expect(eu.outcome.counts.rows).toBe(140);
      expect(eu.outcome.timings.waitMs).toBeGreaterThan(0);
      expect(eu.outcome.preview[0]).toEqual({ line: 2, row: { kpiId: 'csat', date: '2027-01-04', value: 83.6, n: 127 } });
    }
  });

  it('streams a multi-chunk file: UTF-8 intact across chunks, line numbers exact, progress per chunk', async () => {
    const { bytes, rows, badLine } = bigFile();
    const { got, outcome } = await stream(bytes);
    expect(outcome.status).toBe('done');
    expect(got.rows).toHaveLength(rows);
    expect(got.rows.find((r) => r.kpiId === 'aht')!.note!.endsWith('äße')).toBe(true);
    expect(got.rejected.map((r) => r.line)).toEqual([badLine]);
    expect(got.progress.length).toBeGreaterThan(1);
    expect(got.progress.at(-1)).toBe(1);
  });

  it('asks for the next slice of the file before parsing the one it has (reading overlaps parsing)', async () => {
    const { bytes, rows } = bigFile();
    const blob = new Blob([bytes as BlobPart]);
    const log: string[] = [];
    // A file whose slices say when they are asked for; the batches say when a chunk was parsed.
    const file = { size: blob.size, slice: (start: number, end: number) => (log.push(`read ${start / CHUNK_BYTES}`), blob.slice(start, end)) } as Blob;
    const { got, events } = collect();
    const batch = events.batch;
    events.batch = (...args) => (log.push('parsed'), batch(...args));
    const dialect = dialectOf(bytes.subarray(0, 65536));
    const outcome = await streamCsv(file, new MeasurementCsvReader(TARGET, dialect, testCollectors), dialect, events);
    expect(outcome.status).toBe('done');
    expect(got.rows).toHaveLength(rows);
    expect(log.slice(0, 4)).toEqual(['read 0', 'read 1', 'parsed', 'read 2']);
  });

  it('names the line of a byte that is not UTF-8: in the first chunk, at a chunk boundary, on the last line', async () => {
    // The dialect is given, as when the sniffer has looked at a clean first part only.
    const dialect = dialectOf('date,kpi,value,n,note\n');
    const small = new Uint8Array([...utf8('date,kpi,value,n,note\n2027-01-04,csat,80,,ok\n2027-01-05,csat,81,,caf'), 0xe9, ...utf8('\n')]);
    expect((await stream(small, undefined, undefined, dialect)).outcome).toEqual({
      status: 'failed',
      message:
        'The file is not UTF-8 text: line 3 has the byte 0xE9 ("é" in Windows-1252, Latin-1), which is not UTF-8; the file was probably saved as "CSV (comma delimited)". In Excel or Google Sheets, save or download the sheet as "CSV UTF-8" and choose that file.',
    });
    const lineAt = (bytes: Uint8Array, offset: number) => {
      let line = 1;
      for (let i = bytes.indexOf(10); i >= 0 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
      return line;
    };
    const { bytes, rows } = bigFile();
    // The "ä" cut by the first chunk's end is followed by a bad byte: the second chunk's second byte.
    const boundary = new Uint8Array(bytes);
    boundary[CHUNK_BYTES + 1] = 0xfc;
    expect(lineAt(boundary, CHUNK_BYTES + 1)).toBeGreaterThan(1000);
    expect((await stream(boundary)).outcome).toMatchObject({ message: expect.stringContaining(`line ${lineAt(boundary, CHUNK_BYTES + 1)} has the byte 0xFC ("ü"`) });
    const later = new Uint8Array(bytes);
    later[later.length - 10] = 0xff;
    expect((await stream(later)).outcome).toMatchObject({ message: expect.stringContaining(`line ${lineAt(later, later.length - 10)} has the byte 0xFF (`) });
    // The very last byte, a Latin-1 "é" cut off by the end of the file.
    const last = new Uint8Array([...bytes, ...utf8('2027-02-01,aht,1,,caf'), 0xe9]);
    const lastLine = lineAt(last, last.length - 1);
    expect(lastLine).toBe(rows + 3); // the header, the rows, the line with the bad row, then this one
    expect((await stream(last)).outcome).toMatchObject({ message: expect.stringContaining(`line ${lastLine} has the byte 0xE9 ("é"`) });
  });

  it('stops at a quote still open after 1 MB of text, naming the line the quoted field starts on', async () => {
    const { bytes, badLine } = bigFile();
    const text = new TextDecoder().decode(bytes).replace('2027-01-06,bogus,1,,', '2027-01-06,aht,1,,"unclosed');
    const { outcome } = await stream(utf8(text + 'x'.repeat(3 * CHUNK_BYTES)));
    expect(outcome).toEqual({
      status: 'failed',
      message: `A quoted field that starts on line ${badLine} is not closed within 1 MB (a stray " character?), so the rest of the file cannot be read. Fix that line and import again.`,
    });
  });

  it('says a huge unquoted field is too long, not an unclosed quote, with or without quotes elsewhere', async () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const plain = await stream(utf8(`date,kpi,value,n,note\n2027-01-04,csat,80,,${huge}\n2027-01-05,csat,81,,\n`));
    expect(plain.outcome).toEqual({
      status: 'failed',
      message: 'Line 2 has a field over 1 MB long, so the file cannot be read (no row needs nearly that much: a note holds at most 5,000 characters). Shorten that line, or check that this is the right file, and import again.',
    });
    const quotedBefore = await stream(utf8(`date,kpi,value,n,note\n2027-01-04,csat,80,,"fine"\n2027-01-05,csat,81,,${huge}\n`));
    expect(quotedBefore.outcome).toMatchObject({ status: 'failed', message: expect.stringMatching(/^Line 3 has a field over 1 MB long/) });
    const manyFields = await stream(utf8(`date,kpi,value,n,note\n2027-01-04,csat,80,,${'x,'.repeat(2 * 1024 * 1024)}\n`));
    expect(manyFields.outcome).toMatchObject({ status: 'failed', message: expect.stringMatching(/^Line 2 is over 1 MB long, so/) });
  });

  it('is cancelled while the mapping is being chosen, or by the signal', async () => {
    const byNull = await stream(fixture('measurements-excel-eu.csv'), () => null);
    expect(byNull.outcome).toEqual({ status: 'cancelled' });
    const controller = new AbortController();
    const bySignal = await stream(bigFile().bytes, (info) => {
      controller.abort();
      return info.suggested;
    }, controller.signal);
    expect(bySignal.outcome).toEqual({ status: 'cancelled' });
  });

  it('refuses a header-only file and an empty one', async () => {
    expect((await stream(utf8('date,kpi,value,n,note\r\n'))).outcome).toEqual({ status: 'failed', message: 'The file has a header line but no rows of measurements.' });
    expect((await stream(utf8('date,kpi,value'))).outcome).toEqual({ status: 'failed', message: 'The file has a header line but no rows of measurements.' });
    expect((await stream(utf8('\n\n'))).outcome).toEqual({ status: 'failed', message: 'The file has no header line and no rows.' });
  });
});
