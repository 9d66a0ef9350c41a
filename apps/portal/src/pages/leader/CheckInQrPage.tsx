import { ArrowLeftOutlined, FullscreenOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Segmented, Spin, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

const QrCode = lazy(() => import('../../components/QrCode'));

type Purpose = 'check_in' | 'check_out';

/**
 * The rotating check-in (or check-out) code, full screen for the venue: a new code is fetched when the
 * current one rotates (every 30 s by default), so a photo passed round soon stops working.
 */
export default function CheckInQrPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const purpose: Purpose = params.get('purpose') === 'check_out' ? 'check_out' : 'check_in';
  const shift = useQuery({
    queryKey: ['shift', id],
    queryFn: () => unwrap(api.GET('/api/shifts/{id}', { params: { path: { id } } })),
  });
  const code = useQuery({
    queryKey: ['check-in-code', id, purpose],
    queryFn: () =>
      unwrap(api.GET('/api/shifts/{id}/check-in-code', { params: { path: { id }, query: { purpose } } })),
    refetchInterval: (query) =>
      query.state.data ? Math.max(1000, Date.parse(query.state.data.rotatesAt) - Date.now() + 250) : false,
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
  const seconds = useCountdown(code.data?.rotatesAt);
  useEffect(() => {
    document.title = `${t(purpose === 'check_in' ? 'qr.checkIn' : 'qr.checkOut')} · ${t('app.short')}`;
  }, [purpose, t]);

  return (
    <main className="qr-fullscreen">
      <Flex justify="space-between" style={{ width: '100%' }} gap={8}>
        <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => void navigate(-1)}>
          {t('common.back')}
        </Button>
        <Button
          icon={<FullscreenOutlined aria-hidden />}
          onClick={() => void document.documentElement.requestFullscreen?.()}
        >
          {t('qr.fullscreen')}
        </Button>
      </Flex>
      <Typography.Title level={1} style={{ fontSize: 'clamp(20px, 4vw, 36px)', margin: 0 }}>
        {shift.data?.title ?? ''}
      </Typography.Title>
      <Segmented<Purpose>
        value={purpose}
        onChange={(p) => setParams({ purpose: p }, { replace: true })}
        options={[
          { value: 'check_in', label: t('qr.checkIn') },
          { value: 'check_out', label: t('qr.checkOut') },
        ]}
      />
      <ErrorAlert error={code.error} onRetry={() => void code.refetch()} />
      {code.data ? (
        <Suspense fallback={<Spin />}>
          <QrCode
            value={code.data.code}
            label={t(purpose === 'check_in' ? 'qr.labelIn' : 'qr.labelOut')}
            size="min(80vw, 70vh)"
          />
        </Suspense>
      ) : (
        <Spin />
      )}
      <Typography.Text style={{ fontSize: 18 }} aria-live="off">
        {t(purpose === 'check_in' ? 'qr.scanToCheckIn' : 'qr.scanToCheckOut')} ·{' '}
        {t('qr.rotates', { seconds })}
      </Typography.Text>
      {code.data ? (
        <Typography.Text type="secondary" copyable style={{ wordBreak: 'break-all', maxWidth: 600 }}>
          {code.data.code}
        </Typography.Text>
      ) : null}
    </main>
  );
}

function useCountdown(until: string | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return until ? Math.max(0, Math.round((Date.parse(until) - now) / 1000)) : 0;
}
