import { useMutation, useQueryClient } from '@tanstack/react-query';
import { INSTRUMENTS, type Answers, type InstrumentDefinition } from '@linkage/screening-rules';
import { Button, Descriptions, Flex, Form, Radio, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState, TableEmpty } from '../../components/QueryState';
import { EducationFields } from '../../components/screening/EducationFields';
import { InstrumentForm, localised } from '../../components/screening/InstrumentForm';
import { instrumentName } from '../../components/screening/instrument-preview';
import { ResultSummary } from '../../components/screening/ResultSummary';
import { formatDateTime } from '../../lib/time';
import { ConsentsPanel } from './ConsentsPanel';
import { PathwayPanel } from './PathwayPanel';
import { useCampaign, useResident, useResults } from './queries';
import { TAG_COLORS } from '../../components/tag-colors';

type Resident = Schemas['ResidentView'];

/** Reasons a coordinator reads a resident's record; kept with the read in the audit trail. */
const REASONS = ['stage2', 'referral', 'followUp', 'correction'] as const;

/**
 * A resident of a campaign, for the coordinator: who they are (decrypted, read with a reason), their
 * consents, the pathway (stages, the stage-2 re-check, referrals and outcomes, follow-ups), a stage-2
 * MMSE or MoCA entered with the same forms the screeners use, and the follow-up plan.
 */
export default function ResidentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [reason, setReason] = useState<string | null>(null);
  const resident = useResident(id, reason);
  return (
    <DeskPage title={resident.data ? resident.data.name : t('residentPage.title')}>
      {reason ? (
        <QueryState query={resident}>{(r) => <ResidentRecord resident={r} reason={reason} />}</QueryState>
      ) : (
        <ReasonGate onReason={setReason} />
      )}
    </DeskPage>
  );
}

function ReasonGate({ onReason }: { onReason: (reason: string) => void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<(typeof REASONS)[number]>('stage2');
  return (
    <section className="panel" aria-label={t('residentPage.reasonTitle')}>
      <h2>{t('residentPage.reasonTitle')}</h2>
      <p className="muted">{t('residentPage.reasonExplain')}</p>
      <Radio.Group
        value={choice}
        onChange={(e) => setChoice(e.target.value as (typeof REASONS)[number])}
        options={REASONS.map((r) => ({ value: r, label: t(`residentPage.reason.${r}`) }))}
      />
      <div style={{ marginTop: 12 }}>
        <Button type="primary" onClick={() => onReason(t(`residentPage.reason.${choice}`))}>
          {t('residentPage.open')}
        </Button>
      </div>
    </section>
  );
}

function ResidentRecord({ resident, reason }: { resident: Resident; reason: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: t('screener.field.name'), children: resident.name },
          { key: 'sex', label: t('screener.field.sex'), children: t(`screener.sex.${resident.sex}`) },
          { key: 'birth', label: t('screener.field.birthDate'), children: resident.birthDate },
          { key: 'community', label: t('residentPage.community'), children: resident.community },
          { key: 'id', label: t('screener.field.idNumber'), children: resident.idNumber ?? '—' },
          { key: 'phone', label: t('screener.field.phone'), children: resident.phone ?? '—' },
          { key: 'address', label: t('screener.field.address'), children: resident.address ?? '—' },
          {
            key: 'education',
            label: t('residentPage.education'),
            children: resident.education
              ? t('residentPage.educationValue', {
                  level: t(`screeningForms.education.${resident.education.level}`),
                  years: resident.education.years,
                })
              : t('residentPage.educationUnknown'),
          },
          {
            key: 'informant',
            label: t('screener.field.informant'),
            children: resident.informant
              ? [resident.informant.name, resident.informant.relation, resident.informant.phone]
                  .filter(Boolean)
                  .join(' · ')
              : '—',
          },
          {
            key: 'registered',
            label: t('residentPage.registered'),
            children: formatDateTime(resident.createdAt),
          },
        ]}
      />
      <ConsentsPanel resident={resident} />
      <PathwayPanel residentId={resident.id} reason={reason} />
      <ResultsPanel resident={resident} reason={reason} />
      <Stage2Panel resident={resident} />
    </>
  );
}

