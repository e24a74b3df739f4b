/**
 * Polish labels: `import 'intel-brief/locales/pl.js'`, or beside the
 * single-file bundle `<script type="module" src="…/dist/locales/pl.js">`.
 *
 * DRAFT: written by the developers, not yet reviewed by a professional
 * translator. Corrections are welcome; keep every key (the tests check that
 * each label, plural category, likelihood term, grade and TLP handling line is here).
 */
import { registerLabels, type LocaleLabels } from '../brief/labels.js';

registerLabels('pl', {
  colon: ': ',
  comma: ', ',
  separator: ' · ',
  kind: 'Notatka wywiadowcza',
  summary: 'W skrócie',
  keyJudgments: 'Kluczowe oceny',
  where: 'Gdzie',
  who: 'Zaangażowani',
  sources: 'Źródła',
  tags: 'Tematy',
  download: 'Pobierz PDF',
  views: { one: '# wyświetlenie', few: '# wyświetlenia', many: '# wyświetleń', other: '# wyświetlenia' },
  reference: 'Sygnatura',
  updated: 'Zaktualizowano',
  by: 'Autor:',
  confidence: { low: 'Niska pewność', moderate: 'Umiarkowana pewność', high: 'Wysoka pewność' },
  likelihoods: {
    'almost no chance': 'praktycznie wykluczone',
    'very unlikely': 'bardzo mało prawdopodobne',
    unlikely: 'mało prawdopodobne',
    'roughly even chance': 'mniej więcej równe szanse',
    likely: 'prawdopodobne',
    'very likely': 'bardzo prawdopodobne',
    'almost certain': 'niemal pewne',
  },
  reliability: {
    A: 'całkowicie wiarygodne',
    B: 'zazwyczaj wiarygodne',
    C: 'dość wiarygodne',
    D: 'nie zawsze wiarygodne',
    E: 'niewiarygodne',
    F: 'wiarygodności nie można ocenić',
  },
  credibility: {
    '1': 'potwierdzona przez inne źródła',
    '2': 'prawdopodobnie prawdziwa',
    '3': 'być może prawdziwa',
    '4': 'wątpliwa',
    '5': 'nieprawdopodobna',
    '6': 'prawdziwości nie można ocenić',
  },
  handling: {
    CLEAR: 'Rozpowszechnianie bez ograniczeń.',
    GREEN: 'Można udostępniać w ramach swojej społeczności, nie publicznie.',
    AMBER: 'Można udostępniać w swojej organizacji i jej klientom, zgodnie z zasadą wiedzy koniecznej.',
    'AMBER+STRICT': 'Można udostępniać tylko w swojej organizacji.',
    RED: 'Wyłącznie dla adresatów: nie udostępniać dalej.',
  },
  loading: 'Ładowanie notatki…',
  errorTitle: 'Nie można wyświetlić tej notatki',
  withheld: 'Ta notatka ma oznaczenie {tlp} i nie może być wyświetlona na tej stronie.',
  withheldUnreadable: 'Ta notatka ma nieczytelne oznaczenie TLP i nie może być wyświetlona na tej stronie.',
  unavailable: 'link niedostępny',
  more: 'Przeczytaj całą notatkę',
} satisfies LocaleLabels);
