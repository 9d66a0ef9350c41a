import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, unwrap, type Schemas } from '../../api/client';
import { errorMessage, fieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TAG_COLORS } from '../../components/tag-colors';
import { formatDateTime } from '../../lib/time';

type Shift = Schemas['ShiftView'];
interface Values {
  insurer: string;
  policyNumber: string;
  period: [Dayjs, Dayjs];
}

/**
 * The shift's accident insurance on its page: record the policy (the shift then requires it), send the
 * insurer the list of confirmed volunteers as XLSX (marked as sent), and see who was confirmed after it
 * went and is not covered yet.
 */
export function ShiftInsuranceCard({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Values>();
  const key = ['insurance', shift.id];
  const insurance = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/api/shifts/{id}/insurance', { params: { path: { id: shift.id } } })),
  });
  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.PUT('/api/shifts/{id}/insurance', {
          params: { path: { id: shift.id } },
          body: {
            insurer: v.insurer,
            policyNumber: v.policyNumber,
            coversFrom: v.period[0].format('YYYY-MM-DD'),
            coversTo: v.period[1].format('YYYY-MM-DD'),
          },
        }),
      ),
    onSuccess: (view) => {
      queryClient.setQueryData(key, view);
      setEditing(false);
      void message.success(t('insurance.saved'));
    },
    onError: (e) =>
      form.setFields(
        fieldErrors(e).map((f) => ({
          name: (f.name === 'coversFrom' || f.name === 'coversTo' ? 'period' : f.name) as keyof Values,
          errors: f.errors,
        })),
      ),
  });
  const send = useMutation({
    mutationFn: () => download(`/api/shifts/${shift.id}/insurance/insured-list`, 'insured.xlsx', 'POST'),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void message.success(t('insurance.sent'));
    },
    onError: (e) => void message.error(errorMessage(t, e)),
  });

  const view = insurance.data;
  return (
    <Card
      size="small"
      title={
        <span>
          <SafetyCertificateOutlined aria-hidden /> {t('insurance.title')}
        </span>
      }
      extra={
        view?.required && !editing ? (
          <Button size="small" onClick={() => setEditing(true)}>
            {t('insurance.edit')}
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={insurance.error} onRetry={() => void insurance.refetch()} />
      {view && (!view.required || editing) ? (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={
            view.policy
              ? {
                  insurer: view.policy.insurer,
                  policyNumber: view.policy.policyNumber,
                  period: [dayjs(view.policy.coversFrom), dayjs(view.policy.coversTo)],
                }
              : undefined
          }
          onFinish={(v) => save.mutate(v)}
        >
          {view.required ? null : <Alert type="info" showIcon title={t('insurance.notRequired')} />}
          <Flex gap={12} wrap>
            <Form.Item
              name="insurer"
              label={t('insurance.insurer')}
              rules={[{ required: true, whitespace: true, message: t('insurance.insurerRequired') }]}
              style={{ minWidth: 240 }}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="policyNumber"
              label={t('insurance.policyNumber')}
              rules={[{ required: true, whitespace: true, message: t('insurance.policyNumberRequired') }]}
              style={{ minWidth: 200 }}
            >
              <Input maxLength={64} />
            </Form.Item>
            <Form.Item
              name="period"
              label={t('insurance.period')}
              rules={[{ required: true, message: t('insurance.periodRequired') }]}
            >
              <DatePicker.RangePicker aria-label={t('insurance.period')} />
            </Form.Item>
          </Flex>
          <ErrorAlert error={fieldErrors(save.error).length ? null : save.error} />
          <Button htmlType="submit" type="primary" loading={save.isPending}>
            {t('insurance.save')}
          </Button>
        </Form>
      ) : null}
      {view?.required && view.policy && !editing ? (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('insurance.insurer')}>{view.policy.insurer}</Descriptions.Item>
            <Descriptions.Item label={t('insurance.policyNumber')}>
              {view.policy.policyNumber}
            </Descriptions.Item>
            <Descriptions.Item label={t('insurance.period')}>
              {t('insurance.periodValue', { from: view.policy.coversFrom, to: view.policy.coversTo })}
            </Descriptions.Item>
            <Descriptions.Item label={t('insurance.listSent')}>
              {view.listSentAt ? formatDateTime(view.listSentAt) : t('insurance.listNotSent')}
            </Descriptions.Item>
          </Descriptions>
          {view.notCovered > 0 ? (
            <Alert
              type="warning"
              showIcon
              role="alert"
              style={{ margin: '8px 0' }}
              title={t('insurance.notCoveredAlert', { count: view.notCovered })}
            />
          ) : null}
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={send.isPending}
            onClick={() => send.mutate()}
            style={{ margin: '8px 0' }}
          >
            {t(view.listSentAt ? 'insurance.sendAgain' : 'insurance.send')}
          </Button>
          <Table<Schemas['InsuredPersonView']>
            size="small"
            rowKey="volunteerId"
            pagination={false}
            dataSource={view.people}
            locale={{ emptyText: t('insurance.nobody') }}
            columns={[
              { title: t('insurance.name'), dataIndex: 'name' },
              { title: t('insurance.studentNumber'), dataIndex: 'studentNumber' },
              {
                title: t('insurance.status'),
                key: 'status',
                render: (_, p) =>
                  p.onSentList ? (
                    <Tag color={TAG_COLORS.green}>{t('insurance.onList')}</Tag>
                  ) : p.notCovered ? (
                    <Tag color={TAG_COLORS.red}>{t('insurance.notCovered')}</Tag>
                  ) : (
                    <Tag>{t('insurance.notSentYet')}</Tag>
                  ),
              },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
