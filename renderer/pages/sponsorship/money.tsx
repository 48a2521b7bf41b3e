import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatRupees } from '../../../electron/shared/money';
import { NumberField, type NumberFieldProps } from '../../components/NumberField';

/** Formats paise in the language on screen: ₹1,23,456.00 or ₹১,২৩,৪৫৬.০০. Re-renders when the language changes. */
export function useRupees(): (paise: number) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  return (paise) => formatRupees(paise, lang);
}

/** An amount in a table or a sentence: lined-up digits, never wrapped. */
export function Money({ paise, ...props }: { paise: number } & TextProps) {
  const rupees = useRupees();
  return (
    <Text span inherit style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} {...props}>
      {rupees(paise)}
    </Text>
  );
}

/** What an amount looks like typed into a field: 1,234.50 (no symbol, English digits). */
export function amountText(paise: number): string {
  return formatRupees(paise, 'en').replace('₹', '');
}

/** A rupee amount field in the screen's digits: accepts "1,234.50", "1234.5" or Bengali digits; the form parses it with parseRupees. */
export function MoneyInput(props: Omit<NumberFieldProps, 'leftSection' | 'inputMode'>) {
  return (
    <NumberField
      leftSection="₹"
      inputMode="decimal"
      autoComplete="off"
      placeholder="1,234.50"
      styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
      {...props}
    />
  );
}
