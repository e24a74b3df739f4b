/**
 * Chinese (Simplified) labels: `import 'intel-brief/locales/zh.js'`, or beside the
 * single-file bundle `<script type="module" src="…/dist/locales/zh.js">`.
 *
 * DRAFT: written by the developers, not yet reviewed by a professional
 * translator. Corrections are welcome; keep every key (the tests check that
 * each label, plural category, likelihood term, grade and TLP handling line is here).
 */
import { registerLabels, type LocaleLabels } from '../brief/labels.js';

registerLabels('zh', {
  colon: '：',
  comma: '，',
  separator: ' · ',
  kind: '情报简报',
  summary: '要点',
  keyJudgments: '关键判断',
  where: '地点',
  who: '相关方',
  sources: '来源',
  tags: '主题',
  download: '下载 PDF',
  views: { other: '# 次浏览' },
  reference: '编号',
  updated: '更新于',
  by: '作者：',
  confidence: { low: '低置信度', moderate: '中等置信度', high: '高置信度' },
  likelihoods: {
    'almost no chance': '几乎不可能',
    'very unlikely': '非常不可能',
    unlikely: '不太可能',
    'roughly even chance': '可能性大致相当',
    likely: '可能',
    'very likely': '非常可能',
    'almost certain': '几乎肯定',
  },
  reliability: {
    A: '完全可靠',
    B: '通常可靠',
    C: '比较可靠',
    D: '通常不可靠',
    E: '不可靠',
    F: '无法判断可靠性',
  },
  credibility: {
    '1': '经其他来源证实',
    '2': '可能属实',
    '3': '或许属实',
    '4': '存疑',
    '5': '不太可能属实',
    '6': '无法判断真伪',
  },
  handling: {
    CLEAR: '披露不受限制。',
    GREEN: '可在您所在的社群内共享，不得公开。',
    AMBER: '可在您的组织及其客户内按需知悉原则共享。',
    'AMBER+STRICT': '仅可在您的组织内共享。',
    RED: '仅限收件人本人，不得再传播。',
  },
  loading: '正在加载简报…',
  errorTitle: '无法显示此简报',
  withheld: '此简报标记为 {tlp}，无法在此页面显示。',
  withheldUnreadable: '此简报的 TLP 标记无法识别，无法在此页面显示。',
  unavailable: '链接不可用',
  more: '阅读完整简报',
} satisfies LocaleLabels);
