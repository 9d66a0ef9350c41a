import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorMessage, fieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PhonePage } from '../../components/PhonePage';
import { QueryState } from '../../components/QueryState';
import { formatDateTime, formatLocalDate } from '../../lib/time';
import { keys, useMyProfile } from './queries';

/** The version of the personal-information notice the volunteer agrees to. */
export const PRIVACY_POLICY_VERSION = '2026-01';

const TIMES = Array.from(
  { length: 49 },
  (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
);
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

type Volunteer = Schemas['VolunteerView'];
interface Values {
  department?: string;
  major?: string;
  className?: string;
  mobile?: string;
  skills?: string[];
  availability?: Schemas['AvailabilitySlotDto'][];
  emergencyName?: string;
  emergencyPhone?: string;
  nationalVolunteerNumber?: string;
}

export default function ProfilePage() {
  const { t } = useTranslation();
  const profile = useMyProfile();
  return (
    <PhonePage title={t('profile.title')} back="/v/me">
      <QueryState query={profile}>
        {(volunteer) => (
          <>
            <ProfileForm volunteer={volunteer} />
            <Certifications volunteer={volunteer} />
            <Consent volunteer={volunteer} />
          </>
        )}
      </QueryState>
    </PhonePage>
  );
}

function ProfileForm({ volunteer }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.PATCH('/api/volunteers/{id}', {
          params: { path: { id: volunteer.id } },
          body: {
            department: v.department || undefined,
            major: v.major || undefined,
            className: v.className || undefined,
            mobile: v.mobile,
            skills: v.skills ?? [],
            availability: v.availability ?? [],
            emergencyContact:
              v.emergencyName && v.emergencyPhone ? { name: v.emergencyName, phone: v.emergencyPhone } : null,
            nationalVolunteerNumber: v.nationalVolunteerNumber?.trim() ? v.nationalVolunteerNumber : null,
          },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(keys.me, updated);
      // Shown as kept: capitals, without the spaces and dashes typed to group it.
      form.setFieldValue('nationalVolunteerNumber', updated.nationalVolunteerNumber ?? '');
      void message.success(t('profile.saved'));
    },
    onError: (e) =>
      form.setFields(fieldErrors(e).map((f) => ({ name: f.name as keyof Values, errors: f.errors }))),
  });
  return (
    <Card size="small" title={t('profile.details')}>
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('profile.name')}>{volunteer.name}</Descriptions.Item>
        <Descriptions.Item label={t('profile.studentNumber')}>{volunteer.studentNumber}</Descriptions.Item>
      </Descriptions>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          department: volunteer.department ?? '',
          major: volunteer.major ?? '',
          className: volunteer.className ?? '',
          mobile: volunteer.mobile,
          skills: volunteer.skills,
          availability: volunteer.availability,
          emergencyName: volunteer.emergencyContact?.name ?? '',
          emergencyPhone: volunteer.emergencyContact?.phone ?? '',
          nationalVolunteerNumber: volunteer.nationalVolunteerNumber ?? '',
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="nationalVolunteerNumber"
          label={t('nationalNumber.label')}
          extra={t('nationalNumber.hint')}
          rules={[{ pattern: /^[A-Za-z0-9\s-]*$/, message: t('nationalNumber.invalid') }]}
        >
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
        <Form.Item name="department" label={t('profile.department')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="major" label={t('profile.major')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="className" label={t('profile.className')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('profile.mobile')}
          rules={[{ required: true, pattern: /^1\d{10}$/, message: t('profile.mobileInvalid') }]}
        >
          <Input inputMode="tel" autoComplete="tel" />
        </Form.Item>
        <Form.Item name="skills" label={t('profile.skills')} extra={t('profile.skillsHint')}>
          <Select mode="tags" tokenSeparators={[',', '，']} maxCount={20} aria-label={t('profile.skills')} />
        </Form.Item>
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          {t('profile.availability')}
        </Typography.Title>
        <Form.List name="availability">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={4} align="baseline">
                  <Form.Item
                    name={[field.name, 'weekday']}
                    rules={[{ required: true, message: t('profile.weekdayRequired') }]}
                    style={{ flex: 1 }}
                  >
                    <Select
                      aria-label={t('profile.weekday')}
                      options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'from']}
                    rules={[{ required: true, message: t('profile.timeRequired') }]}
                    style={{ flex: 1 }}
                  >
                    <Select
                      aria-label={t('profile.from')}
                      options={TIMES.slice(0, -1).map((v) => ({ value: v, label: v }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'to']}
                    rules={[{ required: true, message: t('profile.timeRequired') }]}
                    style={{ flex: 1 }}
                  >
                    <Select
                      aria-label={t('profile.to')}
                      options={TIMES.slice(1).map((v) => ({ value: v, label: v }))}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined aria-hidden />}
                    aria-label={t('profile.removeSlot')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ weekday: 6, from: '09:00', to: '12:00' })}
                style={{ marginBottom: 16 }}
              >
                {t('profile.addSlot')}
              </Button>
            </>
          )}
        </Form.List>
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          {t('profile.emergencyContact')}
        </Typography.Title>
        <Flex gap={8}>
          <Form.Item name="emergencyName" label={t('profile.emergencyName')} style={{ flex: 1 }}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="emergencyPhone" label={t('profile.emergencyPhone')} style={{ flex: 1 }}>
            <Input inputMode="tel" />
          </Form.Item>
        </Flex>
        <ErrorAlert error={save.isError ? save.error : null} style={{ marginBottom: 8 }} />
        <Button type="primary" htmlType="submit" block loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

function Certifications({ volunteer }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('profile.certifications')}>
      {volunteer.certifications.length === 0 ? (
        <Typography.Text type="secondary">{t('profile.noCertifications')}</Typography.Text>
      ) : (
        <Flex gap={4} wrap>
          {volunteer.certifications.map((c) => (
            <Tag key={c.id} color="purple">
              {c.name}
              {c.expiresOn ? ` · ${t('profile.validUntil', { date: formatLocalDate(c.expiresOn) })}` : ''}
            </Tag>
          ))}
        </Flex>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('profile.certificationsHint')}
      </Typography.Paragraph>
    </Card>
  );
}

function Consent({ volunteer }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const give = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/volunteers/{id}/consent', {
          params: { path: { id: volunteer.id } },
          body: { policyVersion: PRIVACY_POLICY_VERSION },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.me }),
  });
  const current = volunteer.consent;
  const upToDate = current?.policyVersion === PRIVACY_POLICY_VERSION;
  return (
    <Card size="small" title={t('profile.consent')}>
      <Typography.Paragraph>
        {t('profile.consentText', { version: PRIVACY_POLICY_VERSION })}
      </Typography.Paragraph>
      {current ? (
        <Typography.Paragraph type="secondary">
          {t('profile.consentGiven', {
            version: current.policyVersion,
            time: formatDateTime(current.givenAt),
          })}
        </Typography.Paragraph>
      ) : null}
      {give.isError ? <Alert type="error" showIcon role="alert" title={errorMessage(t, give.error)} /> : null}
      {upToDate ? null : (
        <Button type="primary" block loading={give.isPending} onClick={() => give.mutate()}>
          {t('profile.consentAgree')}
        </Button>
      )}
    </Card>
  );
}
