import { describe, expect, it } from 'vitest';
import { inOwnTask } from './task-queue';

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

describe('inOwnTask', () => {
  it('runs jobs later, in order, one per task, skipping cancelled ones', async () => {
    const log: string[] = [];
    inOwnTask(() => {
      log.push('a');
      // A microtask queued by a job runs before the next job: it belongs to the job's task.
      queueMicrotask(() => log.push('a-micro'));
    });
    const cancel = inOwnTask(() => log.push('b'));
    inOwnTask(() => log.push('c'));
    cancel();
    expect(log).toEqual([]); // never in the task that queued them
    await settle();
    expect(log).toEqual(['a', 'a-micro', 'c']);
  });

  it('keeps going after a job throws', async () => {
    const log: string[] = [];
    const onError = (e: unknown) => log.push(`error ${String(e)}`);
    process.on('uncaughtException', onError);
    try {
      inOwnTask(() => {
        throw new Error('boom');
      });
      inOwnTask(() => log.push('after'));
      await macrotask();
      await settle();
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(log).toContain('after');
  });
});
