// Work on a pilot's rows that can wait runs one job per task (SPEC §10 performance targets: during an
// import the main thread is never blocked for over 100 ms). One queue for the whole page, so jobs of
// different charts never share a task. After a 100,000-row import the measurements table and
// trends rebuild their series and every chart re-decimates ~25,000 points: done in the one Svelte
// update that also refreshed the decision and tiles, that was a single ~300 ms task. Queued here, the
// decision shows first, then the table and trends, then each chart in a task of its own, so the page
// answers input in between.

interface Job {
  run: () => void;
  cancelled: boolean;
}

interface PostTask {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<unknown>;
}

const queue: Job[] = [];
let scheduled = false;

/**
 * The next task, never a microtask (that would run inside the task that queued it). Where the browser
 * has the Prioritized Task Scheduling API, at background priority: storing the rows and drawing the
 * "Imported" summary go first, the redraws fill the gaps after.
 */
function nextTask(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<PostTask> }).scheduler;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(callback, { priority: 'background' });
  else setTimeout(callback, 0);
}

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  nextTask(pump);
}

function pump(): void {
  scheduled = false;
  let job = queue.shift();
  while (job?.cancelled) job = queue.shift();
  try {
    // State written here is flushed by Svelte in this task's microtasks: the redraw stays in this task.
    job?.run();
  } finally {
    schedule();
  }
}

/** Runs `run` in a later task, after the jobs queued before it, one job per task; returns a cancel function. */
export function inOwnTask(run: () => void): () => void {
  const job: Job = { run, cancelled: false };
  queue.push(job);
  schedule();
  return () => {
    job.cancelled = true;
  };
}
