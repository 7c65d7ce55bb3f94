// The words of an import clash (SPEC §5: the user is told what changed): what a merge did or would
// do, and what Replace would lose. Exact counts, in a consultant's words; names are quoted text, never markup.
import type { MergeSummary } from './merge';
import type { ReplaceLosses } from './replace-losses';
import type { Assessment } from './types';
import { formatDateTime, plural } from './format';

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');

/** "1 evaluator added (Chloé)", "4 scores added", "1 score updated", … : one line per kind of change, zeros included. */
export function mergeCounts(s: MergeSummary): string[] {
  const evaluators = plural(s.evaluatorsAdded.length, 'evaluator') + ' added';
  return [
    s.evaluatorsAdded.length > 0 ? `${evaluators} (${s.evaluatorsAdded.map((e) => e.name).join(', ')})` : evaluators,
    `${plural(s.scoresAdded, 'score')} added`,
    `${plural(s.scoresUpdated, 'score')} updated (the file's was more recent)`,
    `${plural(s.scoresKeptNewer, 'score')} kept because the stored one is as recent or newer`,
    `${plural(s.scoresUnchanged, 'score')} already the same`,
  ];
}

/** What was not merged and why; empty when the file fits the assessment. */
export function mergeNotes(s: MergeSummary): string[] {
  const notes: string[] = [];
  const things = [
    s.unknownVendors.length > 0 ? `${s.unknownVendors.length === 1 ? 'vendor' : 'vendors'} ${quoted(s.unknownVendors)}` : '',
    s.unknownCriteria.length > 0 ? `${s.unknownCriteria.length === 1 ? 'criterion' : 'criteria'} ${quoted(s.unknownCriteria)}` : '',
  ].filter(Boolean);
  if (things.length > 0) {
    const them = s.unknownVendors.length + s.unknownCriteria.length === 1 ? 'it' : 'them';
    const skipped = s.scoresSkipped > 0 ? ` The file's ${plural(s.scoresSkipped, 'score')} about ${them} ${s.scoresSkipped === 1 ? 'was' : 'were'} not merged.` : '';
    notes.push(
      `The file has ${things.join(' and ')} that this assessment does not have; a merge adds evaluators and scores only, so ${them === 'it' ? 'it was' : 'they were'} not added.${skipped} Add ${them} here first if ${them === 'it' ? 'it belongs' : 'they belong'}, then import the file again.`,
    );
  }
  return notes;
}

/** One sentence for a notice: "Merged ben.json: 1 evaluator and 4 scores added, 1 score updated." */
export function mergeHeadline(s: MergeSummary, fileName: string, changed: boolean): string {
  if (!changed) return `Nothing to merge from ${fileName}: this assessment already has everything in it (${plural(s.scoresUnchanged, 'score')} the same, ${plural(s.scoresKeptNewer, 'score')} newer here).`;
  const added = [s.evaluatorsAdded.length > 0 ? plural(s.evaluatorsAdded.length, 'evaluator') : '', s.scoresAdded > 0 ? plural(s.scoresAdded, 'score') : '']
    .filter(Boolean)
    .join(' and ');
  const parts = [added ? `${added} added` : '', s.scoresUpdated > 0 ? `${plural(s.scoresUpdated, 'score')} updated` : ''].filter(Boolean);
  return `Merged ${fileName}: ${parts.join(', ')}.`;
}

/** The Replace confirmation: both versions' dates, then everything stored that the file lacks. */
export function replaceMessage(l: ReplaceLosses, stored: Assessment, file: Assessment): string {
  const lines = [
    `The assessment stored in this browser (last changed ${formatDateTime(stored.updatedAt)}) is replaced by the file's version (last changed ${formatDateTime(file.updatedAt)}). Nothing of the stored version is kept.`,
  ];
  if (l.storedIsNewer) lines.push('The stored version is more recent than the file.');
  const lost = [
    l.vendors.length > 0 ? `${l.vendors.length === 1 ? 'vendor' : 'vendors'} ${quoted(l.vendors)}` : '',
    l.criteria.length > 0 ? `${l.criteria.length === 1 ? 'criterion' : 'criteria'} ${quoted(l.criteria)}` : '',
    l.evaluators.length > 0 ? `${l.evaluators.length === 1 ? 'evaluator' : 'evaluators'} ${quoted(l.evaluators)}` : '',
    l.pilots.length > 0 ? `${l.pilots.length === 1 ? 'pilot' : 'pilots'} ${quoted(l.pilots)}` : '',
    l.scores > 0 ? `${plural(l.scores, 'score')} that the file lacks or scores differently` : '',
    l.measurements > 0 ? `${plural(l.measurements, 'measurement')} the file lacks` : '',
    l.decisions > 0 ? `${plural(l.decisions, 'decision-log entry', 'decision-log entries')} the file lacks` : '',
  ].filter(Boolean);
  lines.push(lost.length > 0 ? `You will lose: ${lost.join('; ')}.` : 'Everything stored here is also in the file: nothing will be lost.');
  return lines.join('\n');
}
