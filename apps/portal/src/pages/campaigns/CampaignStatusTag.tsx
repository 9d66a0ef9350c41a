import { StatusTag } from '../../components/StatusTag';
import { TAG_COLORS } from '../../components/tag-colors';
import type { Schemas } from '../../api/client';

const COLORS: Record<Schemas['CampaignStatus'], string> = {
  draft: TAG_COLORS.grey,
  active: TAG_COLORS.green,
  completed: TAG_COLORS.blue,
  cancelled: TAG_COLORS.red,
};

export function CampaignStatusTag({ status }: { status: Schemas['CampaignStatus'] }) {
  return <StatusTag family="campaignStatus" status={status} colors={COLORS} />;
}
