// The open assessment as this tab shows it: what is stored, plus this tab's edits while they are being
// written. It converges on what is stored whatever other tabs write:
// - every write stamps a fresh revision on the assessment record and returns the one it replaced, so
//   a write that did not build on the revision this tab last knew reveals another tab's write;
// - a live query watches that record's revision; one that is not this tab's own reveals it too;
// - either way the whole assessment is read again, but only once no write of this tab is in flight (a
//   read taken while one is would show the screen without that edit, and the next edit would build on
//   that). Own revisions cost no reload: typing in the grid never reads the assessment back.
// A failed write reloads too: the screen goes back to what is stored.
import { assessmentRevision, loadAssessmentAt } from '../db/assessments-repo';
import { ReferenceGone } from '../db/reference-gone';
import { newStamp, type Stamp } from '../db/revision';
import { removedElsewhereMessage } from '../domain/references';
import type { Assessment } from '../domain/types';
import { takePrimed, type AssessmentSnapshot } from './primed-assessments';
import { QueryWatch } from './watch-query';

export class StoredAssessment {
  readonly #id: string;
  #current = $state.raw<Assessment | undefined>(undefined);
  #loaded = $state(false);
  #error = $state.raw<unknown>(undefined);
  readonly #watch: QueryWatch<string | null>;
  /** The stored revision #current shows exactly, when no write is in flight. */
  #synced: string | undefined;
  /** The revision storage holds if only this tab wrote since #synced. */
  #chain: string | undefined;
  /** Revisions this tab wrote since it last read the assessment. */
  readonly #own = new Set<string>();
  #inFlight = 0;
  #stale = false;
  #loading = false;
  /** Counts local edits: a read that began before one may not include it. */
  #edits = 0;
  /** The revision the watch saw last (null: deleted; undefined: not yet seen). */
  #seen: string | null | undefined;
  /** The watch saw a revision during a read: compared with what the read got once it ends. */
  #recheck = false;
  /** What is shown is still being stored by this tab (a JSON import): until then it is not there. */
  #inserting = false;

