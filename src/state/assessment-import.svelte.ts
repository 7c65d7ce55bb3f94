// Importing a v1 file when an assessment with the same id is already stored (SPEC §5): the user chooses
// Merge evaluators, Replace or Import as a copy in a dialog (clash-prompt.svelte.ts), then the choice is carried
// out here. Shared by the home screen and the assessment header's "Import evaluator file". Reading and
// merging are pure (exchange/, domain/); every write is one transaction (db/).
import { insertAssessment, loadAssessment } from '../db/assessments-repo';
import { fromRecords, type AssessmentRecords } from '../db/format/assessment-records';
import { replaceAssessment, writeMerge, type MergeUndo } from '../db/import-repo';
import { randomId } from '../domain/ids';
import { mergeEvaluators, type MergeSummary } from '../domain/merge';
import { replaceLosses } from '../domain/replace-losses';
import type { Assessment } from '../domain/types';
import { mergeHeadline, replaceMessage } from '../domain/merge-text';
import type { Clash, ClashChoice } from './clash-prompt.svelte';
import { confirmAction } from './confirm.svelte';
import { notices, persist } from './notices.svelte';
import { startAssessmentFileWorker } from './workers';

export function describeClash(fileName: string, stored: Assessment, file: Assessment, now: string): Clash {
  return { fileName, stored, file, merge: mergeEvaluators(stored, file, now), losses: replaceLosses(stored, file) };
}

/**
 * A file read and checked: the records it will be stored as (built in the worker), and the assessment
 * itself, decoded only when asked (a clash needs it to compare; a new assessment is written as is).
 */
class ReadFile {
  readonly ok = true;
  readonly records: AssessmentRecords;
  #assessment: Assessment | undefined;

  constructor(records: AssessmentRecords) {
    this.records = records;
  }
  get id(): string {
    return this.records.assessment.id;
  }
  get assessment(): Assessment {
    return (this.#assessment ??= fromRecords(this.records));
  }
}

type ReadResult = ReadFile | { ok: false; errors: string };

/**
 * Size check, then the importer's stages, in a worker so the page stays responsive with a large file;
 * the error text names the file and every problem's place. `onReading`: called once the worker has
 * started on the file (its script fetched), so what the page loads then does not delay it.
 */
export function readAssessmentFile(file: File, now: string, onReading?: () => void): Promise<ReadResult> {
  const worker = startAssessmentFileWorker();
  return new Promise<ReadResult>((resolve) => {
    const finish = (result: ReadResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = ({ data }) => {
      if ('reading' in data) onReading?.();
      else finish(data.ok ? new ReadFile(data.records) : data);
    };
    worker.onerror = (event) => finish({ ok: false, errors: `${file.name} could not be read (${event.message || 'the reader stopped'}); nothing was changed.` });
    worker.onmessageerror = () => finish({ ok: false, errors: `${file.name} could not be read; nothing was changed.` });
    worker.postMessage({ file, name: file.name, now });
  });
}

/** The stored assessment the file clashes with, if any. */
export function storedVersion(id: string): Promise<Assessment | undefined> {
  return loadAssessment(id);
}

export type ClashOutcome =
  | { kind: 'merged'; id: string; summary: MergeSummary; changed: boolean }
  | { kind: 'replaced'; id: string }
  | { kind: 'copied'; id: string; name: string }
  /** The user cancelled, or a write failed (its message is already shown): nothing changed. */
  | { kind: 'none' };

/** Carries out the user's choice; Replace first asks to confirm what would be lost. */
export async function resolveClash(clash: Clash, choice: ClashChoice): Promise<ClashOutcome> {
  const { stored, file, fileName } = clash;
  if (choice === 'copy') {
    const copy: Assessment = { ...file, id: randomId('assessment'), name: `${file.name} (copy)` };
    if (!(await persist(fileName, () => insertAssessment(copy)))) return { kind: 'none' };
    return { kind: 'copied', id: copy.id, name: copy.name };
  }
  if (choice === 'replace') {
    const ok = await confirmAction({
      title: `Replace “${stored.name}” with the file?`,
      message: replaceMessage(clash.losses, stored, file),
      confirmLabel: 'Replace assessment',
      danger: true,
    });
    if (!ok) return { kind: 'none' };
    if (!(await persist(fileName, () => replaceAssessment(file, stored.updatedAt)))) return { kind: 'none' };
    return { kind: 'replaced', id: file.id };
  }
  const merge = clash.merge;
  if (!merge.ok) return { kind: 'none' };
  if (merge.changed) {
    const undo: MergeUndo = { assessmentId: stored.id, fileName, mergedAt: merge.assessment.updatedAt, summary: merge.summary, before: stored };
    if (!(await persist(`the merge of ${fileName}`, () => writeMerge(merge.assessment, undo)))) return { kind: 'none' };
  }
  return { kind: 'merged', id: stored.id, summary: merge.summary, changed: merge.changed };
}

type EvaluatorFileOutcome = ClashOutcome | { kind: 'problem'; title: string; text: string };

/**
 * "Import evaluator file" inside an assessment: a file of this same assessment (an evaluator's returned
 * package, a colleague's export) goes through the clash choice, `choose` asking the user; a file of
 * another assessment is refused with the reason, and nothing is changed.
 */
export async function importEvaluatorFile(
  assessmentId: string,
  file: File,
  choose: (clash: Clash) => Promise<ClashChoice | null>,
  now: string = new Date().toISOString(),
): Promise<EvaluatorFileOutcome> {
  const read = await readAssessmentFile(file, now);
  if (!read.ok) return { kind: 'problem', title: 'The file could not be merged', text: read.errors };
  const stored = await storedVersion(assessmentId);
  if (!stored) return { kind: 'none' };
  if (read.id !== stored.id) {
    return {
      kind: 'problem',
      title: 'This file belongs to another assessment',
      text:
        `${file.name} holds “${read.assessment.name}”, a different assessment from “${stored.name}”. ` +
        `An evaluator's file can only be merged into the assessment it was sent from (the same assessment id); nothing was changed. ` +
        `To open it as an assessment of its own, import it from All assessments.`,
    };
  }
  const clash = describeClash(file.name, stored, read.assessment, now);
  const choice = await choose(clash);
  if (!choice) return { kind: 'none' };
  const outcome = await resolveClash(clash, choice);
  announce(outcome, file.name, stored.name);
  return outcome;
}

/** The short confirmation after a clash was resolved (the merge summary itself stays on screen). */
export function announce(outcome: ClashOutcome, fileName: string, storedName: string): void {
  if (outcome.kind === 'merged') notices.info(mergeHeadline(outcome.summary, fileName, outcome.changed));
  else if (outcome.kind === 'replaced') notices.info(`Replaced “${storedName}” with ${fileName}.`);
  else if (outcome.kind === 'copied') notices.info(`Imported ${fileName} as “${outcome.name}”.`);
}
