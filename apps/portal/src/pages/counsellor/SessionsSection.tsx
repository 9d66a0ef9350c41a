import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { counsellingKeys } from '../../components/counselling/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableEmpty } from '../../components/QueryState';
import { formatRange, local, nowInZone, toApiTime } from '../../lib/time';
import { AttendanceList } from './AttendanceList';
import { SessionStatusTag } from '../../components/counselling/tags';

type Session = Schemas['SessionView'];

/** The session to take attendance for first: today's, else the next one scheduled, else the latest. */
export function defaultSession(sessions: readonly Session[], today: string): Session | undefined {
  const day = (s: Session) => local(s.startsAt).format('YYYY-MM-DD');
  return (
    sessions.find((s) => day(s) === today && s.status !== 'cancelled') ??
    sessions.find((s) => s.status === 'scheduled' && day(s) >= today) ??
    sessions.at(-1)
  );
}

/** Sessions: flagged members, the schedule, a new session, completing one, and its attendance list. */
export function SessionsSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<string | null>(null);
  const sessions = useQuery({
    queryKey: counsellingKeys.part(programmeId, 'sessions'),
    queryFn: () =>
      unwrap(api.GET('/api/programmes/{programmeId}/sessions', { params: { path: { programmeId } } })),
  });
  const flags = useQuery({
    queryKey: counsellingKeys.part(programmeId, 'flags'),
    queryFn: () =>
      unwrap(
        api.GET('/api/programmes/{programmeId}/attendance-flags', { params: { path: { programmeId } } }),
      ),
  });
  const complete = useMutation({
    mutationFn: (sessionId: string) =>
      unwrap(
        api.POST('/api/programmes/{programmeId}/sessions/{sessionId}/complete', {
          params: { path: { programmeId, sessionId } },
        }),
      ),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: counsellingKeys.part(programmeId, 'sessions') }),
  });
  const list = sessions.data ?? [];
  const current = list.find((s) => s.id === picked) ?? defaultSession(list, nowInZone().format('YYYY-MM-DD'));

  return (
    <div className="stack">
      {flags.data?.length ? (
        <Alert
          type="warning"
          showIcon
          title={t('counselling.sessions.flagged')}
          description={flags.data
            .map((f) =>
              t('counselling.sessions.missedInARow', { name: f.displayName, count: f.missedInARow }),
            )
            .join(t('common.listSeparator'))}
        />
      ) : null}
      <ErrorAlert error={sessions.error ?? complete.error} onRetry={() => void sessions.refetch()} />
      <Card size="small" title={t('counselling.sessions.title')}>
        <Table<Session>
          rowKey="id"
          size="small"
          loading={sessions.isPending}
          dataSource={list}
          pagination={false}
          locale={{ emptyText: <TableEmpty text={t('counselling.sessions.none')} /> }}
          rowClassName={(s) => (s.id === current?.id ? 'ant-table-row-selected' : '')}
          columns={[
            {
              title: t('counselling.sessions.time'),
              key: 'time',
              render: (_, s) => formatRange(s.startsAt, s.endsAt),
            },
            { title: t('counselling.sessions.topic'), dataIndex: 'topic' },
            { title: t('counselling.sessions.place'), dataIndex: 'place' },
            {
              title: t('counselling.sessions.status'),
              dataIndex: 'status',
              render: (s: string) => <SessionStatusTag status={s} />,
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, s) => (
                <Space wrap>
                  <Button
                    size="small"
                    onClick={() => setPicked(s.id)}
                    aria-label={t('counselling.sessions.attendanceOf', { topic: s.topic })}
                  >
                    {t('counselling.sessions.attendance')}
                  </Button>
                  {/* Completed once under way (the service refuses one that has not begun). */}
                  {s.status === 'scheduled' && Date.parse(s.startsAt) <= Date.now() ? (
                    <Button
                      size="small"
                      loading={complete.isPending && complete.variables === s.id}
                      onClick={() => complete.mutate(s.id)}
                      aria-label={t('counselling.sessions.completeOf', { topic: s.topic })}
                    >
                      {t('counselling.sessions.complete')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {current ? <AttendanceList programmeId={programmeId} session={current} /> : null}
      <ScheduleForm programmeId={programmeId} />
    </div>
  );
}

interface ScheduleValues {
  time: [Dayjs, Dayjs];
  place: string;
  topic: string;
}

function ScheduleForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ScheduleValues>();
  const schedule = useMutation({
    mutationFn: (v: ScheduleValues) =>
      unwrap(
        api.POST('/api/programmes/{programmeId}/sessions', {
          params: { path: { programmeId } },
          body: {
            sessions: [
              {
                startsAt: toApiTime(v.time[0]),
                endsAt: toApiTime(v.time[1]),
                place: v.place,
                topic: v.topic,
              },
            ],
          },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: counsellingKeys.part(programmeId, 'sessions') });
    },
  });
  return (
    <Card size="small" title={t('counselling.sessions.new')}>
      <ErrorAlert error={schedule.error} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" onFinish={(v) => schedule.mutate(v)} style={{ maxWidth: 560 }}>
        <Form.Item
          name="time"
          label={t('counselling.sessions.time')}
          rules={[{ required: true, message: t('counselling.sessions.timeRequired') }]}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="topic"
          label={t('counselling.sessions.topic')}
          rules={[{ required: true, whitespace: true, message: t('counselling.sessions.topicRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('counselling.sessions.place')}
          rules={[{ required: true, whitespace: true, message: t('counselling.sessions.placeRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={schedule.isPending}>
          {t('counselling.sessions.schedule')}
        </Button>
      </Form>
    </Card>
  );
}
