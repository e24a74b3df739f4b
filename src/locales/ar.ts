/** Arabic labels: `import 'intel-brief/locales/ar.js'`. */
import { registerLabels } from '../brief/labels.js';

registerLabels('ar', {
  kind: 'موجز استخباراتي',
  summary: 'الخلاصة',
  keyJudgments: 'التقديرات الرئيسية',
  where: 'أين',
  who: 'الجهات المعنية',
  sources: 'المصادر',
  tags: 'المواضيع',
  download: 'تنزيل PDF',
  views: { zero: '# مشاهدة', one: 'مشاهدة واحدة', two: 'مشاهدتان', few: '# مشاهدات', many: '# مشاهدة', other: '# مشاهدة' },
  updated: 'حُدّث في',
  by: 'بقلم',
  confidence: { low: 'ثقة منخفضة', moderate: 'ثقة متوسطة', high: 'ثقة عالية' },
  loading: 'جارٍ تحميل الموجز…',
  errorTitle: 'تعذّر عرض هذا الموجز',
  withheld: 'هذا الموجز مصنّف {tlp} ولا يمكن عرضه في هذه الصفحة.',
  unavailable: 'الرابط غير متاح',
  more: 'قراءة الموجز كاملاً',
  less: 'عرض أقل',
});
