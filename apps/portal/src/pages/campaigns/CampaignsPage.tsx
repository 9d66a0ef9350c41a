import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Segmented, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableEmpty } from '../../components/QueryState';
import { formatLocalDate } from '../../lib/time';
import { CampaignFormDrawer } from './CampaignFormDrawer';
import { CampaignStatusTag } from './CampaignStatusTag';

type Campaign = Schemas['CampaignView'];
type Status = Schemas['CampaignStatus'];
const STATUSES: Status[] = ['draft', 'active', 'completed', 'cancelled'];

/** The screening campaigns, newest first; plan a new one. */
export default function CampaignsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status | 'all'>('all');
  const [creating, setCreating] = useState(false);
  const campaigns = useInfiniteQuery({
    queryKey: ['campaigns', 'list', status],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/campaigns', {
          params: { query: { status: status === 'all' ? undefined : status, limit: 50, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = campaigns.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <DeskPage
      title={t('campaigns.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('campaigns.new')}
        </Button>
      }
    >
      <Segmented<Status | 'all'>
        aria-label={t('campaigns.status')}
        value={status}
        onChange={setStatus}
        options={['all' as const, ...STATUSES].map((s) => ({
          value: s,
          label: s === 'all' ? t('common.all') : t(`campaignStatus.${s}`),
        }))}
      />
      <ErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      <Table<Campaign>
        rowKey="id"
        loading={campaigns.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{ emptyText: <TableEmpty text={t('campaigns.none')} /> }}
        columns={[
          {
            title: t('campaigns.name'),
            key: 'name',
            render: (_, c) => <Link to={`/c/campaigns/${c.id}`}>{c.name}</Link>,
          },
          {
            title: t('campaigns.period'),
            key: 'period',
            render: (_, c) => `${formatLocalDate(c.startsOn)} – ${formatLocalDate(c.endsOn)}`,
          },
          {
            title: t('campaigns.status'),
            key: 'status',
            render: (_, c) => <CampaignStatusTag status={c.status} />,
          },
          { title: t('campaigns.communities'), key: 'communities', render: (_, c) => c.targets.length },
          {
            title: t('campaigns.targetSum'),
            key: 'target',
            render: (_, c) => c.targets.reduce((sum, x) => sum + x.target, 0),
          },
          {
            title: t('campaigns.partners'),
            key: 'partners',
            render: (_, c) => c.partners.map((p) => p.name).join(t('common.listSeparator')) || '—',
          },
        ]}
      />
      {campaigns.hasNextPage ? (
        <Button block loading={campaigns.isFetchingNextPage} onClick={() => void campaigns.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      ) : null}
      {creating ? (
        <CampaignFormDrawer
          onClose={(saved) => {
            setCreating(false);
            if (!saved) return;
            void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
            void navigate(`/c/campaigns/${saved.id}`);
          }}
        />
      ) : null}
    </DeskPage>
  );
}
