import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Segmented,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { formatDateTime, local, toApiTime } from '../../lib/time';
import { ErrorAlert } from '../ErrorAlert';
import { SignupStatusTag } from '../SignupStatusTag';
import { TAG_COLORS } from '../tag-colors';
import { VolunteerSelect } from './VolunteerSelect';

type Entry = Schemas['RosterEntryView'];
type Attendance = Schemas['AttendanceView'];
type Filter = 'all' | 'confirmed' | 'waitlisted' | 'pending' | 'offered';

/**
 * Who is on a shift and whether they came: the roster with its waitlist, approvals, attendance recorded
 * by hand and no-shows. For coordinators (`coordinator`: also assign anyone and cancel sign-ups) and for
 * the leaders of the shift's team.
 */
export function ShiftStaffing({
  shift,
  coordinator = false,
}: {
  shift: Schemas['ShiftView'];
  coordinator?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>('all');
  const [recording, setRecording] = useState<Entry | null>(null);
  const [assigning, setAssigning] = useState(false);
  const id = shift.id;

  const roster = useQuery({
    queryKey: ['roster', id, filter],
    queryFn: () =>
      unwrap(
        api.GET('/api/shifts/{id}/signups', {
          params: { path: { id }, query: { limit: 100, status: filter === 'all' ? undefined : filter } },
        }),
      ),
  });
  const attendance = useQuery({
    queryKey: ['attendance', id],
    queryFn: () => unwrap(api.GET('/api/shifts/{id}/attendance', { params: { path: { id } } })),
  });
  const byVolunteer = new Map((attendance.data ?? []).map((a) => [a.volunteerId, a] as const));
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['roster', id] });
    void queryClient.invalidateQueries({ queryKey: ['attendance', id] });
    void queryClient.invalidateQueries({ queryKey: ['shift', id] });
  };
  const act = useMutation({
    mutationFn: async (action: { kind: 'approve' | 'reject' | 'cancel' | 'noShow'; entry: Entry }) => {
      const { entry } = action;
      const path = { id, signupId: entry.id };
      if (action.kind === 'approve')
        return unwrap(
          api.POST('/api/shifts/{id}/signups/{signupId}/approve', { params: { path }, body: {} }),
        );
      if (action.kind === 'reject')
        return unwrap(api.POST('/api/shifts/{id}/signups/{signupId}/reject', { params: { path }, body: {} }));
      if (action.kind === 'cancel')
        return unwrap(api.DELETE('/api/shifts/{id}/signups/{signupId}', { params: { path } }));
      return unwrap(
        api.POST('/api/shifts/{id}/attendance/{volunteerId}/no-show', {
          params: { path: { id, volunteerId: entry.volunteerId } },
          body: {},
        }),
      );
    },
    onSuccess: () => {
      void message.success(t('staff.done'));
      refresh();
    },
  });

  return (
    <div className="stack">
      <Flex justify="space-between" wrap gap={8}>
        {/* Five filters overflow a phone's width: they scroll sideways there. */}
        <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={(['all', 'confirmed', 'waitlisted', 'pending', 'offered'] as const).map((f) => ({
              value: f,
              label: f === 'all' ? t('common.all') : t(`signupStatus.${f}`),
            }))}
          />
        </div>
        {coordinator ? (
          <Button type="primary" onClick={() => setAssigning(true)}>
            {t('staff.assign')}
          </Button>
        ) : null}
      </Flex>
      {act.isError ? <Alert type="error" showIcon role="alert" title={errorMessage(t, act.error)} /> : null}
      <ErrorAlert error={roster.error ?? attendance.error} onRetry={() => void roster.refetch()} />
      <List<Entry>
        loading={roster.isPending}
        locale={{ emptyText: <span className="muted">{t('staff.nobody')}</span> }}
        dataSource={roster.data?.items ?? []}
        renderItem={(entry) => {
          const a = byVolunteer.get(entry.volunteerId);
          return (
            <List.Item actions={actionsFor(entry, a)}>
              <List.Item.Meta
                title={
                  <Flex gap={6} wrap align="center">
                    <span>{entry.volunteer.name}</span>
                    <SignupStatusTag status={entry.status} />
                    {entry.waitlistPosition ? (
                      <span>{t('assignments.position', { position: entry.waitlistPosition })}</span>
                    ) : null}
                  </Flex>
                }
                description={
                  <>
                    <div>
                      {entry.volunteer.studentNumber} · {entry.volunteer.mobile}
                    </div>
                    <AttendanceLine attendance={a} />
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
      {recording ? (
        <RecordAttendanceModal
          shift={shift}
          entry={recording}
          onClose={(saved) => {
            setRecording(null);
            if (saved) refresh();
          }}
        />
      ) : null}
      {assigning ? (
        <AssignModal
          shiftId={id}
          onClose={(saved) => {
            setAssigning(false);
            if (saved) refresh();
          }}
        />
      ) : null}
    </div>
  );

  function actionsFor(entry: Entry, a: Attendance | undefined) {
    const busy = act.isPending && act.variables?.entry.id === entry.id;
    const actions = [];
    if (entry.status === 'pending') {
      actions.push(
        <Button
          key="approve"
          size="small"
          type="primary"
          loading={busy}
          onClick={() => act.mutate({ kind: 'approve', entry })}
        >
          {t('staff.approve')}
        </Button>,
        <Button key="reject" size="small" danger onClick={() => act.mutate({ kind: 'reject', entry })}>
          {t('staff.reject')}
        </Button>,
      );
    }
    if (entry.status === 'confirmed') {
      actions.push(
        <Button key="record" size="small" onClick={() => setRecording(entry)}>
          {t('staff.record')}
        </Button>,
      );
      if (!a?.checkedInAt && a?.status !== 'no_show') {
        actions.push(
          <Popconfirm
            key="noshow"
            title={t('staff.noShowConfirm', { name: entry.volunteer.name })}
            okText={t('common.yes')}
            cancelText={t('common.no')}
            onConfirm={() => act.mutate({ kind: 'noShow', entry })}
          >
            <Button size="small" danger>
              {t('staff.noShow')}
            </Button>
          </Popconfirm>,
        );
      }
    }
    if (coordinator && ['confirmed', 'waitlisted', 'pending', 'offered'].includes(entry.status)) {
      actions.push(
        <Popconfirm
          key="cancel"
          title={t('staff.cancelConfirm', { name: entry.volunteer.name })}
          okText={t('common.yes')}
          cancelText={t('common.no')}
          onConfirm={() => act.mutate({ kind: 'cancel', entry })}
        >
          <Button size="small" type="text" danger>
            {t('staff.cancelSignup')}
          </Button>
        </Popconfirm>,
      );
    }
    return actions;
  }
}

function AttendanceLine({ attendance }: { attendance: Attendance | undefined }) {
  const { t } = useTranslation();
  if (!attendance) return null;
  if (attendance.status === 'no_show') return <Tag color={TAG_COLORS.red}>{t('staff.noShowTag')}</Tag>;
  return (
    <Flex gap={6} wrap align="center">
      {attendance.checkedInAt ? (
        <span>{t('staff.in', { time: formatDateTime(attendance.checkedInAt) })}</span>
      ) : null}
      {attendance.checkedOutAt ? (
        <span>{t('staff.out', { time: formatDateTime(attendance.checkedOutAt) })}</span>
      ) : null}
      {attendance.checkInMethod === 'manual' ? <Tag>{t('staff.manual')}</Tag> : null}
      {attendance.farFromVenue ? <Tag color={TAG_COLORS.orange}>{t('staff.far')}</Tag> : null}
      {attendance.missingCheckOut ? <Tag color={TAG_COLORS.orange}>{t('staff.missingCheckOut')}</Tag> : null}
    </Flex>
  );
}

interface RecordValues {
  checkedInAt: Dayjs;
  checkedOutAt?: Dayjs;
  reason: string;
}

function RecordAttendanceModal({
  shift,
  entry,
  onClose,
}: {
  shift: Schemas['ShiftView'];
  entry: Entry;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RecordValues>();
  const save = useMutation({
    mutationFn: (v: RecordValues) =>
      unwrap(
        api.POST('/api/shifts/{id}/attendance', {
          params: { path: { id: shift.id } },
          body: {
            volunteerId: entry.volunteerId,
            checkedInAt: toApiTime(v.checkedInAt),
            checkedOutAt: v.checkedOutAt ? toApiTime(v.checkedOutAt) : undefined,
            reason: v.reason,
          },
        }),
      ),
    onSuccess: () => onClose(true),
  });
  return (
    <Modal
      open
      title={t('staff.recordTitle', { name: entry.volunteer.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
    >
      <Form<RecordValues>
        form={form}
        layout="vertical"
        // The start, or now if it has not come yet: a recorded time cannot be in the future.
        initialValues={{ checkedInAt: local(new Date(Math.min(Date.now(), Date.parse(shift.startsAt)))) }}
        onFinish={(v) => save.mutate(v)}
      >
        <ErrorAlert error={save.isError ? save.error : null} style={{ marginBottom: 12 }} />
        <Form.Item
          name="checkedInAt"
          label={t('staff.checkedInAt')}
          rules={[{ required: true, message: t('staff.timeRequired') }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="checkedOutAt" label={t('staff.checkedOutAt')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('common.reason')}
          rules={[{ required: true, message: t('common.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder={t('staff.reasonExample')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface AssignValues {
  volunteerId: string;
  override?: boolean;
  reason?: string;
}

function AssignModal({ shiftId, onClose }: { shiftId: string; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AssignValues>();
  const override = Form.useWatch('override', form);
  const save = useMutation({
    mutationFn: (v: AssignValues) =>
      unwrap(
        api.POST('/api/shifts/{id}/signups', {
          params: { path: { id: shiftId } },
          body: {
            volunteerId: v.volunteerId,
            override: v.override || undefined,
            reason: v.reason || undefined,
          },
        }),
      ),
    onSuccess: () => onClose(true),
  });
  return (
    <Modal
      open
      title={t('staff.assign')}
      okText={t('staff.assign')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
    >
      <Form<AssignValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <ErrorAlert error={save.isError ? save.error : null} style={{ marginBottom: 12 }} />
        <Form.Item
          name="volunteerId"
          label={t('staff.volunteer')}
          rules={[{ required: true, message: t('staff.pickVolunteer') }]}
        >
          <VolunteerSelect />
        </Form.Item>
        <Form.Item name="override" valuePropName="checked">
          <Checkbox>{t('staff.override')}</Checkbox>
        </Form.Item>
        {override ? (
          <Form.Item
            name="reason"
            label={t('common.reason')}
            rules={[{ required: true, message: t('common.reasonRequired') }]}
          >
            <Input />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
