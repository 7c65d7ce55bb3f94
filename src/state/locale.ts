// The one place the app asks which locale the reader uses (numbers, dates, the CSV style). Domain text
// takes the locale from here (set once at startup, main.ts); the CLI never calls this and stays 'en'.

/** The browser's first language if Intl knows it, else 'en'. */
export function browserLocale(): string {
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
