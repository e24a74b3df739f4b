/**
 * Where `<intel-brief>`'s brief comes from, and what state that leaves it in:
 * a reactive controller that picks the source by precedence (the `brief`
 * property, `src`, inline JSON), fetches `src` (abort, timeout), parses,
 * validates, applies the TLP guard, and fires `brief-load` / `brief-error`
 * once the outcome is on screen.
 *
 * Why not `@lit/task`: a task runs in `hostUpdate` and resolves a microtask
 * later, but the property and inline-JSON paths must render in the element's
 * first update (no flash, no layout shift), and `@lit-labs/ssr` calls neither
 * `hostUpdate` nor anything asynchronous: it calls `willUpdate`, then
 * `render`. So the host calls `willUpdate` here from its own, and everything
 * but the fetch happens synchronously inside it.
 */
import { isServer, type PropertyValues, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { readMarking, screenBrief } from '../brief/clearance.js';
import { intl } from '../brief/format.js';
import { parseBriefText } from '../brief/json.js';
import type { Brief, TlpLevel } from '../brief/schema.js';
import { formatIssues, type BriefIssue } from '../brief/validate.js';
import { emit, type BriefEvent } from './base.js';

/** Why a brief is not shown. */
export type BriefErrorReason = 'invalid' | 'json' | 'network' | 'timeout' | 'tlp';

/** Detail of the `brief-load` event. */
export interface BriefLoadDetail {
  brief: Brief;
}

/** Detail of the `brief-error` event. */
export interface BriefErrorDetail {
  /** What went wrong, in words; `error.message` is what the error panel shows. */
  error: Error;
  /** The validator's issues (empty for network, JSON and TLP errors). */
  issues: BriefIssue[];
  /** `invalid`, `json`, `network`, `timeout` or `tlp`. */
  reason: BriefErrorReason;
}

/** What `<intel-brief>` shows: nothing (no brief given), the placeholder, the brief, the error panel, or the withheld notice. */
export type BriefState = 'empty' | 'loading' | 'ready' | 'error' | 'withheld';

/** What the loader needs of its element. */
export interface LoaderHost extends ReactiveControllerHost, HTMLElement {
  brief?: unknown;
  src?: string | undefined;
  tlpMax: string;
  timeout: number;
  readonly hasUpdated: boolean;
}

/** The message of an invalid brief: `The brief has 2 problems:`, then one line per issue. */
export const problems = (issues: readonly BriefIssue[]) =>
  `The brief has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${formatIssues(issues)}`;

/** What the element's children are watched for (inline JSON). */
const WATCH = { childList: true, subtree: true, characterData: true };

/** `url` when relative URLs can resolve against it, else `undefined` (a `data:` URL has no path to resolve against). */
const baseOf = (url: string) => (URL.canParse('.', url) ? url : undefined);

export class BriefLoader implements ReactiveController {
  state: BriefState = 'empty';
  /** The state on screen (the last update rendered it), in the host's `state` attribute; none before the first. */
  shown?: BriefState;
  /** The valid brief, when one is shown (the `ready` state); in every other state, none. */
  brief?: Brief | undefined;
  /** In the withheld state, the brief's marking: `null` when it cannot be read. */
  marking?: TlpLevel | null | undefined;
  /** The brief as given (JSON parsed, not validated), checked again against a new `tlp-max`. */
  #value?: unknown;
  /** Its marking when it was last checked. */
  #markingRead?: TlpLevel | null | undefined;
  /** What relative URLs in the brief resolve against: its own URL when it came from `src`. */
  base?: string | undefined;
  /** Why nothing is shown, in the error and withheld states. */
  error?: BriefErrorDetail | undefined;
  /** The fetch of `src` in flight; aborted, it was cut short by a disconnect and starts again on reconnect. */
  #fetch?: AbortController | undefined;
  /** The event that announces the state, fired once that state is rendered. */
  #event?: BriefEvent | undefined;
  #observer?: MutationObserver;

  readonly #host: LoaderHost;
  /** Words the notice for a brief marked above `tlp-max` (`null`: a marking that cannot be read). */
  readonly #withheld: (marking: TlpLevel | null) => string;

  constructor(host: LoaderHost, withheld: (marking: TlpLevel | null) => string) {
    this.#host = host;
    this.#withheld = withheld;
    host.addController(this);
  }

  hostConnected() {
    // Watching the children again, if inline JSON was ever looked for (sync).
    this.#observer?.observe(this.#host, WATCH);
    if (this.#fetch?.signal.aborted) this.sync();
  }

  hostDisconnected() {
    this.#observer?.disconnect();
    this.#fetch?.abort();
  }

  /** Called by the host's `willUpdate` (which `@lit-labs/ssr` calls too; it never calls `hostUpdate`). */
  willUpdate(changed: PropertyValues) {
    const host = this.#host;
    // The brief on screen set again (a framework re-rendering), a new tlp-max, or the object
    // marked anew in place: checked again, and only a different outcome shows.
    const again =
      this.#value !== undefined &&
      (changed.has('brief')
        ? host.brief === this.#value
        : changed.has('tlpMax') || readMarking(this.#value) !== this.#markingRead);
    if (!host.hasUpdated || changed.has('src') || (changed.has('brief') && !again)) this.sync();
    else if (again) this.#accept(this.#value, undefined, true);
  }

  hostUpdated() {
    const host = this.#host;
    host.ariaBusy = this.state === 'loading' ? 'true' : null;
    // Before the event: a listener, and a page that learns the outcome later, read the same state
    // (and, for a brief shown, its marking: what intel-brief/print-marking.js prints on every page).
    host.setAttribute('state', (this.shown = this.state));
    const marking = this.brief?.tlp;
    if (marking) host.setAttribute('tlp', marking);
    else host.removeAttribute('tlp');
    const event = this.#event;
    this.#event = undefined;
    if (event) emit(host, ...event);
  }

  /** `brief` is set to something (an empty string counts as unset). */
  #hasBrief() {
    return this.#host.brief != null && this.#host.brief !== '';
  }

  /** Picks the source of data by precedence and starts showing it. */
  sync() {
    const host = this.#host;
    this.#fetch?.abort();
    this.#fetch = this.brief = this.base = this.marking = this.#value = undefined;
    if (this.#hasBrief()) {
      this.#accept(host.brief, typeof host.brief === 'string' ? 'The brief' : undefined);
    } else if (host.src) {
      // On the server, a brief from `src` renders as loading; the browser fetches it.
      if (isServer) this.#set('loading');
      else void this.#load(host.src);
    } else {
      // The server sees no children: inline JSON is for the browser.
      // Inline JSON is read again when the children change: watched from the
      // first time it is looked for (a card given its `brief` starts no observer).
      if (!isServer)
        (this.#observer ??= new MutationObserver(() => this.#hasBrief() || host.src || this.sync())).observe(
          host,
          WATCH,
        );
      const script = isServer ? null : host.querySelector(':scope > script[type="application/json"]');
      if (script) this.#accept(script.textContent ?? '', 'The inline JSON');
      else this.#set('empty');
    }
  }

  async #load(src: string) {
    const controller = (this.#fetch = new AbortController());
    this.#set('loading');
    let url: URL;
    try {
      url = new URL(src, document.baseURI);
    } catch {
      return this.#fail('network', `Could not load ${src}: it is not a valid URL`);
    }
    const ms = this.#host.timeout > 0 ? this.#host.timeout : 15000;
    let timedOut = false;
    // Past what a timer can hold (2^31 - 1 ms, about 24.8 days): wait as long as the browser does.
    const timer =
      ms < 2 ** 31
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, ms)
        : undefined;
    try {
      const request = fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
      // While the request is out: a page's first Intl object is slow to make (the engine
      // loads its locale data then), and the brief's dates would wait for it once the brief
      // arrives. `intl` makes it once per page.
      intl(Intl.DateTimeFormat, 'en');
      const response = await request;
      if (!response.ok) {
        throw new Error(`Could not load ${src}: the server answered ${response.status} ${response.statusText}`.trim());
      }
      const text = await response.text();
      controller.signal.throwIfAborted();
      this.#fetch = undefined;
      // Relative URLs in the brief resolve against where it finally came from;
      // a URL that cannot be a base (`data:`, `blob:`) leaves them to the page.
      this.base = baseOf(response.url || url.href);
      this.#accept(text, `The file at ${src}`);
    } catch (error) {
      if (controller.signal.aborted && !timedOut) return; // overtaken by a newer source, or disconnected
      this.#fetch = undefined;
      this.#fail(
        timedOut ? 'timeout' : 'network',
        timedOut
          ? `Gave up loading ${src} after ${ms / 1000} seconds`
          : error instanceof TypeError
            ? `Could not load ${src}: the network request failed`
            : String((error as Error)?.message ?? error),
      );
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Shows `value`, or says why not; with `where`, `value` is JSON text from
   * there, parsed first. The marking is read before anything else: a brief
   * marked above `tlp-max` is withheld, valid or not, and an invalid brief's
   * issues quote its values only when its marking allows them on this page.
   * With `quiet` (a new `tlp-max`), nothing fires unless the state changes.
   */
  #accept(value: unknown, where?: string, quiet = false) {
    if (where) {
      try {
        value = parseBriefText(value as string, where);
      } catch (error) {
        return this.#fail('json', (error as Error).message);
      }
    }
    this.#value = value;
    this.#markingRead = readMarking(value);
    const screening = screenBrief(value, this.#host.tlpMax);
    // Quiet, an outcome the same as the one on screen changes nothing (an open card stays open).
    if (!screening.shown && screening.reason === 'tlp') {
      if (quiet && this.state === 'withheld' && this.marking === screening.marking) return;
      this.brief = undefined;
      this.marking = screening.marking;
      return this.#fail('tlp', this.#withheld(screening.marking), [], 'withheld');
    }
    this.marking = undefined;
    if (!screening.shown) {
      const message = problems(screening.issues);
      if (quiet && this.state === 'error' && this.error?.error.message === message) return;
      this.brief = undefined;
      return this.#fail('invalid', message, screening.issues);
    }
    if (quiet && this.state === 'ready' && JSON.stringify(screening.brief) === JSON.stringify(this.brief)) return;
    this.brief = screening.brief;
    this.#set('ready', 'brief-load', { brief: screening.brief });
  }

  #fail(reason: BriefErrorReason, message: string, issues: BriefIssue[] = [], state: BriefState = 'error') {
    this.#set(state, 'brief-error', (this.error = { error: new Error(message), issues, reason }));
  }

  /** Moves to a state; its event (if any) fires once the new state is rendered. */
  #set(next: BriefState, ...event: [] | BriefEvent) {
    this.state = next;
    this.#event = event.length ? event : undefined;
    this.#host.requestUpdate();
  }
}
