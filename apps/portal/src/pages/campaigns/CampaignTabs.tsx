import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const TABS = ['', 'sessions', 'tasks', 'import'] as const;

/** The campaign's pages: plan and dashboard, session schedule, work lists, import. */
export function CampaignTabs({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const base = `/c/campaigns/${id}`;
  const here = useLocation().pathname.slice(base.length + 1);
  return (
    <nav aria-label={t('campaigns.sections')}>
      <Tabs
        activeKey={TABS.includes(here as never) ? here : ''}
        onChange={(key) => void navigate(key ? `${base}/${key}` : base)}
        items={TABS.map((key) => ({ key, label: t(`campaigns.tabs.${key || 'overview'}`) }))}
      />
    </nav>
  );
}
