import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Rule = 'length' | 'mix' | 'username';

/** The same rule the server applies (electron/admin/passwords.ts), checked as the user types. */
function ruleMet(rule: Rule, password: string, username: string): boolean {
  switch (rule) {
    case 'length':
      return password.length >= 8;
    case 'mix':
      return /\p{L}/u.test(password) && /\p{Nd}/u.test(password);
    case 'username': {
      const name = username.trim().toLowerCase();
      return password.length > 0 && !(name && password.toLowerCase().includes(name));
    }
  }
}

const rules: Rule[] = ['length', 'mix', 'username'];

export function PasswordRules({ password, username }: { password: string; username: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {t('admin.password.rulesTitle')}
      </Text>
      {rules.map((rule) => {
        const met = ruleMet(rule, password, username);
        return (
          <Text key={rule} size="xs" c={met ? 'teal' : 'dimmed'} data-met={met}>
            <span aria-hidden="true">{met ? '✓' : '○'}</span> {t(`admin.password.rules.${rule}`)}
          </Text>
        );
      })}
    </Stack>
  );
}
