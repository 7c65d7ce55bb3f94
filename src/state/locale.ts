// The one place the app reads the reader's locale: at startup (main.ts) it becomes the locale of every
// number, percentage and date the domain writes (domain/format.ts) and the default CSV style. The CLI
// never calls this and stays 'en'.
import { setDisplayLocale } from '../domain/format';

/** The browser's first language if Intl knows it, else 'en'. */
function browserLocale(): string {
  const wanted = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  for (const tag of wanted) {
    try {
      if (tag && Intl.NumberFormat.supportedLocalesOf(tag).length > 0) return tag;
    } catch {
      // not a well-formed language tag: try the next
    }
  }
  return 'en';
}

/** Formats everything in the browser's locale from now on. */
export function useBrowserLocale(): void {
  setDisplayLocale(browserLocale());
}
