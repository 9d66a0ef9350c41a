import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Segmented, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableEmpty } from '../../components/QueryState';
import { TAG_COLORS } from '../../components/tag-colors';
import { formatLocalDate } from '../../lib/time';
import { CampaignTabs } from './CampaignTabs';
import { useCampaign } from './queries';

type Task = Schemas['TaskView'];
type Kind = Schemas['PathwayTaskKind'];
const KINDS: Kind[] = ['stage2', 'referral_outcome', 'referral_blocked', 'follow_up'];
const LIMIT = 200;

/** The campaign's work lists: re-checks due, referrals waiting for the hospital or blocked, follow-ups. */
export default function TasksPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const campaign = useCampaign(id);
  const [kind, setKind] = useState<Kind>('stage2');
  const [overdue, setOverdue] = useState(false);
  const tasks = useQuery({
    queryKey: ['campaigns', id, 'tasks', kind, overdue],
    queryFn: () =>
      unwrap(
        api.GET('/api/campaigns/{id}/tasks', {
          params: {
            path: { id },
            query: {
              kind,
              overdue: overdue || undefined,
              limit: LIMIT,
              reason: t('screeningTasks.auditReason'),
            },
          },
        }),
      ),
  });
  const send = useMutation({
    mutationFn: (referralId: string) =>
      unwrap(api.POST('/api/referrals/{id}/send', { params: { path: { id: referralId } } })),
    onSuccess: () => {
      void message.success(t('screeningTasks.sent'));
      return queryClient.invalidateQueries({ queryKey: ['campaigns', id] });
    },
    onError: (e) => void message.error(errorMessage(t, e)),
  });
  const rows = tasks.data?.items ?? [];

  return (
    <DeskPage title={t('screeningTasks.title', { name: campaign.data?.name ?? '' })}>
      <CampaignTabs id={id} />
      <Flex gap={16} wrap align="center">
        <Segmented<Kind>
          aria-label={t('screeningTasks.kind')}
          value={kind}
          onChange={setKind}
          options={KINDS.map((k) => ({ value: k, label: t(`screeningTasks.kinds.${k}`) }))}
        />
        <Flex gap={8} align="center">
          <Switch checked={overdue} onChange={setOverdue} aria-label={t('screeningTasks.overdueOnly')} />
          <Typography.Text>{t('screeningTasks.overdueOnly')}</Typography.Text>
        </Flex>
      </Flex>
      <Typography.Text type="secondary">{t(`screeningTasks.explain.${kind}`)}</Typography.Text>
      <ErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />
      <Table<Task>
        rowKey="id"
        loading={tasks.isPending}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 760 }}
        locale={{ emptyText: <TableEmpty text={t('screeningTasks.none')} /> }}
        columns={[
          {
            title: t('screeningTasks.resident'),
            key: 'resident',
            render: (_, task) => (
              <Link to={`/c/residents/${task.residentId}`}>
                {t('screeningTasks.residentLink', { id: task.residentId.slice(-8) })}
              </Link>
            ),
          },
          { title: t('screeningTasks.community'), dataIndex: 'community' },
          {
            title: t('screeningTasks.dueOn'),
            key: 'due',
            render: (_, task) => (
              <Flex gap={4} wrap>
                {task.dueOn ? formatLocalDate(task.dueOn) : '—'}
                {task.overdue ? <Tag color={TAG_COLORS.red}>{t('screeningTasks.overdue')}</Tag> : null}
              </Flex>
            ),
          },
          {
            title: t('screeningTasks.status'),
            key: 'status',
            render: (_, task) => t(`screeningTasks.statuses.${task.status}`, { defaultValue: task.status }),
          },
          ...(kind === 'follow_up'
            ? [
                {
                  title: t('screeningTasks.followUpKind'),
                  key: 'detail',
                  render: (_: unknown, task: Task) =>
                    task.detail
                      ? t(`screeningTasks.followUpKinds.${task.detail}`, { defaultValue: task.detail })
                      : '—',
                },
              ]
            : []),
          ...(kind === 'referral_blocked'
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, task: Task) => (
                    <Button
                      size="small"
                      type="primary"
                      loading={send.isPending && send.variables === task.id}
                      onClick={() => send.mutate(task.id)}
                    >
                      {t('screeningTasks.send')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {rows.length >= LIMIT ? (
        <Typography.Text type="secondary">{t('screeningTasks.more', { n: LIMIT })}</Typography.Text>
      ) : null}
    </DeskPage>
  );
}
