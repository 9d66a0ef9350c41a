import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Segmented, Table, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { TableEmpty } from '../../components/QueryState';
import { formatLocalDate } from '../../lib/time';
import { CampaignFormDrawer } from './CampaignFormDrawer';
import { CampaignStatusTag } from './CampaignStatusTag';

type Campaign = Schemas['CampaignView'];
type Status = Schemas['CampaignStatus'];
const STATUSES: Status[] = ['draft', 'active', 'completed', 'cancelled'];

/** A short header (a count) stays on one line rather than breaking character by character. */
const noWrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

/** The first partners by name and how many in all; every name on hover or focus. */
function PartnerNames({ names }: { names: string[] }) {
  const { t } = useTranslation();
  if (names.length === 0) return <>—</>;
  const all = names.join(t('common.listSeparator'));
  if (names.length <= 2) return <>{all}</>;
  return (
    <Tooltip title={all}>
      <span tabIndex={0}>
        {t('campaigns.partnersFirst', {
          names: names.slice(0, 2).join(t('common.listSeparator')),
          count: names.length,
        })}
      </span>
    </Tooltip>
  );
}

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
        scroll={{ x: 900 }}
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
            width: 160,
            render: (_, c) => (
              <>
                {formatLocalDate(c.startsOn)} –<br />
                {formatLocalDate(c.endsOn)}
              </>
            ),
          },
          {
            title: t('campaigns.status'),
            key: 'status',
            width: 96,
            render: (_, c) => <CampaignStatusTag status={c.status} />,
          },
          {
            title: t('campaigns.communities'),
            key: 'communities',
            width: 96,
            align: 'right',
            onHeaderCell: noWrap,
            render: (_, c) => c.targets.length,
          },
          {
            title: t('campaigns.targetSum'),
            key: 'target',
            width: 104,
            align: 'right',
            onHeaderCell: noWrap,
            render: (_, c) => c.targets.reduce((sum, x) => sum + x.target, 0),
          },
          {
            title: t('campaigns.partners'),
            key: 'partners',
            width: 280,
            render: (_, c) => <PartnerNames names={c.partners.map((p) => p.name)} />,
          },
        ]}
      />
      <LoadMore query={campaigns} />
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
