import { Alert, Card, Descriptions, Skeleton, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { hasRole, useAccount } from '../../auth/use-session';
import { useProgramme } from '../../components/counselling/queries';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatLocalDate } from '../../lib/time';
import { ApplicantsSection } from './ApplicantsSection';
import { BuddiesSection } from './BuddiesSection';
import { IntakeSection } from './IntakeSection';
import { MembersSection } from './MembersSection';
import { NotesSection } from './NotesSection';
import { OutcomesSection } from './OutcomesSection';
import { SessionsSection } from './SessionsSection';
import { ProgrammeStatusTag } from '../../components/counselling/tags';

/**
 * One programme at the counsellor's desk, a tab per part of the work (the tab is in the address, so a
 * reload or a link keeps it). An admin who does not facilitate sees only that notes exist.
 */
export default function ProgrammePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const account = useAccount();
  const [search, setSearch] = useSearchParams();
  const programme = useProgramme(id);
  const counsellor = hasRole(account, 'counsellor');

  if (programme.isPending) return <Skeleton active />;
  if (programme.isError)
    return <ErrorAlert error={programme.error} onRetry={() => void programme.refetch()} />;
  const p = programme.data;

  const tabs = counsellor
    ? [
        { key: 'intake', label: t('counselling.tabs.intake'), children: <IntakeSection programme={p} /> },
        {
          key: 'applicants',
          label: t('counselling.tabs.applicants'),
          children: <ApplicantsSection programmeId={id} />,
        },
        {
          key: 'members',
          label: t('counselling.tabs.members'),
          children: <MembersSection programmeId={id} />,
        },
        {
          key: 'sessions',
          label: t('counselling.tabs.sessions'),
          children: <SessionsSection programmeId={id} />,
        },
        {
          key: 'notes',
          label: t('counselling.tabs.notes'),
          children: <NotesSection programmeId={id} canWrite />,
        },
        {
          key: 'buddies',
          label: t('counselling.tabs.buddies'),
          children: <BuddiesSection programmeId={id} />,
        },
        {
          key: 'outcomes',
          label: t('counselling.tabs.outcomes'),
          children: <OutcomesSection programmeId={id} />,
        },
      ]
    : [
        {
          key: 'notes',
          label: t('counselling.tabs.notes'),
          children: <NotesSection programmeId={id} canWrite={false} />,
        },
      ];
  const active = tabs.some((tab) => tab.key === search.get('tab')) ? search.get('tab')! : tabs[0].key;

  return (
    <DeskPage title={p.title} extra={<ProgrammeStatusTag status={p.status} />}>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'kind',
              label: t('counselling.programmes.kind'),
              children: t(`counselling.kind.${p.kind}`),
            },
            {
              key: 'period',
              label: t('counselling.programmes.period'),
              children: `${formatLocalDate(p.startsOn)} – ${formatLocalDate(p.endsOn)}`,
            },
            { key: 'capacity', label: t('counselling.programmes.capacity'), children: p.capacity },
            {
              key: 'confidentiality',
              label: t('counselling.programmes.confidentiality'),
              children: t(`counselling.confidentiality.${p.confidentiality}`),
            },
            {
              key: 'facilitators',
              label: t('counselling.programmes.facilitators'),
              children: p.facilitators
                .map((f) => `${f.displayName}（${t(`counselling.facilitatorRole.${f.role}`)}）`)
                .join(t('common.listSeparator')),
            },
          ]}
        />
      </Card>
      {counsellor ? null : <Alert type="info" showIcon title={t('counselling.adminOnlyEntries')} />}
      <Tabs
        activeKey={active}
        onChange={(key) => setSearch({ tab: key }, { replace: true })}
        items={tabs}
        destroyOnHidden
      />
    </DeskPage>
  );
}
