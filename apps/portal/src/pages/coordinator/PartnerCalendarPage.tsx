import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Calendar, Flex, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EventTable } from '../../components/partner/EventTable';
import { ExportEventsButton } from '../../components/partner/ExportEventsButton';
import { useEvents, type EventStatus, type PartnerEvent } from '../../components/partner/queries';
import { TAG_COLORS } from '../../components/tag-colors';
import { local, nowInZone } from '../../lib/time';

const STATUSES: EventStatus[] = [
  'submitted',
  'changes_requested',
  'approved',
  'completed',
  'rejected',
  'cancelled',
  'draft',
];
const DOT: Partial<Record<EventStatus, string>> = {
  submitted: TAG_COLORS.blue,
  changes_requested: TAG_COLORS.orange,
  approved: TAG_COLORS.green,
  completed: TAG_COLORS.purple,
};

/** Every partner's events by date in a month (each occurrence on its day), and the same month as a list. */
export default function PartnerCalendarPage() {
  const { t } = useTranslation();
  const [month, setMonth] = useState<Dayjs>(() => nowInZone().startOf('month'));
  const [status, setStatus] = useState<EventStatus | undefined>();
  // The weeks the grid shows reach into the months either side.
  const events = useEvents({
    status,
    from: month.subtract(7, 'day').format('YYYY-MM-DDTHH:mm:ssZ'),
    to: month.add(1, 'month').add(14, 'day').format('YYYY-MM-DDTHH:mm:ssZ'),
  });
  // The month itself, for the download.
  const range = {
    from: month.format('YYYY-MM-DDTHH:mm:ssZ'),
    to: month.add(1, 'month').format('YYYY-MM-DDTHH:mm:ssZ'),
  };
  const byDay = new Map<string, PartnerEvent[]>();
  for (const e of events.data ?? []) {
    for (const o of e.occurrences) {
      const day = local(o.startsAt).format('YYYY-MM-DD');
      byDay.set(day, [...(byDay.get(day) ?? []), e]);
    }
  }
  const inMonth = (events.data ?? []).filter((e) =>
    e.occurrences.some((o) => local(o.startsAt).isSame(month, 'month')),
  );

  return (
    <DeskPage title={t('partnerCalendar.title')}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <Flex gap={8} align="center">
          <Button
            aria-label={t('partnerCalendar.previous')}
            icon={<LeftOutlined aria-hidden />}
            onClick={() => setMonth(month.subtract(1, 'month'))}
          />
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0, minWidth: 120, textAlign: 'center' }}>
            {month.format(t('partnerCalendar.monthFormat'))}
          </Typography.Title>
          <Button
            aria-label={t('partnerCalendar.next')}
            icon={<RightOutlined aria-hidden />}
            onClick={() => setMonth(month.add(1, 'month'))}
          />
          <Button onClick={() => setMonth(nowInZone().startOf('month'))}>{t('partnerCalendar.today')}</Button>
        </Flex>
        <Select<EventStatus>
          allowClear
          placeholder={t('partnerCalendar.anyStatus')}
          aria-label={t('partnerEvents.columns.status')}
          value={status}
          onChange={setStatus}
          style={{ width: 180 }}
          options={STATUSES.map((s) => ({ value: s, label: t(`eventStatus.${s}`) }))}
        />
      </Flex>
      <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      <Calendar
        className="partner-calendar"
        // Today is marked when it is in the month shown; otherwise the month's first day.
        value={nowInZone().isSame(month, 'month') ? nowInZone() : month}
        headerRender={() => null}
        onPanelChange={(d) => setMonth(d.startOf('month'))}
        onSelect={(d, info) => {
          if (info.source === 'date' && !d.isSame(month, 'month')) setMonth(d.startOf('month'));
        }}
        cellRender={(date, info) => {
          if (info.type !== 'date') return info.originNode;
          const day = byDay.get(date.format('YYYY-MM-DD')) ?? [];
          return (
            <ul className="calendar-events">
              {day.map((e) => (
                <li key={e.id}>
                  <span
                    className="calendar-dot"
                    style={{ background: DOT[e.status] ?? TAG_COLORS.grey }}
                    aria-hidden
                  />
                  <Link to={`/c/partner-events/${e.id}`} title={`${e.title} · ${e.organisationName}`}>
                    {e.title}
                  </Link>
                  <span className="sr-only">
                    {t('common.inParens', { text: t(`eventStatus.${e.status}`) })}
                  </span>
                </li>
              ))}
            </ul>
          );
        }}
      />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ fontSize: 17, margin: 0 }}>
          {t('partnerCalendar.listTitle', { month: month.format(t('partnerCalendar.monthFormat')) })}
        </Typography.Title>
        <ExportEventsButton query={{ status, ...range }} />
      </Flex>
      <EventTable events={inMonth} loading={events.isPending} showOrganisation />
    </DeskPage>
  );
}
