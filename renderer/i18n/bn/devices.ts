import type { Catalogue } from '../en';
import type { devicesAuditActions as enActions, devicesAuditDetails as enDetails, devicesErrors as enErrors } from '../en/devices';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** অফিসের কয়েকটি পিসি: এই পিসি অফিস হোস্ট, অন্য পিসি জোড়া দেওয়া, আর পিসির তালিকা। */
export const devices: Catalogue['devices'] = {
  officeHost: {
    title: 'অফিস হোস্ট',
    intro:
      'এই পিসিকে অফিস হোস্ট করুন: অফিসের অন্য পিসিগুলি তখন অফিসের নেটওয়ার্কে (HTTPS) এই পিসির তথ্য ব্যবহার করে, প্রত্যেকে নিজের লগইনে। অফিসের কাজ চলাকালীন এই পিসি চালু রাখুন।',
    on: 'এই পিসিকে অফিস হোস্ট করুন',
    listenOn: 'এই পিসির এই ঠিকানাগুলিতে শুনবে',
    listenHint: 'শুধু অফিসের নেটওয়ার্কের নিজস্ব (প্রাইভেট) ঠিকানা বেছে নেওয়া যায়।',
    publicAddress: '{{address}} ({{name}}) পাবলিক ঠিকানা: অনুমতি নেই',
    interfaceLabel: '{{address}} ({{name}})',
    otherAddress: 'এই পিসির অন্য একটি ঠিকানা (ঐচ্ছিক)',
    otherAddressHint: 'শুধু যদি এই পিসির অফিসের ঠিকানা তালিকায় না থাকে, যেমন 192.168.1.20',
    port: 'পোর্ট',
    save: 'সংরক্ষণ করুন',
    saved: 'সংরক্ষিত হয়েছে',
    listening: 'অন্য পিসিতে খুলুন: {{url}}',
    notListening: '{{address}}:{{port}}-এ শোনা যাচ্ছে না ({{problem}})',
    offNow: 'এই পিসি অফিস হোস্ট নয়: শুধু এই পিসিই এর তথ্য ব্যবহার করে।',
    commandLine: 'কমান্ড লাইনে --lan দিয়ে চালু হয়েছে: এখানে যা সংরক্ষণ করবেন তা এখনই এবং পরের বার চালুর সময় খাটবে।',
    fingerprint: 'সার্টিফিকেটের ফিঙ্গারপ্রিন্ট',
    fingerprintHint: 'নতুন পিসি জোড়ার সময় সেটি এই ফিঙ্গারপ্রিন্ট দেখায়: ব্যবহারের আগে মিলিয়ে নিন দুটি এক কি না।',
    pairingTitle: 'একটি পিসি যোগ করুন',
    pairingIntro: 'নতুন পিসিতে ওপরের ঠিকানাটি খুলুন, এই কোড আর পিসির একটি নাম দিন। কোডটি একবারই, ১০ মিনিট কাজ করে।',
    makeCode: 'জোড়ার কোড তৈরি করুন',
    code: 'জোড়ার কোড',
    codeLeft: 'আরও {{minutes}} মিনিট {{seconds}} সেকেন্ড বৈধ',
    codeGone: 'এই কোডের সময় শেষ: নতুন একটি তৈরি করুন',
    devicesTitle: 'জোড়া দেওয়া পিসি',
    noDevices: 'এখনও কোনো পিসি জোড়া হয়নি।',
    name: 'পিসি',
    pairedAt: 'জোড়া হয়েছে',
    lastUsed: 'শেষ ব্যবহার',
    lastAddress: 'শেষ ঠিকানা',
    state: 'অবস্থা',
    active: 'ব্যবহৃত হচ্ছে',
    revokedOn: 'বাতিল {{when}}',
    never: 'এখনও নয়',
    revoke: 'বাতিল করুন',
    revokeNamed: '{{name}} বাতিল করুন',
    revokeConfirm: '{{name}} বাতিল করবেন? এটি এখনই আটকে যাবে; আবার ব্যবহার করতে নতুন কোডে আবার জোড়া দিন।',
    revokeYes: 'বাতিল করুন',
    cancel: 'থাক',
    revoked: '{{name}} আর অফিস হোস্টে পৌঁছাতে পারবে না',
  },
  connect: {
    title: 'এই পিসিকে অফিস হোস্টের সঙ্গে যুক্ত করুন',
    intro:
      'অফিস হোস্ট এই পিসিকে এখনও চেনে না। অ্যাডমিনিস্ট্রেটরের কাছে জোড়ার কোড চান (হোস্ট পিসিতে: আমার অ্যাকাউন্ট → অফিস হোস্ট → জোড়ার কোড তৈরি করুন) আর এই পিসির এমন একটি নাম দিন যা অফিস চিনবে।',
    code: 'জোড়ার কোড',
    codeHint: '৮ অঙ্ক, অফিস হোস্টে দেখানো',
    name: 'এই পিসির নাম',
    nameHint: 'যেমন ডেটা এন্ট্রি পিসি, কেস ওয়ার্কারের ল্যাপটপ',
    submit: 'যুক্ত করুন',
    connectedTitle: 'এই পিসি অফিস হোস্টের সঙ্গে যুক্ত হয়েছে',
    fingerprintCheck: 'এগোনোর আগে মিলিয়ে নিন অফিস হোস্টও ঠিক এই সার্টিফিকেট ফিঙ্গারপ্রিন্ট দেখাচ্ছে কি না:',
    continue: 'লগইনে এগিয়ে যান',
  },
  audit: {
    device: 'পিসি',
    unpaired: 'জোড়া-না-দেওয়া পিসি',
    hostPc: 'হোস্ট পিসি',
  },
};

