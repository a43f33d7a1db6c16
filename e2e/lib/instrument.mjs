// Instrumentation added to every page before its own scripts run (context.addInitScript):
//
// - `window.__xss(tag)`: the tripwire the hostile vectors call. Hits land in `window.__xssHits`.
//   (alert / confirm / prompt are caught by the page's dialog handler in ./browser.mjs.)
// - `window.__live`: every announcement of the kit's polite live region ([data-kefu-live]), with
//   how many children the region held at that moment, recorded by a MutationObserver from the
//   very first render, so no announcement is missed.
// - `window.__kefu.inject(event)`: pushes a TransportEvent into the conversation engine's
//   transport listeners, exactly as a backend would (a malformed or unknown message in the
//   stream). The playground sets `window.__kefu` before the engine subscribes; the setter below
//   wraps `transport.subscribe` at that moment to capture the engine's listener. Host apps that
//   bring their own `inject` keep it.
export const INSTRUMENT = `(() => {
  const w = window;
  if (w.__e2eInstrumented) return;
  w.__e2eInstrumented = true;

  w.__xssHits = [];
  w.__xss = function (tag) { w.__xssHits.push(String(tag === undefined ? '?' : tag)); };

  const live = { events: [], maxChildren: 0, regions: 0 };
  w.__live = live;
  const seen = new WeakSet();
  const scan = () => {
    const regions = document.querySelectorAll('[data-kefu-live]');
    live.regions = regions.length;
    regions.forEach((el, index) => {
      const n = el.childElementCount;
      if (n > live.maxChildren) live.maxChildren = n;
      for (const child of el.children) {
        if (seen.has(child)) continue;
        seen.add(child);
        live.events.push({ at: Date.now(), region: index, text: (child.textContent || '').trim(), children: n });
      }
      // text put straight into the region (no element) counts too
      for (const node of el.childNodes) {
        if (node.nodeType === 3 && node.textContent.trim() && !seen.has(node)) {
          seen.add(node);
          live.events.push({ at: Date.now(), region: index, text: node.textContent.trim(), children: n, bare: true });
        }
      }
    });
  };
  const startObserver = () => {
    new MutationObserver(scan).observe(document, { subtree: true, childList: true, characterData: true });
    scan();
  };
  startObserver();

  let kefu;
  Object.defineProperty(w, '__kefu', {
    configurable: true,
    enumerable: true,
    get() { return kefu; },
    set(value) {
      kefu = value;
      if (!value || typeof value !== 'object' || typeof value.inject === 'function') return;
      const t = value.transport;
      if (!t || typeof t.subscribe !== 'function') return;
      const listeners = new Set();
      const original = t.subscribe;
      try {
        t.subscribe = function (listener) {
          listeners.add(listener);
          const off = original.call(this, listener);
          return function () { listeners.delete(listener); return typeof off === 'function' ? off() : undefined; };
        };
      } catch (e) { return; }
      value.inject = function (event) { for (const l of Array.from(listeners)) l(event); return listeners.size; };
    },
  });
})();`
