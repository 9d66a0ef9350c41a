import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { counsellingKeys } from '../../components/counselling/queries';
import { formatDateTime, formatLocalDate } from '../../lib/time';
import { useCounsellingNotifications } from './queries';

/** Unread counselling notifications (a buddy gone quiet), of one programme or of all. */
export function CounsellingNotices({ programmeId }: { programmeId?: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notices = useCounsellingNotifications();
  const read = useMutation({
    mutationFn: (notificationId: string) =>
      unwrap(
        api.POST('/api/counselling/notifications/{notificationId}/read', {
          params: { path: { notificationId } },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: counsellingKeys.notifications }),
  });
  const unread = (notices.data ?? []).filter(
    (n) => n.readAt === null && (!programmeId || n.details.programmeId === programmeId),
  );
  if (unread.length === 0) return null;
  return (
    <Card
      size="small"
      title={
        <>
          <BellOutlined aria-hidden /> {t('groups.notices.title')}
        </>
      }
    >
      <List
        dataSource={unread}
        renderItem={(n) => (
          <List.Item
            actions={[
              <Button key="read" size="small" type="link" onClick={() => read.mutate(n.id)}>
                {t('groups.notices.markRead')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={t('groups.notices.buddyQuiet', {
                name: n.details.buddyName,
                days: n.details.quietDays,
              })}
              description={
                <>
                  {n.details.lastCheckInOn
                    ? t('groups.notices.lastCheckIn', { date: formatLocalDate(n.details.lastCheckInOn) })
                    : t('groups.notices.neverCheckedIn')}
                  {' · '}
                  {formatDateTime(n.createdAt)}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
