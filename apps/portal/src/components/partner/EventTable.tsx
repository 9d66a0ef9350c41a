import { Card, Flex, Grid, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatRange } from '../../lib/time';
import { volunteersNeeded } from '../../pages/partner/event-form';
import { EventStatusTag } from './EventStatusTag';
import { usePartnerLinks, useStaffing, type PartnerEvent } from './queries';
import { StaffingBar } from './StaffingBar';

/** Staffing from the event's shifts once approved; before that, what it will need. */
export function EventStaffingCell({ event }: { event: PartnerEvent }) {
  const staffing = useStaffing(event);
  const s = staffing.data;
  return (
    <StaffingBar
      needed={s?.needed ?? volunteersNeeded(event)}
      confirmed={s?.confirmed ?? 0}
      waitlisted={s?.waitlisted ?? 0}
      atRisk={s?.atRisk ?? false}
    />
  );
}

/** When: the first occurrence, and how many there are when it repeats. */
export function EventWhen({ event }: { event: PartnerEvent }) {
  const { t } = useTranslation();
  const first = event.occurrences[0] ?? event.schedule;
  return (
    <>
      {formatRange(first.startsAt, first.endsAt)}
      {event.occurrences.length > 1 ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('partnerEvents.occurrences', { count: event.occurrences.length })}
        </Typography.Text>
      ) : null}
    </>
  );
}

const whereOf = (e: PartnerEvent): string => [e.community, e.venue.name].filter(Boolean).join(' · ');

/**
 * The one table of partner events, for the partner's home (by status), the coordinator's review queue
 * and the calendar's month: title, organisation (for coordinators), when, where, status, staffing, and
 * whatever actions the page adds.
 */
export function EventTable({
  events,
  loading,
  showOrganisation = false,
  actions,
}: {
  events: PartnerEvent[];
  loading?: boolean;
  showOrganisation?: boolean;
  actions?: (event: PartnerEvent) => ReactNode;
}) {
  const { t } = useTranslation();
  const links = usePartnerLinks();
  // On a phone a row of six columns would scroll sideways: each event is a card instead.
  const phone = Grid.useBreakpoint().md === false;
  if (phone) {
    return (
      <ul className="plain-list stack" aria-busy={loading || undefined}>
        {events.map((e) => (
          <li key={e.id}>
            <Card size="small">
              <Flex vertical gap={6}>
                <Flex justify="space-between" align="start" gap={8}>
                  <Link to={links.event(e.id)}>{e.title}</Link>
                  <EventStatusTag status={e.status} />
                </Flex>
                {showOrganisation ? <Typography.Text>{e.organisationName}</Typography.Text> : null}
                <Typography.Text type="secondary">
                  <EventWhen event={e} />
                </Typography.Text>
                <Typography.Text type="secondary">{whereOf(e)}</Typography.Text>
                <EventStaffingCell event={e} />
                {actions ? <div>{actions(e)}</div> : null}
              </Flex>
            </Card>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table<PartnerEvent>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={events}
      pagination={events.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 900 }}
      columns={[
        {
          title: t('partnerEvents.columns.title'),
          dataIndex: 'title',
          render: (title: string, e) => <Link to={links.event(e.id)}>{title}</Link>,
        },
        ...(showOrganisation
          ? [{ title: t('partnerEvents.columns.organisation'), dataIndex: 'organisationName' }]
          : []),
        { title: t('partnerEvents.columns.when'), key: 'when', render: (_, e) => <EventWhen event={e} /> },
        {
          title: t('partnerEvents.columns.where'),
          key: 'where',
          render: (_, e) => whereOf(e),
        },
        {
          title: t('partnerEvents.columns.status'),
          key: 'status',
          render: (_, e) => <EventStatusTag status={e.status} />,
        },
        {
          title: t('partnerEvents.columns.staffing'),
          key: 'staffing',
          render: (_, e) => <EventStaffingCell event={e} />,
        },
        ...(actions
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_: unknown, e: PartnerEvent) => actions(e),
              },
            ]
          : []),
      ]}
    />
  );
}
