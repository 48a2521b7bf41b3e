import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from './errors';

/** While a list is read: a spinner, or what went wrong in the user's language; nothing once it is there. */
export function QueryStatus({ query }: { query: { isPending: boolean; isError: boolean; error: unknown } }) {
  const { t } = useTranslation();
  return (
    <>
      {query.isError && (
        <Alert color="red" title={t('common.errorTitle')}>
          {errorText(t, query.error)}
        </Alert>
      )}
      {query.isPending && <Loader size="sm" />}
    </>
  );
}
