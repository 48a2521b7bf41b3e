/** The digits of each language (Bengali screens write ০–৯), from the words both sides share. */
export { digitsFor } from '../electron/shared/words';
