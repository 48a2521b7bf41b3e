import { Button, Checkbox, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { saveFile } from '../../components/ExportButton';

type Language = 'en' | 'bn';

/**
 * The referral letter as a PDF, in English or Bengali. By default the child appears only by code
 * (JJ Act 2015 s.74); the worker ticks the box when the authority must have the name.
 */
export function ReferralLetter({ referralId }: { referralId: number }) {
  const { t } = useTranslation();
  const [includeChildName, setIncludeChildName] = useState(false);
  const letter = useMutation({
    mutationFn: (language: Language) => call('cases.referralLetter', { referralId, language, includeChildName }),
    onSuccess: (file) => saveFile(file, 'application/pdf'),
    onError: (error) => showError(t, error),
  });
  const button = (language: Language) => (
    <Button
      size="compact-sm"
      variant="default"
      loading={letter.isPending && letter.variables === language}
      disabled={letter.isPending && letter.variables !== language}
      onClick={() => letter.mutate(language)}
    >
      {language === 'en' ? t('cases.letter.english') : t('cases.letter.bengali')}
    </Button>
  );
  return (
    <Stack gap={6} mt="xs">
      <Group gap="xs">
        {button('en')}
        {button('bn')}
      </Group>
      <Checkbox
        size="xs"
        label={t('cases.letter.includeName')}
        description={t('cases.letter.includeNameHint')}
        checked={includeChildName}
        onChange={(e) => setIncludeChildName(e.currentTarget.checked)}
      />
    </Stack>
  );
}
