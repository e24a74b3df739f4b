/**
 * Ukrainian labels: `import 'intel-brief/locales/uk.js'`, or beside the
 * single-file bundle `<script type="module" src="…/dist/locales/uk.js">`.
 *
 * DRAFT: written by the developers, not yet reviewed by a professional
 * translator. Corrections are welcome; keep every key (the tests check that
 * each label, plural category, likelihood term, grade and TLP handling line is here).
 */
import { registerLabels, type LocaleLabels } from '../brief/labels.js';

registerLabels('uk', {
  colon: ': ',
  comma: ', ',
  separator: ' · ',
  kind: 'Аналітична довідка',
  summary: 'Головне',
  keyJudgments: 'Ключові оцінки',
  where: 'Де',
  who: 'Учасники',
  sources: 'Джерела',
  tags: 'Теми',
  download: 'Завантажити PDF',
  views: { one: '# перегляд', few: '# перегляди', many: '# переглядів', other: '# перегляду' },
  reference: 'Номер',
  updated: 'Оновлено',
  by: 'Автор:',
  confidence: { low: 'Низька впевненість', moderate: 'Помірна впевненість', high: 'Висока впевненість' },
  likelihoods: {
    'almost no chance': 'практично виключено',
    'very unlikely': 'дуже малоймовірно',
    unlikely: 'малоймовірно',
    'roughly even chance': 'шанси приблизно рівні',
    likely: 'ймовірно',
    'very likely': 'дуже ймовірно',
    'almost certain': 'майже напевно',
  },
  reliability: {
    A: 'цілком надійне',
    B: 'зазвичай надійне',
    C: 'досить надійне',
    D: 'не завжди надійне',
    E: 'ненадійне',
    F: 'надійність оцінити неможливо',
  },
  credibility: {
    '1': 'підтверджено іншими джерелами',
    '2': 'імовірно, правдиве',
    '3': 'можливо, правдиве',
    '4': 'сумнівне',
    '5': 'малоймовірне',
    '6': 'правдивість оцінити неможливо',
  },
  handling: {
    CLEAR: 'Поширення без обмежень.',
    GREEN: 'Можна передавати в межах вашої спільноти, але не публічно.',
    AMBER: 'Можна передавати в межах вашої організації та її клієнтам за принципом службової необхідності.',
    'AMBER+STRICT': 'Можна передавати лише в межах вашої організації.',
    RED: 'Лише для одержувачів особисто: далі не передавати.',
  },
  loading: 'Завантаження довідки…',
  errorTitle: 'Цю довідку неможливо показати',
  withheld: 'Ця довідка має позначку {tlp} і не може бути показана на цій сторінці.',
  withheldUnreadable: 'Ця довідка має позначку TLP, яку неможливо прочитати, і не може бути показана на цій сторінці.',
  unavailable: 'посилання недоступне',
  more: 'Читати довідку повністю',
} satisfies LocaleLabels);
