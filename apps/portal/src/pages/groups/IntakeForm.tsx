import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Radio, Slider, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { fieldErrors } from '../../api/errors';
import { counsellingKeys } from '../../components/counselling/queries';
import { answersFromForm } from '../../components/counselling/survey';
import { ErrorAlert } from '../../components/ErrorAlert';

type Intake = Schemas['IntakeView'];
type Question = Schemas['QuestionDto'];

/** One question's control, the direct child of its Form.Item (which hands it `value` and `onChange`). */
function answerControl(q: Question) {
  switch (q.type) {
    case 'choice':
      return (
        <Radio.Group>
          <Space orientation="vertical">
            {(q.options ?? []).map((o) => (
              <Radio key={o.value} value={o.value}>
                {o.label}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      );
    case 'number':
      return <InputNumber min={q.min} max={q.max} inputMode="numeric" style={{ width: '100%' }} />;
    case 'scale':
      return <Slider min={q.min} max={q.max} marks={{ [q.min ?? 0]: q.min, [q.max ?? 10]: q.max }} />;
    case 'text':
      return <Input.TextArea rows={3} maxLength={2000} />;
  }
}

/** The programme's intake survey, question by question, sent in one request. */
export function IntakeForm({ programmeId, intake }: { programmeId: string; intake: Intake }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Record<string, unknown>>();
  const apply = useMutation({
    mutationFn: (values: Record<string, unknown>) =>
      unwrap(
        api.POST('/api/programmes/{programmeId}/applications', {
          params: { path: { programmeId } },
          body: { answers: answersFromForm(intake.definition, values) },
        }),
      ),
    onSuccess: (application) =>
      queryClient.setQueryData(counsellingKeys.part(programmeId, 'application', 'me'), application),
    onError: (e) =>
      form.setFields(
        fieldErrors(e).map((f) => ({ name: f.name.replace(/^answers\./, ''), errors: f.errors })),
      ),
  });
  return (
    <Card size="small" title={t('groups.intake.title')}>
      <p className="muted">{t('groups.intake.explain')}</p>
      <Form form={form} layout="vertical" onFinish={(v) => apply.mutate(v)} scrollToFirstError>
        {intake.definition.questions.map((q, i) => (
          // A group named by the question, so its choices (是/否 in several questions) are told apart.
          <div key={q.id} role="group" aria-label={q.text}>
            <Form.Item
              name={q.id}
              label={`${i + 1}. ${q.text}`}
              rules={q.required === false ? [] : [{ required: true, message: t('groups.intake.required') }]}
            >
              {answerControl(q)}
            </Form.Item>
          </div>
        ))}
        <ErrorAlert error={apply.error} style={{ marginBottom: 12 }} />
        <Button type="primary" htmlType="submit" block size="large" loading={apply.isPending}>
          {t('groups.intake.submit')}
        </Button>
      </Form>
    </Card>
  );
}
