import { useInfiniteQuery } from '@tanstack/react-query';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { StatusTag } from '../StatusTag';
import { TAG_COLORS } from '../tag-colors';

export type InboxItem = Schemas['InboxItemView'];
export type InboxStatus = Schemas['InboxStatus'];
export type InboxFilter = InboxStatus | 'all';

const STATUSES: InboxStatus[] = ['received', 'accepted', 'completed', 'declined'];
const STATUS_COLORS: Record<InboxStatus, string> = {
  received: TAG_COLORS.blue,
  accepted: TAG_COLORS.gold,
  completed: TAG_COLORS.green,
  declined: TAG_COLORS.grey,
};

/** The organisation's inbox items with a status (every status for 'all'), of one kind or all, 50 a page. */
export function useInboxItems(status: InboxFilter, kind?: string) {
  const items = useInfiniteQuery({
    queryKey: kind ? ['inbox', kind, status] : ['inbox', status],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/inbox', {
          params: {
            query: { kind, status: status === 'all' ? undefined : status, limit: 50, cursor: pageParam },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return { items, rows: items.data?.pages.flatMap((p) => p.items) ?? [] };
}

/** Which items to show: the new ones first, then each step, then all. */
export function InboxStatusFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: InboxFilter;
  onChange: (value: InboxFilter) => void;
}) {
  const { t } = useTranslation();
  return (
    <Segmented<InboxFilter>
      aria-label={label}
      value={value}
      onChange={onChange}
      options={[...STATUSES, 'all' as const].map((s) => ({
        value: s,
        label: s === 'all' ? t('common.all') : t(`inboxStatus.${s}`),
      }))}
    />
  );
}

export function InboxStatusTag({ status }: { status: InboxStatus }) {
  return <StatusTag family="inboxStatus" status={status} colors={STATUS_COLORS} />;
}
