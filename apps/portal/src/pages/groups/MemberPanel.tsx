import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { counsellingKeys, orNone } from '../../components/counselling/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatLocalDate } from '../../lib/time';
import { CheckInCard } from './CheckInCard';
import { CounsellingNotices } from './CounsellingNotices';

type Enrolment = Schemas['EnrolmentView'];

/** An enrolled member's page: the streak first, today's check-in, the quit goal, the buddy. */
export function MemberPanel({ programmeId, enrolment }: { programmeId: string; enrolment: Enrolment }) {
  return (
    <>
      <CounsellingNotices programmeId={programmeId} />
      <StreakCard programmeId={programmeId} enrolmentId={enrolment.id} />
      <CheckInCard programmeId={programmeId} />
      <GoalCard programmeId={programmeId} enrolmentId={enrolment.id} />
      <BuddyCard programmeId={programmeId} enrolmentId={enrolment.id} />
      <LeaveButton programmeId={programmeId} enrolmentId={enrolment.id} />
    </>
  );
}

/** A member may leave at any time; their consent ends with it (asked once more before it goes out). */
function LeaveButton({ programmeId, enrolmentId }: { programmeId: string; enrolmentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const leave = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/programmes/{programmeId}/enrolments/{enrolmentId}/withdraw', {
          params: { path: { programmeId, enrolmentId } },
          body: {},
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: counsellingKeys.programme(programmeId) }),
  });
  return (
    <>
      <ErrorAlert error={leave.error} />
      <Popconfirm
        title={t('groups.leave.confirm')}
        description={t('groups.leave.explain')}
        okText={t('groups.leave.button')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.close')}
        onConfirm={() => leave.mutate()}
      >
        <Button block danger type="text" loading={leave.isPending}>
          {t('groups.leave.button')}
        </Button>
      </Popconfirm>
    </>
  );
}

function StreakCard({ programmeId, enrolmentId }: { programmeId: string; enrolmentId: string }) {
  const { t } = useTranslation();
  const progress = useQuery({
    queryKey: counsellingKeys.part(programmeId, 'progress', enrolmentId),
    queryFn: () =>
      unwrap(
        api.GET('/api/programmes/{programmeId}/enrolments/{enrolmentId}/progress', {
          params: { path: { programmeId, enrolmentId } },
        }),
      ),
  });
  const streak = progress.data?.streak ?? 0;
  return (
    <Card size="small">
      <ErrorAlert error={progress.error} onRetry={() => void progress.refetch()} />
      <div
        role="status"
        aria-label={t('groups.streak.sentence', { count: streak })}
        style={{ textAlign: 'center' }}
      >
        <div aria-hidden style={{ fontSize: 64, fontWeight: 800, lineHeight: 1.1, color: '#237804' }}>
          {progress.isPending ? '–' : streak}
        </div>
        <div aria-hidden style={{ fontSize: 16 }}>
          {t('groups.streak.caption')}
        </div>
      </div>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', margin: '8px 0 0' }}>
        {progress.data?.lastCheckInOn
          ? t('groups.streak.lastCheckIn', { date: formatLocalDate(progress.data.lastCheckInOn) })
          : t('groups.streak.noCheckIn')}
      </Typography.Paragraph>
    </Card>
  );
}

