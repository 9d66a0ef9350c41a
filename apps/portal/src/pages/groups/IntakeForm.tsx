import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { fieldErrors } from '../../api/errors';
import { counsellingKeys } from '../../components/counselling/queries';
import { answersFromForm } from '../../components/counselling/survey';
import { SurveyFields } from '../../components/counselling/SurveyFields';
import { ErrorAlert } from '../../components/ErrorAlert';

type Intake = Schemas['IntakeView'];

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
        <SurveyFields survey={intake.definition} />
        <ErrorAlert error={apply.error} style={{ marginBottom: 12 }} />
        <Button type="primary" htmlType="submit" block size="large" loading={apply.isPending}>
          {t('groups.intake.submit')}
        </Button>
      </Form>
    </Card>
  );
}