  constructor(id: string) {
    this.#id = id;
    this.#watch = new QueryWatch(
      () => assessmentRevision(id),
      (revision) => this.#observe(revision),
      (error) => {
        this.#error = error;
        this.#loaded = true;
      },
    );
  }

  get current(): Assessment | undefined {
    return this.#current;
  }
  get loaded(): boolean {
    return this.#loaded;
  }
  get error(): unknown {
    return this.#error;
  }

  /**
   * Starts watching storage; returns the stop function, so it can be returned from an $effect. The
   * first read starts at once beside the watch's first query, not after it (SPEC §10), from a read
   * begun before this screen existed when there is one (primed-assessments.ts).
   */
  start(): () => void {
    const stop = this.#watch.start();
    this.#stale = true;
    void this.#reloadWhenIdle(takePrimed(this.#id));
    return stop;
  }

  stop(): void {
    this.#watch.stop();
  }

  /**
   * Shows `edit` at once and stores it with `write`, which gets the stamp to write and resolves the
   * revision it replaced. Rejects as the write does (after the screen has gone back to what is stored).
   * `writeFirst`: the write's first request is under way before the screen updates (with 100,000
   * measurements that update takes tens of ms). `updatedAt`: the time to stamp, when the caller has one.
   * `ready`: the edit is applied once it resolves (the write, when first, already under way), to what
   * is shown then; no read of storage replaces the screen meanwhile.
   */
  async write(
    edit: (a: Assessment, stamp: Stamp) => Assessment,
    write: (stamp: Stamp) => Promise<string>,
    { writeFirst = false, updatedAt, ready }: { writeFirst?: boolean; updatedAt?: string; ready?: Promise<unknown> } = {},
  ): Promise<void> {
    if (!this.#current) throw new Error('The assessment is not loaded.');
    const stamp = updatedAt ? { ...newStamp(), updatedAt } : newStamp();
    this.#own.add(stamp.revision);
    let saving: Promise<string> | undefined = writeFirst ? write(stamp) : undefined;
    // No read replaces what is shown from here on: the edit below is applied to what this tab shows.
    this.#inFlight++;
    let edits = this.#edits;
    let before = this.#current;
    try {
      if (ready) {
        // A write that fails meanwhile is reported below, once the edit is shown, not as unhandled.
        saving?.catch(() => undefined);
        await ready;
        before = this.#current!;
      }
      this.#current = { ...edit(before, stamp), updatedAt: stamp.updatedAt };
      edits = ++this.#edits;
      saving ??= write(stamp);
      const replaced = await saving;
      if (replaced !== this.#chain) this.#stale = true;
      this.#chain = stamp.revision;
    } catch (error) {
      // Back to what is stored: at once when no later edit built on this one, else by the reload below.
      if (this.#edits === edits) this.#current = before;
      this.#stale = true;
      throw byNameInView(error, before);
    } finally {
      this.#inFlight--;
      if (this.#inFlight === 0) {
        if (!this.#stale) this.#synced = this.#chain;
        void this.#reloadWhenIdle();
      }
    }
  }

  /**
   * What is shown was handed over while this tab still writes it (primed-assessments.ts): a write in
   * flight like an edit's, so no read replaces it meanwhile; if it is not stored, storage is read.
   */
  #storedBy(written: Promise<boolean>): void {
    this.#inserting = true;
    this.#inFlight++;
    void written
      .catch(() => false)
      .then((ok) => {
        this.#inserting = false;
        this.#inFlight--;
        if (!ok) this.#stale = true;
        if (this.#inFlight === 0) void this.#reloadWhenIdle();
      });
  }

  #observe(revision: string | null): void {
    this.#seen = revision;
    if (revision === null && this.#inserting) return;
    if (revision !== null && (revision === this.#synced || this.#own.has(revision))) return;
    // A read under way may already hold this revision (the first read runs beside the watch's first
    // query): it is compared once the read ends, and read again only if it differs.
    if (this.#loading) this.#recheck = true;
    else {
      this.#stale = true;
      void this.#reloadWhenIdle();
    }
  }

  async #reloadWhenIdle(primed?: Promise<AssessmentSnapshot>): Promise<void> {
    if (!this.#stale || this.#inFlight > 0 || this.#loading) return;
    this.#stale = false;
    this.#loading = true;
    this.#recheck = false;
    const edits = this.#edits;
    try {
      const stored: AssessmentSnapshot = await (primed?.catch(() => loadAssessmentAt(this.#id)) ?? loadAssessmentAt(this.#id));
      // An edit made while reading may be missing from what was read: read again once it is stored.
      if (edits !== this.#edits) this.#stale = true;
      else {
        this.#current = stored?.assessment;
        this.#synced = this.#chain = stored?.revision;
        this.#own.clear();
        this.#loaded = true;
        this.#error = undefined;
        if (stored?.written) this.#storedBy(stored.written);
        // The watch saw another revision while this read ran: it is not what was read.
        const seen = this.#inserting && this.#seen === null ? undefined : this.#seen;
        if (this.#recheck && seen !== undefined && seen !== (stored?.revision ?? null)) this.#stale = true;
      }
    } catch (error) {
      if (this.#recheck) this.#stale = true;
      // Keep showing the last good state once there is one (the failure is reported where it happened).
      if (!this.#loaded) {
        this.#error = error;
        this.#loaded = true;
      }
    } finally {
      this.#loading = false;
      if (this.#stale) void this.#reloadWhenIdle();
    }
  }
}

/** A refusal for something removed in another tab names it as this tab showed it, not by its id. */
function byNameInView(error: unknown, view: Assessment): unknown {
  if (!(error instanceof ReferenceGone)) return error;
  const named = new ReferenceGone(error.ref);
  named.message = removedElsewhereMessage(error.ref, view);
  return named;
}
