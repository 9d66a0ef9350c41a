import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatLocalDate } from '../../lib/time';
import { mapLimit } from '../../lib/map-limit';

interface QueueRow {
  record: Schemas['HoursRecordView'];
  volunteer: Schemas['VolunteerView'];
  shiftTitle: string;
}

const MAX_PAGES = 10;

/**
 * Hours recorded at check-out and not yet verified. The API has no list of unverified hours across
 * volunteers, so the queue is gathered from each volunteer's hours (GET /api/volunteers/{id}/hours),
 * a few at a time; fine for a station's few hundred volunteers, and the one page to change when such an
 * endpoint exists.
 */
async function loadQueue(): Promise<QueueRow[]> {
  const volunteers: Schemas['VolunteerView'][] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await unwrap(api.GET('/api/volunteers', { params: { query: { limit: 100, cursor } } }));
    volunteers.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  const hours = await mapLimit(volunteers, 6, (v) =>
    unwrap(api.GET('/api/volunteers/{id}/hours', { params: { path: { id: v.id } } })),
  );
  const pending = volunteers.flatMap((volunteer, i) =>
    hours[i].records.filter((r) => r.status === 'recorded').map((record) => ({ record, volunteer })),
  );
  const shiftIds = [...new Set(pending.map((p) => p.record.shiftId))];
  const shifts = await mapLimit(shiftIds, 6, (id) =>
    unwrap(api.GET('/api/shifts/{id}', { params: { path: { id } } })).catch(() => null),
  );
  const titles = new Map(shiftIds.map((id, i) => [id, shifts[i]?.title ?? ''] as const));
  return pending
    .map((p) => ({ ...p, shiftTitle: titles.get(p.record.shiftId) ?? '' }))
    .sort((a, b) => a.record.serviceDate.localeCompare(b.record.serviceDate));
}

export default function HoursQueuePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<string[]>([]);
  const [adjusting, setAdjusting] = useState<QueueRow | null>(null);
  const queue = useQuery({ queryKey: ['hours', 'queue'], queryFn: loadQueue });

  const verify = useMutation({
    mutationFn: async (ids: string[]) => {
      const failures: { id: string; error: unknown }[] = [];
      for (const id of ids) {
        await unwrap(api.POST('/api/hours/{id}/verify', { params: { path: { id } } })).catch(
          (error: unknown) => failures.push({ id, error }),
        );
      }
      return { verified: ids.length - failures.length, failures };
    },
    onSuccess: ({ verified, failures }) => {
      if (verified) void message.success(t('hoursQueue.verified', { count: verified }));
      for (const f of failures) void message.error(errorMessage(t, f.error));
      setSelected([]);
      void queryClient.invalidateQueries({ queryKey: ['hours'] });
    },
  });

  return (
    <DeskPage
      title={t('hoursQueue.title')}
      extra={
        <Flex gap={8}>
          <Button onClick={() => void queue.refetch()} loading={queue.isFetching}>
            {t('common.refresh')}
          </Button>
          <Button
            type="primary"
            icon={<CheckOutlined aria-hidden />}
            disabled={selected.length === 0}
            loading={verify.isPending}
            onClick={() => verify.mutate(selected)}
          >
            {t('hoursQueue.verifySelected', { count: selected.length })}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('hoursQueue.explain')}</Typography.Paragraph>
      <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
      <Table<QueueRow>
        rowKey={(row) => row.record.id}
        loading={queue.isPending}
        dataSource={queue.data ?? []}
        locale={{ emptyText: <span className="muted">{t('hoursQueue.empty')}</span> }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        // No scroll.x here: with row selection antd adds an aria-hidden measuring row holding focusable
        // checkboxes, which axe rightly flags. The page scrolls sideways instead on a narrow screen.
        style={{ overflowX: 'auto' }}
        columns={[
          {
            title: t('hoursQueue.volunteer'),
            key: 'volunteer',
            render: (_, row) => `${row.volunteer.name}（${row.volunteer.studentNumber}）`,
          },
          {
            title: t('hoursQueue.date'),
            key: 'date',
            render: (_, row) => formatLocalDate(row.record.serviceDate),
          },
          {
            title: t('hoursQueue.shift'),
            key: 'shift',
            render: (_, row) => <Link to={`/c/shifts/${row.record.shiftId}`}>{row.shiftTitle || '—'}</Link>,
          },
          {
            title: t('hoursQueue.hours'),
            key: 'hours',
            render: (_, row) => (
              <Flex gap={4} align="center">
                <strong>{row.record.hours}</strong>
                {row.record.hours !== row.record.computedHours ? (
                  <Tag>{t('hoursQueue.computed', { hours: row.record.computedHours })}</Tag>
                ) : null}
                {Number(row.record.trimmedHours) > 0 ? (
                  <Tag>{t('hoursQueue.trimmed', { hours: row.record.trimmedHours })}</Tag>
                ) : null}
              </Flex>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, row) => (
              <Flex gap={4}>
                <Button size="small" type="primary" onClick={() => verify.mutate([row.record.id])}>
                  {t('hoursQueue.verify')}
                </Button>
                <Button
                  size="small"
                  icon={<EditOutlined aria-hidden />}
                  aria-label={t('hoursQueue.adjustNamed', { name: row.volunteer.name })}
                  onClick={() => setAdjusting(row)}
                >
                  {t('hoursQueue.adjust')}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      {adjusting ? (
        <AdjustModal
          row={adjusting}
          onClose={(saved) => {
            setAdjusting(null);
            if (saved) void queryClient.invalidateQueries({ queryKey: ['hours'] });
          }}
        />
      ) : null}
    </DeskPage>
  );
}

function AdjustModal({ row, onClose }: { row: QueueRow; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ hours: number; reason: string }>();
  const adjust = useMutation({
    mutationFn: (v: { hours: number; reason: string }) =>
      unwrap(
        api.PATCH('/api/hours/{id}', {
          params: { path: { id: row.record.id } },
          body: { hours: String(v.hours), reason: v.reason },
        }),
      ),
    onSuccess: () => onClose(true),
  });
  return (
    <Modal
      open
      title={t('hoursQueue.adjustTitle', { name: row.volunteer.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={adjust.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ hours: Number(row.record.hours) }}
        onFinish={(v) => adjust.mutate(v)}
      >
        {adjust.isError ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorMessage(t, adjust.error)}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Form.Item
          name="hours"
          label={t('hoursQueue.hours')}
          extra={t('hoursQueue.hoursHint')}
          rules={[{ required: true, message: t('hoursQueue.hoursRequired') }]}
        >
          <InputNumber min={0} max={8} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('common.reason')}
          rules={[{ required: true, message: t('common.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
