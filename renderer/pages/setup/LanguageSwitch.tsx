import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../../i18n';

/** English / বাংলা before anyone is logged in; the choice is remembered on this PC. */
export function LanguageSwitch({ onChange }: { onChange?: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('common.language')}
      value={i18n.language === 'bn' ? 'bn' : 'en'}
      onChange={(value) => {
        const language: Language = value === 'bn' ? 'bn' : 'en';
        setLanguage(language);
        onChange?.(language);
      }}
      data={[
        { value: 'en', label: t('common.english') },
        { value: 'bn', label: t('common.bengali') },
      ]}
    />
  );
}
