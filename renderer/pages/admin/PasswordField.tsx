import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A password box whose show/hide button is named in the user's language, and not "…password…",
 * so that the field's label finds only the field.
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput visibilityToggleButtonProps={{ 'aria-label': t('admin.password.showHide') }} {...props} />;
}
