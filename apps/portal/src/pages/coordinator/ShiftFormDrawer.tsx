import { useMutation, useQuery } from '@tanstack/react-query';
import { DatePicker, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { fieldErrors } from '../../api/errors';
import { FormDrawer } from '../../components/FormDrawer';
import { local, toApiTime } from '../../lib/time';

type Shift = Schemas['ShiftView'];

interface Values {
  title: string;
  description?: string;
  venue: string;
  address?: string;
  latitude?: number | null;
  longitude?: number | null;
  time: [Dayjs, Dayjs];
  window?: [Dayjs | null, Dayjs | null] | null;
  capacity: number;
  requiredSkills?: string[];
  requiredCertifications?: string[];
  teamId?: string | null;
  signUpMode: 'auto' | 'approval';
  waitlistPromotion: 'auto' | 'offer';
  offerClaimMinutes: number;
  cancellationCutoffHours: number;
}

/** Create a shift, or change one: what it needs, how many, when people may sign up and how. */
export function ShiftFormDrawer({ shift, onClose }: { shift?: Shift; onClose: (saved?: Shift) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const promotion = Form.useWatch('waitlistPromotion', form);
  const teams = useQuery({
    queryKey: ['teams', 'all'],
    queryFn: () => unwrap(api.GET('/api/teams', { params: { query: { limit: 100 } } })),
  });
  const save = useMutation({
    mutationFn: async (v: Values) => {
      const body = {
        title: v.title.trim(),
        description: v.description?.trim() || undefined,
        location: {
          venue: v.venue.trim(),
          address: v.address?.trim() || undefined,
          latitude: v.latitude ?? undefined,
          longitude: v.longitude ?? undefined,
        },
        startsAt: toApiTime(v.time[0]),
        endsAt: toApiTime(v.time[1]),
        capacity: v.capacity,
        requiredSkills: v.requiredSkills ?? [],
        requiredCertifications: v.requiredCertifications ?? [],
        teamId: v.teamId ?? null,
        opensAt: v.window?.[0] ? toApiTime(v.window[0]) : undefined,
        closesAt: v.window?.[1] ? toApiTime(v.window[1]) : undefined,
        signUpMode: v.signUpMode,
        waitlistPromotion: v.waitlistPromotion,
        offerClaimMinutes: v.offerClaimMinutes,
        cancellationCutoffHours: v.cancellationCutoffHours,
      };
      return shift
        ? unwrap(api.PATCH('/api/shifts/{id}', { params: { path: { id: shift.id } }, body }))
        : unwrap(api.POST('/api/shifts', { body }));
    },
    onSuccess: (saved) => onClose(saved),
    onError: (e) =>
      form.setFields(fieldErrors(e).map((f) => ({ name: f.name.split('.') as never, errors: f.errors }))),
  });

  const initial: Partial<Values> = shift
    ? {
        title: shift.title,
        description: shift.description ?? '',
        venue: shift.location.venue,
        address: shift.location.address ?? '',
        latitude: shift.location.latitude,
        longitude: shift.location.longitude,
        time: [local(shift.startsAt), local(shift.endsAt)],
        window: [shift.opensAt ? local(shift.opensAt) : null, shift.closesAt ? local(shift.closesAt) : null],
        capacity: shift.capacity,
        requiredSkills: shift.requiredSkills,
        requiredCertifications: shift.requiredCertifications,
        teamId: shift.teamId,
        signUpMode: shift.signUpMode,
        waitlistPromotion: shift.waitlistPromotion,
        offerClaimMinutes: shift.offerClaimMinutes,
        cancellationCutoffHours: shift.cancellationCutoffHours,
      }
    : {
        capacity: 6,
        signUpMode: 'auto',
        waitlistPromotion: 'auto',
        offerClaimMinutes: 720,
        cancellationCutoffHours: 24,
      };

  return (
    <FormDrawer
      size={560}
      title={shift ? t('shiftForm.editTitle') : t('shiftForm.newTitle')}
      saving={save.isPending}
      error={save.isError ? save.error : null}
      onSave={() => form.submit()}
      onClose={() => onClose()}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="title"
          label={t('shiftForm.title')}
          rules={[{ required: true, message: t('shiftForm.titleRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('shiftForm.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="venue"
          label={t('shiftForm.venue')}
          rules={[{ required: true, message: t('shiftForm.venueRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="address" label={t('shiftForm.address')}>
          <Input maxLength={300} />
        </Form.Item>
        <Flex gap={8}>
          <Form.Item name="latitude" label={t('shiftForm.latitude')} style={{ flex: 1 }}>
            <InputNumber min={-90} max={90} step={0.0001} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="longitude" label={t('shiftForm.longitude')} style={{ flex: 1 }}>
            <InputNumber min={-180} max={180} step={0.0001} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="time"
          label={t('shiftForm.time')}
          extra={t('shiftForm.timeHint')}
          rules={[{ required: true, message: t('shiftForm.timeRequired') }]}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="capacity"
          label={t('shiftForm.capacity')}
          rules={[{ required: true, message: t('shiftForm.capacityRequired') }]}
        >
          <InputNumber min={1} max={10000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="requiredSkills" label={t('shiftForm.skills')}>
          <Select mode="tags" tokenSeparators={[',', '，']} aria-label={t('shiftForm.skills')} />
        </Form.Item>
        <Form.Item name="requiredCertifications" label={t('shiftForm.certifications')}>
          <Select mode="tags" tokenSeparators={[',', '，']} aria-label={t('shiftForm.certifications')} />
        </Form.Item>
        <Form.Item name="teamId" label={t('shiftForm.team')} extra={t('shiftForm.teamHint')}>
          <Select
            allowClear
            aria-label={t('shiftForm.team')}
            loading={teams.isPending}
            options={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
          />
        </Form.Item>
        <Form.Item name="window" label={t('shiftForm.window')} extra={t('shiftForm.windowHint')}>
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="signUpMode" label={t('shiftForm.mode')}>
          <Radio.Group
            options={(['auto', 'approval'] as const).map((m) => ({ value: m, label: t(`signUpMode.${m}`) }))}
          />
        </Form.Item>
        <Form.Item name="waitlistPromotion" label={t('shiftForm.promotion')}>
          <Radio.Group
            options={(['auto', 'offer'] as const).map((m) => ({
              value: m,
              label: t(`waitlistPromotion.${m}`),
            }))}
          />
        </Form.Item>
        {promotion === 'offer' ? (
          <Form.Item name="offerClaimMinutes" label={t('shiftForm.offerMinutes')}>
            <InputNumber min={5} max={10080} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        <Form.Item name="cancellationCutoffHours" label={t('shiftForm.cutoff')}>
          <InputNumber min={0} max={720} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
