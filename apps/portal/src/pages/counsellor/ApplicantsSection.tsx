import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Descriptions, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { counsellingKeys, useIntake } from '../../components/counselling/queries';
import { answerSummary, CONSENT_VERSION, ruleKey } from '../../components/counselling/survey';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableEmpty } from '../../components/QueryState';
import { TAG_COLORS } from '../../components/tag-colors';
import { TextPromptModal } from '../../components/TextPromptModal';
import { formatDateTime } from '../../lib/time';
import { ApplicationStatusTag } from '../../components/counselling/tags';

type Application = Schemas['ApplicationDetailView'];
type Decision = Schemas['DecideDto']['decision'];

/** The applicant queue: score, band, eligibility and answers; accept, waitlist or refer; consent and enrol. */
export function ApplicantsSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const intake = useIntake(programmeId);
  const [referring, setReferring] = useState<Application | null>(null);
  const [enrolling, setEnrolling] = useState<Application | null>(null);
  const queue = useQuery({
    queryKey: counsellingKeys.part(programmeId, 'applications'),
    queryFn: () =>
      unwrap(
        api.GET('/api/programmes/{programmeId}/applications', {
          params: { path: { programmeId }, query: { limit: 100 } },
        }),
      ),
  });
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: counsellingKeys.programme(programmeId) });
  const decide = useMutation({
    mutationFn: ({ id, decision, reason }: { id: string; decision: Decision; reason?: string }) =>
      unwrap(
        api.POST('/api/programmes/{programmeId}/applications/{applicationId}/decision', {
          params: { path: { programmeId, applicationId: id } },
          body: { decision, ...(reason ? { reason } : {}) },
        }),
      ),
    onSuccess: (a) => {
      void message.success(t('counselling.applicants.decided', { name: a.displayName }));
      refresh();
    },
  });

  const actions = (a: Application) => {
    const button = (decision: Decision, primary = false) => (
      <Button
        key={decision}
        size="small"
        type={primary ? 'primary' : 'default'}
        loading={decide.isPending && decide.variables?.id === a.id && decide.variables.decision === decision}
        onClick={() => (decision === 'refer' ? setReferring(a) : decide.mutate({ id: a.id, decision }))}
        aria-label={`${t(`counselling.decision.${decision}`)} ${a.displayName}`}
      >
        {t(`counselling.decision.${decision}`)}
      </Button>
    );
    switch (a.status) {
      case 'submitted':
        return [button('accept', a.eligible), button('waitlist'), button('refer')];
      case 'waitlisted':
        return [button('accept'), button('refer')];
      case 'accepted':
        return [
          <Button
            key="enrol"
            size="small"
            type="primary"
            onClick={() => setEnrolling(a)}
            aria-label={`${t('counselling.applicants.enrol')} ${a.displayName}`}
          >
            {t('counselling.applicants.enrol')}
          </Button>,
          button('waitlist'),
        ];
      default:
        return [];
    }
  };

  return (
    <Card size="small">
      <ErrorAlert error={queue.error ?? decide.error} onRetry={() => void queue.refetch()} />
      <Table<Application>
        rowKey="id"
        size="small"
        loading={queue.isPending}
        dataSource={queue.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <TableEmpty text={t('counselling.applicants.none')} /> }}
        expandable={{
          expandedRowRender: (a) =>
            intake.data ? (
              <Descriptions
                size="small"
                column={1}
                items={answerSummary(intake.data.definition, a.answers).map((row) => ({
                  key: row.id,
                  label: row.question,
                  children: row.answer,
                }))}
              />
            ) : null,
        }}
        columns={[
          { title: t('counselling.applicants.name'), dataIndex: 'displayName' },
          {
            title: t('counselling.applicants.score'),
            dataIndex: 'score',
            render: (score: number | null) => score ?? '—',
          },
          {
            title: t('counselling.applicants.band'),
            dataIndex: 'band',
            render: (band: string | null) =>
              band ? t(`counselling.band.${band}`, { defaultValue: band }) : '—',
          },
          {
            title: t('counselling.applicants.eligibility'),
            key: 'eligible',
            render: (_, a) =>
              a.eligible ? (
                <Tag color={TAG_COLORS.green}>{t('counselling.applicants.eligible')}</Tag>
              ) : (
                <Space orientation="vertical" size={0}>
                  <Tag color={TAG_COLORS.orange}>{t('counselling.applicants.ineligible')}</Tag>
                  <Typography.Text type="secondary">
                    {a.unmet
                      .map((m) =>
                        t('counselling.applicants.unmet', { rule: t(ruleKey(m), { defaultValue: m }) }),
                      )
                      .join(t('common.listSeparator'))}
                  </Typography.Text>
                </Space>
              ),
          },
          {
            title: t('counselling.applicants.status'),
            key: 'status',
            render: (_, a) => (
              <Space orientation="vertical" size={0}>
                <ApplicationStatusTag status={a.status} />
                {a.decisionReason ? (
                  <Typography.Text type="secondary">{a.decisionReason}</Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('counselling.applicants.appliedAt'),
            dataIndex: 'createdAt',
            render: (v: string) => formatDateTime(v),
          },
          { title: t('common.actions'), key: 'actions', render: (_, a) => <Space wrap>{actions(a)}</Space> },
        ]}
      />
      {referring ? (
        <TextPromptModal
          title={t('counselling.applicants.referTitle', { name: referring.displayName })}
          label={t('counselling.applicants.referReason')}
          okText={t('counselling.decision.refer')}
          onSubmit={(reason) => decide.mutateAsync({ id: referring.id, decision: 'refer', reason })}
          onClose={() => setReferring(null)}
        />
      ) : null}
      {enrolling ? (
        <EnrolModal
          programmeId={programmeId}
          application={enrolling}
          onClose={() => {
            setEnrolling(null);
            refresh();
          }}
        />
      ) : null}
    </Card>
  );
}

/** Records the applicant's consent (both texts, with their version and the time), then enrols them. */
function EnrolModal({
  programmeId,
  application,
  onClose,
}: {
  programmeId: string;
  application: Application;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [participation, setParticipation] = useState(false);
  const [dataProcessing, setDataProcessing] = useState(false);
  const recording = participation && dataProcessing;
  const enrol = useMutation({
    mutationFn: async () => {
      const applicationId = application.id;
      // Ticked: the counsellor records the signed form's consent; unticked: the applicant consented themselves.
      if (recording)
        await unwrap(
          api.POST('/api/programmes/{programmeId}/applications/{applicationId}/consent', {
            params: { path: { programmeId, applicationId } },
            body: {
              participationVersion: CONSENT_VERSION,
              dataProcessingVersion: CONSENT_VERSION,
              agreed: true,
            },
          }),
        );
      return unwrap(
        api.POST('/api/programmes/{programmeId}/enrolments', {
          params: { path: { programmeId } },
          body: { applicationId },
        }),
      );
    },
    onSuccess: (e) => {
      void message.success(t('counselling.applicants.enrolled', { name: e.displayName }));
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('counselling.applicants.enrolTitle', { name: application.displayName })}
      okText={recording ? t('counselling.applicants.enrolConfirm') : t('counselling.applicants.enrol')}
      okButtonProps={{ disabled: participation !== dataProcessing }}
      cancelText={t('common.close')}
      confirmLoading={enrol.isPending}
      onOk={() => enrol.mutate()}
      onCancel={onClose}
    >
      <ErrorAlert error={enrol.error} style={{ marginBottom: 12 }} />
      <p>{t('counselling.applicants.consentExplain', { version: CONSENT_VERSION })}</p>
      <Space orientation="vertical">
        <Checkbox checked={participation} onChange={(e) => setParticipation(e.target.checked)}>
          {t('counselling.consent.participation')}
        </Checkbox>
        <Checkbox checked={dataProcessing} onChange={(e) => setDataProcessing(e.target.checked)}>
          {t('counselling.consent.dataProcessing')}
        </Checkbox>
      </Space>
    </Modal>
  );
}
