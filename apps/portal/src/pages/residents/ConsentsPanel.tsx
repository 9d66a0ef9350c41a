import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Radio, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextPromptModal } from '../../components/TextPromptModal';
import { formatDateTime } from '../../lib/time';
import { CONSENT_TEXT_VERSION } from '../screener/RegisterResident';
import { TAG_COLORS } from '../../components/tag-colors';

type Resident = Schemas['ResidentView'];
type Consent = Schemas['ResidentConsentView'];
type Kind = Schemas['ConsentKind'];
const KINDS: Kind[] = ['screening', 'data_processing', 'hospital_sharing'];

/** Every consent recorded (oldest first); record a new one or withdraw a granted one (with a reason). */
export function ConsentsPanel({ resident }: { resident: Resident }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [withdrawing, setWithdrawing] = useState<Kind | null>(null);
  const [form] = Form.useForm<{ kind: Kind; granted: boolean }>();
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: ['screening', 'residents', resident.id] });
  const record = useMutation({
    mutationFn: (v: { kind: Kind; granted: boolean }) =>
      unwrap(
        api.POST('/api/residents/{id}/consents', {
          params: { path: { id: resident.id } },
          body: { ...v, textVersion: CONSENT_TEXT_VERSION },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      refresh();
    },
  });
  return (
    <section className="panel" aria-label={t('residentPage.consentsTitle')}>
      <h2>{t('residentPage.consentsTitle')}</h2>
      <Table<Consent>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={resident.consents}
        columns={[
          { title: t('residentPage.col.consent'), render: (_, c) => t(`screener.consent.${c.kind}`) },
          {
            title: t('residentPage.col.state'),
            render: (_, c) =>
              c.withdrawnAt ? (
                <Tag color={TAG_COLORS.grey}>{t('residentPage.consentWithdrawn')}</Tag>
              ) : c.granted ? (
                <Tag color={TAG_COLORS.green}>{t('residentPage.consentGranted')}</Tag>
              ) : (
                <Tag color={TAG_COLORS.red}>{t('residentPage.consentRefused')}</Tag>
              ),
          },
          { title: t('residentPage.col.version'), dataIndex: 'textVersion' },
          { title: t('residentPage.col.takenAt'), render: (_, c) => formatDateTime(c.takenAt) },
          {
            title: t('residentPage.col.withdrawal'),
            render: (_, c) =>
              c.withdrawnAt
                ? `${formatDateTime(c.withdrawnAt)}${c.withdrawalReason ? ` · ${c.withdrawalReason}` : ''}`
                : '—',
          },
          {
            title: t('common.actions'),
            render: (_, c) =>
              c.granted && !c.withdrawnAt ? (
                <Button size="small" danger onClick={() => setWithdrawing(c.kind)}>
                  {t('residentPage.withdraw')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Form
        form={form}
        layout="inline"
        style={{ marginTop: 12, rowGap: 8 }}
        initialValues={{ granted: true }}
        onFinish={(v) => record.mutate(v)}
        aria-label={t('residentPage.recordConsent')}
      >
        <Form.Item name="kind" rules={[{ required: true, message: t('residentPage.consentKindRequired') }]}>
          <Radio.Group
            optionType="button"
            options={KINDS.map((k) => ({ value: k, label: t(`screener.consent.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="granted">
          <Radio.Group
            options={[
              { value: true, label: t('residentPage.consentGranted') },
              { value: false, label: t('residentPage.consentRefused') },
            ]}
          />
        </Form.Item>
        <Button htmlType="submit" loading={record.isPending}>
          {t('residentPage.recordConsent')}
        </Button>
      </Form>
      <p className="muted">{t('screener.consentVersion', { version: CONSENT_TEXT_VERSION })}</p>
      <ErrorAlert error={record.error} />
      {withdrawing ? (
        <TextPromptModal
          title={t('residentPage.withdrawTitle', { kind: t(`screener.consent.${withdrawing}`) })}
          label={t('common.reason')}
          okText={t('residentPage.withdraw')}
          danger
          onSubmit={(reason) =>
            unwrap(
              api.POST('/api/residents/{id}/consents/withdraw', {
                params: { path: { id: resident.id } },
                body: { kind: withdrawing, reason },
              }),
            )
          }
          onClose={(done) => {
            setWithdrawing(null);
            if (done) refresh();
          }}
        />
      ) : null}
    </section>
  );
}
