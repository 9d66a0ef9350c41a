import { PlusOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useAccount } from '../../auth/use-session';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EventTable } from '../../components/partner/EventTable';
import { ExportEventsButton } from '../../components/partner/ExportEventsButton';
import {
  EVENT_KEY,
  STAFFED,
  useEvents,
  type EventStatus,
  type PartnerEvent,
} from '../../components/partner/queries';
import { formatDateTime } from '../../lib/time';

/** The partner's events in the order they need the partner: to fix, under review, on, over. */
const GROUPS: { key: string; statuses: EventStatus[] }[] = [
  { key: 'toFix', statuses: ['changes_requested', 'draft'] },
  { key: 'inReview', statuses: ['submitted'] },
  { key: 'approved', statuses: ['approved'] },
  { key: 'closed', statuses: ['completed', 'rejected', 'cancelled'] },
];

/** Approved events under-staffed within 48 hours of a start, from their staffing. */
function useAtRisk(events: PartnerEvent[]) {
  const approved = events.filter((e) => e.status === 'approved');
  const staffing = useQueries({
    queries: approved.map((e) => ({
      queryKey: [EVENT_KEY, e.id, 'staffing'],
      queryFn: () => unwrap(api.GET('/api/events/{id}/staffing', { params: { path: { id: e.id } } })),
      enabled: STAFFED.includes(e.status),
    })),
  });
  return approved
    .map((event, i) => ({ event, staffing: staffing[i]?.data }))
    .filter((x) => x.staffing?.atRisk);
}

export default function PartnerHomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const account = useAccount();
  const events = useEvents({});
  const all = events.data ?? [];
  const atRisk = useAtRisk(all);

  return (
    <DeskPage
      title={t('partnerHome.title')}
      extra={
        <Flex gap={8} wrap>
          <ExportEventsButton />
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => void navigate('/p/events/new')}
          >
            {t('nav.newEvent')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('partnerHome.intro', { name: account.name })}
      </Typography.Paragraph>
      {atRisk.map(({ event, staffing }) => {
        const soonest = staffing?.shifts.find((s) => s.atRisk) ?? event.occurrences[0];
        return (
          <Alert
            key={event.id}
            type="warning"
            showIcon
            title={
              <>
                <Link className="inline-link" to={`/p/events/${event.id}`}>
                  {event.title}
                </Link>{' '}
                {t('partnerHome.atRisk', {
                  confirmed: staffing?.confirmed ?? 0,
                  needed: staffing?.needed ?? 0,
                  time: soonest ? formatDateTime(soonest.startsAt) : '',
                })}
              </>
            }
          />
        );
      })}
      <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      {events.isPending ? <Skeleton active /> : null}
      {events.isSuccess && all.length === 0 ? (
        <Empty description={t('partnerHome.none')}>
          <Button type="primary" onClick={() => void navigate('/p/events/new')}>
            {t('nav.newEvent')}
          </Button>
        </Empty>
      ) : null}
      {GROUPS.map((group) => {
        const rows = all.filter((e) => group.statuses.includes(e.status));
        if (rows.length === 0) return null;
        return (
          <section key={group.key} aria-labelledby={`group-${group.key}`} className="stack">
            <Typography.Title level={2} id={`group-${group.key}`} style={{ fontSize: 17, margin: 0 }}>
              {t(`partnerHome.groups.${group.key}`)}
              {t('common.inParens', { text: rows.length })}
            </Typography.Title>
            <EventTable events={rows} />
          </section>
        );
      })}
    </DeskPage>
  );
}
