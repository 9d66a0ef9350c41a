import { IdcardOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Segmented, Spin, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { formatDateTime } from '../../lib/time';

const QrScanner = lazy(() => import('../volunteer/QrScanner'));

type Purpose = 'check_in' | 'check_out';
type Result = Schemas['CardScanView'];

interface WalkInOffer {
  code: string;
  volunteerName: string;
  placesLeft: number;
}

/**
 * For the leader (or a coordinator) at the venue: scan a volunteer's electronic card to check them in
 * or out of this shift; a code typed by a desk scanner works too. Someone without a confirmed place is
 * offered as a walk-in, with a reason, when a place is free.
 */
export function CardScanPanel({ shiftId }: { shiftId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [purpose, setPurpose] = useState<Purpose>('check_in');
  const [scanning, setScanning] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [offer, setOffer] = useState<WalkInOffer | null>(null);
  const [form] = Form.useForm<{ reason: string }>();

  const scan = useMutation({
    mutationFn: (input: { code: string; reason?: string }) =>
      unwrap(
        api.POST('/api/shifts/{id}/attendance/card-scan', {
          params: { path: { id: shiftId } },
          body: {
            code: input.code,
            purpose,
            ...(input.reason ? { walkIn: { reason: input.reason } } : {}),
          },
        }),
      ),
    onMutate: () => {
      setResult(null);
      setScanning(false);
    },
    onSuccess: (r) => {
      setResult(r);
      setOffer(null);
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['shift', shiftId] });
      void queryClient.invalidateQueries({ queryKey: ['roster', shiftId] });
      void queryClient.invalidateQueries({ queryKey: ['attendance', shiftId] });
    },
    onError: (error, input) => {
      if (error instanceof ApiError && error.code === 'CARD_VOLUNTEER_NOT_SIGNED_UP') {
        const d = (error.details ?? {}) as { volunteerName?: string; placesLeft?: number };
        setOffer({ code: input.code, volunteerName: d.volunteerName ?? '', placesLeft: d.placesLeft ?? 0 });
      }
    },
  });
  const refusal =
    scan.error && !(scan.error instanceof ApiError && scan.error.code === 'CARD_VOLUNTEER_NOT_SIGNED_UP')
      ? scan.error
      : null;

  return (
    <div className="stack">
      <Typography.Paragraph>{t('cardScan.explain')}</Typography.Paragraph>
      <Segmented<Purpose>
        value={purpose}
        onChange={setPurpose}
        options={[
          { value: 'check_in', label: t('cardScan.checkIn') },
          { value: 'check_out', label: t('cardScan.checkOut') },
        ]}
      />
      <div aria-live="polite">
        {scan.isPending ? <Spin /> : null}
        {result ? (
          <Alert
            type="success"
            showIcon
            title={t(result.attendance.checkedOutAt ? 'cardScan.checkedOut' : 'cardScan.checkedIn', {
              name: result.volunteer.name,
            })}
            description={[
              result.attendance.checkedOutAt
                ? formatDateTime(result.attendance.checkedOutAt)
                : result.attendance.checkedInAt
                  ? formatDateTime(result.attendance.checkedInAt)
                  : '',
              result.walkedIn ? t('cardScan.walkedIn') : '',
              result.changed ? '' : t('cardScan.already'),
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        ) : null}
        {refusal ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('cardScan.failed')}
            description={errorMessage(t, refusal)}
          />
        ) : null}
      </div>
      {offer ? (
        <Alert
          type="warning"
          showIcon
          title={t('cardScan.notSignedUp', { name: offer.volunteerName })}
          description={
            offer.placesLeft > 0 && purpose === 'check_in' ? (
              <Form
                form={form}
                layout="vertical"
                onFinish={(v) => scan.mutate({ code: offer.code, reason: v.reason })}
              >
                <Typography.Paragraph>
                  {t('cardScan.walkInOffer', { count: offer.placesLeft })}
                </Typography.Paragraph>
                <Form.Item
                  name="reason"
                  label={t('cardScan.walkInReason')}
                  rules={[{ required: true, whitespace: true, message: t('cardScan.walkInReasonRequired') }]}
                >
                  <Input maxLength={500} />
                </Form.Item>
                <Button htmlType="submit" type="primary" loading={scan.isPending}>
                  {t('cardScan.walkInConfirm')}
                </Button>{' '}
                <Button onClick={() => setOffer(null)}>{t('common.cancel')}</Button>
              </Form>
            ) : (
              t(purpose === 'check_in' ? 'cardScan.noPlaces' : 'cardScan.notOnShift')
            )
          }
        />
      ) : null}
      {scanning ? (
        <Suspense fallback={<Spin />}>
          <QrScanner onCode={(code) => scan.mutate({ code: code.trim() })} />
          <Button block style={{ marginTop: 8 }} onClick={() => setScanning(false)}>
            {t('cardScan.stop')}
          </Button>
        </Suspense>
      ) : (
        <Button
          type="primary"
          block
          icon={<IdcardOutlined aria-hidden />}
          onClick={() => {
            setResult(null);
            setOffer(null);
            scan.reset();
            setScanning(true);
          }}
        >
          {t('cardScan.start')}
        </Button>
      )}
      <Form layout="inline" onFinish={(v: { code: string }) => scan.mutate({ code: v.code.trim() })}>
        <Form.Item
          name="code"
          label={t('cardScan.typed')}
          rules={[{ required: true, message: t('cardScan.typedRequired') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Button htmlType="submit">{t('cardScan.submit')}</Button>
      </Form>
    </div>
  );
}
