/**
 * Names as they appear on North 24 Parganas registers: each entry is the Bengali spelling and the
 * English transliterations different schools use for the same name.
 */
export const girlNames: [string, ...string[]][] = [
  ['প্রিয়া', 'Priya', 'Prya', 'Preeya'],
  ['মৌমিতা', 'Moumita', 'Mowmita'],
  ['সাবিনা', 'Sabina', 'Sabeena'],
  ['রুমা', 'Ruma', 'Rooma'],
  ['পূজা', 'Puja', 'Pooja'],
  ['তানিয়া', 'Tania', 'Taniya'],
  ['আসমা', 'Asma', 'Asmaa'],
  ['রিয়া', 'Riya', 'Ria'],
  ['সুমি', 'Sumi', 'Shumi'],
  ['ইয়াসমিন', 'Yasmin', 'Jasmin', 'Yasmeen'],
  ['মমতাজ', 'Momtaj', 'Mumtaz'],
  ['অর্পিতা', 'Arpita', 'Orpita'],
  ['শ্রাবন্তী', 'Srabanti', 'Shrabanti'],
  ['নাসরিন', 'Nasrin', 'Nasreen'],
  ['পায়েল', 'Payel', 'Paayel'],
  ['সোমা', 'Soma', 'Shoma'],
];

export const boyNames: [string, ...string[]][] = [
  ['রহিম', 'Rahim', 'Rohim'],
  ['সুমন', 'Suman', 'Shuman'],
  ['আকাশ', 'Akash', 'Aakash'],
  ['মোহাম্মদ', 'Mohammad', 'Md', 'Mohd'],
  ['রাজু', 'Raju', 'Rajoo'],
  ['বিশাল', 'Bishal', 'Vishal'],
  ['সাহিল', 'Sahil', 'Shahil'],
  ['অমিত', 'Amit', 'Omit'],
  ['সৌরভ', 'Sourav', 'Saurav', 'Sourabh'],
  ['ইমরান', 'Imran', 'Emran'],
  ['রাকিব', 'Rakib', 'Raqib'],
  ['সুব্রত', 'Subrata', 'Shubrata'],
  ['জয়দেব', 'Joydeb', 'Jaydev'],
  ['আরিফ', 'Arif', 'Aarif'],
];

export const surnames: [string, ...string[]][] = [
  ['মণ্ডল', 'Mondal', 'Mandal', 'Mondol'],
  ['শেখ', 'Sheikh', 'Sk', 'Shaikh'],
  ['দাস', 'Das', 'Dash'],
  ['বিশ্বাস', 'Biswas', 'Bishwas'],
  ['ঘোষ', 'Ghosh', 'Ghose'],
  ['রায়', 'Roy', 'Ray'],
  ['খাতুন', 'Khatun', 'Khatoon'],
  ['বিবি', 'Bibi', 'Beebi'],
  ['হালদার', 'Halder', 'Haldar'],
  ['সরদার', 'Sardar', 'Sarder'],
  ['মোল্লা', 'Molla', 'Mollah'],
  ['গাজী', 'Gazi', 'Gaji'],
  ['পাল', 'Paul', 'Pal'],
  ['সাহা', 'Saha', 'Shaha'],
  ['মিস্ত্রি', 'Mistri', 'Mistry'],
  ['নস্কর', 'Naskar', 'Noskar'],
  ['পুরকাইত', 'Purkait', 'Purkayet'],
  ['প্রামানিক', 'Pramanik', 'Paramanik'],
];

export const villages = [
  'Uttar Bagundi',
  'Dakshin Bagundi',
  'Hingalganj',
  'Sandeshkhali',
  'Minakhan',
  'Haroa',
  'Dhanyakuria',
  'Taki',
  'Hasnabad',
  'Bashirhat',
  'Swarupnagar',
  'Baduria',
  'Gobardanga',
  'Hakimpur',
  'Itinda',
  'Kholapota',
  'Sangrampur',
  'Bhebia',
  'Nazat',
  'Atghara',
];

export const gramPanchayats = ['Bagundi', 'Hingalganj', 'Sandeshkhali', 'Minakhan', 'Haroa', 'Taki', 'Hasnabad', 'Itinda'];
