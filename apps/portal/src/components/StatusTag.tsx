import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TAG_COLORS } from './tag-colors';

/**
 * A status as a solid tag: its text from the `family` of translations (`shiftStatus`, `eventStatus`, …),
 * its colour from the page's table of them (grey for any other).
 */
export function StatusTag({
  family,
  status,
  colors,
}: {
  family: string;
  status: string;
  colors: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  return <Tag color={colors[status] ?? TAG_COLORS.grey}>{t(`${family}.${status}`)}</Tag>;
}
