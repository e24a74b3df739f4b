/**
 * Dutch labels: `import 'intel-brief/locales/nl.js'`, or beside the
 * single-file bundle `<script type="module" src="…/dist/locales/nl.js">`.
 *
 * DRAFT: written by the developers, not yet reviewed by a professional
 * translator. Corrections are welcome; keep every key (the tests check that
 * each label, plural category, likelihood term, grade and TLP handling line is here).
 */
import { registerLabels, type LocaleLabels } from '../brief/labels.js';

registerLabels('nl', {
  colon: ': ',
  comma: ', ',
  separator: ' · ',
  kind: 'Inlichtingenrapport',
  summary: 'Kern',
  keyJudgments: 'Belangrijkste oordelen',
  where: 'Waar',
  who: 'Betrokkenen',
  sources: 'Bronnen',
  tags: 'Onderwerpen',
  download: 'PDF downloaden',
  views: { one: '# weergave', other: '# weergaven' },
  reference: 'Referentie',
  updated: 'Bijgewerkt op',
  by: 'Door',
  confidence: { low: 'Laag vertrouwen', moderate: 'Gemiddeld vertrouwen', high: 'Hoog vertrouwen' },
  likelihoods: {
    'almost no chance': 'vrijwel uitgesloten',
    'very unlikely': 'zeer onwaarschijnlijk',
    unlikely: 'onwaarschijnlijk',
    'roughly even chance': 'ongeveer even waarschijnlijk',
    likely: 'waarschijnlijk',
    'very likely': 'zeer waarschijnlijk',
    'almost certain': 'vrijwel zeker',
  },
  reliability: {
    A: 'volledig betrouwbaar',
    B: 'meestal betrouwbaar',
    C: 'redelijk betrouwbaar',
    D: 'niet altijd betrouwbaar',
    E: 'onbetrouwbaar',
    F: 'betrouwbaarheid niet te beoordelen',
  },
  credibility: {
    '1': 'bevestigd door andere bronnen',
    '2': 'waarschijnlijk waar',
    '3': 'mogelijk waar',
    '4': 'twijfelachtig',
    '5': 'onwaarschijnlijk',
    '6': 'waarheid niet te beoordelen',
  },
  handling: {
    CLEAR: 'Verspreiding is niet beperkt.',
    GREEN: 'Te delen binnen uw gemeenschap, niet openbaar.',
    AMBER: 'Te delen binnen uw organisatie en met haar klanten, op need-to-knowbasis.',
    'AMBER+STRICT': 'Alleen te delen binnen uw organisatie.',
    RED: 'Alleen voor de ontvangers zelf: niet verder delen.',
  },
  loading: 'Rapport wordt geladen…',
  errorTitle: 'Dit rapport kan niet worden weergegeven',
  withheld: 'Dit rapport is gemarkeerd als {tlp} en kan op deze pagina niet worden weergegeven.',
  withheldUnreadable:
    'Dit rapport heeft een TLP-markering die niet te lezen is en kan op deze pagina niet worden weergegeven.',
  unavailable: 'link niet beschikbaar',
  more: 'Volledig rapport lezen',
} satisfies LocaleLabels);
