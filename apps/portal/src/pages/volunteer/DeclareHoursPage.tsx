import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Panel } from '../../components/Panel';
import { PhonePage } from '../../components/PhonePage';
import { formatDate, nowInZone } from '../../lib/time';
import {
  declarationBody,
  declarationFieldErrors,
  endedShifts,
  HALF_HOURS,
  PHONE_PATTERN,
  type DeclareFor,
  type DeclareValues,
} from './declaration-form';
import { keys } from './queries';

const FOR: readonly DeclareFor[] = ['station', 'shift', 'partner'];

/**
 * Declaring hours served after a shift or outside Linkage (an activity a partner organised on paper):
 * what, when, where, how long, and a contact who can confirm it; the station, the shift's team or the
 * partner named confirms it.
 */
export default function DeclareHoursPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DeclareValues>();
  const forWhom = Form.useWatch('for', form) ?? 'station';
  const today = nowInZone().format('YYYY-MM-DD');

  const shifts = useQuery({
    // The same list as the assignments page's past tab.
    queryKey: keys.assignments('past'),
    queryFn: () =>
      unwrap(api.GET('/api/volunteers/me/assignments', { params: { query: { when: 'past', limit: 100 } } })),
    enabled: forWhom === 'shift',
  });
  const organisations = useQuery({
    queryKey: ['volunteers', 'organisations'],
    queryFn: () => unwrap(api.GET('/api/volunteers/organisations')),
    enabled: forWhom === 'partner',
    staleTime: 5 * 60_000,
  });

  const declare = useMutation({
    mutationFn: (v: DeclareValues) =>
      unwrap(api.POST('/api/hours/declarations', { body: declarationBody(v) })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.declarations });
      void message.success(t('declare.sent'));
      void navigate('/v/me/hours');
    },
    onError: (e) => form.setFields(declarationFieldErrors(e, (x) => errorMessage(t, x))),
  });
  const required = [{ required: true, whitespace: true, message: t('common.textRequired') }];
  const chosen = [{ required: true, message: t('declare.choose') }];

  return (
    <PhonePage title={t('declare.title')} back="/v/me/hours">
      <Panel aria-label={t('declare.title')}>
        <p className="muted">{t('declare.explain')}</p>
        <Form<DeclareValues>
          form={form}
          layout="vertical"
          initialValues={{ serviceDate: today, for: 'station' }}
          onFinish={(v) => declare.mutate(v)}
          scrollToFirstError
        >
          {declarationFieldErrors(declare.error, String).length ? null : (
            <ErrorAlert error={declare.error} style={{ marginBottom: 12 }} />
          )}
          <Form.Item name="activity" label={t('declare.activity')} rules={required}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="serviceDate"
            label={t('declare.date')}
            rules={[
              { required: true, message: t('common.textRequired') },
              {
                validator: (_, value: string) =>
                  value && value > today ? Promise.reject(new Error(t('declare.future'))) : Promise.resolve(),
              },
            ]}
          >
            <Input type="date" max={today} />
          </Form.Item>
          <Form.Item name="place" label={t('declare.place')} rules={required}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="hours" label={t('declare.hours')} extra={t('declare.hoursHint')} rules={chosen}>
            <Select
              options={HALF_HOURS.map((h) => ({ value: h, label: `${h} ${t('hours.unit')}` }))}
              listHeight={200}
            />
          </Form.Item>
          <Form.Item name="content" label={t('declare.content')} rules={required}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
          <Form.Item
            name="contactName"
            label={t('declare.contactName')}
            extra={t('declare.contactHint')}
            rules={required}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="contactPhone"
            label={t('declare.contactPhone')}
            rules={[
              { required: true, message: t('common.textRequired') },
              { pattern: PHONE_PATTERN, message: t('declare.phoneInvalid') },
            ]}
          >
            <Input inputMode="tel" autoComplete="off" maxLength={20} />
          </Form.Item>
          <Form.Item name="for" label={t('declare.for')}>
            <Radio.Group options={FOR.map((f) => ({ value: f, label: t(`declare.forOptions.${f}`) }))} />
          </Form.Item>
          {forWhom === 'shift' ? (
            <Form.Item name="shiftId" label={t('declare.shift')} rules={chosen}>
              <Select
                loading={shifts.isPending}
                notFoundContent={
                  shifts.isPending ? undefined : <span className="muted">{t('declare.noShifts')}</span>
                }
                options={endedShifts(shifts.data?.items ?? []).map((s) => ({
                  value: s.id,
                  label: `${s.title} · ${formatDate(s.startsAt)}`,
                }))}
              />
            </Form.Item>
          ) : null}
          {forWhom === 'partner' ? (
            <Form.Item name="partnerOrganisationId" label={t('declare.partner')} rules={chosen}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={organisations.isPending}
                options={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
              />
            </Form.Item>
          ) : null}
          {shifts.isError || organisations.isError ? (
            <ErrorAlert error={shifts.error ?? organisations.error} style={{ marginBottom: 12 }} />
          ) : null}
          <Button type="primary" htmlType="submit" block loading={declare.isPending}>
            {t('declare.submit')}
          </Button>
        </Form>
      </Panel>
    </PhonePage>
  );
}
