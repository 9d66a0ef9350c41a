import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { counsellingKeys, useIntake } from '../../components/counselling/queries';
import { ruleKey } from '../../components/counselling/survey';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/time';

type Programme = Schemas['ProgrammeView'];
type Intake = Schemas['IntakeView'];

/** The intake survey: publish the built-in FTND one, or see the survey students answer. */
export function IntakeSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const intake = useIntake(programme.id);
  const publish = useMutation({
    mutationFn: (current: Intake | null) =>
      unwrap(
        api.PUT('/api/programmes/{programmeId}/intake', {
          params: { path: { programmeId: programme.id } },
          body: current
            ? { definition: current.definition, eligibility: current.eligibility, publish: true }
            : { template: 'ftnd', publish: true },
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(counsellingKeys.part(programme.id, 'intake'), saved),
  });

  return (
    <QueryState query={intake}>
      {(survey) => (
        <div className="stack">
          <ErrorAlert error={publish.error} />
          {survey === null ? (
            <Alert
              type="warning"
              showIcon
              title={t('counselling.intake.none')}
              description={t('counselling.intake.ftndExplain')}
              action={
                <Button type="primary" loading={publish.isPending} onClick={() => publish.mutate(null)}>
                  {t('counselling.intake.publishFtnd')}
                </Button>
              }
            />
          ) : survey.publishedAt === null ? (
            <Alert
              type="warning"
              showIcon
              title={t('counselling.intake.draft')}
              action={
                <Button type="primary" loading={publish.isPending} onClick={() => publish.mutate(survey)}>
                  {t('counselling.intake.publish')}
                </Button>
              }
            />
          ) : (
            <Alert
              type="success"
              showIcon
              title={t('counselling.intake.published', { time: formatDateTime(survey.publishedAt) })}
            />
          )}
          {survey ? <SurveyView survey={survey} /> : null}
        </div>
      )}
    </QueryState>
  );
}

function SurveyView({ survey }: { survey: Intake }) {
  const { t } = useTranslation();
  const d = survey.definition;
  return (
    <Card size="small" title={t('counselling.intake.questions', { instrument: d.instrument.toUpperCase() })}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'version', label: t('counselling.intake.version'), children: survey.version },
          {
            key: 'bands',
            label: t('counselling.intake.bands'),
            children: (
              <Space wrap>
                {d.bands.map((b) => (
                  <Tag key={b.label}>
                    {b.min}–{b.max} {t(`counselling.band.${b.label}`, { defaultValue: b.label })}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            key: 'eligibility',
            label: t('counselling.intake.eligibility'),
            children: survey.eligibility
              .map((r) => t(ruleKey(r.message), { defaultValue: r.message }))
              .join(t('common.listSeparator')),
          },
        ]}
      />
      <List
        size="small"
        dataSource={d.questions}
        renderItem={(q, i) => (
          <List.Item>
            <List.Item.Meta
              title={`${i + 1}. ${q.text}`}
              description={
                <Typography.Text type="secondary">
                  {t(`counselling.questionType.${q.type}`)}
                  {q.options ? `：${q.options.map((o) => o.label).join(' / ')}` : ''}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
