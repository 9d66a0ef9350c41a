import { Alert, Button } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';

export function ErrorAlert({
  error,
  onRetry,
  description,
  style,
}: {
  error: unknown;
  onRetry?: () => void;
  /** More to say under the message (a form's field errors that have no field on it). */
  description?: ReactNode;
  style?: CSSProperties;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorMessage(t, error)}
      description={description}
      style={style}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
