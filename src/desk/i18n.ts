// The desk's interface text in French, Arabic and English. The type makes a missing key a
// compile error in any language.

import { observatoryName } from '../i18n/index.ts';

export const LANGS = ['fr', 'ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const fr = {
  title: 'Guichet des contributions',
  observatory: observatoryName('fr'),
  skip: 'Aller au contenu',
  signIn: 'Se connecter', signOut: 'Se déconnecter', email: 'Adresse électronique', password: 'Mot de passe',
  signInLede: 'Le guichet reçoit les fichiers des partenaires du programme (bureaux d’accueil, associations, diaspora). Les comptes sont ouverts par l’observatoire pour chaque organisation.',
  badLogin: 'Adresse ou mot de passe incorrect.', rateLimited: 'Trop de tentatives : réessayez dans 15 minutes.',
  csrf: 'Formulaire expiré ou envoyé depuis un autre site : rechargez la page et recommencez.',
  submissions: 'Envois', noSubmissions: 'Aucun envoi pour le moment.', newSubmission: 'Envoyer un fichier',
  file: 'Fichier (CSV ou XLSX)', period: 'Période', periodHint: 'un mois (2024-07), un trimestre (2024-Q3 ou 2024-T3), une année (2024) ou plusieurs (2023-2024)', dataset: 'Jeu de données', datasetAuto: 'reconnu d’après l’en-tête',
  licence: 'Licence', send: 'Vérifier et envoyer',
  refused: 'Fichier refusé : rien n’a été conservé. Corrigez les points suivants et renvoyez-le.',
  id: 'Envoi', organisation: 'Organisation', status: 'État', submitted: 'Envoyé le', by: 'par', version: 'Version', rows: 'Lignes', sha256: 'Empreinte SHA-256',
  pending: 'en attente de relecture', approved: 'approuvé', rejected: 'refusé', withdrawn: 'retiré',
  reason: 'Motif', approve: 'Approuver', reject: 'Refuser', withdraw: 'Retirer cet envoi',
  summary: 'Résumé du contrôle', preview: 'Ce qui sera publié (après protection des petits effectifs)', suppressed: 'masqué',
  suppressedNote: 'Les effectifs de 1 à 4, et ceux qui permettraient de les retrouver, sont publiés comme « masqué ».',
  diff: 'Différences avec la version publiée', noPrevious: 'Aucune version publiée pour cette organisation, ce jeu de données et cette période.',
  added: 'lignes ajoutées', removed: 'lignes supprimées', changed: 'valeurs modifiées', unchanged: 'lignes identiques',
  historyTitle: 'Historique', versions: 'Versions de cette contribution',
  publish: 'Publier et reconstruire le site', publications: 'Publications', publishOk: 'réussie', publishFailed: 'échouée : le site publié n’a pas changé', publishRunning: 'en cours',
  admin: 'Administration', forbidden: 'Accès refusé.', notFound: 'Envoi introuvable.',
  api: 'API (OpenAPI)', back: 'Retour aux envois',
  action_submit: 'envoyé', action_approve: 'approuvé', action_reject: 'refusé', action_withdraw: 'retiré', action_publish: 'publié',
};
type Messages = typeof fr;

