/**
 * Russian labels: `import 'intel-brief/locales/ru.js'`, or beside the
 * single-file bundle `<script type="module" src="…/dist/locales/ru.js">`.
 *
 * DRAFT: written by the developers, not yet reviewed by a professional
 * translator. Corrections are welcome; keep every key (the tests check that
 * each label, plural category, likelihood term, grade and TLP handling line is here).
 */
import { registerLabels, type LocaleLabels } from '../brief/labels.js';

registerLabels('ru', {
  colon: ': ',
  comma: ', ',
  separator: ' · ',
  kind: 'Аналитическая справка',
  summary: 'Главное',
  keyJudgments: 'Ключевые оценки',
  where: 'Где',
  who: 'Участники',
  sources: 'Источники',
  tags: 'Темы',
  download: 'Скачать PDF',
  views: { one: '# просмотр', few: '# просмотра', many: '# просмотров', other: '# просмотра' },
  reference: 'Номер',
  updated: 'Обновлено',
  by: 'Автор:',
  confidence: { low: 'Низкая уверенность', moderate: 'Умеренная уверенность', high: 'Высокая уверенность' },
  likelihoods: {
    'almost no chance': 'практически исключено',
    'very unlikely': 'очень маловероятно',
    unlikely: 'маловероятно',
    'roughly even chance': 'шансы примерно равны',
    likely: 'вероятно',
    'very likely': 'весьма вероятно',
    'almost certain': 'почти наверняка',
  },
  reliability: {
    A: 'полностью надёжен',
    B: 'обычно надёжен',
    C: 'достаточно надёжен',
    D: 'не всегда надёжен',
    E: 'ненадёжен',
    F: 'надёжность оценить нельзя',
  },
  credibility: {
    '1': 'подтверждено другими источниками',
    '2': 'вероятно, верно',
    '3': 'возможно, верно',
    '4': 'сомнительно',
    '5': 'маловероятно',
    '6': 'достоверность оценить нельзя',
  },
  handling: {
    CLEAR: 'Распространение без ограничений.',
    GREEN: 'Можно передавать внутри вашего сообщества, но не публично.',
    AMBER: 'Можно передавать внутри вашей организации и её клиентам по принципу служебной необходимости.',
    'AMBER+STRICT': 'Можно передавать только внутри вашей организации.',
    RED: 'Только для получателей лично: дальше не передавать.',
  },
  loading: 'Загрузка справки…',
  errorTitle: 'Эту справку нельзя показать',
  withheld: 'Эта справка имеет пометку {tlp} и не может быть показана на этой странице.',
  withheldUnreadable: 'Эта справка имеет нечитаемую пометку TLP и не может быть показана на этой странице.',
  unavailable: 'ссылка недоступна',
  more: 'Читать справку полностью',
} satisfies LocaleLabels);
