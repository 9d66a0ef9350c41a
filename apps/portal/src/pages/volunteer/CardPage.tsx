import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Spin, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { useAccount } from '../../auth/use-session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PhonePage } from '../../components/PhonePage';
import { keepableCodes, pickCardCode, secondsOfCodesLeft, secondsToRotation } from './card-codes';

const QrCode = lazy(() => import('../../components/QrCode'));

type VolunteerCard = Schemas['VolunteerCardView'];

/** Fetch more codes while this little is left (and there is network). */
const REFRESH_WHEN_LEFT_SECONDS = 8 * 60;

const storageKey = (accountId: string) => `linkage.card.${accountId}`;

function kept(accountId: string): VolunteerCard | undefined {
  try {
    const text = localStorage.getItem(storageKey(accountId));
    return text ? (JSON.parse(text) as VolunteerCard) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The electronic volunteer card (电子志愿者证): who the volunteer is and a QR that rotates every 30 s,
 * for the leader to scan when the volunteer's phone cannot scan the shift's code. The codes of the next
 * minutes come with each fetch and are kept on the phone, so the card still works without network.
 */
export default function CardPage() {
  const { t } = useTranslation();
  const account = useAccount();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const card = useQuery({
    queryKey: ['volunteer-card'],
    queryFn: async () => {
      const fetched = await unwrap(api.GET('/api/volunteers/me/card'));
      localStorage.setItem(storageKey(account.accountId), JSON.stringify(fetched));
      return fetched;
    },
    initialData: () => kept(account.accountId),
    initialDataUpdatedAt: 0,
    refetchInterval: (query) =>
      query.state.data && secondsOfCodesLeft(query.state.data.codes, Date.now()) > REFRESH_WHEN_LEFT_SECONDS
        ? 30_000
        : 5_000,
    refetchIntervalInBackground: false,
    retry: false,
  });
  const data = card.data;
  const codes = data ? keepableCodes(data.codes, now) : [];
  const shown = pickCardCode(codes, now);

  return (
    <PhonePage title={t('volunteerCard.title')} back="/v/me">
      <Card size="small">
        <Flex vertical align="center" gap={12}>
          {data ? (
            <>
              <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
                {data.name}
              </Typography.Title>
              <Descriptions size="small" column={1} style={{ width: '100%' }}>
                <Descriptions.Item label={t('volunteerCard.nationalNumber')}>
                  {data.nationalVolunteerNumber ?? t('volunteerCard.noNationalNumber')}
                </Descriptions.Item>
                <Descriptions.Item label={t('volunteerCard.studentNumber')}>
                  {data.studentNumber}
                </Descriptions.Item>
                {data.department ? (
                  <Descriptions.Item label={t('volunteerCard.department')}>
                    {data.department}
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            </>
          ) : null}
          {shown ? (
            <Suspense fallback={<Spin />}>
              <QrCode value={shown.code} label={t('volunteerCard.qrLabel')} size="min(72vw, 320px)" />
              <Typography.Text aria-live="off">
                {t('volunteerCard.rotates', { seconds: secondsToRotation(shown, now) })}
              </Typography.Text>
            </Suspense>
          ) : card.isPending ? (
            <Spin />
          ) : (
            <Alert type="warning" showIcon title={t('volunteerCard.noCodes')} />
          )}
          {card.isError && data ? (
            <Typography.Text type="secondary">
              {t('volunteerCard.offline', { minutes: Math.floor(secondsOfCodesLeft(codes, now) / 60) })}
            </Typography.Text>
          ) : null}
        </Flex>
      </Card>
      {card.isError && !data ? <ErrorAlert error={card.error} onRetry={() => void card.refetch()} /> : null}
      <Typography.Paragraph type="secondary">{t('volunteerCard.explain')}</Typography.Paragraph>
    </PhonePage>
  );
}
