/** Locale-aware formatting, all through `Intl`. Nothing here throws on odd input. */

export type DateStyle = 'full' | 'long' | 'medium' | 'short';
const DATE_STYLES: readonly string[] = ['full', 'long', 'medium', 'short'];

/** The first candidate that is a well-formed language tag, else `en`. */
export function pickLocale(...candidates: (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const [locale] = Intl.getCanonicalLocales(candidate);
      if (locale) return locale;
    } catch {
      // not a language tag: try the next one
    }
  }
  return 'en';
}

const RTL = /^(?:ar|arc|ckb|dv|fa|he|iw|ks|ku-Arab|nqo|ps|sd|syr|ug|ur|yi)(?:-|$)|-(?:Arab|Hebr|Nkoo|Syrc|Thaa|Rohg|Adlm)(?:-|$)/i;

/** `rtl` for languages written right to left, else `ltr`. */
export function directionOf(locale: string): 'rtl' | 'ltr' {
  return RTL.test(locale) ? 'rtl' : 'ltr';
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats an ISO 8601 value. A date-only value is a calendar day, shown as that
 * same day in every time zone; a date-time with an offset is an instant, shown
 * in the reader's time zone.
 */
export function formatDate(value: string, locale: string, style: string = 'medium'): string {
  const dateStyle = (DATE_STYLES.includes(style) ? style : 'medium') as DateStyle;
  const day = DATE_ONLY.exec(value);
  if (day) {
    const date = new Date(Date.UTC(2000, Number(day[2]) - 1, Number(day[3])));
    date.setUTCFullYear(Number(day[1]));
    return new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(date);
  }
  // ECMAScript defines three fraction digits; past them engines differ (WebKit
  // rounds 7 or more, so 23:59:59.9999999 is the next day; V8 and SpiderMonkey
  // cut): cut them here.
  const instant = new Date(value.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(instant.getTime()) ? value : new Intl.DateTimeFormat(locale, { dateStyle }).format(instant);
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * Bytes in binary steps (1 MB = 1,048,576 bytes), three significant digits:
 * `2820669` → `2.69 MB`. From 1,000 of a unit on, the next unit reads better
 * (`0.999 kB`, not `1,020 bytes`).
 */
export function formatSize(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit ? 'short' : 'long',
    maximumSignificantDigits: 3,
  }).format(value);
}

/** A label in plural forms: `{ one: '# view', other: '# views' }`, `#` standing for the number. */
export type PluralLabel = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/** `44 views`, `1 view`, `1,204 views`: the count formatted and the label chosen for the locale. */
export function formatCount(count: number, label: PluralLabel, locale: string): string {
  const forms = typeof label === 'string' ? { other: label } : label;
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other ?? '#';
  return form.replace('#', new Intl.NumberFormat(locale).format(count));
}
