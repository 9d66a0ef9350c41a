import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { fieldErrors } from '../../api/errors';
import { FormDrawer } from '../../components/FormDrawer';
import {
  sessionBody,
  sessionFormValues,
  SCREENER_CERTIFICATION,
  type SessionFormValues,
} from './session-form';

type Session = Schemas['ScreeningSessionView'];

/** Schedule a screening session, or change one: where, when, and the screeners it needs. */
export function SessionFormDrawer({
  campaign,
  session,
  onClose,
}: {
  campaign: Schemas['CampaignView'];
  session?: Session;
  onClose: (saved?: Session) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SessionFormValues>();
  const save = useMutation({
    mutationFn: (v: SessionFormValues) => {
      const body = sessionBody(v);
      return session
        ? unwrap(api.PATCH('/api/sessions/{id}', { params: { path: { id: session.id } }, body }))
        : unwrap(api.POST('/api/campaigns/{id}/sessions', { params: { path: { id: campaign.id } }, body }));
    },
    onSuccess: (saved) => onClose(saved),
    onError: (e) =>
      form.setFields(
        fieldErrors(e)
          .filter((f) => !f.name.startsWith('venue') && f.name !== 'startsAt' && f.name !== 'endsAt')
          .map((f) => ({ name: f.name.split('.') as never, errors: f.errors })),
      ),
  });

  return (
    <FormDrawer
      size={600}
      title={session ? t('screeningSessions.editTitle') : t('screeningSessions.newTitle')}
      saving={save.isPending}
      error={save.isError ? save.error : null}
      onSave={() => form.submit()}
      onClose={() => onClose()}
    >
      <Form<SessionFormValues>
        form={form}
        layout="vertical"
        initialValues={sessionFormValues(session, t('screeningSessions.screenerRole'))}
        onFinish={(v) => save.mutate(v)}
      >
        {session ? (
          <Alert
            type="info"
            showIcon
            title={t('screeningSessions.changeExplain')}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Form.Item
          name="community"
          label={t('screeningSessions.community')}
          rules={[{ required: true, message: t('screeningSessions.communityRequired') }]}
        >
          {/* A campaign without targets takes any community; one with targets only those. */}
          {campaign.targets.length ? (
            <Select
              options={campaign.targets.map((x) => ({ value: x.community, label: x.community }))}
              placeholder={t('screeningSessions.communityPick')}
            />
          ) : (
            <Input maxLength={100} />
          )}
        </Form.Item>
        <Form.Item
          name="venueName"
          label={t('screeningSessions.venue')}
          rules={[{ required: true, whitespace: true, message: t('screeningSessions.venueRequired') }]}
        >
          <Input maxLength={200} placeholder={t('screeningSessions.venueExample')} />
        </Form.Item>
        <Form.Item
          name="venueAddress"
          label={t('screeningSessions.address')}
          rules={[{ required: true, whitespace: true, message: t('screeningSessions.addressRequired') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="time"
          label={t('screeningSessions.time')}
          extra={t('screeningSessions.timeHint')}
          rules={[{ required: true, message: t('screeningSessions.timeRequired') }]}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm', minuteStep: 15 }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            aria-label={t('screeningSessions.time')}
            placeholder={[t('common.from'), t('common.to')]}
          />
        </Form.Item>
        <Typography.Text strong>{t('screeningSessions.roles')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>
          {t('screeningSessions.rolesHint', { certification: SCREENER_CERTIFICATION })}
        </Typography.Paragraph>
        <Form.List
          name="roles"
          rules={[
            {
              validator: (_, roles?: unknown[]) =>
                roles?.length
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('screeningSessions.rolesRequired'))),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="baseline" wrap>
                  <Form.Item
                    name={[field.name, 'name']}
                    style={{ flex: '2 1 160px' }}
                    rules={[
                      { required: true, whitespace: true, message: t('screeningSessions.roleNameRequired') },
                    ]}
                  >
                    <Input
                      maxLength={100}
                      placeholder={t('screeningSessions.roleName')}
                      aria-label={t('screeningSessions.roleNameN', { n: i + 1 })}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'count']}
                    style={{ flex: '1 1 80px' }}
                    rules={[{ required: true, message: t('screeningSessions.countRequired') }]}
                  >
                    <InputNumber
                      min={1}
                      max={50}
                      precision={0}
                      style={{ width: '100%' }}
                      placeholder={t('screeningSessions.count')}
                      aria-label={t('screeningSessions.countN', { n: i + 1 })}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'certifications']} style={{ flex: '2 1 160px' }}>
                    <Select
                      mode="tags"
                      placeholder={t('screeningSessions.certifications')}
                      aria-label={t('screeningSessions.certificationsN', { n: i + 1 })}
                      options={[{ value: SCREENER_CERTIFICATION, label: SCREENER_CERTIFICATION }]}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined aria-hidden />}
                    aria-label={t('screeningSessions.removeRole', { n: i + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ count: 1, certifications: [] })}
              >
                {t('screeningSessions.addRole')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}