const ar: Messages = {
  title: 'شباك المساهمات',
  observatory: observatoryName('ar'),
  skip: 'الانتقال إلى المحتوى',
  signIn: 'تسجيل الدخول', signOut: 'تسجيل الخروج', email: 'البريد الإلكتروني', password: 'كلمة المرور',
  signInLede: 'يستقبل الشباك ملفات شركاء البرنامج (مكاتب الاستقبال والجمعيات والجالية). يفتح المرصد الحسابات لكل هيئة.',
  badLogin: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.', rateLimited: 'محاولات كثيرة: أعيدوا المحاولة بعد 15 دقيقة.',
  csrf: 'انتهت صلاحية الاستمارة أو أُرسلت من موقع آخر: أعيدوا تحميل الصفحة وحاولوا من جديد.',
  submissions: 'الإرسالات', noSubmissions: 'لا توجد إرسالات حاليا.', newSubmission: 'إرسال ملف',
  file: 'الملف (CSV أو XLSX)', period: 'الفترة', periodHint: 'شهر (2024-07) أو فصل (2024-Q3) أو سنة (2024) أو عدة سنوات (2023-2024)', dataset: 'مجموعة البيانات', datasetAuto: 'تُعرف من رأس الجدول',
  licence: 'الترخيص', send: 'التحقق والإرسال',
  refused: 'رُفض الملف ولم يُحفظ منه شيء. صححوا النقاط التالية وأعيدوا إرساله.',
  id: 'الإرسال', organisation: 'الهيئة', status: 'الحالة', submitted: 'تاريخ الإرسال', by: 'من طرف', version: 'النسخة', rows: 'الأسطر', sha256: 'بصمة SHA-256',
  pending: 'في انتظار المراجعة', approved: 'مقبول', rejected: 'مرفوض', withdrawn: 'مسحوب',
  reason: 'السبب', approve: 'قبول', reject: 'رفض', withdraw: 'سحب هذا الإرسال',
  summary: 'ملخص التحقق', preview: 'ما سيُنشر (بعد حماية الأعداد الصغيرة)', suppressed: 'محجوب',
  suppressedNote: 'تُنشر الأعداد من 1 إلى 4، وتلك التي قد تسمح بمعرفتها، بعبارة «محجوب».',
  diff: 'الفروق مع النسخة المنشورة', noPrevious: 'لا توجد نسخة منشورة لهذه الهيئة ومجموعة البيانات والفترة.',
  added: 'أسطر مضافة', removed: 'أسطر محذوفة', changed: 'قيم معدلة', unchanged: 'أسطر بدون تغيير',
  historyTitle: 'السجل', versions: 'نسخ هذه المساهمة',
  publish: 'النشر وإعادة بناء الموقع', publications: 'عمليات النشر', publishOk: 'ناجحة', publishFailed: 'فاشلة: لم يتغير الموقع المنشور', publishRunning: 'جارية',
  admin: 'الإدارة', forbidden: 'الدخول غير مسموح.', notFound: 'الإرسال غير موجود.',
  api: 'واجهة البرمجة (OpenAPI)', back: 'العودة إلى الإرسالات',
  action_submit: 'أُرسل', action_approve: 'قُبل', action_reject: 'رُفض', action_withdraw: 'سُحب', action_publish: 'نُشر',
};

const en: Messages = {
  title: 'Contribution desk',
  observatory: observatoryName('en'),
  skip: 'Skip to content',
  signIn: 'Sign in', signOut: 'Sign out', email: 'E-mail address', password: 'Password',
  signInLede: 'The desk receives the files of the programme’s partners (reception offices, associations, diaspora). The observatory opens the accounts, one organisation at a time.',
  badLogin: 'Wrong address or password.', rateLimited: 'Too many attempts: try again in 15 minutes.',
  csrf: 'This form expired or was sent from another site: reload the page and try again.',
  submissions: 'Submissions', noSubmissions: 'No submission yet.', newSubmission: 'Send a file',
  file: 'File (CSV or XLSX)', period: 'Period', periodHint: 'a month (2024-07), a quarter (2024-Q3), a year (2024) or several (2023-2024)', dataset: 'Dataset', datasetAuto: 'recognised from the header',
  licence: 'Licence', send: 'Check and send',
  refused: 'File refused: nothing of it was kept. Fix the following and send it again.',
  id: 'Submission', organisation: 'Organisation', status: 'Status', submitted: 'Sent on', by: 'by', version: 'Version', rows: 'Rows', sha256: 'SHA-256 digest',
  pending: 'pending review', approved: 'approved', rejected: 'rejected', withdrawn: 'withdrawn',
  reason: 'Reason', approve: 'Approve', reject: 'Reject', withdraw: 'Withdraw this submission',
  summary: 'Check summary', preview: 'What will be published (after small-count protection)', suppressed: 'suppressed',
  suppressedNote: 'Counts from 1 to 4, and those that would let anyone recover them, are published as “suppressed”.',
  diff: 'Differences from the published version', noPrevious: 'No published version for this organisation, dataset and period.',
  added: 'rows added', removed: 'rows removed', changed: 'values changed', unchanged: 'rows unchanged',
  historyTitle: 'History', versions: 'Versions of this contribution',
  publish: 'Publish and rebuild the site', publications: 'Publications', publishOk: 'succeeded', publishFailed: 'failed: the published site did not change', publishRunning: 'running',
  admin: 'Administration', forbidden: 'Access refused.', notFound: 'No such submission.',
  api: 'API (OpenAPI)', back: 'Back to submissions',
  action_submit: 'sent', action_approve: 'approved', action_reject: 'rejected', action_withdraw: 'withdrawn', action_publish: 'published',
};

export const MESSAGES: Record<Lang, Messages> = { fr, ar, en };
export type { Messages };
export const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);
