// @vitest-environment jsdom
// Rank stability on the results screen (SPEC §9), with the worker's own code run in-process.
// Chart.js cannot draw in jsdom (no canvas): the chart is checked by its accessible summary, the
// figures by the table alternative.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import StabilitySection from './StabilitySection.svelte';
import { closeCallModel, singleContenderModel } from '../../domain/robustness/model-fixtures';
import { inProcessStabilityWorker } from '../../state/in-process-workers';
import { resetWorkers, useWorkers, type StabilityWorker } from '../../state/workers';

afterEach(() => {
  cleanup();
  resetWorkers();
  vi.unstubAllGlobals();
});

const tableRows = () =>
  within(screen.getByRole('table', { name: 'Share of draws in which each vendor ranks first' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()));

function show(model = closeCallModel(), createWorker: () => StabilityWorker = inProcessStabilityWorker) {
  useWorkers({ stability: createWorker });
  return render(StabilitySection, { props: { model } });
}

const sentence = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 5_000 });

describe('StabilitySection', () => {
  it('shows who ranks first how often, in words, as bars and as a table', async () => {
    show();
    expect(screen.getByRole('heading', { level: 3, name: 'Rank stability' })).toBeTruthy();
    await sentence('Northwind Contact ranks first in 70.3 % of plausible weightings (10,000 draws, category weights ±25.0 %).');
    expect(tableRows()).toEqual([
      ['Northwind Contact', '70.3 %'],
      ['Fabrikam Support', '29.7 %'],
      ['Contoso CX', '0 %'],
    ]);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Share of draws in which each vendor ranks first: Northwind Contact 70.3 %, Fabrikam Support 29.7 %.',
    );
    expect(screen.getByText('Vendors that came first in no draw are listed in the table only.')).toBeTruthy();
  });

  it('reruns when the spread changes, and explains an option it cannot use in place', async () => {
    show();
    await sentence(/ranks first in 70.3 %/);
    const spread = screen.getByLabelText('Spread (± %)');
    await fireEvent.input(spread, { target: { value: '50' } });
    await sentence('Northwind Contact ranks first in 59.7 % of plausible weightings (10,000 draws, category weights ±50.0 %).');
    expect(tableRows()).toEqual([
      ['Northwind Contact', '59.7 %'],
      ['Fabrikam Support', '35.1 %'],
      ['Contoso CX', '5.2 %'],
    ]);

    const draws = screen.getByLabelText('Draws');
    await fireEvent.input(draws, { target: { value: '' } });
    const message = screen.getByText('Draws must be a whole number from 1 to 1,000,000.');
    expect(draws.getAttribute('aria-invalid')).toBe('true');
    expect(draws.getAttribute('aria-describedby')).toBe(message.id);
    await fireEvent.input(draws, { target: { value: '2000' } });
    expect(screen.queryByText(/Draws must be/)).toBeNull();
    await sentence(/\(2,000 draws, category weights ±50.0 %\)/);
  });

  it('reruns when the model changes', async () => {
    const { rerender } = show();
    await sentence(/^Northwind Contact ranks first in 70.3 %/);
    const model = closeCallModel();
    model.contenders[2].categoryScores = [75, 75, 95];
    await rerender({ model });
    await sentence(/^Contoso CX ranks first in 100 %/);
  });

  it('shows progress with a Cancel button, and what was cancelled with Run again', async () => {
    show();
    await sentence(/ranks first in 70.3 %/);
    await fireEvent.input(screen.getByLabelText('Draws'), { target: { value: '1000000' } });
    const progress = await screen.findByRole('progressbar', { name: 'Rank stability draws done' });
    await waitFor(() => expect(Number(progress.getAttribute('value'))).toBeGreaterThan(0));
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/Cancelled at [\d,]+ of 1,000,000 draws\. No figures are shown/);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    await fireEvent.click(within(status).getByRole('button', { name: 'Run again' }));
    expect(screen.getByRole('progressbar', { name: 'Rank stability draws done' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  });

  it('says so when the background calculation fails', async () => {
    const broken: StabilityWorker = {
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      postMessage() {
        setTimeout(() => broken.onerror?.({ message: 'worker script failed to load' } as ErrorEvent), 0);
      },
      terminate() {},
    };
    show(closeCallModel(), () => broken);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The background calculation stopped unexpectedly (worker script failed to load).');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('starts the first run in a task after the section is painted, not in the one that builds it', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const sent: string[] = [];
    const recording: StabilityWorker = {
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      postMessage: (message) => void sent.push(message.type),
      terminate() {},
    };
    show(closeCallModel(), () => recording);
    await tick();
    expect(sent).toEqual([]);
    for (const frame of frames.splice(0)) frame(0);
    expect(sent).toEqual([]);
    await vi.waitFor(() => expect(sent).toEqual(['start']));
  });

  it('needs two qualified vendors', () => {
    show(singleContenderModel());
    expect(screen.getByText('Rank stability needs at least two qualified vendors.')).toBeTruthy();
    expect(screen.queryByLabelText('Draws')).toBeNull();
  });
});
