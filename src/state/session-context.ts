// The open assessment's session reaches every component under its screen through Svelte context, so
// no component passes it down as a prop. AssessmentView provides it; component tests provide their own.
import { getContext, setContext } from 'svelte';
import type { AssessmentSession } from './assessment-session.svelte';

const SESSION = Symbol('assessment session');

/** Makes `session` the one components below this one get from useSession(). Call during component init. */
export function provideSession(session: AssessmentSession): void {
  setContext(SESSION, session);
}

/** The open assessment's session; throws when a component is used outside an assessment screen. */
export function useSession(): AssessmentSession {
  const session = getContext<AssessmentSession | undefined>(SESSION);
  if (!session) throw new Error('useSession() called outside an assessment screen (no provideSession above it).');
  return session;
}

/** The context entries that give `session` to a component rendered on its own (component tests). */
export function sessionContext(session: AssessmentSession): Map<symbol, AssessmentSession> {
  return new Map([[SESSION, session]]);
}
