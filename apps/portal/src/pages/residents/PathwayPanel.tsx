import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Descriptions, Form, Input, Steps, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState, TableEmpty } from '../../components/QueryState';
import { TextPromptModal } from '../../components/TextPromptModal';
import { formatDateTime, formatLocalDate, nowInZone } from '../../lib/time';
import { usePathway } from './queries';
import { TAG_COLORS } from '../../components/tag-colors';

type Pathway = Schemas['ResidentPathwayView'];
type FollowUp = Schemas['FollowUpView'];
type Referral = Schemas['ReferralView'];

const INTERVALS = [7, 14, 30, 60, 90, 180];

/** Where the resident stands: the stages, the stage-2 re-check, referrals with outcomes, follow-ups. */
export function PathwayPanel({ residentId, reason }: { residentId: string; reason: string }) {
  const { t } = useTranslation();
  const pathway = usePathway(residentId, reason);
  return (
    <section className="panel" aria-label={t('residentPage.pathwayTitle')}>
      <h2>{t('residentPage.pathwayTitle')}</h2>
      <QueryState query={pathway}>
        {(p) => (
          <div className="stack">
            <Stages pathway={p} />
            <Stage2Tasks pathway={p} />
            <Referrals referrals={p.referrals} />
            <FollowUps residentId={residentId} pathway={p} />
          </div>
        )}
      </QueryState>
    </section>
  );
}

function Stages({ pathway }: { pathway: Pathway }) {
  const { t } = useTranslation();
  const s = pathway.stages;
  const referral = pathway.referrals[0];
  const step = (done: boolean, positive: boolean) =>
    done
      ? t(positive ? 'screeningForms.classification.positive' : 'screeningForms.classification.negative')
      : t('residentPage.notYet');
  const current = !s.stage1Done
    ? 0
    : !s.stage1Positive
      ? 1
      : !s.stage2Done
        ? 1
        : !s.stage2Positive
          ? 2
          : referral?.outcome
            ? 3
            : 2;
  return (
    <Steps
      size="small"
      current={current}
      items={[
        { title: t('residentPage.stage1'), description: step(s.stage1Done, s.stage1Positive) },
        { title: t('residentPage.stage2'), description: step(s.stage2Done, s.stage2Positive) },
        {
          title: t('residentPage.referral'),
          description: referral
            ? t(`residentPage.referralStatus.${referral.status}`)
            : t('residentPage.notYet'),
        },
        {
          title: t('residentPage.outcome'),
          description: referral?.outcome?.diagnosisCategory
            ? t(`residentPage.diagnosis.${referral.outcome.diagnosisCategory}`, {
                defaultValue: referral.outcome.diagnosisCategory,
              })
            : t('residentPage.notYet'),
        },
      ]}
    />
  );
}

