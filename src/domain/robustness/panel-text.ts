// What the robustness panel and the report say before the individual checks: the close-call note, and
// whether the checks that measure one winner's lead (break-even, score flip) apply at all.
import { CLOSE_CALL_POINTS, closeCall, type RobustnessModel } from './model';
import { closeCallSentence } from './sentences';
import type { Category } from '../types';

interface CloseCallNote {
  /** warn: a close call or a tie at rank 1; lead: a clear winner; missing: fewer than two contenders. */
  tone: 'warn' | 'lead' | 'missing';
  /** A short label shown in bold before the text ("Close call"), or null. */
  label: string | null;
  text: string;
  /** What to do, or why the other checks do not apply; null when nothing needs saying. */
  hint: string | null;
}

export const NEEDS_TWO_CONTENDERS =
  'Robustness needs at least two qualified vendors: score every weighted criterion for them and make sure they clear the must-haves. Provisional and disqualified vendors are left out.';

const TIE_HINT =
  'Weight break-even and score flip measure how far one winner’s lead reaches, so they wait until one vendor is ahead. A small change to a weight or a score will usually separate them.';

/** The sentence's own "Close call: " prefix becomes the bold label, so the label is never said twice. */
function withoutPrefix(sentence: string, prefix: string): string {
  return sentence.startsWith(prefix) ? sentence.slice(prefix.length) : sentence;
}

export function closeCallNote(model: RobustnessModel): CloseCallNote {
  const call = closeCall(model);
  const sentence = closeCallSentence(model, call);
  if (model.contenders.length < 2) return { tone: 'missing', label: null, text: sentence, hint: NEEDS_TWO_CONTENDERS };
  if (model.winnerId === null) {
    return { tone: 'warn', label: 'No single winner', text: withoutPrefix(sentence, 'No single winner: '), hint: TIE_HINT };
  }
  if (call.closeCall) return { tone: 'warn', label: 'Close call', text: withoutPrefix(sentence, 'Close call: '), hint: null };
  return { tone: 'lead', label: null, text: sentence, hint: `Not a close call: the gap is ${CLOSE_CALL_POINTS} points or more.` };
}

/** Break-even and score flip test a single winner against the others. */
export function winnerChecksApply(model: RobustnessModel): boolean {
  return model.winnerId !== null && model.contenders.length >= 2;
}

/** Checklist categories the checks leave out because they carry no weight (SPEC §9 "active"). */
export function inactiveCategoryNames(categories: Pick<Category, 'id' | 'name'>[], model: RobustnessModel): string[] {
  const active = new Set(model.categories.map((category) => category.id));
  return categories.filter((category) => !active.has(category.id)).map((category) => category.name);
}
