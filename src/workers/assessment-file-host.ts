// Reading an assessment file off the main thread (SPEC §5 import): the file's text is parsed, checked
// by the importer's stages and turned into the records it will be stored as (db/format), so the page
// receives buffers it can write at once: a 10 MB file no longer freezes the page while it is parsed
// and validated, and its 50,000 scores arrive as a few hundred blocks, not objects to copy. Written
// against a `post` function so the same code runs in the module worker (assessment-file.worker.ts) and
// in-process in tests (state/in-process-workers.ts).
import { checkFileSize, importAssessmentText } from '../exchange/import';
import { formatImportErrors } from '../exchange/envelope';
import { toRecords, type AssessmentRecords } from '../db/format/assessment-records';
import { recordBuffers } from '../db/format/record-buffers';
import type { WorkerHost } from './worker-port';

export interface ToAssessmentFileWorker {
  file: Blob;
  /** The file's name, for the messages. */
  name: string;
  /** Time given to createdAt/updatedAt when the file has neither (import.ts). */
  now: string;
}

export type AssessmentFileReply = { ok: true; records: AssessmentRecords } | { ok: false; errors: string };
/** `reading` first, as the worker starts on the file: the page may load what it needs next (SPEC §10). */
export type FromAssessmentFileWorker = { reading: true } | AssessmentFileReply;

/** What the page is told about a file: its records, or every problem with its place. */
export async function readAssessmentBlob({ file, name, now }: ToAssessmentFileWorker): Promise<AssessmentFileReply> {
  const sizeError = checkFileSize(file.size);
  if (sizeError) return { ok: false, errors: `${name}: ${sizeError.message}` };
  const result = importAssessmentText(await file.text(), { now });
  if (!result.ok) return { ok: false, errors: `${name} was not imported; nothing was changed.\n${formatImportErrors(result.errors)}` };
  return { ok: true, records: toRecords(result.assessment) };
}

export const assessmentFileHost: WorkerHost<ToAssessmentFileWorker, FromAssessmentFileWorker> = (post) => (message) => {
  // The worker's own script is in: files the page fetches now no longer queue before it.
  post({ reading: true });
  void readAssessmentBlob(message).then(
    (reply) => post(reply, reply.ok ? recordBuffers(reply.records) : []),
    (error: unknown) => post({ ok: false, errors: `${message.name} could not be read: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.` }),
  );
};
