// A screen too big to build in one task (Results at 200 vendors: thousands of rows and cells) shows its
// parts one after another: the first at once, each next one in a task of its own after the previous one
// is painted, so the page never stops answering for long and the top of the screen shows first.

/**
 * Runs `run` in a task of its own once the next frame is painted (a frame callback runs before that
 * frame's paint, so the task is queued from it). Returns the function that cancels it.
 */
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export class StagedReveal {
  readonly #parts: number;
  #shown = $state(0);

  /** `staged`: false shows every part at once (a screen small enough to build in one go). */
  constructor(parts: number, staged: boolean) {
    this.#parts = parts;
    this.#shown = staged ? 1 : parts;
  }

  /** How many parts are shown, from the first. */
  get shown(): number {
    return this.#shown;
  }

  /** Shows the next parts one task after another (run in an effect: returns the stop function). */
  start(): () => void {
    let cancel = () => {};
    const next = () => {
      if (this.#shown >= this.#parts) return;
      cancel = afterPaint(() => {
        this.#shown++;
        next();
      });
    };
    next();
    return () => cancel();
  }
}
