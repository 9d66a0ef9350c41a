import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { TAG_COLORS } from '../../components/tag-colors';
import { formatDateTime, toApiTime } from '../../lib/time';

type Entry = Schemas['AuditEntryView'];

/** Every service's audit trail in one list (GET /api/audit at the gateway), newest first, with filters. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [action, setAction] = useState('');
  const [recordType, setRecordType] = useState('');
  const [recordId, setRecordId] = useState('');
  const [actorId, setActorId] = useState('');
  const [outcome, setOutcome] = useState<'allowed' | 'denied' | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const filters = useDeferredValue({
    action: action.trim() || undefined,
    recordType: recordType.trim() || undefined,
    recordId: recordId.trim() || undefined,
    actorId: /^[0-9a-f-]{36}$/i.test(actorId.trim()) ? actorId.trim() : undefined,
    outcome,
    from: range?.[0] ? toApiTime(range[0]) : undefined,
    to: range?.[1] ? toApiTime(range[1]) : undefined,
  });
  const audit = useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/audit', { params: { query: { ...filters, limit: 50, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = audit.data?.pages.flatMap((p) => p.items) ?? [];
  const unavailable = audit.data?.pages.at(-1)?.unavailable ?? [];

  return (
    <DeskPage title={t('audit.title')}>
      <Flex gap={8} wrap>
        <Input
          allowClear
          placeholder={t('audit.action')}
          aria-label={t('audit.action')}
          value={action}
          onChange={(e) => setAction(e.target.value)}
          style={{ width: 180 }}
        />
        <Input
          allowClear
          placeholder={t('audit.recordType')}
          aria-label={t('audit.recordType')}
          value={recordType}
          onChange={(e) => setRecordType(e.target.value)}
          style={{ width: 150 }}
        />
        <Input
          allowClear
          placeholder={t('audit.recordId')}
          aria-label={t('audit.recordId')}
          value={recordId}
          onChange={(e) => setRecordId(e.target.value)}
          style={{ width: 200 }}
        />
        <Input
          allowClear
          placeholder={t('audit.actorId')}
          aria-label={t('audit.actorId')}
          value={actorId}
          onChange={(e) => setActorId(e.target.value)}
          style={{ width: 200 }}
        />
        <Select
          allowClear
          placeholder={t('audit.outcome')}
          aria-label={t('audit.outcome')}
          value={outcome}
          onChange={setOutcome}
          style={{ width: 130 }}
          options={[
            { value: 'allowed', label: t('audit.allowed') },
            { value: 'denied', label: t('audit.denied') },
          ]}
        />
        <DatePicker.RangePicker
          showTime
          allowEmpty={[true, true]}
          value={range}
          onChange={(v) => setRange(v)}
          aria-label={t('audit.period')}
        />
      </Flex>
      {unavailable.length ? (
        <Alert type="warning" showIcon title={t('audit.unavailable', { services: unavailable.join(', ') })} />
      ) : null}
      <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />
      <Table<Entry>
        rowKey="id"
        size="small"
        loading={audit.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1000 }}
        expandable={{
          expandedRowRender: (e) => (
            <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {JSON.stringify(
                { details: e.details, ip: e.ip, requestId: e.requestId, recordId: e.recordId },
                null,
                2,
              )}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          { title: t('audit.time'), key: 'time', width: 170, render: (_, e) => formatDateTime(e.occurredAt) },
          { title: t('audit.service'), dataIndex: 'service', width: 110 },
          { title: t('audit.action'), dataIndex: 'action' },
          {
            title: t('audit.record'),
            key: 'record',
            render: (_, e) => `${e.recordType}${e.recordId ? ` · ${e.recordId.slice(0, 8)}…` : ''}`,
          },
          {
            title: t('audit.actor'),
            key: 'actor',
            render: (_, e) => `${e.actorRoles || '—'}${e.actorId ? ` · ${e.actorId.slice(0, 8)}…` : ''}`,
          },
          {
            title: t('audit.outcome'),
            key: 'outcome',
            width: 100,
            render: (_, e) => (
              <Tag color={e.outcome === 'denied' ? TAG_COLORS.red : TAG_COLORS.green}>
                {t(`audit.${e.outcome}`)}
              </Tag>
            ),
          },
        ]}
      />
      <LoadMore query={audit} />
    </DeskPage>
  );
}
