import { Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableEmpty } from '../../components/QueryState';
import {
  Contact,
  DeclarationOutcome,
  ReviewActions,
  StatusFilterControl,
} from '../../components/declarations/DeclarationReview';
import {
  servedFor,
  useReviewQueue,
  type ReviewRow,
  type StatusFilter,
} from '../../components/declarations/review-queue';
import { formatLocalDate } from '../../lib/time';

/**
 * Hours volunteers declared (after a shift, or served outside Linkage): confirm them, and they count as
 * verified by the coordinator, or reject them with a reason the volunteer reads.
 */
export default function DeclarationsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StatusFilter>('pending');
  const queue = useReviewQueue(status);
  return (
    <DeskPage
      title={t('declarations.title')}
      extra={
        <Button onClick={() => void queue.refetch()} loading={queue.isFetching}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('declarations.explain')}</Typography.Paragraph>
      <StatusFilterControl value={status} onChange={setStatus} />
      <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
      <Table<ReviewRow>
        rowKey={(row) => row.declaration.id}
        loading={queue.isPending}
        dataSource={queue.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1100 }}
        locale={{ emptyText: <TableEmpty text={t('declarations.empty')} /> }}
        columns={[
          {
            title: t('declarations.volunteer'),
            key: 'volunteer',
            width: 90,
            render: (_, row) => row.declaration.volunteerName,
          },
          {
            title: t('declarations.activity'),
            key: 'activity',
            render: (_, row) => (
              <>
                <strong>{row.declaration.activity}</strong>
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {row.declaration.content}
                </Typography.Paragraph>
              </>
            ),
          },
          {
            title: t('declarations.when'),
            key: 'when',
            width: 170,
            render: (_, row) => (
              <>
                {formatLocalDate(row.declaration.serviceDate)}
                <br />
                {row.declaration.place}
              </>
            ),
          },
          {
            title: t('declare.hours'),
            key: 'hours',
            width: 90,
            render: (_, row) => t('declarations.hoursValue', { hours: Number(row.declaration.hours) }),
          },
          {
            title: t('declarations.contact'),
            key: 'contact',
            width: 130,
            render: (_, row) => <Contact declaration={row.declaration} />,
          },
          { title: t('declarations.for'), key: 'for', width: 140, render: (_, row) => servedFor(t, row) },
          {
            title: t('declarations.status'),
            key: 'status',
            width: 110,
            render: (_, row) => <DeclarationOutcome declaration={row.declaration} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 170,
            render: (_, row) => <ReviewActions declaration={row.declaration} />,
          },
        ]}
      />
    </DeskPage>
  );
}
