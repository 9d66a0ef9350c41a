import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Descriptions, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApplicationStatusTag } from '../../components/counselling/tags';
import { CONSENT_VERSION, ruleKey } from '../../components/counselling/survey';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/time';

type Application = Schemas['ApplicationView'];

/** The student's own result: score, band, whether they fit, where their application stands. */
export function ApplicationResult({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('groups.result.title')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'status',
            label: t('groups.result.status'),
            children: <ApplicationStatusTag status={a.status} />,
          },
          ...(a.score !== null
            ? [
                {
                  key: 'score',
                  label: t('groups.result.score'),
                  children: a.band
                    ? t('groups.result.scoreBand', {
                        score: a.score,
                        band: t(`counselling.band.${a.band}`, { defaultValue: a.band }),
                      })
                    : a.score,
                },
              ]
            : []),
          {
            key: 'eligible',
            label: t('groups.result.eligibility'),
            children: a.eligible
              ? t('groups.result.eligible')
              : t('groups.result.ineligible', {
                  rules: a.unmet
                    .map((m) => t(ruleKey(m), { defaultValue: m }))
                    .join(t('common.listSeparator')),
                }),
          },
          ...(a.decisionReason
            ? [{ key: 'reason', label: t('groups.result.reason'), children: a.decisionReason }]
            : []),
          { key: 'applied', label: t('groups.result.appliedAt'), children: formatDateTime(a.createdAt) },
        ]}
      />
      <Alert type="info" showIcon title={t(`groups.result.next.${a.status}`)} style={{ marginTop: 8 }} />
      {a.status === 'accepted' ? <Consent application={a} /> : null}
    </Card>
  );
}

/** An accepted applicant agrees to take part and to data processing; the counsellor then enrols them. */
function Consent({ application }: { application: Application }) {
  const { t } = useTranslation();
  const [participation, setParticipation] = useState(false);
  const [dataProcessing, setDataProcessing] = useState(false);
  const give = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/programmes/{programmeId}/applications/{applicationId}/consent', {
          params: { path: { programmeId: application.programmeId, applicationId: application.id } },
          body: {
            participationVersion: CONSENT_VERSION,
            dataProcessingVersion: CONSENT_VERSION,
            agreed: true,
          },
        }),
      ),
  });
  if (give.isSuccess)
    return <Alert type="success" showIcon title={t('groups.consent.given')} style={{ marginTop: 8 }} />;
  return (
    <Space orientation="vertical" style={{ marginTop: 12, width: '100%' }}>
      <div>{t('groups.consent.explain', { version: CONSENT_VERSION })}</div>
      <Checkbox checked={participation} onChange={(e) => setParticipation(e.target.checked)}>
        {t('counselling.consent.participation')}
      </Checkbox>
      <Checkbox checked={dataProcessing} onChange={(e) => setDataProcessing(e.target.checked)}>
        {t('counselling.consent.dataProcessing')}
      </Checkbox>
      <ErrorAlert error={give.error} />
      <Button
        type="primary"
        block
        disabled={!participation || !dataProcessing}
        loading={give.isPending}
        onClick={() => give.mutate()}
      >
        {t('groups.consent.give')}
      </Button>
    </Space>
  );
}
