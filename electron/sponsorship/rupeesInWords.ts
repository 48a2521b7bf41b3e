/**
 * An amount written out in words, the way Indian receipts and cheques write it: in the Indian
 * system (thousand, lakh, crore), so ₹1,23,456.50 reads "Rupees One Lakh Twenty-Three Thousand Four
 * Hundred Fifty-Six and Fifty Paise Only". Integer arithmetic on paise only.
 */

const ONES = [
  '',
  'One',
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Ten',
  'Eleven',
  'Twelve',
  'Thirteen',
  'Fourteen',
  'Fifteen',
  'Sixteen',
  'Seventeen',
  'Eighteen',
  'Nineteen',
];
const TENS = ['', '', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'];

function englishBelowHundred(n: number): string {
  if (n < 20) return ONES[n] ?? '';
  const tens = TENS[Math.trunc(n / 10)] ?? '';
  const ones = ONES[n % 10] ?? '';
  return ones ? `${tens}-${ones}` : tens;
}

// Bengali has its own word for every number below a hundred (একুশ, বাইশ…), so they are listed, not composed.
const BENGALI_BELOW_HUNDRED = [
  '',
  'এক',
  'দুই',
  'তিন',
  'চার',
  'পাঁচ',
  'ছয়',
  'সাত',
  'আট',
  'নয়',
  'দশ',
  'এগারো',
  'বারো',
  'তেরো',
  'চোদ্দো',
  'পনেরো',
  'ষোলো',
  'সতেরো',
  'আঠারো',
  'উনিশ',
  'কুড়ি',
  'একুশ',
  'বাইশ',
  'তেইশ',
  'চব্বিশ',
  'পঁচিশ',
  'ছাব্বিশ',
  'সাতাশ',
  'আঠাশ',
  'উনত্রিশ',
  'তিরিশ',
  'একত্রিশ',
  'বত্রিশ',
  'তেত্রিশ',
  'চৌত্রিশ',
  'পঁয়ত্রিশ',
  'ছত্রিশ',
  'সাঁইত্রিশ',
  'আটত্রিশ',
  'উনচল্লিশ',
  'চল্লিশ',
  'একচল্লিশ',
  'বিয়াল্লিশ',
  'তেতাল্লিশ',
  'চুয়াল্লিশ',
  'পঁয়তাল্লিশ',
  'ছেচল্লিশ',
  'সাতচল্লিশ',
  'আটচল্লিশ',
  'উনপঞ্চাশ',
  'পঞ্চাশ',
  'একান্ন',
  'বাহান্ন',
  'তিপ্পান্ন',
  'চুয়ান্ন',
  'পঞ্চান্ন',
  'ছাপ্পান্ন',
  'সাতান্ন',
  'আটান্ন',
  'উনষাট',
  'ষাট',
  'একষট্টি',
  'বাষট্টি',
  'তেষট্টি',
  'চৌষট্টি',
  'পঁয়ষট্টি',
  'ছেষট্টি',
  'সাতষট্টি',
  'আটষট্টি',
  'উনসত্তর',
  'সত্তর',
  'একাত্তর',
  'বাহাত্তর',
  'তিয়াত্তর',
  'চুয়াত্তর',
  'পঁচাত্তর',
  'ছিয়াত্তর',
  'সাতাত্তর',
  'আটাত্তর',
  'উনআশি',
  'আশি',
  'একাশি',
  'বিরাশি',
  'তিরাশি',
  'চুরাশি',
  'পঁচাশি',
  'ছিয়াশি',
  'সাতাশি',
  'আটাশি',
  'উননব্বই',
  'নব্বই',
  'একানব্বই',
  'বিরানব্বই',
  'তিরানব্বই',
  'চুরানব্বই',
  'পঁচানব্বই',
  'ছিয়ানব্বই',
  'সাতানব্বই',
  'আটানব্বই',
  'নিরানব্বই',
];
const BENGALI_HUNDREDS = ['', 'একশো', 'দুশো', 'তিনশো', 'চারশো', 'পাঁচশো', 'ছয়শো', 'সাতশো', 'আটশো', 'নয়শো'];

interface NumberWords {
  belowHundred: (n: number) => string;
  hundreds: (n: number) => string;
  thousand: string;
  lakh: string;
  crore: string;
}

const ENGLISH: NumberWords = {
  belowHundred: englishBelowHundred,
  hundreds: (n) => `${ONES[n] ?? ''} Hundred`,
  thousand: 'Thousand',
  lakh: 'Lakh',
  crore: 'Crore',
};

const BENGALI: NumberWords = {
  belowHundred: (n) => BENGALI_BELOW_HUNDRED[n] ?? '',
  hundreds: (n) => BENGALI_HUNDREDS[n] ?? '',
  thousand: 'হাজার',
  lakh: 'লক্ষ',
  crore: 'কোটি',
};

/** A whole number above zero in words: crores (themselves in words, so 100 crore works), lakhs, thousands, hundreds. */
function wholeInWords(n: number, words: NumberWords): string {
  const parts: string[] = [];
  const crores = Math.trunc(n / 10_000_000);
  const lakhs = Math.trunc((n % 10_000_000) / 100_000);
  const thousands = Math.trunc((n % 100_000) / 1000);
  const hundreds = Math.trunc((n % 1000) / 100);
  const rest = n % 100;
  if (crores > 0) parts.push(`${wholeInWords(crores, words)} ${words.crore}`);
  if (lakhs > 0) parts.push(`${words.belowHundred(lakhs)} ${words.lakh}`);
  if (thousands > 0) parts.push(`${words.belowHundred(thousands)} ${words.thousand}`);
  if (hundreds > 0) parts.push(words.hundreds(hundreds));
  if (rest > 0) parts.push(words.belowHundred(rest));
  return parts.join(' ');
}

function assertAmount(paise: number): void {
  if (!Number.isSafeInteger(paise) || paise < 0) throw new RangeError(`not an amount in paise: ${paise}`);
}

/** 12345650 → "Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Fifty Paise Only". */
export function rupeesInEnglishWords(paise: number): string {
  assertAmount(paise);
  const rupees = Math.trunc(paise / 100);
  const fraction = paise % 100;
  const rupeeWords = rupees > 0 ? wholeInWords(rupees, ENGLISH) : fraction > 0 ? '' : 'Zero';
  const paiseWords = fraction > 0 ? `${englishBelowHundred(fraction)} Paise` : '';
  const amount = [rupeeWords, paiseWords].filter(Boolean).join(' and ');
  return rupees > 0 || fraction === 0 ? `Rupees ${amount} Only` : `${amount} Only`;
}

/** 12345650 → "এক লক্ষ তেইশ হাজার চারশো ছাপ্পান্ন টাকা পঞ্চাশ পয়সা মাত্র". */
export function rupeesInBengaliWords(paise: number): string {
  assertAmount(paise);
  const rupees = Math.trunc(paise / 100);
  const fraction = paise % 100;
  const parts: string[] = [];
  if (rupees > 0 || fraction === 0) parts.push(`${rupees > 0 ? wholeInWords(rupees, BENGALI) : 'শূন্য'} টাকা`);
  if (fraction > 0) parts.push(`${BENGALI_BELOW_HUNDRED[fraction] ?? ''} পয়সা`);
  return `${parts.join(' ')} মাত্র`;
}
