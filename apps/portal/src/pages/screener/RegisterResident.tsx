import { readIdNumber } from '@linkage/screening-rules';
import { Alert, Button, Checkbox, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { EducationFields } from '../../components/screening/EducationFields';
import { Panel } from '../../components/Panel';

type Body = Schemas['RegisterResidentDto'];
type ConsentKind = Schemas['ConsentKind'];

/** The version of the consent text read out to the resident, recorded with each consent. */
export const CONSENT_TEXT_VERSION = 'MP-2026.1';
const CONSENT_KINDS: ConsentKind[] = ['screening', 'data_processing', 'hospital_sharing'];
const REQUIRED: ConsentKind[] = ['screening', 'data_processing'];

interface Details {
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  education?: { level?: Schemas['EducationLevel']; years?: number | null };
  informant?: { name?: string; relation?: string; phone?: string };
}

const blank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/**
 * Registering a resident at the session: the consents first (screening and data processing are needed to
 * go on; sharing with the hospital may be refused), then who they are. The ID number is optional and
 * checked as the service checks it (shape, check character, birth date and sex).
 */
export function RegisterResident({
  campaignId,
  sessionId,
  community,
  saving,
  onRegister,
  onCancel,
}: {
  campaignId: string;
  sessionId: string;
  community: string;
  saving: boolean;
  onRegister: (body: Body) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [consents, setConsents] = useState<Record<ConsentKind, boolean> | null>(null);

  if (!consents) return <ConsentStep onDone={setConsents} onCancel={onCancel} />;
  return (
    <DetailsStep
      saving={saving}
      onCancel={onCancel}
      onSubmit={(d) => {
        const takenAt = new Date().toISOString();
        const informant = d.informant?.name?.trim()
          ? {
              name: d.informant.name.trim(),
              relation: blank(d.informant.relation),
              phone: blank(d.informant.phone),
            }
          : undefined;
        onRegister({
          campaignId,
          sessionId,
          community,
          name: d.name.trim(),
          sex: d.sex,
          birthDate: d.birthDate,
          idNumber: blank(d.idNumber),
          phone: blank(d.phone),
          address: blank(d.address),
          education:
            d.education?.level && typeof d.education.years === 'number'
              ? { level: d.education.level, years: d.education.years }
              : undefined,
          informant,
          consents: CONSENT_KINDS.map((kind) => ({
            kind,
            granted: consents[kind],
            textVersion: CONSENT_TEXT_VERSION,
            takenAt,
          })),
        });
      }}
      title={t('screener.registerTitle')}
    />
  );
}

function ConsentStep({
  onDone,
  onCancel,
}: {
  onDone: (consents: Record<ConsentKind, boolean>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [given, setGiven] = useState<Record<ConsentKind, boolean>>({
    screening: false,
    data_processing: false,
    hospital_sharing: false,
  });
  const ready = REQUIRED.every((k) => given[k]);
  return (
    <Panel aria-label={t('screener.consentTitle')}>
      <h2>{t('screener.consentTitle')}</h2>
      <p className="muted">{t('screener.consentVersion', { version: CONSENT_TEXT_VERSION })}</p>
      <div className="stack">
        {CONSENT_KINDS.map((kind) => (
          <div key={kind} className="consent-item">
            <Checkbox
              checked={given[kind]}
              onChange={(e) => setGiven((g) => ({ ...g, [kind]: e.target.checked }))}
            >
              <strong>{t(`screener.consent.${kind}`)}</strong>
            </Checkbox>
            <p className="muted">{t(`screener.consentText.${kind}`)}</p>
          </div>
        ))}
      </div>
      {!ready ? <Alert type="info" showIcon title={t('screener.consentNeeded')} /> : null}
      <div className="button-row">
        <Button size="large" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" size="large" disabled={!ready} onClick={() => onDone(given)}>
          {t('screener.consentNext')}
        </Button>
      </div>
    </Panel>
  );
}

function DetailsStep({
  title,
  saving,
  onSubmit,
  onCancel,
}: {
  title: string;
  saving: boolean;
  onSubmit: (details: Details) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Details>();
  return (
    <Panel aria-label={title}>
      <h2>{title}</h2>
      <Form form={form} layout="vertical" size="large" onFinish={onSubmit}>
        <Form.Item
          name="name"
          label={t('screener.field.name')}
          rules={[{ required: true, whitespace: true, message: t('screener.field.nameRequired') }]}
        >
          <Input autoComplete="off" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="sex"
          label={t('screener.field.sex')}
          rules={[{ required: true, message: t('screener.field.sexRequired') }]}
        >
          <Radio.Group
            optionType="button"
            options={[
              { value: 'female', label: t('screener.sex.female') },
              { value: 'male', label: t('screener.sex.male') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="birthDate"
          label={t('screener.field.birthDate')}
          rules={[{ required: true, message: t('screener.field.birthDateRequired') }]}
        >
          <Input type="date" max={new Date().toISOString().slice(0, 10)} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('screener.field.idNumber')}
          extra={t('screener.field.idNumberHelp')}
          dependencies={['birthDate', 'sex']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => {
                const problem = idNumberProblem(
                  value,
                  getFieldValue('birthDate') as string,
                  getFieldValue('sex') as string,
                );
                return problem
                  ? Promise.reject(new Error(t(`screener.idProblem.${problem}`)))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <Input autoComplete="off" maxLength={22} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('screener.field.phone')}
          rules={[
            { pattern: /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, message: t('screener.field.phoneInvalid') },
          ]}
        >
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="address" label={t('screener.field.address')}>
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
        <EducationFields form={form} />
        <fieldset className="form-group">
          <legend>{t('screener.field.informant')}</legend>
          <Form.Item name={['informant', 'name']} label={t('screener.field.informantName')}>
            <Input autoComplete="off" maxLength={50} />
          </Form.Item>
          <Form.Item name={['informant', 'relation']} label={t('screener.field.informantRelation')}>
            <Input autoComplete="off" maxLength={20} />
          </Form.Item>
          <Form.Item
            name={['informant', 'phone']}
            label={t('screener.field.informantPhone')}
            rules={[
              { pattern: /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, message: t('screener.field.phoneInvalid') },
            ]}
          >
            <Input inputMode="tel" autoComplete="off" />
          </Form.Item>
        </fieldset>
        <div className="button-row">
          <Button size="large" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" size="large" htmlType="submit" loading={saving}>
            {t('screener.registerSubmit')}
          </Button>
        </div>
      </Form>
    </Panel>
  );
}

/** The service's reading of the ID number, and whether it agrees with the birth date and sex entered. */
export function idNumberProblem(
  value: string | undefined,
  birthDate: string | undefined,
  sex: string | undefined,
): string | null {
  if (!value?.trim()) return null;
  const reading = readIdNumber(value);
  if (!reading.ok) return reading.problem;
  if (birthDate && reading.facts.birthDate !== birthDate) return 'birth_date_mismatch';
  if (sex && reading.facts.sex !== sex) return 'sex_mismatch';
  return null;
}
