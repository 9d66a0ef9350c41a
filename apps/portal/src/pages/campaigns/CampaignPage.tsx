import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, download, unwrap } from '../../api/client';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { CampaignDashboard, CampaignPlan } from './CampaignOverview';
import { CampaignTabs } from './CampaignTabs';
import { useCampaign } from './queries';

/** A campaign: its plan, and the dashboard of where the screening stands, with the de-identified export. */
export default function CampaignPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  const dashboard = useQuery({
    queryKey: ['campaigns', id, 'dashboard'],
    queryFn: () => unwrap(api.GET('/api/campaigns/{id}/dashboard', { params: { path: { id } } })),
  });
  const exportAs = useMutation({
    mutationFn: (format: 'csv' | 'xlsx') =>
      download(`/api/campaigns/${id}/export?format=${format}`, `screening-export.${format}`),
  });

  return (
    <DeskPage
      title={campaign.data?.name ?? t('campaigns.campaign')}
      extra={
        <Flex gap={8} wrap>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={exportAs.isPending && exportAs.variables === 'csv'}
            onClick={() => exportAs.mutate('csv')}
          >
            {t('campaignDashboard.exportCsv')}
          </Button>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={exportAs.isPending && exportAs.variables === 'xlsx'}
            onClick={() => exportAs.mutate('xlsx')}
          >
            {t('campaignDashboard.exportXlsx')}
          </Button>
        </Flex>
      }
    >
      <CampaignTabs id={id} />
      <ErrorAlert error={exportAs.error} />
      <Typography.Text type="secondary">{t('campaignDashboard.exportHint')}</Typography.Text>
      <QueryState query={campaign}>{(c) => <CampaignPlan campaign={c} manage />}</QueryState>
      <QueryState query={dashboard}>{(d) => <CampaignDashboard dashboard={d} />}</QueryState>
    </DeskPage>
  );
}
