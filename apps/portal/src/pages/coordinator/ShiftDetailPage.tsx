import { EditOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Modal, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { DeskPage } from '../../components/DeskPage';
import { QueryState } from '../../components/QueryState';
import { ShiftStatusTag } from '../../components/SignupStatusTag';
import { ShiftStaffing } from '../../components/staff/ShiftStaffing';
import { formatDateTime, formatRange } from '../../lib/time';
import { CardScanPanel } from '../leader/CardScanPanel';
import { ShiftFormDrawer } from './ShiftFormDrawer';
import { ShiftInsuranceCard } from './ShiftInsuranceCard';

type Shift = Schemas['ShiftView'];

export default function ShiftDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const shift = useQuery({
    queryKey: ['shift', id],
    queryFn: () => unwrap(api.GET('/api/shifts/{id}', { params: { path: { id } } })),
  });
  return (
    <QueryState query={shift}>
      {(s) => (
        <DeskPage title={s.title} extra={<ShiftActions shift={s} />}>
          <Card size="small">
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('shifts.columns.time')}>
                {formatRange(s.startsAt, s.endsAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('shifts.columns.status')}>
                <ShiftStatusTag status={s.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('shifts.columns.venue')}>
                {s.location.venue}
                {s.location.address ? ` · ${s.location.address}` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('shifts.columns.seats')}>
                {t('shifts.seats', { taken: s.seatsTaken, capacity: s.capacity, left: s.seatsLeft })}
              </Descriptions.Item>
              <Descriptions.Item label={t('shiftForm.skills')}>
                {s.requiredSkills.length ? s.requiredSkills.map((k) => <Tag key={k}>{k}</Tag>) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('shiftForm.certifications')}>
                {s.requiredCertifications.length
                  ? s.requiredCertifications.map((k) => <Tag key={k}>{k}</Tag>)
                  : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('shiftForm.window')}>
                {s.opensAt ? formatDateTime(s.opensAt) : '—'} –{' '}
                {s.closesAt ? formatDateTime(s.closesAt) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('shiftForm.mode')}>
                {t(`signUpMode.${s.signUpMode}`)} · {t(`waitlistPromotion.${s.waitlistPromotion}`)}
              </Descriptions.Item>
              {s.description ? (
                <Descriptions.Item label={t('shiftForm.description')} span={2}>
                  {s.description}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
            {s.status === 'cancelled' ? (
              <Alert
                type="error"
                showIcon
                title={t('assignments.shiftCancelled', { reason: s.cancelReason ?? '' })}
              />
            ) : null}
          </Card>
          <Card size="small" title={t('shifts.staffing')}>
            <ShiftStaffing shift={s} coordinator />
          </Card>
          <ShiftInsuranceCard shift={s} />
          <Card size="small" title={t('cardScan.title')}>
            <CardScanPanel shiftId={s.id} />
          </Card>
        </DeskPage>
      )}
    </QueryState>
  );
}

function ShiftActions({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const refresh = (saved?: Shift) => {
    if (saved) queryClient.setQueryData(['shift', shift.id], saved);
    void queryClient.invalidateQueries({ queryKey: ['shifts'] });
  };
  const setStatus = useMutation({
    mutationFn: (status: 'open' | 'closed' | 'completed') =>
      unwrap(api.PATCH('/api/shifts/{id}', { params: { path: { id: shift.id } }, body: { status } })),
    onSuccess: (saved) => {
      void message.success(t('staff.done'));
      refresh(saved);
    },
    onError: (e) => void message.error(errorMessage(t, e)),
  });
  const live = shift.status !== 'cancelled' && shift.status !== 'completed';
  return (
    <Flex gap={8} wrap>
      <Button
        icon={<QrcodeOutlined aria-hidden />}
        onClick={() => void navigate(`/qr/${shift.id}?purpose=check_in`)}
      >
        {t('leader.showCheckIn')}
      </Button>
      {live ? (
        <>
          <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
          {shift.status === 'closed' ? (
            <Button onClick={() => setStatus.mutate('open')}>{t('shifts.reopen')}</Button>
          ) : (
            <Button onClick={() => setStatus.mutate('closed')}>{t('shifts.close')}</Button>
          )}
          <Popconfirm
            title={t('shifts.completeConfirm')}
            okText={t('common.yes')}
            cancelText={t('common.no')}
            onConfirm={() => setStatus.mutate('completed')}
          >
            <Button>{t('shifts.complete')}</Button>
          </Popconfirm>
          <Button danger onClick={() => setCancelling(true)}>
            {t('shifts.cancel')}
          </Button>
        </>
      ) : null}
      {editing ? (
        <ShiftFormDrawer
          shift={shift}
          onClose={(saved) => {
            setEditing(false);
            refresh(saved);
          }}
        />
      ) : null}
      {cancelling ? (
        <CancelShiftModal
          shift={shift}
          onClose={(saved) => {
            setCancelling(false);
            refresh(saved);
          }}
        />
      ) : null}
    </Flex>
  );
}

function CancelShiftModal({ shift, onClose }: { shift: Shift; onClose: (saved?: Shift) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useMutation({
    mutationFn: (reason: string) =>
      unwrap(api.POST('/api/shifts/{id}/cancel', { params: { path: { id: shift.id } }, body: { reason } })),
    onSuccess: (saved) => onClose(saved),
  });
  return (
    <Modal
      open
      title={t('shifts.cancelTitle')}
      okText={t('shifts.cancel')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.close')}
      confirmLoading={cancel.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
    >
      <Form form={form} layout="vertical" onFinish={(v) => cancel.mutate(v.reason)}>
        {cancel.isError ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorMessage(t, cancel.error)}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <p>{t('shifts.cancelExplain')}</p>
        <Form.Item
          name="reason"
          label={t('common.reason')}
          rules={[{ required: true, message: t('common.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