export const devicesErrors: Widen<typeof enErrors> = {
  unknown: 'এই পিসি অফিস হোস্টের সঙ্গে জোড়া নয়: অ্যাডমিনিস্ট্রেটরের দেওয়া জোড়ার কোড দিয়ে যুক্ত করুন',
  hostOff: 'এই পিসি অফিস হোস্ট নয়: আগে “এই পিসিকে অফিস হোস্ট করুন” চালু করুন',
  hostUnavailable: 'এখান থেকে অফিস হোস্ট ঠিক করা যায় না: অফিসের তথ্য এই পিসিতে নেই',
  codeFormat: 'জোড়ার কোড ৮ অঙ্কের',
  codeWrong: 'এটি জোড়ার কোড নয়: অফিস হোস্টে মিলিয়ে দেখুন (৫ বার ভুল হলে কোডটি আর কাজ করে না)',
  codeExpired: 'এই জোড়ার কোডের সময় শেষ (১০ মিনিট কাজ করে): নতুন একটি চান',
  codeUsed: 'এই জোড়ার কোড আগেই ব্যবহার হয়েছে: নতুন একটি চান',
  codeClosed: 'বারবার ভুল হওয়ায় এই জোড়ার কোড বন্ধ হয়েছে: নতুন একটি চান',
  codeNone: 'অফিস হোস্টে কোনো জোড়ার কোড খোলা নেই: অ্যাডমিনিস্ট্রেটরকে একটি তৈরি করতে বলুন',
  nameRequired: 'এই পিসির একটি নাম দিন',
  notFound: 'এমন কোনো পিসি নেই',
  notAnAddress: '{{address}} কোনো IP ঠিকানা নয় (যেমন 192.168.1.20)',
  publicAddress: '{{address}} পাবলিক ঠিকানা: অফিস হোস্ট শুধু অফিসের নেটওয়ার্কে শোনে (192.168.x.x, 10.x.x.x, 172.16–31.x.x)',
  chooseAddress: 'শোনার জন্য অন্তত একটি ঠিকানা বেছে নিন',
  portRange: '1024 থেকে 65535-এর মধ্যে একটি পোর্ট দিন',
  hostChanged:
    '{{address}}-এর অফিস হোস্ট অন্য একটি সার্টিফিকেট দেখাচ্ছে, যার সঙ্গে এই পিসি জোড়া হয়নি: তাই আটকানো হল। হোস্ট পিসি বদলে থাকলে এই পিসিকে আবার জোড়া দিন',
  hostUnreachable: '{{address}}-এর অফিস হোস্ট সাড়া দিচ্ছে না: সেটি কি চালু, আর এই পিসি কি অফিসের নেটওয়ার্কে?',
};

export const devicesAuditActions: Widen<typeof enActions> = {
  'devices.pairingCode': 'জোড়ার কোড তৈরি',
  'devices.pair': 'পিসি জোড়া হয়েছে',
  'devices.pairWrong': 'জোড়া আটকানো: ভুল কোড',
  'devices.pairExpired': 'জোড়া আটকানো: কোডের সময় শেষ',
  'devices.pairUsed': 'জোড়া আটকানো: কোড আগেই ব্যবহৃত',
  'devices.pairClosed': 'জোড়া আটকানো: ভুলের পর কোড বন্ধ',
  'devices.pairNone': 'জোড়া আটকানো: কোনো কোড খোলা নেই',
  'devices.revoke': 'পিসি বাতিল',
  'officeHost.on': 'অফিস হোস্ট চালু',
  'officeHost.off': 'অফিস হোস্ট বন্ধ',
};

export const devicesAuditDetails: Widen<typeof enDetails> = {
  devices: {
    pair: '{{caller}} থেকে',
    pairWrong: '{{caller}} থেকে',
    pairExpired: '{{caller}} থেকে',
    pairUsed: '{{caller}} থেকে',
    pairClosed: '{{caller}} থেকে',
    pairNone: '{{caller}} থেকে',
    pairingCode: 'নতুন পিসি যোগ করার এককালীন কোড, ১০ মিনিট বৈধ',
    revoke: '{{name}} আর অফিস হোস্টে যুক্ত হতে পারবে না',
  },
  officeHost: { on: '{{addresses}}, পোর্ট {{port}}' },
};
