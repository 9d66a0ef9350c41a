import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TAG_COLORS } from '../tag-colors';

const COLORS: Record<string, string> = {
  draft: TAG_COLORS.grey,
  submitted: TAG_COLORS.blue,
  changes_requested: TAG_COLORS.orange,
  approved: TAG_COLORS.green,
  rejected: TAG_COLORS.red,
  completed: TAG_COLORS.purple,
  cancelled: TAG_COLORS.grey,
};

export function EventStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status] ?? TAG_COLORS.grey}>{t(`eventStatus.${status}`)}</Tag>;
}