function GoalCard({ programmeId, enrolmentId }: { programmeId: string; enrolmentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = counsellingKeys.part(programmeId, 'goal', enrolmentId);
  const [editing, setEditing] = useState(false);
  const goal = useQuery({
    queryKey: key,
    queryFn: () =>
      orNone(
        unwrap(
          api.GET('/api/programmes/{programmeId}/enrolments/{enrolmentId}/goal', {
            params: { path: { programmeId, enrolmentId } },
          }),
        ),
        'GOAL_NOT_FOUND',
      ),
  });
  const save = useMutation({
    mutationFn: (v: { quitDate: Dayjs; target: number }) =>
      unwrap(
        api.PUT('/api/programmes/{programmeId}/enrolments/{enrolmentId}/goal', {
          params: { path: { programmeId, enrolmentId } },
          body: { quitDate: v.quitDate.format('YYYY-MM-DD'), targetCigarettesPerDay: v.target },
        }),
      ),
    onSuccess: () => {
      setEditing(false);
      void queryClient.invalidateQueries({ queryKey: counsellingKeys.programme(programmeId) });
    },
  });
  const g = goal.data;
  return (
    <Card
      size="small"
      title={t('groups.goal.title')}
      extra={
        g && !editing ? (
          <Button size="small" type="link" onClick={() => setEditing(true)}>
            {t('groups.goal.edit')}
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={goal.error ?? save.error} style={{ marginBottom: 8 }} />
      {g && !editing ? (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'date', label: t('groups.goal.quitDate'), children: formatLocalDate(g.quitDate) },
            {
              key: 'target',
              label: t('groups.goal.target'),
              children: t('groups.goal.perDay', { count: g.targetCigarettesPerDay }),
            },
          ]}
        />
      ) : goal.isPending ? null : (
        <Form
          layout="vertical"
          initialValues={{
            quitDate: g ? dayjs(g.quitDate) : undefined,
            target: g?.targetCigarettesPerDay ?? 0,
          }}
          onFinish={(v: { quitDate: Dayjs; target: number }) => save.mutate(v)}
        >
          <Form.Item
            name="quitDate"
            label={t('groups.goal.quitDate')}
            rules={[{ required: true, message: t('groups.goal.quitDateRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="target" label={t('groups.goal.target')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} inputMode="numeric" style={{ width: '100%' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={save.isPending}>
            {t('groups.goal.save')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

function BuddyCard({ programmeId, enrolmentId }: { programmeId: string; enrolmentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const buddy = useQuery({
    queryKey: counsellingKeys.part(programmeId, 'buddy', 'me'),
    queryFn: () =>
      orNone(
        unwrap(api.GET('/api/programmes/{programmeId}/buddies/me', { params: { path: { programmeId } } })),
        'NOT_PAIRED',
      ),
  });
  const requests = useQuery({
    queryKey: counsellingKeys.part(programmeId, 'buddy-requests'),
    enabled: buddy.data === null,
    queryFn: () =>
      unwrap(api.GET('/api/programmes/{programmeId}/buddy-requests', { params: { path: { programmeId } } })),
  });
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: counsellingKeys.programme(programmeId) });
  const ask = useMutation({
    mutationFn: (code: string) =>
      unwrap(
        api.POST('/api/programmes/{programmeId}/buddy-requests', {
          params: { path: { programmeId } },
          body: { enrolmentId: code.trim() },
        }),
      ),
    onSuccess: refresh,
  });
  const accept = useMutation({
    mutationFn: (requestId: string) =>
      unwrap(
        api.POST('/api/programmes/{programmeId}/buddy-requests/{requestId}/accept', {
          params: { path: { programmeId, requestId } },
        }),
      ),
    onSuccess: refresh,
  });
  const b = buddy.data;
  return (
    <Card size="small" title={t('groups.buddy.title')}>
      <ErrorAlert
        error={buddy.error ?? requests.error ?? ask.error ?? accept.error}
        style={{ marginBottom: 8 }}
      />
      {b ? (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'name', label: t('groups.buddy.name'), children: b.displayName },
            {
              key: 'streak',
              label: t('groups.buddy.streak'),
              children: t('groups.buddy.days', { count: b.streak }),
            },
            {
              key: 'last',
              label: t('groups.buddy.lastCheckIn'),
              children: b.lastCheckInOn ? formatLocalDate(b.lastCheckInOn) : t('groups.buddy.never'),
            },
          ]}
        />
      ) : buddy.isPending ? null : (
        <>
          <Typography.Paragraph>
            {t('groups.buddy.yourCode')}{' '}
            <Typography.Text code copyable>
              {enrolmentId}
            </Typography.Text>
          </Typography.Paragraph>
          <Form layout="vertical" onFinish={(v: { code: string }) => ask.mutate(v.code)}>
            <Form.Item
              name="code"
              label={t('groups.buddy.askByCode')}
              rules={[{ required: true, whitespace: true, message: t('groups.buddy.codeRequired') }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Button htmlType="submit" block loading={ask.isPending}>
              {t('groups.buddy.ask')}
            </Button>
          </Form>
          <List
            size="small"
            dataSource={requests.data ?? []}
            renderItem={(r) => (
              <List.Item>
                <Flex justify="space-between" align="center" style={{ width: '100%' }} gap={8}>
                  <span>
                    {r.incoming
                      ? t('groups.buddy.incoming', { name: r.otherName })
                      : t('groups.buddy.outgoing', { name: r.otherName })}
                  </span>
                  {r.incoming && r.id ? (
                    <Button
                      size="small"
                      type="primary"
                      loading={accept.isPending}
                      onClick={() => accept.mutate(r.id!)}
                    >
                      {t('groups.buddy.accept')}
                    </Button>
                  ) : null}
                </Flex>
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
