import { CopyOutlined, DeleteOutlined, LinkOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input, Popconfirm, Spin, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useAccount } from '../../auth/use-session';
import { PhonePage } from '../../components/PhonePage';

const QrCode = lazy(() => import('../../components/QrCode'));

/**
 * The identity of the feed is a secret in its address, shown when it is made. The API has no "read my
 * current address" endpoint, so this device keeps the last one it made (per account) to show it again.
 */
const storageKey = (accountId: string) => `linkage.calendar.${accountId}`;

export default function CalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const account = useAccount();
  const [url, setUrl] = useState<string | null>(() => localStorage.getItem(storageKey(account.accountId)));

  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/volunteers/me/calendar-token')),
    onSuccess: (token) => {
      const full = new URL(token.path, window.location.origin).toString();
      localStorage.setItem(storageKey(account.accountId), full);
      setUrl(full);
    },
  });
  const revoke = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/volunteers/me/calendar-token')),
    onSuccess: () => {
      localStorage.removeItem(storageKey(account.accountId));
      setUrl(null);
      void message.success(t('calendar.revoked'));
    },
  });
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('calendar.copied'));
    } catch {
      void message.info(t('calendar.copyManually'));
    }
  };
  const error = create.error ?? revoke.error;

  return (
    <PhonePage title={t('calendar.title')} back="/v/me">
      <Card size="small">
        <Typography.Paragraph>{t('calendar.explain')}</Typography.Paragraph>
        {error ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorMessage(t, error)}
            style={{ marginBottom: 8 }}
          />
        ) : null}
        {url ? (
          <>
            <Input readOnly value={url} aria-label={t('calendar.address')} style={{ marginBottom: 8 }} />
            <Flex gap={8} wrap style={{ marginBottom: 12 }}>
              <Button type="primary" icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
                {t('calendar.copy')}
              </Button>
              <Button icon={<LinkOutlined aria-hidden />} href={url.replace(/^https?:/, 'webcal:')}>
                {t('calendar.open')}
              </Button>
            </Flex>
            <Flex justify="center" style={{ marginBottom: 12 }}>
              <Suspense fallback={<Spin />}>
                <QrCode value={url} label={t('calendar.qrLabel')} size={200} />
              </Suspense>
            </Flex>
            <Flex gap={8} wrap>
              <Popconfirm
                title={t('calendar.replaceConfirm')}
                okText={t('common.yes')}
                cancelText={t('common.no')}
                onConfirm={() => create.mutate()}
              >
                <Button loading={create.isPending}>{t('calendar.replace')}</Button>
              </Popconfirm>
              <Popconfirm
                title={t('calendar.revokeConfirm')}
                okText={t('common.yes')}
                cancelText={t('common.no')}
                onConfirm={() => revoke.mutate()}
              >
                <Button danger icon={<DeleteOutlined aria-hidden />} loading={revoke.isPending}>
                  {t('calendar.revoke')}
                </Button>
              </Popconfirm>
            </Flex>
          </>
        ) : (
          <Button type="primary" block loading={create.isPending} onClick={() => create.mutate()}>
            {t('calendar.create')}
          </Button>
        )}
      </Card>
    </PhonePage>
  );
}
