// What the command line's tests share: an in-memory disk, and numbers compared to 1e-6 against the
// shared examples' expected output (full precision there, the last digits may differ by rounding).
import { expect } from 'vitest';
import type { CliIo } from './commands';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** An in-memory disk for the cases the real examples do not cover. */
export function fakeIo(files: Record<string, string | Uint8Array>, sizes: Record<string, number> = {}): CliIo {
  const lookup = (path: string) => {
    if (!Object.hasOwn(files, path)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    const content = files[path];
    return typeof content === 'string' ? new TextEncoder().encode(content) : content;
  };
  const stdin = () => {
    throw new Error('no standard input in this test');
  };
  return { cwd: '/work', size: (path) => sizes[path] ?? lookup(path).length, read: lookup, stdin };
}

/** Numbers to 1e-6, everything else exactly; only the keys the expected file has. */
export function expectClose(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number') {
    expect(typeof actual, where).toBe('number');
    expect(Math.abs((actual as number) - expected), `${where}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-6);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), where).toBe(true);
    expect((actual as unknown[]).length, where).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, `${where}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as Json).sort(), where).toEqual(expect.arrayContaining(Object.keys(expected)));
    for (const [key, value] of Object.entries(expected)) expectClose((actual as Json)[key], value, `${where}.${key}`);
  } else {
    expect(actual, where).toBe(expected);
  }
}
