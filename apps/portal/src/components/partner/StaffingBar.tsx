import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TAG_COLORS } from '../tag-colors';

/**
 * Needed, confirmed and waitlisted volunteers as one bar (confirmed in green, the waitlist after it in
 * orange) with the figures written beside it: the bar is for the eye, the text for everyone.
 */
export function StaffingBar({
  needed,
  confirmed,
  waitlisted = 0,
  atRisk = false,
  width = 140,
}: {
  needed: number;
  confirmed: number;
  waitlisted?: number;
  atRisk?: boolean;
  width?: number;
}) {
  const { t } = useTranslation();
  const whole = Math.max(needed, confirmed + waitlisted, 1);
  const share = (n: number) => `${(100 * n) / whole}%`;
  return (
    <Flex vertical gap={4}>
      <div className="staffing-bar" style={{ width }} aria-hidden>
        <span style={{ width: share(confirmed), background: TAG_COLORS.green }} />
        <span style={{ width: share(waitlisted), background: TAG_COLORS.orange }} />
      </div>
      <Flex gap={4} wrap align="center">
        <span className="staffing-text">
          {t('staffing.summary', { confirmed, needed })}
          {waitlisted ? ` · ${t('staffing.waitlisted', { count: waitlisted })}` : ''}
        </span>
        {atRisk ? <Tag color={TAG_COLORS.red}>{t('staffing.atRisk')}</Tag> : null}
        {!atRisk && needed > 0 && confirmed >= needed ? (
          <Tag color={TAG_COLORS.green}>{t('staffing.full')}</Tag>
        ) : null}
      </Flex>
    </Flex>
  );
}
