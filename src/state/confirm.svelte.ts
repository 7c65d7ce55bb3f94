// One confirmation dialog for the whole app: `await confirmAction({...})` resolves true or false.
interface ConfirmRequest {
  title: string;
  /** Says exactly what will be lost. */
  message: string;
  confirmLabel: string;
  danger?: boolean;
}

class ConfirmState {
  #request = $state.raw<ConfirmRequest | null>(null);
  #resolve: ((ok: boolean) => void) | null = null;

  /** The question on screen (ConfirmHost shows it), or null. */
  get request(): ConfirmRequest | null {
    return this.#request;
  }

  /** A new question answers an open one with false (it is replaced). */
  ask(request: ConfirmRequest): Promise<boolean> {
    this.#resolve?.(false);
    this.#request = request;
    return new Promise((resolve) => (this.#resolve = resolve));
  }

  answer(ok: boolean): void {
    this.#resolve?.(ok);
    this.#resolve = null;
    this.#request = null;
  }
}

export const confirmState = new ConfirmState();
export const confirmAction = (request: ConfirmRequest) => confirmState.ask(request);
