import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Flex, Segmented, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { dayBounds } from '../../lib/time';

/** Verified hours as a spreadsheet (CSV or XLSX) for a period, and the totals by team or by month. */
export default function ExportsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [by, setBy] = useState<'team' | 'month'>('team');
  const from = range?.[0] ? dayBounds(range[0]).from : undefined;
  const to = range?.[1] ? dayBounds(range[1]).to : undefined;
  const totals = useQuery({
    queryKey: ['hours', 'totals', by, from, to],
    queryFn: () => unwrap(api.GET('/api/hours/totals', { params: { query: { by, from, to } } })),
  });
  const exportFile = useMutation({
    mutationFn: (format: 'csv' | 'xlsx') => {
      const query = new URLSearchParams({ format });
      if (from) query.set('from', from);
      if (to) query.set('to', to);
      return download(`/api/hours/export?${query}`, `hours.${format}`);
    },
    onError: (e) => void message.error(errorMessage(t, e)),
  });

  return (
    <DeskPage title={t('exports.title')}>
      <Card size="small">
        <Typography.Paragraph>{t('exports.explain')}</Typography.Paragraph>
        <Flex gap={8} wrap align="center">
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={range}
            onChange={(v) => setRange(v)}
            aria-label={t('exports.period')}
          />
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={exportFile.isPending && exportFile.variables === 'csv'}
            onClick={() => exportFile.mutate('csv')}
          >
            {t('exports.csv')}
          </Button>
          <Button
            type="primary"
            icon={<DownloadOutlined aria-hidden />}
            loading={exportFile.isPending && exportFile.variables === 'xlsx'}
            onClick={() => exportFile.mutate('xlsx')}
          >
            {t('exports.xlsx')}
          </Button>
        </Flex>
      </Card>
      <Card
        size="small"
        title={t('exports.totals')}
        extra={
          <Segmented<'team' | 'month'>
            value={by}
            onChange={setBy}
            options={[
              { value: 'team', label: t('exports.byTeam') },
              { value: 'month', label: t('exports.byMonth') },
            ]}
          />
        }
      >
        <ErrorAlert error={totals.error} onRetry={() => void totals.refetch()} />
        <Table<Schemas['HoursTotalView']>
          rowKey={(r) => r.key ?? 'none'}
          loading={totals.isPending}
          dataSource={totals.data ?? []}
          pagination={false}
          columns={[
            {
              title: by === 'team' ? t('exports.team') : t('exports.month'),
              key: 'label',
              render: (_, r) => r.label ?? r.key ?? t('exports.noTeam'),
            },
            { title: t('exports.hours'), dataIndex: 'hours' },
            { title: t('exports.volunteers'), dataIndex: 'volunteers' },
          ]}
        />
      </Card>
    </DeskPage>
  );
}
