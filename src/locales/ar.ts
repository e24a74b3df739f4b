/**
 * Arabic labels: `import 'intel-brief/locales/ar.js'`, or beside the
 * single-file bundle `<script type="module" src="…/dist/locales/ar.js">`.
 *
 * DRAFT: written by the developers, not yet reviewed by a professional
 * translator. Corrections are welcome; keep every key (the tests check that
 * each label, plural category, likelihood term, grade and TLP handling line is here).
 */
import { registerLabels, type LocaleLabels } from '../brief/labels.js';

registerLabels('ar', {
  colon: ': ',
  comma: '، ',
  separator: '، ',
  kind: 'موجز استخباراتي',
  summary: 'الخلاصة',
  keyJudgments: 'التقديرات الرئيسية',
  where: 'أين',
  who: 'الجهات المعنية',
  sources: 'المصادر',
  tags: 'المواضيع',
  download: 'تنزيل PDF',
  views: {
    zero: '# مشاهدة',
    one: 'مشاهدة واحدة',
    two: 'مشاهدتان',
    few: '# مشاهدات',
    many: '# مشاهدةً',
    other: '# مشاهدة',
  },
  reference: 'المرجع',
  updated: 'حُدّث في',
  by: 'بقلم',
  confidence: { low: 'ثقة منخفضة', moderate: 'ثقة متوسطة', high: 'ثقة عالية' },
  likelihoods: {
    'almost no chance': 'شبه مستحيل',
    'very unlikely': 'مستبعد جداً',
    unlikely: 'مستبعد',
    'roughly even chance': 'احتمال متكافئ تقريباً',
    likely: 'مرجّح',
    'very likely': 'مرجّح جداً',
    'almost certain': 'شبه مؤكد',
  },
  reliability: {
    A: 'موثوق تماماً',
    B: 'موثوق عادةً',
    C: 'موثوق إلى حد ما',
    D: 'غير موثوق عادةً',
    E: 'غير موثوق',
    F: 'لا يمكن تقييم الموثوقية',
  },
  credibility: {
    '1': 'مؤكدة من مصادر أخرى',
    '2': 'صحيحة على الأرجح',
    '3': 'ربما صحيحة',
    '4': 'مشكوك فيها',
    '5': 'مستبعدة',
    '6': 'لا يمكن تقييم صحتها',
  },
  handling: {
    CLEAR: 'النشر غير مقيّد.',
    GREEN: 'يجوز تداوله داخل مجتمعك، لا علنًا.',
    AMBER: 'يجوز تداوله داخل مؤسستك ومع عملائها، على أساس الحاجة إلى المعرفة.',
    'AMBER+STRICT': 'يجوز تداوله داخل مؤسستك فقط.',
    RED: 'لمستلميه فقط، ولا يجوز تداوله بعد ذلك.',
  },
  loading: 'جارٍ تحميل الموجز…',
  errorTitle: 'تعذّر عرض هذا الموجز',
  withheld: 'هذا الموجز مصنّف {tlp} ولا يمكن عرضه في هذه الصفحة.',
  withheldUnreadable: 'هذا الموجز يحمل تصنيف TLP غير مقروء ولا يمكن عرضه في هذه الصفحة.',
  unavailable: 'الرابط غير متاح',
  more: 'قراءة الموجز كاملاً',
} satisfies LocaleLabels);
