// The rank-stability module worker (SPEC §9): runs the Monte Carlo draws off the main
// thread in short steps, posting progress after each. The logic lives in workers/stability-host.ts,
// where tests run it in-process.
/// <reference lib="webworker" />
import { stabilityWorkerHost, type ToStabilityWorker } from './stability-host';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Between steps the worker gives way through a MessageChannel rather than setTimeout(0): a chain of
// nested timeouts is clamped to ≥ 4 ms each (HTML timers), idle time that would add up over a run.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();

const handle = stabilityWorkerHost((message) => scope.postMessage(message), {
  yieldToMessages(next) {
    waiting.push(next);
    channel.port2.postMessage(null);
  },
  now: () => performance.now(),
});
scope.onmessage = (event: MessageEvent<ToStabilityWorker>) => handle(event.data);
