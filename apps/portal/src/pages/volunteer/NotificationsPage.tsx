import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, List, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { PhonePage } from '../../components/PhonePage';
import { formatDateTime } from '../../lib/time';
import { keys } from './queries';

type Notification = Schemas['NotificationView'];

export default function NotificationsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery({
    queryKey: [...keys.notifications, 'list'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/volunteers/me/notifications', { params: { query: { limit: 20, cursor: pageParam } } }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const read = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/volunteers/me/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.notifications }),
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <PhonePage title={t('notifications.title')}>
      <ErrorAlert error={list.error ?? read.error} onRetry={() => void list.refetch()} />
      <Card size="small">
        <List<Notification>
          loading={list.isPending}
          locale={{ emptyText: <span className="muted">{t('notifications.none')}</span> }}
          dataSource={items}
          renderItem={(n) => (
            <List.Item
              actions={
                n.read
                  ? []
                  : [
                      <Button key="read" size="small" type="link" onClick={() => read.mutate(n.id)}>
                        {t('notifications.markRead')}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                avatar={
                  <span>
                    <Badge status={n.read ? 'default' : 'processing'} />
                    <span className="sr-only">
                      {n.read ? t('notifications.read') : t('notifications.unread')}
                    </span>
                  </span>
                }
                title={
                  <Typography.Text strong={!n.read}>{t(`notifications.kind.${n.kind}`)}</Typography.Text>
                }
                description={
                  <>
                    <div>{notificationText(t, n)}</div>
                    <Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
        <LoadMore query={list} />
      </Card>
    </PhonePage>
  );
}

/**
 * The API's `message` is written in Chinese; the portal words it in the reader's language from `details`
 * (the shift's title, start, venue and a cancellation's reason as they were).
 */
export function notificationText(t: TFunction, n: Notification): string {
  const d = (n.details ?? {}) as { shiftTitle?: string; startsAt?: string; venue?: string; reason?: string };
  if (!d.shiftTitle) return n.message;
  const when = d.startsAt ? formatDateTime(d.startsAt) + (d.venue ? ` · ${d.venue}` : '') : (d.venue ?? '');
  return t(`notifications.message.${n.kind}`, { shift: d.shiftTitle, when, reason: d.reason ?? '' });
}
