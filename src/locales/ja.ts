/**
 * Japanese labels: `import 'intel-brief/locales/ja.js'`, or beside the
 * single-file bundle `<script type="module" src="…/dist/locales/ja.js">`.
 *
 * DRAFT: written by the developers, not yet reviewed by a professional
 * translator. Corrections are welcome; keep every key (the tests check that
 * each label, plural category, likelihood term, grade and TLP handling line is here).
 */
import { registerLabels, type LocaleLabels } from '../brief/labels.js';

registerLabels('ja', {
  colon: '：',
  comma: '、',
  separator: '・',
  kind: 'インテリジェンス・ブリーフ',
  summary: '要旨',
  keyJudgments: '主要な判断',
  where: '場所',
  who: '関係者',
  sources: '情報源',
  tags: 'トピック',
  download: 'PDF をダウンロード',
  views: { other: '# 回閲覧' },
  reference: '参照番号',
  updated: '更新日',
  by: '作成者：',
  confidence: { low: '確信度：低', moderate: '確信度：中', high: '確信度：高' },
  likelihoods: {
    'almost no chance': '可能性はほぼない',
    'very unlikely': '可能性は非常に低い',
    unlikely: '可能性は低い',
    'roughly even chance': '可能性はほぼ五分五分',
    likely: '可能性が高い',
    'very likely': '可能性が非常に高い',
    'almost certain': 'ほぼ確実',
  },
  reliability: {
    A: '完全に信頼できる',
    B: '通常は信頼できる',
    C: 'かなり信頼できる',
    D: '通常は信頼できない',
    E: '信頼できない',
    F: '信頼性を判断できない',
  },
  credibility: {
    '1': '他の情報源で確認済み',
    '2': 'おそらく真実',
    '3': '真実の可能性がある',
    '4': '疑わしい',
    '5': 'ありそうにない',
    '6': '真偽を判断できない',
  },
  handling: {
    CLEAR: '開示の制限はありません。',
    GREEN: 'コミュニティ内で共有できます。一般には公開しないでください。',
    AMBER: '組織内とその顧客に、知る必要のある範囲で共有できます。',
    'AMBER+STRICT': '組織内でのみ共有できます。',
    RED: '受信者本人限りです。これ以上共有しないでください。',
  },
  loading: 'ブリーフを読み込んでいます…',
  errorTitle: 'このブリーフは表示できません',
  withheld: 'このブリーフは {tlp} に指定されているため、このページには表示できません。',
  withheldUnreadable: 'このブリーフの TLP 指定は読み取れないため、このページには表示できません。',
  unavailable: 'リンクは利用できません',
  more: 'ブリーフ全文を読む',
} satisfies LocaleLabels);
