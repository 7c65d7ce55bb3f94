// What the home screen's buttons do to whole assessments: create, open the worked example, import a
// file, copy, rename and delete. Loaded on the first click (HomeState), not with the home screen: a
// first visit shows the list alone.
import { insertAssessment, insertRecords, loadAssessment } from '../db/assessments-repo';
import { newStamp, revisionOf } from '../db/revision';
import { deletionMessage } from '../domain/assessment-deletion';
import { randomId } from '../domain/ids';
import { packageRecipient } from '../domain/evaluator-package-name';
import { blankAssessment } from '../domain/new-assessment';
import type { Assessment } from '../domain/types';
import type { ClashOutcome } from './assessment-import.svelte';
import type { Clash, ClashChoice } from './clash-prompt.svelte';
import { confirmAction } from './confirm.svelte';
import { primeAssessment, takePrimed } from './primed-assessments';
import { notices, persist } from './notices.svelte';
import type { Screen } from './router.svelte';
import { requestPersistentStorage } from './storage-status.svelte';

/**
 * `screen`: where a new assessment opens: an evaluator's package on their scoring grid, anything else on
 * Results. `written`: its write, still under way (true once stored; a failure has been reported).
 */
export type ImportFileOutcome =
  | ClashOutcome
  | { kind: 'inserted'; id: string; screen: Screen; written: Promise<boolean> }
  | { kind: 'errors'; errors: string };

function nowIso(): string {
  return new Date().toISOString();
}

async function insert(a: Assessment, what: string): Promise<string | undefined> {
  if (!(await persist(what, () => insertAssessment(a)))) return undefined;
  void requestPersistentStorage();
  return a.id;
}

export async function createFromTemplate(): Promise<string | undefined> {
  const { assessmentFromTemplate } = await import('../domain/template');
  const a = assessmentFromTemplate({ id: randomId('assessment'), evaluatorId: randomId('evaluator'), now: nowIso() });
  return insert(a, 'the new assessment');
}

export function createBlank(): Promise<string | undefined> {
  const a = blankAssessment({ id: randomId('assessment'), evaluatorId: randomId('evaluator'), now: nowIso() });
  return insert(a, 'the new assessment');
}

/** Opens the bundled worked example of SPEC §3–4; `stored`: the ids already here (it is not added twice). */
export async function openExample(stored: readonly { id: string }[]): Promise<string | undefined> {
  const [{ importAssessmentText }, { formatImportErrors }, { default: exampleText }] = await Promise.all([
    import('../exchange/import'),
    import('../exchange/envelope'),
    import('../data/small-assessment.json?raw'),
  ]);
  const result = importAssessmentText(exampleText, { now: nowIso() });
  if (!result.ok) throw new Error('The bundled example is invalid: ' + formatImportErrors(result.errors));
  const existing = stored.find((a) => a.id === result.assessment.id);
  if (existing) return existing.id;
  return insert(result.assessment, 'the worked example');
}

/**
 * Imports a v1 file (`whileReading` is called once the worker has it: what the next screen needs can
 * load then, behind the worker's own script). A new id is inserted; an id already stored is a clash (SPEC §5):
 * `choose` asks the user (Merge evaluators, Replace, Import as a copy, or cancel) and the choice is
 * carried out. Bad files change nothing and come back as `errors`, naming what and where.
 */
export async function importFile(
  file: File,
  choose: (clash: Clash) => Promise<ClashChoice | null>,
  whileReading?: () => void,
): Promise<ImportFileOutcome> {
  // The import flow (reading, merging, replacing) is larger still: it loads when a file is picked.
  const { announce, describeClash, readAssessmentFile, resolveClash, storedVersion } = await import('./assessment-import.svelte');
  const now = nowIso();
  const read = await readAssessmentFile(file, now, whileReading);
  if (!read.ok) return { kind: 'errors', errors: read.errors };
  const stored = await storedVersion(read.id);
  if (!stored) {
    // Written as the worker built it: no second pass over the file's scores and measurements here.
    const written = persist(file.name, () => insertRecords(read.records));
    // The screen it opens on shows it at once, while it is being written, without reading it back (SPEC §10).
    primeAssessment(read.id, Promise.resolve({ assessment: read.assessment, revision: revisionOf(read.records.assessment), written }));
    // Not stored: a screen not yet opened on it reads storage instead (and finds nothing).
    void written.then((ok) => (ok ? void requestPersistentStorage() : takePrimed(read.id)));
    return { kind: 'inserted', id: read.id, screen: packageRecipient(read.records.assessment) ? 'scoring' : 'results', written };
  }
  const clash = describeClash(file.name, stored, read.assessment, now);
  const choice = await choose(clash);
  if (!choice) return { kind: 'none' };
  const outcome = await resolveClash(clash, choice);
  announce(outcome, file.name, stored.name);
  if (outcome.kind === 'copied' || outcome.kind === 'replaced') void requestPersistentStorage();
  return outcome;
}

export async function duplicate(id: string): Promise<string | undefined> {
  const source = await loadAssessment(id);
  if (!source) return undefined;
  const now = nowIso();
  const copyId = await insert({ ...source, id: randomId('assessment'), name: `${source.name} (copy)`, createdAt: now, updatedAt: now }, 'the copy');
  if (copyId) notices.info(`Copied “${source.name}”.`);
  return copyId;
}

export async function rename(id: string, name: string): Promise<void> {
  if (!name.trim()) return;
  const { updateAssessment } = await import('../db/assessment-edits-repo');
  await persist('the new name', () => updateAssessment(id, (a) => ({ ...a, name: name.trim() }), newStamp()));
}

/** Asks first, naming everything that would be deleted with the assessment; deletes on yes. */
export async function confirmRemove(id: string, name: string): Promise<void> {
  const a = await loadAssessment(id);
  if (!a) return;
  const ok = await confirmAction({ title: `Delete “${name}”?`, message: deletionMessage(a), confirmLabel: 'Delete assessment', danger: true });
  if (ok) await remove(id);
}

export async function remove(id: string): Promise<void> {
  // A pending merge undo would bring the deleted assessment back: it goes with it.
  const { deleteAssessmentAndUndo } = await import('../db/import-repo');
  if (await persist('the deletion', () => deleteAssessmentAndUndo(id))) notices.info('Assessment deleted.');
}
