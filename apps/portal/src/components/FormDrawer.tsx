import { Button, Drawer, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/** A drawer holding one form: Cancel and Save at its foot, a failed save's answer above the fields. */
export function FormDrawer({
  title,
  size,
  saving,
  error,
  onSave,
  onClose,
  children,
}: {
  title: ReactNode;
  size: number;
  saving: boolean;
  /** The last save's error, if it failed. */
  error: unknown;
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      open
      size={size}
      title={title}
      onClose={onClose}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={onSave}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      {children}
    </Drawer>
  );
}
