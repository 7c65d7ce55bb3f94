// Which CSV style the exports use (comma and decimal point, or semicolon and decimal comma): by default
// the one a spreadsheet in the reader's locale expects, and once chosen, remembered by this browser. It
// is a preference, not assessment data, so it lives in localStorage rather than in IndexedDB.
import { CSV_STYLES, csvStyleForLocale, isCsvStyleId, type CsvStyle, type CsvStyleId } from '../exchange/csv/style';
import { displayLocale } from '../domain/format';

/** Storage name: do not rename, browsers keep the choice under it. */
const STORAGE_KEY = 'bpo-workbench.csv-style';

function stored(): CsvStyleId | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isCsvStyleId(value) ? value : null;
  } catch {
    return null; // storage blocked (privacy settings): fall back to the locale
  }
}

class CsvStylePreference {
  #chosen = $state<CsvStyleId | null>(stored());

  get id(): CsvStyleId {
    return this.#chosen ?? csvStyleForLocale(displayLocale());
  }

  get style(): CsvStyle {
    return CSV_STYLES[this.id];
  }

  /** Remembers a style by its id; anything else (a select's value is any string) changes nothing. */
  choose(id: string): void {
    if (!isCsvStyleId(id)) return;
    this.#chosen = id;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, id);
    } catch {
      // storage blocked: the choice holds until the page closes
    }
  }

  /** For tests: read the stored choice again. */
  reset(): void {
    this.#chosen = stored();
  }
}

export const csvStyle = new CsvStylePreference();
