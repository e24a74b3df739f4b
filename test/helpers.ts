import type { BriefErrorDetail, BriefInput, BriefLoadDetail, IntelBrief } from '../src/index.js';

/** A sample brief from the repo's briefs/ folder (served by the test server); `T` for a file that is not one brief. */
export async function sample<T = BriefInput>(name: string): Promise<T> {
  const response = await fetch(`/briefs/${name}.json`);
  return response.json() as Promise<T>;
}

/** Briefs that must be rejected, each with why: test/fixtures/invalid-examples.json (kept out of the shipped samples). */
export async function invalidExamples(): Promise<{ why: string; brief: unknown }[]> {
  const response = await fetch('/test/fixtures/invalid-examples.json');
  return response.json() as Promise<{ why: string; brief: unknown }[]>;
}

/** The text a reader sees in an element's shadow root, whitespace folded. */
export function textOf(el: Element): string {
  const root = el.shadowRoot ?? el;
  // Not the text of a <style>: a server-rendered shadow root carries its styles inline.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) text += node.textContent;
  return text.replace(/\s+/g, ' ').trim();
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/**
 * A `brief-load` or a `brief-error` event, typed as if its detail had the fields of both: a test
 * reads those of the event it expects (and checks `type` where either could come).
 */
export type SettledEvent = CustomEvent<BriefLoadDetail & BriefErrorDetail>;

/** Resolves with the next `brief-load` or `brief-error` of the element. */
export function settled(el: IntelBrief): Promise<SettledEvent> {
  return new Promise((resolve) => {
    const done = (event: HTMLElementEventMap['brief-load' | 'brief-error']) => {
      el.removeEventListener('brief-load', done);
      el.removeEventListener('brief-error', done);
      resolve(event as SettledEvent);
    };
    el.addEventListener('brief-load', done);
    el.addEventListener('brief-error', done);
  });
}

/** The only schemes a rendered link may have. */
/**
 * An `<intel-brief>` with these attributes, given `brief` as its property (any
 * value: the element validates it), appended to the page once it has settled.
 */
export async function show(brief: unknown, attrs: Record<string, string> = {}): Promise<IntelBrief> {
  const el = document.createElement('intel-brief');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.brief = brief as IntelBrief['brief'];
  const done = settled(el);
  document.body.append(el);
  await done;
  await el.updateComplete;
  return el;
}

export const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Clicks every link in the element's shadow root for real. The default action
 * is cancelled only for a link the browser itself resolves to http(s) or
 * mailto, so the test page stays put; any other link (`javascript:`) is
 * followed, and would run.
 */
export function clickEvery(el: Element): number {
  const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')];
  for (const a of links) {
    a.addEventListener('click', (e) => LINK_SCHEMES.has(new URL(a.href).protocol) && e.preventDefault(), {
      once: true,
    });
    a.click();
  }
  return links.length;
}

/**
 * Resolves once every `javascript:` link clicked before it has had its turn to
 * run: a link of our own, clicked last, runs a script that says so. A clicked
 * link's script runs in a task queued in click order, so when ours has run, any
 * earlier one has too (and would have set `window.__xss`). A signal, not a
 * guess at how long that takes.
 */
export function afterClickedLinks(): Promise<void> {
  const link = document.createElement('a');
  link.href = "javascript:void dispatchEvent(new Event('intel-brief-links-done'))";
  const done = new Promise<void>((resolve) =>
    addEventListener('intel-brief-links-done', () => resolve(), { once: true }),
  );
  document.body.append(link);
  link.click();
  link.remove();
  return done;
}

/**
 * Watches listeners added from now on, in every engine: `count()` says how many
 * are still there on the window, the document, a node in the page, or any other
 * target that is not a node (a media query list, say). Listeners on detached
 * nodes go with them.
 */
export function watchListeners() {
  const proto = EventTarget.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the originals, called with .call() and put back by stop()
  const { addEventListener: add, removeEventListener: remove } = proto;
  // Held weakly: watching must not keep a detached brief alive.
  const keys = new WeakMap<EventTarget, Set<string>>();
  const targets: WeakRef<EventTarget>[] = [];
  const ids = new WeakMap<object, number>();
  let lastId = 0;
  const keyOf = (type: string, listener: unknown, options?: boolean | EventListenerOptions) => {
    if (listener && !ids.has(listener)) ids.set(listener, ++lastId);
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    return `${type} ${listener ? ids.get(listener) : 0} ${capture}`;
  };
  const forget = (target: EventTarget, key: string) => keys.get(target)?.delete(key);
  // A bare `addEventListener(…)` call has no `this`: the platform then takes the window, as here.
  proto.addEventListener = function (this: EventTarget, type, listener, options) {
    if (this == null) return proto.addEventListener.call(window, type, listener, options);
    const key = keyOf(type, listener, options);
    const opts = typeof options === 'object' ? options : undefined;
    if (listener && !opts?.signal?.aborted) {
      if (!keys.has(this)) {
        keys.set(this, new Set());
        targets.push(new WeakRef(this));
      }
      keys.get(this)!.add(key);
      const target = new WeakRef(this);
      const drop = () => {
        const still = target.deref();
        if (still) forget(still, key);
      };
      if (opts?.signal) add.call(opts.signal, 'abort', drop);
      if (opts?.once) add.call(this, type, drop, { once: true });
    }
    return add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type, listener, options) {
    if (this == null) return proto.removeEventListener.call(window, type, listener, options);
    forget(this, keyOf(type, listener, options));
    return remove.call(this, type, listener, options);
  };
  return {
    count: () =>
      targets
        .map((ref) => ref.deref())
        .filter((target) => target && (!(target instanceof Node) || target.isConnected))
        .reduce((sum, target) => sum + keys.get(target!)!.size, 0),
    stop: () => Object.assign(proto, { addEventListener: add, removeEventListener: remove }),
  };
}

/** One fetch held by `holdFetches()`: answered for real on `release()`. */
export interface HeldFetch {
  url: string;
  /** Lets the request go to the test server; the returned promise settles when the page's fetch does. */
  release(): Promise<void>;
  /** Settles (never rejects) once the page's fetch has resolved or failed, aborted included. */
  done: Promise<void>;
}

/**
 * Holds every `fetch()` of the page until the test releases it: what the
 * element does while a request is out, or after it was overtaken, is then
 * checked at a known moment instead of after a guessed delay. An aborted
 * request rejects at once, as a real one does. `restore()` puts the real
 * `fetch` back (held requests stay held until released).
 */
export function holdFetches() {
  const real = fetch;
  const held: HeldFetch[] = [];
  const waiters: (() => void)[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const url = input instanceof Request ? input.url : String(input);
      let settle!: () => void;
      const done = new Promise<void>((ok) => (settle = ok));
      const signal = init?.signal;
      const fail = (error: Error) => {
        reject(error);
        settle();
      };
      // Rejects with the abort reason (an AbortError DOMException unless the page gave its own), as fetch does.
      const aborted = () => fail((signal?.reason as Error | undefined) ?? new DOMException('Aborted', 'AbortError'));
      signal?.addEventListener('abort', aborted, { once: true });
      held.push({
        url,
        done,
        release: () => {
          if (!signal?.aborted) real(input, init).then((response) => (resolve(response), settle()), fail);
          return done;
        },
      });
      waiters.splice(0).forEach((wake) => wake());
    });
  return {
    held,
    /** Resolves with the `n`th request (from 1) once the page has made it. */
    async request(n: number): Promise<HeldFetch> {
      while (held.length < n) await new Promise<void>((wake) => waiters.push(wake));
      return held[n - 1];
    },
    restore: () => void (window.fetch = real),
  };
}

/**
 * The next task: every promise reaction queued so far has run. After a held
 * request settles, whatever the element does with it has happened by then.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * A page of its own, in an iframe (`srcdoc`: its scripts load as a page's do, in their
 * order): resolves with the first message the page posts to its parent, then removes it.
 */
export async function pageReport(srcdoc: string): Promise<Record<string, unknown>> {
  const frame = document.createElement('iframe');
  const report = new Promise<Record<string, unknown>>((resolve) =>
    addEventListener('message', function got(event: MessageEvent<Record<string, unknown>>) {
      if (event.source !== frame.contentWindow) return;
      removeEventListener('message', got);
      resolve(event.data);
    }),
  );
  frame.srcdoc = srcdoc;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}
