import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { counsellingKeys } from '../../components/counselling/queries';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableEmpty } from '../../components/QueryState';
import { TAG_COLORS } from '../../components/tag-colors';
import { TextPromptModal } from '../../components/TextPromptModal';
import { formatRange } from '../../lib/time';

type PeerHours = Schemas['CounsellingSessionHoursView'];
type Status = Schemas['HoursStatus'];

const STATUS_COLORS: Record<Status, string> = {
  recorded: TAG_COLORS.gold,
  verified: TAG_COLORS.green,
  disputed: TAG_COLORS.red,
};

/**
 * The peer facilitators' hours at the counsellor's completed sessions, recorded unverified by the
 * volunteers service: the counsellor verifies them, or sends them back with a reason (a coordinator settles).
 */
export default function PeerHoursPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>('recorded');
  const [rejecting, setRejecting] = useState<PeerHours | null>(null);
  const key = [...counsellingKeys.all, 'peer-hours'] as const;
  const list = useQuery({
    queryKey: [...key, status],
    queryFn: () => unwrap(api.GET('/api/hours/counselling-sessions', { params: { query: { status } } })),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const verify = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/hours/counselling-sessions/{id}/verify', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const reject = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(
        api.POST('/api/hours/counselling-sessions/{id}/reject', {
          params: { path: { id } },
          body: { reason },
        }),
      ),
    onSuccess: refresh,
  });

  return (
    <DeskPage title={t('counselling.peerHours.title')}>
      <Segmented<Status>
        value={status}
        onChange={setStatus}
        options={(['recorded', 'verified', 'disputed'] as const).map((s) => ({
          value: s,
          label: t(`hours.status.${s}`),
        }))}
      />
      <ErrorAlert error={list.error ?? verify.error} onRetry={() => void list.refetch()} />
      <Card>
        <Table<PeerHours>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data ?? []}
          pagination={false}
          locale={{ emptyText: <TableEmpty text={t('counselling.peerHours.none')} /> }}
          columns={[
            { title: t('counselling.peerHours.volunteer'), dataIndex: 'volunteerName' },
            { title: t('counselling.peerHours.activity'), dataIndex: 'activity' },
            {
              title: t('counselling.peerHours.time'),
              key: 'time',
              render: (_, h) => (h.startsAt && h.endsAt ? formatRange(h.startsAt, h.endsAt) : h.serviceDate),
            },
            { title: t('counselling.peerHours.hours'), dataIndex: 'hours' },
            {
              title: t('counselling.peerHours.status'),
              dataIndex: 'status',
              render: (s: Status) => <Tag color={STATUS_COLORS[s]}>{t(`hours.status.${s}`)}</Tag>,
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, h) =>
                h.status === 'recorded' ? (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      loading={verify.isPending && verify.variables === h.id}
                      onClick={() => verify.mutate(h.id)}
                      aria-label={t('counselling.peerHours.verifyOf', { name: h.volunteerName })}
                    >
                      {t('counselling.peerHours.verify')}
                    </Button>
                    <Button
                      size="small"
                      onClick={() => setRejecting(h)}
                      aria-label={t('counselling.peerHours.rejectOf', { name: h.volunteerName })}
                    >
                      {t('counselling.peerHours.reject')}
                    </Button>
                  </Space>
                ) : (
                  (h.disputeReason ?? null)
                ),
            },
          ]}
        />
      </Card>
      {rejecting ? (
        <TextPromptModal
          title={t('counselling.peerHours.rejectTitle', { name: rejecting.volunteerName })}
          label={t('counselling.peerHours.rejectReason')}
          okText={t('counselling.peerHours.reject')}
          onSubmit={(reason) => reject.mutateAsync({ id: rejecting.id, reason })}
          onClose={() => setRejecting(null)}
        />
      ) : null}
    </DeskPage>
  );
}
