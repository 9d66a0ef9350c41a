import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatLocalDate } from '../../lib/time';
import { versionLabel } from '../../pages/campaigns/campaign-form';
import { referralFacts } from './referral-outcome';

/** What the hospital is told of the resident: a pseudonym, age, sex, community, the stage-2 score. */
export function ReferralFacts({ item }: { item: Schemas['InboxItemView'] }) {
  const { t } = useTranslation();
  const f = referralFacts(item.details);
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 3 }}
      items={[
        { key: 'pseudonym', label: t('referralInbox.pseudonym'), children: f.pseudonym || '—' },
        { key: 'age', label: t('referralInbox.age'), children: f.age ?? '—' },
        { key: 'sex', label: t('referralInbox.sex'), children: f.sex || '—' },
        { key: 'community', label: t('referralInbox.community'), children: f.community || '—' },
        {
          key: 'score',
          label: t('referralInbox.stage2'),
          children: f.instrument
            ? t('referralInbox.scoreText', { instrument: versionLabel(f.instrument), score: f.score ?? '—' })
            : '—',
        },
        {
          key: 'screenedOn',
          label: t('referralInbox.screenedOn'),
          children: f.screenedOn ? formatLocalDate(f.screenedOn) : '—',
        },
      ]}
    />
  );
}