function ResultsPanel({ resident, reason }: { resident: Resident; reason: string }) {
  const { t } = useTranslation();
  const results = useResults(resident.id, reason);
  return (
    <section className="panel" aria-label={t('residentPage.resultsTitle')}>
      <h2>{t('residentPage.resultsTitle')}</h2>
      <Table<Schemas['ResultView']>
        size="small"
        rowKey="id"
        loading={results.isPending}
        dataSource={results.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <TableEmpty text={t('residentPage.noResults')} /> }}
        columns={[
          { title: t('residentPage.col.administered'), render: (_, r) => formatDateTime(r.administeredAt) },
          { title: t('residentPage.col.stage'), render: (_, r) => t('residentPage.stageN', { n: r.stage }) },
          {
            title: t('residentPage.col.instrument'),
            render: (_, r) => `${instrumentName(r.instrument)} (${r.version})`,
          },
          {
            title: t('residentPage.col.total'),
            render: (_, r) =>
              r.educationAdjusted
                ? t('screeningForms.resultAdjusted', { raw: r.rawTotal, total: r.total })
                : r.total,
          },
          {
            title: t('residentPage.col.classification'),
            render: (_, r) => (
              <Tag color={r.classification === 'positive' ? TAG_COLORS.red : TAG_COLORS.green}>
                {t(`screeningForms.classification.${r.classification}`)}
              </Tag>
            ),
          },
        ]}
      />
    </section>
  );
}

/** Education first (stage-2 cut-offs depend on it), then the MMSE or MoCA the campaign uses. */
function Stage2Panel({ resident }: { resident: Resident }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const campaign = useCampaign(resident.campaignId);
  const versions = campaign.data?.instruments.stage2 ?? [];
  const definitions = versions
    .map((v) => INSTRUMENTS.get(v))
    .filter((d): d is InstrumentDefinition => d !== undefined);
  const [chosen, setChosen] = useState<string | null>(null);
  const definition = definitions.find((d) => d.version === chosen) ?? definitions[0];
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: ['screening', 'residents', resident.id] });

  const record = useMutation({
    mutationFn: (answers: Answers) =>
      unwrap(
        api.POST('/api/residents/{id}/results', {
          params: { path: { id: resident.id } },
          body: { clientId, version: definition.version, answers },
        }),
      ),
    onSuccess: () => {
      setClientId(crypto.randomUUID());
      refresh();
    },
  });
  return (
    <section className="panel" aria-label={t('residentPage.stage2Title')}>
      <h2>{t('residentPage.stage2Title')}</h2>
      <EducationForm resident={resident} onSaved={refresh} />
      {definitions.length > 1 ? (
        <Segmented
          value={definition?.version}
          onChange={(v) => {
            setChosen(v);
            record.reset();
          }}
          options={definitions.map((d) => ({ value: d.version, label: localised(d.name, i18n.language) }))}
        />
      ) : null}
      {record.data ? (
        <div className="stack" style={{ marginTop: 12 }}>
          <ResultSummary result={record.data} />
          <Button onClick={() => record.reset()}>{t('residentPage.enterAnother')}</Button>
        </div>
      ) : definition ? (
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={record.error} />
          <InstrumentForm
            key={`${definition.version}-${clientId}`}
            definition={definition}
            education={resident.education}
            saving={record.isPending}
            onSave={(answers) => record.mutate(answers)}
          />
        </div>
      ) : null}
    </section>
  );
}

function EducationForm({ resident, onSaved }: { resident: Resident; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ education: { level: Schemas['EducationLevel']; years: number } }>();
  const [editing, setEditing] = useState(!resident.education);
  const save = useMutation({
    mutationFn: (education: { level: Schemas['EducationLevel']; years: number }) =>
      unwrap(
        api.PUT('/api/residents/{id}/education', { params: { path: { id: resident.id } }, body: education }),
      ),
    onSuccess: () => {
      setEditing(false);
      onSaved();
    },
  });
  if (!editing && resident.education)
    return (
      <Flex gap={8} align="center" wrap>
        <span>
          {t('residentPage.educationValue', {
            level: t(`screeningForms.education.${resident.education.level}`),
            years: resident.education.years,
          })}
        </span>
        <Button size="small" onClick={() => setEditing(true)}>
          {t('common.edit')}
        </Button>
      </Flex>
    );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ education: resident.education ?? undefined }}
      onFinish={(v) => save.mutate(v.education)}
      aria-label={t('residentPage.educationTitle')}
    >
      <p>{t('residentPage.educationNeeded')}</p>
      <EducationFields form={form} required />
      <ErrorAlert error={save.error} />
      <Button htmlType="submit" type="primary" loading={save.isPending}>
        {t('residentPage.saveEducation')}
      </Button>
    </Form>
  );
}
