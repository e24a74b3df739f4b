/**
 * Spanish labels: `import 'intel-brief/locales/es.js'`, or beside the
 * single-file bundle `<script type="module" src="…/dist/locales/es.js">`.
 *
 * DRAFT: written by the developers, not yet reviewed by a professional
 * translator. Corrections are welcome; keep every key (the tests check that
 * each label, plural category, likelihood term, grade and TLP handling line is here).
 */
import { registerLabels, type LocaleLabels } from '../brief/labels.js';

registerLabels('es', {
  colon: ': ',
  comma: ', ',
  separator: ' · ',
  kind: 'Informe de inteligencia',
  summary: 'En resumen',
  keyJudgments: 'Juicios clave',
  where: 'Dónde',
  who: 'Actores implicados',
  sources: 'Fuentes',
  tags: 'Temas',
  download: 'Descargar PDF',
  views: { one: '# vista', many: '# de vistas', other: '# vistas' },
  reference: 'Referencia',
  updated: 'Actualizado el',
  by: 'Por',
  confidence: { low: 'Confianza baja', moderate: 'Confianza moderada', high: 'Confianza alta' },
  likelihoods: {
    'almost no chance': 'casi imposible',
    'very unlikely': 'muy improbable',
    unlikely: 'improbable',
    'roughly even chance': 'aproximadamente igual de probable',
    likely: 'probable',
    'very likely': 'muy probable',
    'almost certain': 'casi seguro',
  },
  reliability: {
    A: 'totalmente fiable',
    B: 'habitualmente fiable',
    C: 'bastante fiable',
    D: 'no siempre fiable',
    E: 'poco fiable',
    F: 'fiabilidad no evaluable',
  },
  credibility: {
    1: 'confirmada por otras fuentes',
    2: 'probablemente cierta',
    3: 'posiblemente cierta',
    4: 'dudosa',
    5: 'improbable',
    6: 'veracidad no evaluable',
  },
  handling: {
    CLEAR: 'Difusión sin restricciones.',
    GREEN: 'Puede compartirse dentro de su comunidad, no públicamente.',
    AMBER: 'Puede compartirse dentro de su organización y con sus clientes, según la necesidad de conocer.',
    'AMBER+STRICT': 'Puede compartirse solo dentro de su organización.',
    RED: 'Solo para sus destinatarios: no debe compartirse.',
  },
  loading: 'Cargando informe…',
  errorTitle: 'Este informe no se puede mostrar',
  withheld: 'Este informe está marcado como {tlp} y no se puede mostrar en esta página.',
  withheldUnreadable: 'Este informe tiene una marca TLP que no se puede leer y no se puede mostrar en esta página.',
  unavailable: 'enlace no disponible',
  more: 'Leer el informe completo',
} satisfies LocaleLabels);
