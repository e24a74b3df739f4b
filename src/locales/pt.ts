/**
 * Portuguese (Brazilian usage) labels: `import 'intel-brief/locales/pt.js'`, or beside the
 * single-file bundle `<script type="module" src="…/dist/locales/pt.js">`.
 *
 * DRAFT: written by the developers, not yet reviewed by a professional
 * translator. Corrections are welcome; keep every key (the tests check that
 * each label, plural category, likelihood term, grade and TLP handling line is here).
 */
import { registerLabels, type LocaleLabels } from '../brief/labels.js';

registerLabels('pt', {
  colon: ': ',
  comma: ', ',
  separator: ' · ',
  kind: 'Nota de inteligência',
  summary: 'Em síntese',
  keyJudgments: 'Avaliações principais',
  where: 'Onde',
  who: 'Envolvidos',
  sources: 'Fontes',
  tags: 'Temas',
  download: 'Baixar PDF',
  views: { one: '# visualização', many: '# de visualizações', other: '# visualizações' },
  reference: 'Referência',
  updated: 'Atualizado em',
  by: 'Por',
  confidence: { low: 'Confiança baixa', moderate: 'Confiança moderada', high: 'Confiança alta' },
  likelihoods: {
    'almost no chance': 'quase nenhuma chance',
    'very unlikely': 'muito improvável',
    unlikely: 'improvável',
    'roughly even chance': 'chances aproximadamente iguais',
    likely: 'provável',
    'very likely': 'muito provável',
    'almost certain': 'quase certo',
  },
  reliability: {
    A: 'completamente confiável',
    B: 'geralmente confiável',
    C: 'razoavelmente confiável',
    D: 'nem sempre confiável',
    E: 'não confiável',
    F: 'confiabilidade impossível de avaliar',
  },
  credibility: {
    '1': 'confirmada por outras fontes',
    '2': 'provavelmente verdadeira',
    '3': 'possivelmente verdadeira',
    '4': 'duvidosa',
    '5': 'improvável',
    '6': 'veracidade impossível de avaliar',
  },
  handling: {
    CLEAR: 'Divulgação sem restrições.',
    GREEN: 'Pode ser compartilhada na sua comunidade, não publicamente.',
    AMBER: 'Pode ser compartilhada na sua organização e com os clientes dela, conforme a necessidade de conhecer.',
    'AMBER+STRICT': 'Pode ser compartilhada apenas na sua organização.',
    RED: 'Somente para os destinatários: não compartilhe.',
  },
  loading: 'Carregando a nota…',
  errorTitle: 'Não é possível exibir esta nota',
  withheld: 'Esta nota está marcada como {tlp} e não pode ser exibida nesta página.',
  withheldUnreadable: 'Esta nota tem uma marcação TLP ilegível e não pode ser exibida nesta página.',
  unavailable: 'link indisponível',
  more: 'Ler a nota completa',
} satisfies LocaleLabels);
