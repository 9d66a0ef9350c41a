import { CalendarOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EventActions } from '../../components/partner/EventActions';
import { EventTable } from '../../components/partner/EventTable';
import { useEvents } from '../../components/partner/queries';

/** Partner events waiting for review: ask for changes with a comment, approve, or reject with a reason. */
export default function ReviewQueuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const events = useEvents({ status: 'submitted' });
  // Oldest submission first: the one that has waited longest.
  const rows = [...(events.data ?? [])].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  return (
    <DeskPage
      title={t('review.title')}
      extra={
        <Button icon={<CalendarOutlined aria-hidden />} onClick={() => void navigate('/c/partner-calendar')}>
          {t('nav.partnerCalendar')}
        </Button>
      }
    >
      <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      <EventTable
        events={rows}
        loading={events.isPending}
        showOrganisation
        actions={(e) => <EventActions event={e} />}
      />
    </DeskPage>
  );
}
