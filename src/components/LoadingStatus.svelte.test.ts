// @vitest-environment jsdom
// LoadingStatus: a page that cannot open the stored data says so instead of "Loading…" for ever.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import LoadingStatus from './LoadingStatus.svelte';
import { notices } from '../state/notices.svelte';
import { PAGE_OUTDATED } from '../state/storage-errors';

afterEach(() => {
  cleanup();
  notices.reset();
});

describe('LoadingStatus', () => {
  it('says Loading… while the data load', () => {
    render(LoadingStatus);
    expect(screen.getByText('Loading…').getAttribute('aria-busy')).toBe('true');
  });

  it('says the page must be reloaded, not Loading…, once the stored data cannot be opened', () => {
    render(LoadingStatus);
    notices.markOutdated(PAGE_OUTDATED);
    flushSync();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByText('Nothing can be shown until this page is reloaded.')).toBeTruthy();
  });
});
