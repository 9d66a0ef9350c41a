import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, List, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { counsellingKeys, useEnrolments } from '../../components/counselling/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/time';

/** Buddies: the pairs, pairing two active members, unpairing. */
export function BuddiesSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const members = useEnrolments(programmeId);
  const key = counsellingKeys.part(programmeId, 'buddies');
  const pairs = useQuery({
    queryKey: key,
    queryFn: () =>
      unwrap(api.GET('/api/programmes/{programmeId}/buddies', { params: { path: { programmeId } } })),
  });
  const [first, setFirst] = useState<string>();
  const [second, setSecond] = useState<string>();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const pair = useMutation({
    mutationFn: (ids: [string, string]) =>
      unwrap(
        api.POST('/api/programmes/{programmeId}/buddies', {
          params: { path: { programmeId } },
          body: { enrolmentIds: ids },
        }),
      ),
    onSuccess: () => {
      setFirst(undefined);
      setSecond(undefined);
      refresh();
    },
  });
  const unpair = useMutation({
    mutationFn: (enrolmentId: string) =>
      unwrap(
        api.DELETE('/api/programmes/{programmeId}/buddies/{enrolmentId}', {
          params: { path: { programmeId, enrolmentId } },
        }),
      ),
    onSuccess: refresh,
  });
  const name = new Map((members.data ?? []).map((m) => [m.id, m.displayName]));
  const paired = new Set((pairs.data ?? []).flatMap((p) => p.enrolmentIds));
  const free = (members.data ?? [])
    .filter((m) => m.status === 'active' && !paired.has(m.id))
    .map((m) => ({ value: m.id, label: m.displayName }));

  return (
    <div className="stack">
      <ErrorAlert error={pairs.error ?? pair.error ?? unpair.error} onRetry={() => void pairs.refetch()} />
      <Card size="small" title={t('counselling.buddies.pair')}>
        <Flex gap={8} wrap>
          <Select
            style={{ minWidth: 180 }}
            aria-label={t('counselling.buddies.first')}
            placeholder={t('counselling.buddies.first')}
            value={first}
            onChange={setFirst}
            options={free.filter((o) => o.value !== second)}
          />
          <Select
            style={{ minWidth: 180 }}
            aria-label={t('counselling.buddies.second')}
            placeholder={t('counselling.buddies.second')}
            value={second}
            onChange={setSecond}
            options={free.filter((o) => o.value !== first)}
          />
          <Button
            type="primary"
            disabled={!first || !second}
            loading={pair.isPending}
            onClick={() => first && second && pair.mutate([first, second])}
          >
            {t('counselling.buddies.pairButton')}
          </Button>
        </Flex>
      </Card>
      <Card size="small" title={t('counselling.buddies.title')}>
        <List
          loading={pairs.isPending}
          dataSource={pairs.data ?? []}
          locale={{ emptyText: <span className="muted">{t('counselling.buddies.none')}</span> }}
          renderItem={(p) => (
            <List.Item
              actions={[
                <Button key="unpair" size="small" danger onClick={() => unpair.mutate(p.enrolmentIds[0])}>
                  {t('counselling.buddies.unpair')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={p.enrolmentIds.map((id) => name.get(id) ?? id.slice(0, 8)).join(' ⇄ ')}
                description={t('counselling.buddies.since', { time: formatDateTime(p.createdAt) })}
              />
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
