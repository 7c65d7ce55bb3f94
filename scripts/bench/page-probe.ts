// What every benchmarked document gets before its own scripts run (an init script, so the app's
// Content-Security-Policy does not apply): long tasks recorded from the start, the time of the last
// file chosen and key pressed, and `when` / `afterPaint` to time the moment something is on screen.
// Kept as source text: the benchmarks are run by tsx, whose helpers (e.g. __name) the page lacks.
// Everything is read through the UI (roles, labels, text) and the Performance APIs, never the app's code.
export const PAGE_PROBE = String.raw`(() => {
  if (window.__bench) return;
  const bench = {
    tasks: [],
    changeAt: 0,
    keyAt: 0,
    clickAt: 0,
    seen: {},
    /** Longest main-thread task (over 50 ms; 0 = none) that started in [from, to]. */
    longest(from, to = Infinity) {
      let max = 0;
      for (const t of bench.tasks) if (t.start >= from && t.start <= to) max = Math.max(max, t.duration);
      return max;
    },
    /** How many long tasks over 'over' ms started in [from, to]. */
    countOver(over, from, to = Infinity) {
      return bench.tasks.filter((t) => t.duration > over && t.start >= from && t.start <= to).length;
    },
    /** Resolves, after a second without one, with the end of the last long task started since 'from' (or 'from'). */
    settled(from) {
      return new Promise((resolve) => {
        const check = () => {
          const last = Math.max(from, ...bench.tasks.filter((t) => t.start >= from).map((t) => t.start + t.duration));
          if (performance.now() - last >= 1000) resolve(last);
          else setTimeout(check, 100);
        };
        check();
      });
    },
    /** Resolves after the next frame has been painted (rAF, then a task after that frame). */
    afterPaint() {
      return new Promise((resolve) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }));
    },
    /** Resolves with the time 'test' first holds, checked on every DOM change (and every 50 ms). */
    when(test) {
      return new Promise((resolve) => {
        const check = () => {
          let ok = false;
          try { ok = !!test(); } catch { ok = false; }
          if (!ok) return false;
          observer.disconnect();
          clearInterval(timer);
          resolve(performance.now());
          return true;
        };
        const observer = new MutationObserver(check);
        const timer = setInterval(check, 50);
        if (!check()) observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    },
    /** From now on, 'seen[name]' resolves with when 'test' first held and when that was painted. */
    arm(name, test) {
      bench.seen[name] = bench.when(test).then((at) => bench.afterPaint().then((painted) => ({ at, painted })));
      return 0;
    },
    /** The first element matching 'selector' whose text matches 're'. */
    find(selector, re) {
      return [...document.querySelectorAll(selector)].find((e) => re.test((e.textContent || '').trim()));
    },
  };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  addEventListener('change', (e) => { if (e.target instanceof HTMLInputElement && e.target.type === 'file' && e.target.id !== '__bench-file') bench.changeAt = performance.now(); }, true);
  addEventListener('keydown', (e) => { if (e.isTrusted) bench.keyAt = e.timeStamp; }, true);
  addEventListener('click', (e) => { if (e.isTrusted) bench.clickAt = e.timeStamp; }, true);
})();`;
