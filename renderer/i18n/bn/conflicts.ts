import type { AreaCatalogue } from '../en';
import type { recordErrors as englishRecordErrors } from '../en/conflicts';

type Widened<T> = { [K in keyof T]: T[K] extends string ? string : Widened<T[K]> };

/** A save refused because someone else changed the record meanwhile, and a write sent twice (issue 17). */
export const recordErrors: Widened<typeof englishRecordErrors> = {
  conflict: 'আপনি খোলার পরে অন্য কেউ এই রেকর্ডটি বদলেছেন: কী রাখবেন বেছে নিন, তারপর আবার সংরক্ষণ করুন',
  version: 'ফর্মে রেকর্ডের কোন সংস্করণ বদলানো হচ্ছে তা বলা নেই: রেকর্ডটি আবার খুলুন',
  idempotency: {
    badKey: 'Idempotency-Key হেডারে ৮ থেকে ১২৮টি অক্ষর, অঙ্ক বা . _ : - থাকতে হবে',
    reused: 'এই অনুরোধের চাবি আগেই অন্য একটি অনুরোধে ({{method}}) ব্যবহার হয়েছে: নতুন পরিবর্তনের জন্য নতুন চাবি পাঠান',
  },
};

/** The dialog that shows both saves, field by field. */
export const conflicts: AreaCatalogue<'conflicts'> = {
  title: 'অন্য কেউ এই রেকর্ডটি বদলেছেন',
  intro: 'আপনি যখন বদলাচ্ছিলেন, {{name}} {{time}}-এ এই রেকর্ডটি সংরক্ষণ করেছেন। যে ঘরগুলি আলাদা, প্রতিটিতে কী রাখবেন বেছে নিন।',
  introUnknown: 'আপনি যখন বদলাচ্ছিলেন, অন্য কেউ এই রেকর্ডটি সংরক্ষণ করেছেন। যে ঘরগুলি আলাদা, প্রতিটিতে কী রাখবেন বেছে নিন।',
  field: 'ঘর',
  yours: 'আপনার',
  theirs: 'তাঁদের ({{name}}, {{time}}-এ সংরক্ষিত)',
  theirsUnknown: 'তাঁদের',
  keepYours: 'আপনারটি রাখুন: {{field}}',
  keepTheirs: 'তাঁদেরটি রাখুন: {{field}}',
  blank: '(ফাঁকা)',
  sameFields: 'তাঁদের সংরক্ষণে আপনার ফর্ম থেকে আলাদা কিছু বদলায়নি: আবার সংরক্ষণ করলে আপনার তথ্যই থাকবে।',
  keepAllTheirs: 'সবই তাঁদেরটি রাখুন',
  saveChoices: 'আমার বাছাই সংরক্ষণ করুন',
  keptTheirs: 'ফর্মে এখন তাঁদের তথ্য দেখানো হচ্ছে; আপনার কিছুই সংরক্ষিত হয়নি।',
};
