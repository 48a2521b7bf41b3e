import type { Catalogue } from '../en';

export const hostErrors: Catalogue['errors']['host'] = {
  bodyTooLarge: 'অনুরোধটি {{max}}-এর চেয়ে বড়; এটি পড়া হয়নি',
  notBuilt: 'স্ক্রিনগুলি তৈরি হয়নি: npm run build চালান',
  usePost: 'JSON সহ POST ব্যবহার করুন',
  sendJson: 'ইনপুট application/json হিসেবে পাঠান',
  badJson: 'অনুরোধের বিষয়বস্তু সঠিক JSON নয়',
  unknownHost: 'এই ঠিকানাটি সুরক্ষার নয়: সুরক্ষাকে তার নিজের ঠিকানায় খুলুন',
  crossOrigin: 'অন্য ওয়েবসাইট থেকে আসা অনুরোধ গ্রহণ করা হয় না',
  notAllowed: 'অনুমতি নেই',
  busy: 'অন্য একটি প্রোগ্রাম অফিসের ডেটাবেসে লিখছে; {{seconds}} সেকেন্ড পরে আবার চেষ্টা করুন',
  noncharacter: '"{{field}}" ঘরে এমন একটি অক্ষর আছে যা রাখা যায় না (U+FFFE বা U+FFFF): আবার টাইপ করুন',
  dataFolderInUse: 'ডেটা ফোল্ডার {{folder}} ইতিমধ্যে অন্য একটি সুরক্ষায় খোলা আছে (প্রসেস {{pid}}, {{program}}, {{since}} থেকে): আগে সেটি বন্ধ করুন',
  backupSchema: '{{file}} সুরক্ষার ব্যাকআপ, কিন্তু এর কিছু অংশ নেই ({{tables}}): এটি ফেরানো যাবে না',
  backupPaths: '{{file}} তার সংযুক্তি ফোল্ডারের বাইরের একটি ফাইলের কথা বলে ({{path}}): এটি ফেরানো যাবে না',
  uploadMissing: 'আপলোড করা ফাইল {{file}} আর সার্ভারে নেই: আবার বেছে নিন',
  folderAbsolute: 'ফোল্ডারের পুরো পথ দিন, যেমন E:\\Backups বা /media/pendrive',
};

export const accessErrors: Catalogue['errors']['access'] = {
  loginWait: 'এই কম্পিউটার থেকে অনেকবার ভুল পাসওয়ার্ড: {{seconds}} সেকেন্ড অপেক্ষা করে আবার চেষ্টা করুন',
  caseConfidentialAsk: 'এই কেসটি গোপনীয়: {{worker}}-কে জিজ্ঞাসা করুন',
  consentRequired: 'কার সম্মতি নেওয়া হয়েছে ও কীভাবে, অথবা কেন সম্মতির দরকার ছিল না, তা লিখুন',
  consentHow: 'সম্মতি কীভাবে দেওয়া হয়েছে বলুন: সই করা ফর্মে, অথবা সাক্ষীর সামনে মুখে',
  consentForm: 'সই করা সম্মতিপত্রটি যুক্ত করুন',
  consentWitness: 'সাক্ষীর নাম দিন',
  letterNeedsConsent: 'এই রেফারেলের কোনো সম্মতি লেখা নেই: চিঠি তৈরির আগে সম্মতি লিখুন',
  breakGlassNotNeeded: 'আপনি এই কেসটি ইতিমধ্যেই খুলতে পারেন',
  breakGlassReason: 'এই কেসটি এখনই কেন খুলতে হবে লিখুন (অন্তত ১০টি অক্ষর)',
};
