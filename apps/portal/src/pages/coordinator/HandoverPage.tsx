import { CloudUploadOutlined, DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Flex, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, nowInZone } from '../../lib/time';

type Batch = Schemas['HandoverBatchView'];

/**
 * Hand-over to the national volunteer service system: the period's verified records not handed over
 * yet become a numbered batch (CSV and XLSX in the national data elements, docs/volunteer-handover.md);
 * a record is in one batch only, and every batch can be downloaded again.
 */
export default function HandoverPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(() => [
    nowInZone().startOf('month'),
    nowInZone(),
  ]);
  const period =
    range?.[0] && range[1]
      ? { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') }
      : null;
  const summary = useQuery({
    queryKey: ['handovers', 'summary', period],
    enabled: period !== null,
    queryFn: () => unwrap(api.GET('/api/handovers/summary', { params: { query: period! } })),
  });
  const batches = useQuery({
    queryKey: ['handovers'],
    queryFn: () => unwrap(api.GET('/api/handovers', { params: { query: { limit: 50 } } })),
  });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/handovers', { body: period! })),
    onSuccess: (batch) => {
      void queryClient.invalidateQueries({ queryKey: ['handovers'] });
      void message.success(t('handover.created', { number: batch.number, count: batch.recordCount }));
    },
  });
  const fetchFile = useMutation({
    mutationFn: (v: { batch: Batch; format: 'csv' | 'xlsx' }) =>
      download(`/api/handovers/${v.batch.number}/file?format=${v.format}`, `${v.batch.number}.${v.format}`),
    onError: (e) => void message.error(errorMessage(t, e)),
  });

  return (
    <DeskPage title={t('handover.title')}>
      <Card size="small">
        <Typography.Paragraph>{t('handover.explain')}</Typography.Paragraph>
        <Flex gap={8} wrap align="center">
          <DatePicker.RangePicker
            value={range}
            onChange={(v) => setRange(v)}
            aria-label={t('handover.period')}
          />
          <Button
            type="primary"
            icon={<CloudUploadOutlined aria-hidden />}
            disabled={period === null}
            loading={create.isPending}
            onClick={() => create.mutate()}
          >
            {t('handover.create')}
          </Button>
          {summary.data ? (
            <Typography.Text aria-live="polite">
              {t('handover.summary', { pending: summary.data.pending, handedOver: summary.data.handedOver })}
            </Typography.Text>
          ) : null}
        </Flex>
        {create.error ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            style={{ marginTop: 12 }}
            title={errorMessage(t, create.error)}
          />
        ) : null}
      </Card>
      <Card size="small" title={t('handover.batches')}>
        <ErrorAlert error={batches.error} onRetry={() => void batches.refetch()} />
        <Table<Batch>
          rowKey="id"
          loading={batches.isPending}
          dataSource={batches.data?.items ?? []}
          pagination={false}
          scroll={{ x: 720 }}
          locale={{ emptyText: t('handover.none') }}
          columns={[
            { title: t('handover.number'), dataIndex: 'number' },
            {
              title: t('handover.periodColumn'),
              key: 'period',
              render: (_, b) => t('handover.periodValue', { from: b.periodFrom, to: b.periodTo }),
            },
            { title: t('handover.records'), dataIndex: 'recordCount' },
            { title: t('handover.hours'), dataIndex: 'totalHours' },
            {
              title: t('handover.createdAt'),
              key: 'createdAt',
              render: (_, b) => formatDateTime(b.createdAt),
            },
            {
              title: t('common.actions'),
              key: 'files',
              render: (_, b) => (
                <Flex gap={4}>
                  {(['xlsx', 'csv'] as const).map((format) => (
                    <Button
                      key={format}
                      size="small"
                      icon={<DownloadOutlined aria-hidden />}
                      aria-label={t('handover.download', { number: b.number, format: format.toUpperCase() })}
                      loading={
                        fetchFile.isPending &&
                        fetchFile.variables?.batch.id === b.id &&
                        fetchFile.variables.format === format
                      }
                      onClick={() => fetchFile.mutate({ batch: b, format })}
                    >
                      {format.toUpperCase()}
                    </Button>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
    </DeskPage>
  );
}
