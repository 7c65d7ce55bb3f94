// The last merge of the open assessment (SPEC §5: the user is told what changed), kept in storage so
// that it can be undone in one step even after a reload, until it is undone or its summary is closed.
import { forgetMerge, getMergeUndo, undoMerge, type MergeUndo } from '../db/import-repo';
import { rankingMoveText } from '../domain/merge-ranking-text';
import { rankVendors } from '../domain/scoring';
import type { AssessmentSession } from './assessment-session.svelte';
import { confirmAction } from './confirm.svelte';
import { LiveValue } from './live-value.svelte';
import { notices, persist } from './notices.svelte';

export class MergeUndoState {
  readonly #session: AssessmentSession;
  readonly #undo = new LiveValue<MergeUndo | undefined>(() => getMergeUndo(this.#session.id));
  /** Edits made after the merge would be discarded by the undo too: the user is told before. */
  readonly #changedSince = $derived.by(() => {
    const last = this.#undo.current;
    return last !== undefined && this.#session.assessment?.updatedAt !== last.mergedAt;
  });

  /** Who leads and by how much, before the merge and now (domain/merge-ranking-text.ts). */
  readonly #rankingMove = $derived.by(() => {
    const last = this.#undo.current;
    return last && this.#session.assessment ? rankingMoveText(rankVendors(last.before), this.#session.ranking) : null;
  });

  constructor(session: AssessmentSession) {
    this.#session = session;
  }

  /** Starts watching storage; returns the stop function (for an $effect). */
  start(): () => void {
    return this.#undo.start();
  }

  /** The merge that can still be undone, with what it changed; undefined when there is none. */
  get last(): MergeUndo | undefined {
    return this.#undo.current;
  }
  get changedSince(): boolean {
    return this.#changedSince;
  }
  get rankingMove(): string | null {
    return this.#rankingMove;
  }

  /** Restores the assessment as it was before the merge, after a confirmation when it changed since. */
  async undo(now: Date = new Date()): Promise<boolean> {
    const last = this.last;
    if (!last) return false;
    if (this.changedSince) {
      const ok = await confirmAction({
        title: 'Undo the merge?',
        message: `This assessment was changed after ${last.fileName} was merged. Undoing restores it exactly as it was before the merge, so those later changes are lost too.`,
        confirmLabel: 'Undo merge',
        danger: true,
      });
      if (!ok) return false;
    }
    if (!(await persist('the undo', () => undoMerge(this.#session.id, now.toISOString())))) return false;
    notices.info(`Merge of ${last.fileName} undone: the assessment is as it was before.`);
    return true;
  }

  /** Keeps the merge and closes its summary: it can no longer be undone. */
  forget(): Promise<boolean> {
    return persist('closing the summary', () => forgetMerge(this.#session.id));
  }
}
