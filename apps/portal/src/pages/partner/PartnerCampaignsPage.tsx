import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableEmpty } from '../../components/QueryState';
import { formatLocalDate } from '../../lib/time';
import { CampaignStatusTag } from '../campaigns/CampaignStatusTag';

type Campaign = Schemas['CampaignView'];

/** The screening campaigns the organisation is a partner of, each leading to its figures. */
export default function PartnerCampaignsPage() {
  const { t } = useTranslation();
  const campaigns = useQuery({
    queryKey: ['campaigns', 'partner'],
    queryFn: () => unwrap(api.GET('/api/campaigns', { params: { query: { limit: 100 } } })),
  });
  return (
    <DeskPage title={t('partnerCampaigns.title')}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('partnerCampaigns.explain')}
      </Typography.Paragraph>
      <ErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      <Table<Campaign>
        rowKey="id"
        loading={campaigns.isPending}
        dataSource={campaigns.data?.items ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: <TableEmpty text={t('campaigns.none')} /> }}
        columns={[
          {
            title: t('campaigns.name'),
            key: 'name',
            render: (_, c) => <Link to={`/p/campaigns/${c.id}`}>{c.name}</Link>,
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
        ]}
      />
    </DeskPage>
  );
}
