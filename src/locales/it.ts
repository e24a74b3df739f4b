/**
 * Italian labels: `import 'intel-brief/locales/it.js'`, or beside the
 * single-file bundle `<script type="module" src="…/dist/locales/it.js">`.
 *
 * DRAFT: written by the developers, not yet reviewed by a professional
 * translator. Corrections are welcome; keep every key (the tests check that
 * each label, plural category, likelihood term, grade and TLP handling line is here).
 */
import { registerLabels, type LocaleLabels } from '../brief/labels.js';

registerLabels('it', {
  colon: ': ',
  comma: ', ',
  separator: ' · ',
  kind: 'Nota di intelligence',
  summary: 'In sintesi',
  keyJudgments: 'Valutazioni chiave',
  where: 'Dove',
  who: 'Soggetti coinvolti',
  sources: 'Fonti',
  tags: 'Argomenti',
  download: 'Scarica il PDF',
  views: { one: '# visualizzazione', many: '# di visualizzazioni', other: '# visualizzazioni' },
  reference: 'Riferimento',
  updated: 'Aggiornato il',
  by: 'Di',
  confidence: { low: 'Fiducia bassa', moderate: 'Fiducia moderata', high: 'Fiducia alta' },
  likelihoods: {
    'almost no chance': 'quasi impossibile',
    'very unlikely': 'molto improbabile',
    unlikely: 'improbabile',
    'roughly even chance': 'probabilità circa pari',
    likely: 'probabile',
    'very likely': 'molto probabile',
    'almost certain': 'quasi certo',
  },
  reliability: {
    A: 'completamente affidabile',
    B: 'generalmente affidabile',
    C: 'abbastanza affidabile',
    D: 'non sempre affidabile',
    E: 'inaffidabile',
    F: 'affidabilità non valutabile',
  },
  credibility: {
    '1': 'confermata da altre fonti',
    '2': 'probabilmente vera',
    '3': 'forse vera',
    '4': 'dubbia',
    '5': 'improbabile',
    '6': 'veridicità non valutabile',
  },
  handling: {
    CLEAR: 'Divulgazione senza limiti.',
    GREEN: 'Condivisibile all’interno della propria comunità, non pubblicamente.',
    AMBER:
      'Condivisibile all’interno della propria organizzazione e con i suoi clienti, in base alla necessità di sapere.',
    'AMBER+STRICT': 'Condivisibile solo all’interno della propria organizzazione.',
    RED: 'Solo per i destinatari: nessuna ulteriore divulgazione.',
  },
  loading: 'Caricamento della nota…',
  errorTitle: 'Impossibile mostrare questa nota',
  withheld: 'Questa nota è contrassegnata {tlp} e non può essere mostrata in questa pagina.',
  withheldUnreadable: 'Questa nota ha un contrassegno TLP illeggibile e non può essere mostrata in questa pagina.',
  unavailable: 'link non disponibile',
  more: 'Leggi la nota completa',
} satisfies LocaleLabels);