function Stage2Tasks({ pathway }: { pathway: Pathway }) {
  const { t } = useTranslation();
  if (pathway.stage2Tasks.length === 0) return null;
  return (
    <div>
      <h3>{t('residentPage.stage2Tasks')}</h3>
      <ul>
        {pathway.stage2Tasks.map((task) => (
          <li key={task.id}>
            {t('residentPage.stage2Due', { date: formatLocalDate(task.dueOn) })}{' '}
            <Tag
              color={
                task.status === 'open' ? (task.overdue ? TAG_COLORS.red : TAG_COLORS.blue) : TAG_COLORS.green
              }
            >
              {task.overdue && task.status === 'open'
                ? t('residentPage.overdue')
                : t(`residentPage.taskStatus.${task.status}`, { defaultValue: task.status })}
            </Tag>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Referrals({ referrals }: { referrals: Referral[] }) {
  const { t } = useTranslation();
  if (referrals.length === 0) return null;
  return (
    <div>
      <h3>{t('residentPage.referrals')}</h3>
      {referrals.map((r) => (
        <Descriptions
          key={r.id}
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'status',
              label: t('residentPage.col.state'),
              children: (
                <>
                  <Tag color={r.overdue ? TAG_COLORS.red : TAG_COLORS.blue}>
                    {t(`residentPage.referralStatus.${r.status}`)}
                  </Tag>
                  {r.overdue ? <Tag color={TAG_COLORS.red}>{t('residentPage.overdue')}</Tag> : null}
                </>
              ),
            },
            { key: 'score', label: t('residentPage.referralScore'), children: `${r.version} · ${r.score}` },
            {
              key: 'created',
              label: t('residentPage.referralCreated'),
              children: formatDateTime(r.createdAt),
            },
            {
              key: 'sent',
              label: t('residentPage.referralSent'),
              children: r.sentAt ? formatDateTime(r.sentAt) : '—',
            },
            {
              key: 'outcome',
              label: t('residentPage.outcome'),
              span: 2,
              children: r.outcome
                ? [
                    t(`residentPage.outcomeStatus.${r.outcome.status}`, { defaultValue: r.outcome.status }),
                    r.outcome.diagnosisCategory
                      ? t(`residentPage.diagnosis.${r.outcome.diagnosisCategory}`, {
                          defaultValue: r.outcome.diagnosisCategory,
                        })
                      : null,
                    r.outcome.advice,
                    `${r.outcome.recordedBy} · ${formatDateTime(r.outcome.recordedAt)}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')
                : t('residentPage.notYet'),
            },
          ]}
        />
      ))}
    </div>
  );
}

function FollowUps({ residentId, pathway }: { residentId: string; pathway: Pathway }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [recording, setRecording] = useState<FollowUp | null>(null);
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: ['screening', 'residents', residentId] });
  return (
    <div>
      <h3>{t('residentPage.followUps')}</h3>
      <Table<FollowUp>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={pathway.followUps}
        locale={{ emptyText: <TableEmpty text={t('residentPage.noFollowUps')} /> }}
        columns={[
          { title: t('residentPage.col.kind'), render: (_, f) => t(`residentPage.followUpKind.${f.kind}`) },
          { title: t('residentPage.col.due'), render: (_, f) => (f.dueOn ? formatLocalDate(f.dueOn) : '—') },
          {
            title: t('residentPage.col.state'),
            render: (_, f) =>
              f.status === 'done' ? (
                <Tag color={TAG_COLORS.green}>{t('residentPage.followUpDone')}</Tag>
              ) : f.overdue ? (
                <Tag color={TAG_COLORS.red}>{t('residentPage.followUpMissed')}</Tag>
              ) : (
                <Tag color={TAG_COLORS.blue}>{t('residentPage.followUpPlanned')}</Tag>
              ),
          },
          {
            title: t('residentPage.col.done'),
            render: (_, f) => (f.doneAt ? `${formatDateTime(f.doneAt)}${f.note ? ` · ${f.note}` : ''}` : '—'),
          },
          {
            title: t('common.actions'),
            render: (_, f) =>
              f.status === 'planned' ? (
                <Button size="small" onClick={() => setRecording(f)}>
                  {t('residentPage.recordDone')}
                </Button>
              ) : null,
          },
        ]}
      />
      <PlanForm residentId={residentId} referralId={pathway.referrals[0]?.id} onPlanned={refresh} />
      {recording ? (
        <TextPromptModal
          title={t('residentPage.recordDoneTitle', {
            kind: t(`residentPage.followUpKind.${recording.kind}`),
          })}
          label={t('residentPage.note')}
          okText={t('residentPage.recordDone')}
          required={false}
          onSubmit={(note) =>
            unwrap(
              api.POST('/api/residents/{id}/follow-ups', {
                params: { path: { id: residentId } },
                body: { followUpId: recording.id, doneAt: new Date().toISOString(), note: note || undefined },
              }),
            )
          }
          onClose={(done) => {
            setRecording(null);
            if (done) refresh();
          }}
        />
      ) : null}
    </div>
  );
}

interface Plan {
  startsOn: string;
  intervals: number[];
  training?: string;
  education?: string;
}

/** Visits at chosen intervals from a day, and interventions on their days. */
function PlanForm({
  residentId,
  referralId,
  onPlanned,
}: {
  residentId: string;
  referralId?: string;
  onPlanned: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Plan>();
  const plan = useMutation({
    mutationFn: (v: Plan) =>
      unwrap(
        api.POST('/api/residents/{id}/follow-up-plan', {
          params: { path: { id: residentId } },
          body: {
            startsOn: v.startsOn,
            visitIntervalsDays: [...v.intervals].sort((a, b) => a - b),
            interventions: [
              ...(v.training ? [{ kind: 'cognitive_training' as const, dueOn: v.training }] : []),
              ...(v.education ? [{ kind: 'carer_education' as const, dueOn: v.education }] : []),
            ],
            referralId,
          },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      onPlanned();
    },
  });
  return (
    <Form
      form={form}
      layout="vertical"
      style={{ marginTop: 12 }}
      initialValues={{ startsOn: nowInZone().format('YYYY-MM-DD'), intervals: [30, 90] }}
      onFinish={(v) => plan.mutate(v)}
      aria-label={t('residentPage.planTitle')}
    >
      <h3>{t('residentPage.planTitle')}</h3>
      <Form.Item name="startsOn" label={t('residentPage.planStartsOn')} rules={[{ required: true }]}>
        <Input type="date" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        name="intervals"
        label={t('residentPage.planIntervals')}
        // A validator rather than `required`: antd would put aria-required on the group, which axe refuses.
        rules={[
          {
            validator: (_, value: number[] | undefined) =>
              value?.length
                ? Promise.resolve()
                : Promise.reject(new Error(t('residentPage.planIntervalsRequired'))),
          },
        ]}
      >
        <Checkbox.Group
          options={INTERVALS.map((d) => ({ value: d, label: t('residentPage.days', { count: d }) }))}
        />
      </Form.Item>
      <Form.Item name="training" label={t('residentPage.followUpKind.cognitive_training')}>
        <Input type="date" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="education" label={t('residentPage.followUpKind.carer_education')}>
        <Input type="date" style={{ width: 200 }} />
      </Form.Item>
      <ErrorAlert error={plan.error} />
      <Button htmlType="submit" type="primary" loading={plan.isPending}>
        {t('residentPage.plan')}
      </Button>
    </Form>
  );
}
