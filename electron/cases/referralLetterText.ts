import type { ReportLanguage } from '../reports/pdf';

/** The words of a referral letter to an official body, in the two languages the office writes in. */
export const referralLetterText: Record<
  ReportLanguage,
  {
    title: string;
    to: string;
    reference: (caseNumber: string, date: string) => string;
    subject: string;
    body: (types: string) => string;
    childrenHeading: string;
    columns: { code: string; name: string; sex: string; age: string; place: string };
    nameWithheld: string;
    reasonHeading: string;
    request: string;
    signature: string;
    signatureLine: string;
    signName: (name: string) => string;
    signDesignation: (designation: string) => string;
    signDate: (date: string) => string;
    footer: string;
    sex: Record<'female' | 'male' | 'other', string>;
    years: (n: string) => string;
    authorities: Record<string, string>;
  }
> = {
  en: {
    title: 'Referral of a child in need of care and protection',
    to: 'To',
    reference: (caseNumber, date) => `Our reference: case ${caseNumber}, referred on ${date}`,
    subject: 'Subject: referral for your kind attention and necessary action',
    body: (types) =>
      `Sir / Madam, our field office has been following the situation of the child(ren) below (${types}). We refer the matter to you for your kind attention and necessary action under the Juvenile Justice (Care and Protection of Children) Act, 2015 and the other laws that apply.`,
    childrenHeading: 'Child(ren) concerned',
    columns: { code: 'Child code', name: 'Name', sex: 'Sex', age: 'Age', place: 'Village / GP' },
    nameWithheld: 'withheld (JJ Act s.74)',
    reasonHeading: 'Reason for the referral',
    request:
      'We request you to acknowledge this referral and to inform us of the action taken. Our case worker will remain in touch with you.',
    signature: 'For the field office',
    signatureLine: 'Signature',
    signName: (name) => `Name: ${name}`,
    signDesignation: (designation) => `Designation: ${designation}`,
    signDate: (date) => `Date: ${date}`,
    footer: 'Confidential: concerns a child in need of care and protection. Do not disclose the child’s identity (JJ Act 2015, s.74).',
    sex: { female: 'Girl', male: 'Boy', other: 'Other' },
    years: (n) => `${n} years`,
    authorities: {
      dcpu: 'The District Child Protection Officer, District Child Protection Unit',
      cwc: 'The Chairperson, Child Welfare Committee',
      police: 'The Officer-in-Charge, Police Station',
      childline: 'Childline 1098',
      dlsa: 'The Secretary, District Legal Services Authority',
      school: 'The Head Teacher',
      hospital: 'The Medical Officer',
      other: '',
    },
  },
  bn: {
    title: 'যত্ন ও সুরক্ষা প্রয়োজন এমন শিশুর রেফারাল',
    to: 'প্রতি',
    reference: (caseNumber, date) => `আমাদের সূত্র: কেস ${caseNumber}, রেফারালের তারিখ ${date}`,
    subject: 'বিষয়: আপনার সদয় দৃষ্টি আকর্ষণ ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য রেফারাল',
    body: (types) =>
      `মহাশয় / মহাশয়া, আমাদের মাঠ অফিস নিচের শিশুর (শিশুদের) অবস্থার খোঁজ রাখছে (${types})। কিশোর বিচার (শিশুদের যত্ন ও সুরক্ষা) আইন, ২০১৫ এবং প্রযোজ্য অন্যান্য আইন অনুযায়ী আপনার সদয় দৃষ্টি আকর্ষণ ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য বিষয়টি আপনার কাছে পাঠানো হল।`,
    childrenHeading: 'সংশ্লিষ্ট শিশু',
    columns: { code: 'শিশু কোড', name: 'নাম', sex: 'লিঙ্গ', age: 'বয়স', place: 'গ্রাম / পঞ্চায়েত' },
    nameWithheld: 'গোপন রাখা হয়েছে (JJ আইন ধারা ৭৪)',
    reasonHeading: 'রেফারালের কারণ',
    request: 'অনুগ্রহ করে এই রেফারালের প্রাপ্তি স্বীকার করুন এবং গৃহীত ব্যবস্থা আমাদের জানান। আমাদের কেস কর্মী আপনার সঙ্গে যোগাযোগ রাখবেন।',
    signature: 'মাঠ অফিসের পক্ষে',
    signatureLine: 'স্বাক্ষর',
    signName: (name) => `নাম: ${name}`,
    signDesignation: (designation) => `পদ: ${designation}`,
    signDate: (date) => `তারিখ: ${date}`,
    footer: 'গোপনীয়: যত্ন ও সুরক্ষা প্রয়োজন এমন শিশু সংক্রান্ত। শিশুর পরিচয় প্রকাশ করবেন না (JJ আইন ২০১৫, ধারা ৭৪)।',
    sex: { female: 'মেয়ে', male: 'ছেলে', other: 'অন্যান্য' },
    years: (n) => `${n} বছর`,
    authorities: {
      dcpu: 'জেলা শিশু সুরক্ষা আধিকারিক, জেলা শিশু সুরক্ষা ইউনিট',
      cwc: 'সভাপতি, শিশু কল্যাণ সমিতি',
      police: 'ভারপ্রাপ্ত আধিকারিক, থানা',
      childline: 'চাইল্ডলাইন ১০৯৮',
      dlsa: 'সচিব, জেলা আইনি পরিষেবা কর্তৃপক্ষ',
      school: 'প্রধান শিক্ষক / শিক্ষিকা',
      hospital: 'চিকিৎসা আধিকারিক',
      other: '',
    },
  },
};
