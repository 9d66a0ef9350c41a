import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { DeskPage } from '../../components/DeskPage';
import { QueryState } from '../../components/QueryState';
import { CampaignDashboard, CampaignPlan } from '../campaigns/CampaignOverview';
import { useCampaign } from '../campaigns/queries';

/** A campaign the organisation is a partner of: its plan and figures, counts under 5 hidden. */
export default function PartnerCampaignPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  const dashboard = useQuery({
    queryKey: ['campaigns', id, 'dashboard'],
    queryFn: () => unwrap(api.GET('/api/campaigns/{id}/dashboard', { params: { path: { id } } })),
  });
  return (
    <DeskPage title={campaign.data?.name ?? t('campaigns.campaign')}>
      <QueryState query={campaign}>{(c) => <CampaignPlan campaign={c} />}</QueryState>
      <QueryState query={dashboard}>{(d) => <CampaignDashboard dashboard={d} />}</QueryState>
    </DeskPage>
  );
}
