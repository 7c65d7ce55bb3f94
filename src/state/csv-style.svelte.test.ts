// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvStyle } from './csv-style.svelte';
import { useBrowserLocale } from './locale';
import { setDisplayLocale } from '../domain/format';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
  setDisplayLocale('en');
  csvStyle.reset();
});

function browserIn(language: string) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue([language]);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
  useBrowserLocale(); // as main.ts does at startup
}

describe('the CSV style preference', () => {
  it('defaults from the browser locale: semicolon and decimal comma where the decimal mark is a comma', () => {
    browserIn('de-DE');
    expect(csvStyle.style).toEqual({ id: 'semicolon', delimiter: ';', decimal: ',' });
    browserIn('en-US');
    expect(csvStyle.id).toBe('comma');
  });

  it('remembers a choice in this browser, across page loads, over the locale default', () => {
    browserIn('en-US');
    csvStyle.choose('semicolon');
    expect(csvStyle.id).toBe('semicolon');
    expect(localStorage.getItem('bpo-workbench.csv-style')).toBe('semicolon');
    csvStyle.reset(); // as a new page load reads it
    expect(csvStyle.id).toBe('semicolon');
  });

  it('ignores a stored value it does not know', () => {
    browserIn('fr-FR');
    localStorage.setItem('bpo-workbench.csv-style', 'tab');
    csvStyle.reset();
    expect(csvStyle.id).toBe('semicolon');
  });
});
