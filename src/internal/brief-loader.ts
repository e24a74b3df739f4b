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
import { intl } from '../brief/format.js';
import { TLP_LEVELS, parseTlp, type Brief } from '../brief/schema.js';
import { formatIssues, validateBrief, type BriefIssue, type BriefValidation } from '../brief/validate.js';
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

export type BriefState = 'empty' | 'loading' | 'ready' | 'error' | 'withheld';

/** What the loader needs of its element. */
export interface LoaderHost extends ReactiveControllerHost, HTMLElement {
  brief?: unknown;
  src?: string | undefined;
  tlpMax: string;
  timeout: number;
  readonly hasUpdated: boolean;
}

/** A marking's place in TLP_LEVELS; anything unknown ranks above RED (fail closed). */
const rank = (level: unknown) => {
  const i = TLP_LEVELS.indexOf(level as (typeof TLP_LEVELS)[number]);
  return i < 0 ? TLP_LEVELS.length : i;
};

/** Whether a page allowed to show up to `max` (default CLEAR) may show a brief marked `marking`. */
export const tlpAllows = (max: unknown, marking: unknown) => marking === undefined || rank(marking) <= rank(parseTlp(max) ?? 'CLEAR');

/** Parses brief JSON text, or throws an Error that says what is wrong with it, naming `where` it came from (`The file at …`). */
export function parseBrief(text: string, where: string): unknown {
  if (!text.trim()) throw new Error(`${where} is empty`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const hint = text.trimStart().startsWith('<') ? ' (it looks like an HTML page)' : '';
    throw new Error(`${where} is not valid JSON${hint}: ${(error as Error).message}`);
  }
}

/** The message of an invalid brief: `The brief has 2 problems:`, then one line per issue. */
export const problems = (issues: readonly BriefIssue[]) =>
  `The brief has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${formatIssues(issues)}`;

/**
 * Brief objects already checked, and the outcome: one object given to many
 * elements (a list of cards) is validated once. Like Lit's properties, a
 * brief is data the page replaces, not changes in place.
 */
const checked = new WeakMap<object, BriefValidation>();
const validated = (value: unknown) => {
  if (!value || typeof value !== 'object') return validateBrief(value);
  let result = checked.get(value);
  if (!result) checked.set(value, (result = validateBrief(value)));
  return result;
};

/** What the element's children are watched for (inline JSON). */
const WATCH = { childList: true, subtree: true, characterData: true };

/** `url` when relative URLs can resolve against it, else `undefined` (a `data:` URL has no path to resolve against). */
const baseOf = (url: string) => (URL.canParse('.', url) ? url : undefined);

export class BriefLoader implements ReactiveController {
  state: BriefState = 'empty';
  /** The valid brief, when one is shown or withheld. */
  brief?: Brief | undefined;
  /** What relative URLs in the brief resolve against: its own URL when it came from `src`. */
  base?: string | undefined;
  /** Why nothing is shown, in the error and withheld states. */
  error?: BriefErrorDetail | undefined;
  /** The fetch of `src` in flight; aborted, it was cut short by a disconnect and starts again on reconnect. */
  #fetch?: AbortController | undefined;
  /** The event that announces the state, fired once that state is rendered. */
  #event?: BriefEvent | undefined;
  #observer?: MutationObserver;

  /** `withheld(marking)` words the notice for a brief marked above `tlp-max`, in the brief's locale. */
  constructor(
    private _host: LoaderHost,
    private _withheld: (marking: string) => string,
  ) {
    _host.addController(this);
  }

  hostConnected() {
    // Watching the children again, if inline JSON was ever looked for (sync).
    this.#observer?.observe(this._host, WATCH);
    if (this.#fetch?.signal.aborted) this.sync();
  }

  hostDisconnected() {
    this.#observer?.disconnect();
    this.#fetch?.abort();
  }

  /** Called by the host's `willUpdate` (which `@lit-labs/ssr` calls too; it never calls `hostUpdate`). */
  willUpdate(changed: PropertyValues) {
    if (!this._host.hasUpdated || changed.has('brief') || changed.has('src')) this.sync();
    else if (changed.has('tlpMax') && this.brief) this._show(true);
  }

  hostUpdated() {
    this._host.ariaBusy = this.state === 'loading' ? 'true' : null;
    const event = this.#event;
    this.#event = undefined;
    if (event) emit(this._host, ...event);
  }

  /** `brief` is set to something (an empty string counts as unset). */
  #hasBrief() {
    return this._host.brief != null && this._host.brief !== '';
  }

  /** Picks the source of data by precedence and starts showing it. */
  sync() {
    const host = this._host;
    this.#fetch?.abort();
    this.#fetch = this.brief = this.base = undefined;
    if (this.#hasBrief()) {
      this._accept(host.brief, typeof host.brief === 'string' ? 'The brief' : undefined);
    } else if (host.src) {
      // On the server, a brief from `src` renders as loading; the browser fetches it.
      if (isServer) this._set('loading');
      else void this.#load(host.src);
    } else {
      // The server sees no children: inline JSON is for the browser.
      // Inline JSON is read again when the children change: watched from the
      // first time it is looked for (a card given its `brief` starts no observer).
      if (!isServer) (this.#observer ??= new MutationObserver(() => this.#hasBrief() || host.src || this.sync())).observe(host, WATCH);
      const script = isServer ? null : host.querySelector(':scope > script[type="application/json"]');
      if (script) this._accept(script.textContent ?? '', 'The inline JSON');
      else this._set('empty');
    }
  }

  async #load(src: string) {
    const controller = (this.#fetch = new AbortController());
    this._set('loading');
    let url: URL;
    try {
      url = new URL(src, document.baseURI);
    } catch {
      return this._fail('network', `Could not load ${src}: it is not a valid URL`);
    }
    const ms = this._host.timeout > 0 ? this._host.timeout : 15000;
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
      this._accept(text, `The file at ${src}`);
    } catch (error) {
      if (controller.signal.aborted && !timedOut) return; // overtaken by a newer source, or disconnected
      this.#fetch = undefined;
      this._fail(
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

  /** Validates `value` and shows it; with `where`, `value` is JSON text from there, parsed first. */
  private _accept(value: unknown, where?: string) {
    if (where) {
      try {
        value = parseBrief(value as string, where);
      } catch (error) {
        return this._fail('json', (error as Error).message);
      }
    }
    const result = validated(value);
    if (!result.ok) return this._fail('invalid', problems(result.issues), result.issues);
    this.brief = result.brief;
    this._show();
  }

  /**
   * Shows the valid brief, or withholds it when its marking is above `tlp-max`.
   * With `quiet` (a new `tlp-max`), nothing fires unless the outcome changes.
   */
  private _show(quiet = false) {
    const brief = this.brief!;
    const state = tlpAllows(this._host.tlpMax, brief.tlp) ? 'ready' : 'withheld';
    if (quiet && this.state === state) return;
    if (state === 'ready') this._set(state, 'brief-load', { brief });
    else this._fail('tlp', this._withheld(`TLP:${brief.tlp}`), [], state);
  }

  private _fail(reason: BriefErrorReason, message: string, issues: BriefIssue[] = [], state: BriefState = 'error') {
    this._set(state, 'brief-error', (this.error = { error: new Error(message), issues, reason }));
  }

  /** Moves to a state; its event (if any) fires once the new state is rendered. */
  private _set(next: BriefState, ...event: [] | BriefEvent) {
    this.state = next;
    this.#event = event.length ? event : undefined;
    this._host.requestUpdate();
  }
}
