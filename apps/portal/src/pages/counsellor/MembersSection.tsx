import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { counsellingKeys, useEnrolments } from '../../components/counselling/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableEmpty } from '../../components/QueryState';
import { TextPromptModal } from '../../components/TextPromptModal';
import { formatDateTime } from '../../lib/time';
import { EnrolmentStatusTag } from '../../components/counselling/tags';

type Enrolment = Schemas['EnrolmentView'];

/** The programme's members; a member may be withdrawn (their consent ends with it). */
export function MembersSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const members = useEnrolments(programmeId);
  const [withdrawing, setWithdrawing] = useState<Enrolment | null>(null);
  const withdraw = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(
        api.POST('/api/programmes/{programmeId}/enrolments/{enrolmentId}/withdraw', {
          params: { path: { programmeId, enrolmentId: id } },
          body: reason ? { reason } : {},
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: counsellingKeys.programme(programmeId) }),
  });
  return (
    <Card size="small">
      <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />
      <Table<Enrolment>
        rowKey="id"
        size="small"
        loading={members.isPending}
        dataSource={members.data ?? []}
        pagination={false}
        locale={{ emptyText: <TableEmpty text={t('counselling.members.none')} /> }}
        columns={[
          { title: t('counselling.members.name'), dataIndex: 'displayName' },
          {
            title: t('counselling.members.status'),
            dataIndex: 'status',
            render: (s: string) => <EnrolmentStatusTag status={s} />,
          },
          {
            title: t('counselling.members.enrolledAt'),
            dataIndex: 'enrolledAt',
            render: (v: string) => formatDateTime(v),
          },
          {
            title: t('counselling.members.buddyCode'),
            dataIndex: 'id',
            render: (id: string) => (
              <Typography.Text copyable={{ text: id }}>{id.slice(0, 8)}…</Typography.Text>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, e) =>
              e.status === 'active' ? (
                <Button size="small" danger onClick={() => setWithdrawing(e)}>
                  {t('counselling.members.withdraw')}
                </Button>
              ) : null,
          },
        ]}
      />
      {withdrawing ? (
        <TextPromptModal
          title={t('counselling.members.withdrawTitle', { name: withdrawing.displayName })}
          label={t('counselling.members.withdrawReason')}
          explain={t('counselling.members.withdrawExplain')}
          okText={t('counselling.members.withdraw')}
          danger
          required={false}
          onSubmit={(reason) => withdraw.mutateAsync({ id: withdrawing.id, reason })}
          onClose={() => setWithdrawing(null)}
        />
      ) : null}
    </Card>
  );
}
