import { CloudUploadOutlined, ScanOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Collapse, Form, Input, List, Result, Spin, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { errorKey, errorMessage } from '../../api/errors';
import { useAccount } from '../../auth/use-session';
import { PhonePage } from '../../components/PhonePage';
import { formatDateTime } from '../../lib/time';
import { useScanQueue } from '../../offline/use-scan-queue';

const QrScanner = lazy(() => import('./QrScanner'));

type Outcome =
  | { kind: 'sent'; attendance: Schemas['AttendanceView'] }
  | { kind: 'queued' }
  | { kind: 'error'; error: unknown };

/** Check in or out by scanning the leader's code; works offline (the scan waits and is sent later). */
export default function ScanPage() {
  const { t } = useTranslation();
  const account = useAccount();
  const queryClient = useQueryClient();
  const queue = useScanQueue(account.accountId);
  const [scanning, setScanning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  // Scans kept while offline and sent since: show the latest as the outcome.
  useEffect(() => {
    const sent = queue.lastSent.at(-1);
    if (sent) {
      setOutcome({ kind: 'sent', attendance: sent });
      void queryClient.invalidateQueries({ queryKey: ['hours'] });
    }
  }, [queue.lastSent, queryClient]);

  const submit = async (code: string) => {
    setScanning(false);
    setBusy(true);
    try {
      const result = await queue.submit(code.trim());
      setOutcome(result);
      if (result.kind === 'sent') {
        void queryClient.invalidateQueries({ queryKey: ['hours'] });
        void queryClient.invalidateQueries({ queryKey: ['assignments'] });
      }
    } catch (error) {
      setOutcome({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <PhonePage title={t('scan.title')}>
      <div aria-live="polite">
        {busy ? <Spin /> : null}
        {outcome ? <OutcomeView outcome={outcome} /> : null}
      </div>
      <Card size="small">
        {scanning ? (
          <Suspense fallback={<Spin />}>
            <QrScanner onCode={(code) => void submit(code)} />
            <Button block style={{ marginTop: 8 }} onClick={() => setScanning(false)}>
              {t('scan.stop')}
            </Button>
          </Suspense>
        ) : (
          <>
            <Typography.Paragraph>{t('scan.explain')}</Typography.Paragraph>
            <Button
              type="primary"
              size="large"
              block
              icon={<ScanOutlined aria-hidden />}
              onClick={() => {
                setOutcome(null);
                setScanning(true);
              }}
            >
              {t('scan.start')}
            </Button>
          </>
        )}
      </Card>
      <PendingScans queue={queue} />
      <Collapse
        items={[
          {
            key: 'manual',
            label: t('scan.manualTitle'),
            children: (
              <Form layout="vertical" onFinish={(v: { code: string }) => void submit(v.code)}>
                <Form.Item
                  name="code"
                  label={t('scan.manualLabel')}
                  rules={[{ required: true, message: t('scan.manualRequired') }]}
                >
                  <Input autoComplete="off" />
                </Form.Item>
                <Button htmlType="submit">{t('scan.manualSubmit')}</Button>
              </Form>
            ),
          },
        ]}
      />
    </PhonePage>
  );
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'queued') {
    return <Alert type="warning" showIcon title={t('scan.queued')} description={t('scan.queuedExplain')} />;
  }
  if (outcome.kind === 'error') {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('scan.failed')}
        description={errorMessage(t, outcome.error)}
      />
    );
  }
  const a = outcome.attendance;
  const out = a.checkedOutAt !== null;
  return (
    <Result
      status="success"
      title={out ? t('scan.checkedOut') : t('scan.checkedIn')}
      subTitle={
        out
          ? t('scan.checkedOutAt', { time: formatDateTime(a.checkedOutAt!) })
          : t('scan.checkedInAt', { time: formatDateTime(a.checkedInAt!) })
      }
      extra={a.farFromVenue ? <Alert type="info" showIcon title={t('scan.farFromVenue')} /> : null}
    />
  );
}

function PendingScans({ queue }: { queue: ReturnType<typeof useScanQueue> }) {
  const { t } = useTranslation();
  if (queue.pending.length === 0 && queue.failed.length === 0) return null;
  return (
    <Card size="small" title={t('scan.pendingTitle')}>
      {queue.pending.length ? (
        <>
          <Typography.Paragraph>
            {t('scan.pendingExplain', { count: queue.pending.length })}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={queue.pending}
            renderItem={(s) => (
              <List.Item>{t('scan.pendingItem', { time: formatDateTime(s.scannedAt) })}</List.Item>
            )}
          />
          <Button icon={<CloudUploadOutlined aria-hidden />} onClick={() => void queue.flush()}>
            {t('scan.sendNow')}
          </Button>
        </>
      ) : null}
      {queue.failed.map((s) => (
        <Alert
          key={s.id}
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={t('scan.failedItem', { time: formatDateTime(s.scannedAt) })}
          description={
            s.failure?.code === 'CHECK_IN_CODE_EXPIRED'
              ? t('scan.expiredWhileOffline')
              : t(errorKey(s.failure?.code ?? ''), { status: '' })
          }
          action={
            <Button size="small" onClick={() => void queue.dismiss(s.id)}>
              {t('common.dismiss')}
            </Button>
          }
        />
      ))}
    </Card>
  );
}
