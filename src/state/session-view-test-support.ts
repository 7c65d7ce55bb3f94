// Test support for component tests of screens: renders a view on a real AssessmentSession (Dexie on
// fake-indexeddb) and tidies up after each test. Imported by *.svelte.test.ts files only.
import { afterEach, expect, vi } from 'vitest';
import { cleanup, render, type SvelteComponentOptions } from '@testing-library/svelte';
import { tick, type Component } from 'svelte';
import { deleteAssessment, insertAssessment, loadAssessment } from '../db/assessments-repo';
import type { Assessment } from '../domain/types';
import { AssessmentSession } from './assessment-session.svelte';
import { confirmState } from './confirm.svelte';
import { sessionContext } from './session-context';

const stops: (() => void)[] = [];

/** Unmounts, answers a dialog left open and stops every session after each test of the calling file. */
export function cleanUpSessionViewsAfterEach(): void {
  afterEach(() => {
    cleanup();
    if (confirmState.request) confirmState.answer(false);
    while (stops.length) stops.pop()!();
  });
}

/** Stores `a` afresh and opens a live session on it once it has loaded (stopped after the test). */
export async function openSession(a: Assessment): Promise<AssessmentSession> {
  await deleteAssessment(a.id);
  await insertAssessment(a);
  const session = new AssessmentSession(a.id);
  stops.push(session.start());
  await vi.waitFor(() => expect(session.assessment).toBeDefined());
  return session;
}

/** Deletes the stored assessment `id` (a test's own data, for screens that read every assessment). */
export function deleteStored(id: string): Promise<void> {
  return deleteAssessment(id);
}

/** What storage holds for the assessment now: a test's check that a write reached IndexedDB. */
export function storedAssessment(id: string): Promise<Assessment | undefined> {
  return loadAssessment(id);
}

/** Stores `a` afresh, opens a live session on it and renders `View` under it (context) once it has loaded. */
export async function renderWithSession<Props extends Record<string, unknown>>(
  View: Component<Props>,
  a: Assessment,
  props: Props = {} as Props,
): Promise<AssessmentSession> {
  const session = await openSession(a);
  // Generic props defeat the library's conditional options type; the shape is right for any Props.
  render(View, { props, context: sessionContext(session) } as SvelteComponentOptions<Component<Props>>);
  await tick();
  return session;
}
