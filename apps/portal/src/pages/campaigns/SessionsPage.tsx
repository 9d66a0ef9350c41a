import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { TableEmpty } from '../../components/QueryState';
import { StatusTag } from '../../components/StatusTag';
import { TAG_COLORS } from '../../components/tag-colors';
import { TextPromptModal } from '../../components/TextPromptModal';
import { formatRange } from '../../lib/time';
import { CampaignTabs } from './CampaignTabs';
import { useCampaign } from './queries';
import { SessionFormDrawer } from './SessionFormDrawer';

type Session = Schemas['ScreeningSessionView'];
const STATUS_COLORS: Record<Session['status'], string> = {
  scheduled: TAG_COLORS.blue,
  completed: TAG_COLORS.green,
  cancelled: TAG_COLORS.grey,
};

/** The campaign's session schedule: schedule, change or cancel a session; who is coming to each. */
export default function SessionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const campaign = useCampaign(id);
  const [editing, setEditing] = useState<Session | 'new' | null>(null);
  const [cancelling, setCancelling] = useState<Session | null>(null);
  const sessions = useInfiniteQuery({
    queryKey: ['campaigns', id, 'sessions'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/campaigns/{id}/sessions', {
          params: { path: { id }, query: { limit: 50, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = sessions.data?.pages.flatMap((p) => p.items) ?? [];
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['campaigns', id, 'sessions'] });

  return (
    <DeskPage
      title={t('screeningSessions.title', { name: campaign.data?.name ?? '' })}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          disabled={!campaign.data}
          onClick={() => setEditing('new')}
        >
          {t('screeningSessions.new')}
        </Button>
      }
    >
      <CampaignTabs id={id} />
      <ErrorAlert error={campaign.error ?? sessions.error} onRetry={() => void sessions.refetch()} />
      <Table<Session>
        rowKey="id"
        loading={sessions.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: <TableEmpty text={t('screeningSessions.none')} /> }}
        columns={[
          {
            title: t('screeningSessions.time'),
            key: 'time',
            render: (_, s) => formatRange(s.startsAt, s.endsAt),
          },
          { title: t('screeningSessions.community'), dataIndex: 'community' },
          {
            title: t('screeningSessions.venue'),
            key: 'venue',
            render: (_, s) => (
              <>
                {s.venue.name}
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {s.venue.address}
                </Typography.Paragraph>
              </>
            ),
          },
          {
            title: t('screeningSessions.roles'),
            key: 'roles',
            render: (_, s) =>
              s.roles.map((r) => (
                <div key={r.key}>
                  {t('screeningSessions.roleLine', { name: r.name, count: r.count })}
                  {r.requiredCertifications.length
                    ? t('common.inParens', { text: r.requiredCertifications.join(t('common.listSeparator')) })
                    : ''}
                </div>
              )),
          },
          {
            title: t('screeningSessions.staffing'),
            key: 'staffing',
            render: (_, s) => (
              <>
                <div>{t('screeningSessions.staffingLine', s.staffing)}</div>
                {s.staffing.waitlisted || s.staffing.pending ? (
                  <Typography.Text type="secondary">
                    {t('screeningSessions.staffingMore', s.staffing)}
                  </Typography.Text>
                ) : null}
                <Flex gap={8} wrap>
                  {s.staffing.shifts.map((shift, i) => (
                    <Link key={shift.shiftId} to={`/c/shifts/${shift.shiftId}`}>
                      {t('screeningSessions.shiftN', { n: i + 1 })}
                    </Link>
                  ))}
                </Flex>
                {s.status === 'scheduled' && !s.staffing.shifts.length ? (
                  <Typography.Text type="secondary">{t('screeningSessions.shiftsPending')}</Typography.Text>
                ) : null}
              </>
            ),
          },
          {
            title: t('screeningSessions.status'),
            key: 'status',
            render: (_, s) => (
              <>
                <StatusTag family="screeningSessionStatus" status={s.status} colors={STATUS_COLORS} />
                {s.cancelReason ? (
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {s.cancelReason}
                  </Typography.Paragraph>
                ) : null}
              </>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, s) =>
              s.status === 'scheduled' ? (
                <Flex gap={4} wrap>
                  <Button size="small" onClick={() => setEditing(s)}>
                    {t('screeningSessions.change')}
                  </Button>
                  <Button size="small" danger onClick={() => setCancelling(s)}>
                    {t('screeningSessions.cancel')}
                  </Button>
                </Flex>
              ) : null,
          },
        ]}
      />
      <LoadMore query={sessions} />
      {editing && campaign.data ? (
        <SessionFormDrawer
          campaign={campaign.data}
          session={editing === 'new' ? undefined : editing}
          onClose={(saved) => {
            setEditing(null);
            if (!saved) return;
            void message.success(t('screeningSessions.saved'));
            void refresh();
          }}
        />
      ) : null}
      {cancelling ? (
        <TextPromptModal
          title={t('screeningSessions.cancelTitle', {
            time: formatRange(cancelling.startsAt, cancelling.endsAt),
          })}
          label={t('common.reason')}
          explain={t('screeningSessions.cancelExplain')}
          okText={t('screeningSessions.cancel')}
          maxLength={500}
          onSubmit={(reason) =>
            unwrap(
              api.POST('/api/sessions/{id}/cancel', {
                params: { path: { id: cancelling.id } },
                body: { reason },
              }),
            ).then(() => {
              void message.success(t('screeningSessions.cancelled'));
              return refresh();
            })
          }
          onClose={() => setCancelling(null)}
        />
      ) : null}
    </DeskPage>
  );
}
