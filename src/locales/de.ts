/**
 * German labels: `import 'intel-brief/locales/de.js'`, or beside the
 * single-file bundle `<script type="module" src="…/dist/locales/de.js">`.
 *
 * DRAFT: written by the developers, not yet reviewed by a professional
 * translator. Corrections are welcome; keep every key (the tests check that
 * each label, plural category, likelihood term, grade and TLP handling line is here).
 */
import { registerLabels, type LocaleLabels } from '../brief/labels.js';

registerLabels('de', {
  colon: ': ',
  comma: ', ',
  separator: ' · ',
  kind: 'Lagebericht',
  summary: 'Kurzfassung',
  keyJudgments: 'Kernaussagen',
  where: 'Wo',
  who: 'Beteiligte',
  sources: 'Quellen',
  tags: 'Themen',
  download: 'PDF herunterladen',
  views: { one: '# Aufruf', other: '# Aufrufe' },
  reference: 'Referenz',
  updated: 'Aktualisiert am',
  by: 'Von',
  confidence: { low: 'Geringe Sicherheit', moderate: 'Mittlere Sicherheit', high: 'Hohe Sicherheit' },
  likelihoods: {
    'almost no chance': 'nahezu ausgeschlossen',
    'very unlikely': 'sehr unwahrscheinlich',
    unlikely: 'unwahrscheinlich',
    'roughly even chance': 'etwa gleich wahrscheinlich',
    likely: 'wahrscheinlich',
    'very likely': 'sehr wahrscheinlich',
    'almost certain': 'nahezu sicher',
  },
  reliability: {
    A: 'völlig zuverlässig',
    B: 'meist zuverlässig',
    C: 'ziemlich zuverlässig',
    D: 'nicht immer zuverlässig',
    E: 'unzuverlässig',
    F: 'Zuverlässigkeit nicht beurteilbar',
  },
  credibility: {
    '1': 'durch andere Quellen bestätigt',
    '2': 'wahrscheinlich wahr',
    '3': 'möglicherweise wahr',
    '4': 'zweifelhaft',
    '5': 'unwahrscheinlich',
    '6': 'Wahrheit nicht beurteilbar',
  },
  handling: {
    CLEAR: 'Weitergabe unbeschränkt.',
    GREEN: 'Weitergabe innerhalb Ihrer Community, nicht öffentlich.',
    AMBER: 'Weitergabe innerhalb Ihrer Organisation und an deren Kunden, nur bei Kenntnisbedarf.',
    'AMBER+STRICT': 'Weitergabe nur innerhalb Ihrer Organisation.',
    RED: 'Nur für die Empfänger persönlich, keine Weitergabe.',
  },
  loading: 'Bericht wird geladen…',
  errorTitle: 'Dieser Bericht kann nicht angezeigt werden',
  withheld: 'Dieser Bericht ist als {tlp} eingestuft und kann auf dieser Seite nicht angezeigt werden.',
  withheldUnreadable:
    'Dieser Bericht trägt eine unlesbare TLP-Einstufung und kann auf dieser Seite nicht angezeigt werden.',
  unavailable: 'Link nicht verfügbar',
  more: 'Ganzen Bericht lesen',
} satisfies LocaleLabels);
