import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Radio, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { fieldErrors } from '../../api/errors';
import { counsellingKeys, useEnrolments, useIntake } from '../../components/counselling/queries';
import { answersFromForm } from '../../components/counselling/survey';
import { SurveyFields } from '../../components/counselling/SurveyFields';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/time';

type Phase = Schemas['MeasurePhase'];
type Values = Record<string, unknown> & { enrolmentId: string; phase: Phase };

/**
 * Pre and post measures: a member's answers to the programme's (scored) intake survey at the start or
 * the end, scored by the service; recorded again, a measure is corrected. The report is built from them.
 */
export function MeasuresCard({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const intake = useIntake(programmeId);
  const members = useEnrolments(programmeId);
  const key = counsellingKeys.part(programmeId, 'measures');
  const measures = useQuery({
    queryKey: key,
    queryFn: () =>
      unwrap(
        api.GET('/api/programmes/{programmeId}/outcomes/measures', { params: { path: { programmeId } } }),
      ),
  });
  const survey = intake.data?.definition;
  const record = useMutation({
    mutationFn: ({ enrolmentId, phase, ...answers }: Values) =>
      unwrap(
        api.POST('/api/programmes/{programmeId}/outcomes/measures', {
          params: { path: { programmeId } },
          body: { enrolmentId, phase, survey: 'intake', answers: answersFromForm(survey!, answers) },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: counsellingKeys.part(programmeId, 'outcomes') });
    },
    onError: (e) =>
      form.setFields(
        fieldErrors(e).map((f) => ({ name: f.name.replace(/^answers\./, ''), errors: f.errors })),
      ),
  });
  const name = new Map((members.data ?? []).map((m) => [m.id, m.displayName]));

  return (
    <Card size="small" title={t('counselling.measures.title')}>
      <ErrorAlert error={measures.error ?? intake.error} style={{ marginBottom: 12 }} />
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={measures.isPending}
        dataSource={measures.data ?? []}
        locale={{ emptyText: <span className="muted">{t('counselling.outcomes.noMeasures')}</span> }}
        columns={[
          {
            title: t('counselling.members.name'),
            dataIndex: 'enrolmentId',
            render: (id: string) => name.get(id) ?? '—',
          },
          {
            title: t('counselling.outcomes.instrument'),
            dataIndex: 'instrument',
            render: (i: string) => i.toUpperCase(),
          },
          {
            title: t('counselling.measures.phase'),
            dataIndex: 'phase',
            render: (p: Phase) => t(`counselling.measures.${p}`),
          },
          { title: t('counselling.applicants.score'), dataIndex: 'score' },
          {
            title: t('counselling.measures.recordedAt'),
            dataIndex: 'recordedAt',
            render: (v: string) => formatDateTime(v),
          },
        ]}
      />
      {survey ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ phase: 'pre' }}
          onFinish={(v) => record.mutate(v)}
          style={{ marginTop: 16, maxWidth: 640 }}
        >
          <Form.Item
            name="enrolmentId"
            label={t('counselling.members.name')}
            rules={[{ required: true, message: t('counselling.measures.memberRequired') }]}
          >
            <Select
              aria-label={t('counselling.members.name')}
              options={(members.data ?? [])
                .filter((m) => m.status === 'active')
                .map((m) => ({ value: m.id, label: m.displayName }))}
            />
          </Form.Item>
          <Form.Item name="phase" label={t('counselling.measures.phase')}>
            <Radio.Group
              options={(['pre', 'post'] as const).map((p) => ({
                value: p,
                label: t(`counselling.measures.${p}`),
              }))}
            />
          </Form.Item>
          <SurveyFields survey={survey} />
          <ErrorAlert error={record.error} style={{ marginBottom: 12 }} />
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            {t('counselling.measures.record')}
          </Button>
        </Form>
      ) : intake.isPending ? null : (
        <Alert type="info" showIcon title={t('counselling.measures.needsIntake')} style={{ marginTop: 12 }} />
      )}
    </Card>
  );
}
