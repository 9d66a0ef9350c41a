import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  AutoComplete,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Skeleton,
  TimePicker,
  type FormRule,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { fieldErrors } from '../../api/errors';
import { useAccount } from '../../auth/use-session';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EVENT_KEY, useEvent, type PartnerEvent } from '../../components/partner/queries';
import { nowInZone } from '../../lib/time';
import {
  EVENT_KINDS,
  formFieldOf,
  NEW_EVENT,
  toEventBody,
  toFormValues,
  type EventFormValues,
} from './event-form';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** A rule: this field must be filled when `other` is (the contact's name and phone go together). */
function neededWith(other: string[], message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_, value?: string) =>
      !value?.trim() && (getFieldValue(other) as string | undefined)?.trim()
        ? Promise.reject(new Error(message))
        : Promise.resolve(),
  });
}

/** Register an event (`/p/events/new`) or fix one that is a draft or was sent back (`/p/events/:id/edit`). */
export default function EventFormPage() {
  const { id } = useParams();
  const event = useEvent(id);
  if (!id) return <EventForm />;
  if (event.isPending) return <Skeleton active />;
  if (event.isError) return <ErrorAlert error={event.error} onRetry={() => void event.refetch()} />;
  return <EventForm event={event.data} />;
}

function EventForm({ event }: { event?: PartnerEvent }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const account = useAccount();
  const [form] = Form.useForm<EventFormValues>();
  const repeat = Form.useWatch('repeat', form);
  const organisation = useQuery({
    queryKey: ['organisations', account.organisationId],
    queryFn: () =>
      unwrap(api.GET('/api/organisations/{id}', { params: { path: { id: account.organisationId ?? '' } } })),
    enabled: !!account.organisationId,
  });

  const save = useMutation({
    mutationFn: async ({ values, submit }: { values: EventFormValues; submit: boolean }) => {
      const body = toEventBody(values);
      const saved = event
        ? await unwrap(
            api.PATCH('/api/events/{id}', {
              params: { path: { id: event.id } },
              body: { ...body, version: event.version },
            }),
          )
        : await unwrap(api.POST('/api/events', { body }));
      if (!submit) return saved;
      return unwrap(api.POST('/api/events/{id}/submit', { params: { path: { id: saved.id } }, body: {} }));
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: [EVENT_KEY] });
      void navigate(`/p/events/${saved.id}`);
    },
    onError: (e) =>
      form.setFields(
        fieldErrors(e).flatMap((f) => {
          const name = formFieldOf(f.name);
          return name ? [{ name: name as never, errors: f.errors }] : [];
        }),
      ),
  });
  const submitWith = (submit: boolean) =>
    void form.validateFields().then(
      (values) => save.mutate({ values, submit }),
      () => undefined,
    );
  const resubmit = event?.status === 'changes_requested';
  const title = event ? t('eventForm.editTitle', { title: event.title }) : t('eventForm.newTitle');

  return (
    <DeskPage title={title}>
      <Form<EventFormValues>
        form={form}
        layout="vertical"
        initialValues={event ? toFormValues(event) : NEW_EVENT}
        style={{ maxWidth: 880 }}
        scrollToFirstError
      >
        <ErrorAlert
          error={save.error}
          style={{ marginBottom: 12 }}
          description={fieldErrors(save.error)
            .filter((f) => !formFieldOf(f.name))
            .map((f) => `${f.name}: ${f.errors.join('; ')}`)
            .join('\n')}
        />
        <Card title={t('eventForm.sections.what')} size="small" style={{ marginBottom: 16 }}>
          <Form.Item
            name="title"
            label={t('eventForm.title')}
            rules={[{ required: true, whitespace: true, message: t('eventForm.titleRequired') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="kind" label={t('eventForm.kind')} rules={[{ required: true }]}>
            <Select
              aria-label={t('eventForm.kind')}
              options={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="description" label={t('eventForm.description')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Card>

        <Card title={t('eventForm.sections.where')} size="small" style={{ marginBottom: 16 }}>
          <Form.Item name="community" label={t('eventForm.community')}>
            <AutoComplete
              options={(organisation.data?.communities ?? []).map((c) => ({ value: c }))}
              maxLength={100}
            />
          </Form.Item>
          <Form.Item
            name={['venue', 'name']}
            label={t('eventForm.venue')}
            rules={[{ required: true, whitespace: true, message: t('eventForm.venueRequired') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name={['venue', 'address']} label={t('eventForm.address')}>
            <Input maxLength={300} />
          </Form.Item>
        </Card>

        <Card title={t('eventForm.sections.when')} size="small" style={{ marginBottom: 16 }}>
          <Flex gap={16} wrap>
            <Form.Item
              name="date"
              label={t('eventForm.date')}
              rules={[{ required: true, message: t('eventForm.dateRequired') }]}
            >
              <DatePicker format="YYYY-MM-DD" disabledDate={(d) => d.isBefore(nowInZone().startOf('day'))} />
            </Form.Item>
            <Form.Item
              name="time"
              label={t('eventForm.time')}
              extra={t('eventForm.timeHint')}
              rules={[{ required: true, message: t('eventForm.timeRequired') }]}
            >
              <TimePicker.RangePicker format="HH:mm" minuteStep={5} order={false} />
            </Form.Item>
          </Flex>
          <Form.Item name="repeat" label={t('eventForm.repeat')}>
            <Radio.Group
              options={(['once', 'weekly'] as const).map((r) => ({
                value: r,
                label: t(`eventForm.repeats.${r}`),
              }))}
            />
          </Form.Item>
          {repeat === 'weekly' ? (
            <Flex gap={16} wrap>
              <Form.Item
                name="daysOfWeek"
                label={t('eventForm.daysOfWeek')}
                rules={[{ required: true, type: 'array', min: 1, message: t('eventForm.daysRequired') }]}
              >
                <Checkbox.Group options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))} />
              </Form.Item>
              <Form.Item
                name="until"
                label={t('eventForm.until')}
                extra={t('eventForm.untilHint')}
                dependencies={['date']}
                rules={[
                  { required: true, message: t('eventForm.untilRequired') },
                  ({ getFieldValue }) => ({
                    validator: (_, value: EventFormValues['until']) => {
                      const date = getFieldValue('date') as EventFormValues['date'] | undefined;
                      return value && date && value.isBefore(date, 'day')
                        ? Promise.reject(new Error(t('eventForm.untilBeforeDate')))
                        : Promise.resolve();
                    },
                  }),
                ]}
              >
                <DatePicker format="YYYY-MM-DD" />
              </Form.Item>
            </Flex>
          ) : null}
        </Card>

        <Card title={t('eventForm.sections.roles')} size="small" style={{ marginBottom: 16 }}>
          <Form.List
            name="roles"
            rules={[
              {
                validator: (_, roles?: unknown[]) =>
                  roles?.length ? Promise.resolve() : Promise.reject(new Error(t('eventForm.rolesRequired'))),
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <div className="stack">
                {fields.map((field, index) => (
                  <fieldset key={field.key} className="role-row">
                    <legend>{t('eventForm.roleN', { n: index + 1 })}</legend>
                    <Flex gap={12} wrap align="start">
                      <Form.Item
                        name={[field.name, 'name']}
                        label={t('eventForm.roleName')}
                        rules={[
                          { required: true, whitespace: true, message: t('eventForm.roleNameRequired') },
                        ]}
                        style={{ flex: '2 1 180px' }}
                      >
                        <Input maxLength={100} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'count']}
                        label={t('eventForm.roleCount')}
                        rules={[{ required: true, message: t('eventForm.roleCountRequired') }]}
                        style={{ flex: '1 1 100px' }}
                      >
                        <InputNumber min={1} max={500} style={{ width: '100%' }} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'signupMode']}
                        label={t('eventForm.signupMode')}
                        style={{ flex: '1 1 160px' }}
                      >
                        <Radio.Group
                          options={(['auto', 'approval'] as const).map((m) => ({
                            value: m,
                            label: t(`signUpMode.${m}`),
                          }))}
                        />
                      </Form.Item>
                    </Flex>
                    <Flex gap={12} wrap align="start">
                      <Form.Item
                        name={[field.name, 'requiredSkills']}
                        label={t('eventForm.skills')}
                        style={{ flex: '1 1 240px' }}
                      >
                        <Select
                          mode="tags"
                          tokenSeparators={[',', '，']}
                          aria-label={t('eventForm.skillsOf', { n: index + 1 })}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'requiredCertifications']}
                        label={t('eventForm.certifications')}
                        style={{ flex: '1 1 240px' }}
                      >
                        <Select
                          mode="tags"
                          tokenSeparators={[',', '，']}
                          aria-label={t('eventForm.certificationsOf', { n: index + 1 })}
                        />
                      </Form.Item>
                    </Flex>
                    {fields.length > 1 ? (
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined aria-hidden />}
                        onClick={() => remove(field.name)}
                      >
                        {t('eventForm.removeRole', { n: index + 1 })}
                      </Button>
                    ) : null}
                  </fieldset>
                ))}
                <Form.ErrorList errors={errors} />
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ name: '', count: 2, signupMode: 'auto', requiredSkills: [] })}
                  disabled={fields.length >= 20}
                >
                  {t('eventForm.addRole')}
                </Button>
              </div>
            )}
          </Form.List>
        </Card>

        <Card title={t('eventForm.sections.contact')} size="small" style={{ marginBottom: 16 }}>
          <Flex gap={16} wrap>
            <Form.Item
              name={['contact', 'name']}
              label={t('eventForm.contactName')}
              style={{ flex: '1 1 200px' }}
              dependencies={[['contact', 'phone']]}
              rules={[neededWith(['contact', 'phone'], t('eventForm.contactNameRequired'))]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name={['contact', 'phone']}
              label={t('eventForm.contactPhone')}
              style={{ flex: '1 1 200px' }}
              dependencies={[['contact', 'name']]}
              rules={[
                { pattern: /^[0-9+\-() ]{5,40}$/, message: t('eventForm.phoneInvalid') },
                neededWith(['contact', 'name'], t('eventForm.contactPhoneRequired')),
              ]}
            >
              <Input maxLength={40} inputMode="tel" />
            </Form.Item>
          </Flex>
        </Card>

        <Flex gap={8} wrap justify="end">
          <Button onClick={() => void navigate(event ? `/p/events/${event.id}` : '/p/events')}>
            {t('common.cancel')}
          </Button>
          <Button loading={save.isPending} onClick={() => submitWith(false)}>
            {event ? t('eventForm.save') : t('eventForm.saveDraft')}
          </Button>
          <Button type="primary" loading={save.isPending} onClick={() => submitWith(true)}>
            {resubmit ? t('eventForm.saveAndResubmit') : t('eventForm.saveAndSubmit')}
          </Button>
        </Flex>
      </Form>
    </DeskPage>
  );
}
