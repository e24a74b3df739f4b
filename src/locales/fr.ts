/**
 * French labels: `import 'intel-brief/locales/fr.js'`, or beside the
 * single-file bundle `<script type="module" src="…/dist/locales/fr.js">`.
 *
 * DRAFT: written by the developers, not yet reviewed by a professional
 * translator. Corrections are welcome; keep every key (the tests check that
 * each label, plural category, likelihood term, grade and TLP handling line is here).
 */
import { registerLabels, type LocaleLabels } from '../brief/labels.js';

registerLabels('fr', {
  colon: ' : ',
  comma: ', ',
  separator: ' · ',
  kind: 'Note de renseignement',
  summary: 'En bref',
  keyJudgments: 'Jugements clés',
  where: 'Où',
  who: 'Acteurs concernés',
  sources: 'Sources',
  tags: 'Thèmes',
  download: 'Télécharger le PDF',
  views: { one: '# vue', many: '# de vues', other: '# vues' },
  reference: 'Référence',
  updated: 'Mis à jour le',
  by: 'Par',
  confidence: { low: 'Confiance faible', moderate: 'Confiance modérée', high: 'Confiance élevée' },
  likelihoods: {
    'almost no chance': 'quasiment exclu',
    'very unlikely': 'très improbable',
    unlikely: 'improbable',
    'roughly even chance': 'à peu près une chance sur deux',
    likely: 'probable',
    'very likely': 'très probable',
    'almost certain': 'presque certain',
  },
  reliability: {
    A: 'entièrement fiable',
    B: 'habituellement fiable',
    C: 'assez fiable',
    D: 'pas toujours fiable',
    E: 'peu fiable',
    F: 'fiabilité impossible à évaluer',
  },
  credibility: {
    '1': 'confirmée par d’autres sources',
    '2': 'probablement vraie',
    '3': 'peut-être vraie',
    '4': 'douteuse',
    '5': 'improbable',
    '6': 'véracité impossible à évaluer',
  },
  handling: {
    CLEAR: 'Diffusion sans restriction.',
    GREEN: 'Diffusable au sein de votre communauté, pas publiquement.',
    AMBER: 'Diffusable au sein de votre organisation et à ses clients, selon le besoin d’en connaître.',
    'AMBER+STRICT': 'Diffusable au sein de votre organisation uniquement.',
    RED: 'Réservée à ses seuls destinataires, sans autre diffusion.',
  },
  loading: 'Chargement de la note…',
  errorTitle: 'Cette note ne peut pas être affichée',
  withheld: 'Cette note est marquée {tlp} et ne peut pas être affichée sur cette page.',
  withheldUnreadable: 'Cette note porte un marquage TLP illisible et ne peut pas être affichée sur cette page.',
  unavailable: 'lien indisponible',
  more: 'Lire la note complète',
} satisfies LocaleLabels);
