/** Locale-aware formatting, all through `Intl`. Nothing here throws on odd input. */

export type DateStyle = 'full' | 'long' | 'medium' | 'short';
const DATE_STYLES: readonly string[] = ['full', 'long', 'medium', 'short'];

/**
 * One `Intl` formatter per kind, locale and options, shared by every brief on
 * the page: building one costs far more than formatting with it.
 */
export const intl = <T>(kind: new (locale: string, options?: object) => T, locale: string, options?: object): T =>
  memo(`${kind.name} ${locale} ${JSON.stringify(options)}`, () => new kind(locale, options));

/** How many values `memo` keeps: far more than a page uses, few enough that data cannot grow it without end. */
const CACHE_SIZE = 256;

/**
 * What `make` gives, made once per key (pure functions of their arguments only).
 * Keys hold locales that come from data (a brief's `lang`, a page's): past
 * `CACHE_SIZE` values, the oldest is dropped, to be made again if asked for.
 */
const cache = new Map<string, unknown>();
function memo<T>(key: string, make: () => T): T {
  const made = cache.get(key);
  if (made !== undefined) return made as T;
  const value = make();
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

/** The canonical form of a well-formed language tag (`EN-gb` → `en-GB`), else `undefined`. */
export function languageTag(tag: unknown): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag as string)[0];
  } catch {
    return undefined; // not a language tag
  }
}

/** The first candidate that is a well-formed language tag, else `en`. */
export function pickLocale(...candidates: (string | null | undefined)[]): string {
  return memo(JSON.stringify(candidates), () => candidates.map(languageTag).find(Boolean) ?? 'en');
}

/** Scripts written right to left (ISO 15924), in use today. */
const RTL_SCRIPTS = /^(?:Adlm|Arab|Hebr|Mand|Mend|Nkoo|Rohg|Samr|Syrc|Thaa|Yezi)$/;

/**
 * `rtl` for a locale whose script is written right to left, else `ltr`. The
 * script comes from the tag itself or, when it names none, from its likely
 * script (`Intl.Locale#maximize`): `ar` and `sd` are right to left, `ar-Latn`
 * and `sd-Deva` are not.
 */
export function directionOf(locale: string): 'rtl' | 'ltr' {
  return memo(`dir ${locale}`, () => direction(locale));
}
function direction(locale: string): 'rtl' | 'ltr' {
  try {
    return RTL_SCRIPTS.test(new Intl.Locale(locale).maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

const DATE_ONLY = /^\d{4}-\d\d-\d\d$/;

/**
 * An ISO 8601 value as a `Date`, `undefined` when unreadable: a date-only value
 * is the start of that day in UTC. ECMAScript defines three fraction digits;
 * past them engines differ (WebKit rounds 7 or more, so 23:59:59.9999999 is
 * the next day; V8 and SpiderMonkey cut): cut them here.
 */
export function instantOf(value: string): Date | undefined {
  const instant = new Date(DATE_ONLY.test(value) ? `${value}T00:00Z` : value.replace(/(\.\d{3})\d+/, '$1'));
  return isNaN(+instant) ? undefined : instant;
}

/** The time zone to show a value in: a date-only value is a calendar day, the same in UTC everywhere. */
const zoneFor = (value: string, timeZone?: string) => (DATE_ONLY.test(value) ? 'UTC' : timeZone);

const dateStyleOf = (style: string) => (DATE_STYLES.includes(style) ? style : 'medium') as DateStyle;

/** How `locale` names `timeZone` at `instant` (`UTC`, `GMT+1`). */
const zoneName = (instant: Date, locale: string, timeZone: string) =>
  intl(Intl.DateTimeFormat, locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;

/**
 * Formats an ISO 8601 value. A date-only value is a calendar day, shown as that
 * same day in every time zone; a date-time with an offset is an instant, shown
 * in the reader's time zone.
 */
export function formatDate(value: string, locale: string, style: string = 'medium'): string {
  const instant = instantOf(value);
  return instant
    ? intl(Intl.DateTimeFormat, locale, { dateStyle: dateStyleOf(style), timeZone: zoneFor(value) }).format(instant)
    : value;
}

/**
 * Formats an ISO 8601 value where the reader's time zone is unknown (on the
 * server): a date-time shows in `timeZone`, named after it (`Mar 11, 2026 (UTC)`);
 * a date-only value as `formatDate` shows it. An unknown zone counts as UTC.
 */
export function formatDateIn(value: string, locale: string, style: string = 'medium', timeZone = 'UTC'): string {
  const instant = instantOf(value);
  if (DATE_ONLY.test(value) || !instant) return formatDate(value, locale, style);
  try {
    intl(Intl.DateTimeFormat, locale, { timeZone }); // a zone Intl knows (kept for the next date-time)
  } catch {
    timeZone = 'UTC';
  }
  return `${intl(Intl.DateTimeFormat, locale, { dateStyle: dateStyleOf(style), timeZone }).format(instant)} (${zoneName(instant, locale, timeZone)})`;
}

/**
 * The calendar day of an ISO 8601 value (`3/11/2026`): a date-only value is its
 * own day; a date-time's day is the one in `timeZone` (default the reader's).
 * The value itself when unreadable. (A `DateTimeFormat` given no field shows
 * the numeric year, month and day.)
 */
export function dayOf(value: string, timeZone?: string): string {
  const instant = instantOf(value);
  return instant ? intl(Intl.DateTimeFormat, 'en', { timeZone: zoneFor(value, timeZone) }).format(instant) : value;
}

/**
 * The time of day of a date-time (`14:30`, `2:30 PM`) in the locale, in the
 * reader's time zone or, given `timeZone` (on the server), in that zone, named
 * as `formatDateIn` names it (`14:30 (UTC)`). Empty for a date-only or unreadable value.
 */
export function formatTime(value: string, locale: string, timeZone?: string): string {
  const instant = instantOf(value);
  if (DATE_ONLY.test(value) || !instant) return '';
  const time = intl(Intl.DateTimeFormat, locale, { timeStyle: 'short', timeZone }).format(instant);
  return timeZone ? `${time} (${zoneName(instant, locale, timeZone)})` : time;
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * Bytes in binary steps (1 MB = 1,048,576 bytes), three significant digits:
 * `2820669` → `2.69 MB`. When the rounded value would read 1,000 or more of a
 * unit, the next unit reads better (`0.999 kB`, not `1,020 bytes`;
 * `0.976 MB`, not `1,000 kB`).
 */
export function formatSize(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (+value.toPrecision(3) >= 1000 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return intl(Intl.NumberFormat, locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit ? 'short' : 'long',
    maximumSignificantDigits: 3,
  }).format(value);
}

/** A label in plural forms: `{ one: '# view', other: '# views' }`, `#` standing for the number. */
export type PluralLabel = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * `44 views`, `1 view`, `1,204 views`: the count formatted for the locale, the
 * form chosen by the plural rules of `rules`, the label's language (English
 * labels on a Japanese page count as English does: `1 view`).
 */
export function formatCount(count: number, label: PluralLabel, locale: string, rules = locale): string {
  const forms = typeof label === 'string' ? { other: label } : label;
  const form = forms[intl(Intl.PluralRules, rules).select(count)] ?? forms.other ?? '#';
  return form.replace('#', intl(Intl.NumberFormat, locale).format(count));
}
