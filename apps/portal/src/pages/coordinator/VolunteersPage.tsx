import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorMessage, fieldErrors } from '../../api/errors';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { formatDateTime, formatLocalDate } from '../../lib/time';

type Volunteer = Schemas['VolunteerView'];

/** The volunteers directory: search by name, filter by department, skill, team, certification, free day. */
export default function VolunteersPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q.trim());
  const [department, setDepartment] = useState('');
  const [skill, setSkill] = useState('');
  const [teamId, setTeamId] = useState<string | undefined>();
  const [certification, setCertification] = useState('');
  const [availableOn, setAvailableOn] = useState<number | undefined>();
  const [open, setOpen] = useState<Volunteer | null>(null);
  const [creating, setCreating] = useState(false);
  const teams = useQuery({
    queryKey: ['teams', 'all'],
    queryFn: () => unwrap(api.GET('/api/teams', { params: { query: { limit: 100 } } })),
  });
  const filters = {
    q: query || undefined,
    department: department.trim() || undefined,
    skill: skill.trim() || undefined,
    teamId,
    certification: certification.trim() || undefined,
    availableOn,
  };
  const volunteers = useInfiniteQuery({
    queryKey: ['volunteers', 'directory', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/volunteers', { params: { query: { ...filters, limit: 50, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = volunteers.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <DeskPage
      title={t('volunteers.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('volunteers.new')}
        </Button>
      }
    >
      <Flex gap={8} wrap>
        <Input.Search
          allowClear
          placeholder={t('volunteers.search')}
          aria-label={t('volunteers.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 220 }}
        />
        <Input
          allowClear
          placeholder={t('volunteers.department')}
          aria-label={t('volunteers.department')}
          value={department}
          onChange={(e) => setDepartment(e.target.value)}
          style={{ width: 160 }}
        />
        <Input
          allowClear
          placeholder={t('volunteers.skill')}
          aria-label={t('volunteers.skill')}
          value={skill}
          onChange={(e) => setSkill(e.target.value)}
          style={{ width: 140 }}
        />
        <Input
          allowClear
          placeholder={t('volunteers.certification')}
          aria-label={t('volunteers.certification')}
          value={certification}
          onChange={(e) => setCertification(e.target.value)}
          style={{ width: 160 }}
        />
        <Select<string>
          allowClear
          placeholder={t('volunteers.team')}
          aria-label={t('volunteers.team')}
          value={teamId}
          onChange={setTeamId}
          style={{ width: 180 }}
          options={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
        />
        <Select<number>
          allowClear
          placeholder={t('volunteers.availableOn')}
          aria-label={t('volunteers.availableOn')}
          value={availableOn}
          onChange={setAvailableOn}
          style={{ width: 140 }}
          options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: t(`weekday.${d}`) }))}
        />
      </Flex>
      <ErrorAlert error={volunteers.error} onRetry={() => void volunteers.refetch()} />
      <Table<Volunteer>
        rowKey="id"
        loading={volunteers.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        onRow={(v) => ({ onClick: () => setOpen(v), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('profile.name'),
            dataIndex: 'name',
            render: (name: string, v) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(v)}>
                {name}
              </Button>
            ),
          },
          { title: t('profile.studentNumber'), dataIndex: 'studentNumber' },
          { title: t('profile.department'), dataIndex: 'department' },
          { title: t('profile.mobile'), dataIndex: 'mobile' },
          {
            title: t('profile.skills'),
            key: 'skills',
            render: (_, v) => v.skills.map((s) => <Tag key={s}>{s}</Tag>),
          },
          {
            title: t('profile.certifications'),
            key: 'certs',
            render: (_, v) => v.certifications.map((c) => <Tag key={c.id}>{c.name}</Tag>),
          },
        ]}
      />
      <LoadMore query={volunteers} />
      {open ? <VolunteerDrawer volunteerId={open.id} onClose={() => setOpen(null)} /> : null}
      {creating ? <CreateVolunteerModal onClose={() => setCreating(false)} /> : null}
    </DeskPage>
  );
}

function VolunteerDrawer({ volunteerId, onClose }: { volunteerId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const volunteer = useQuery({
    queryKey: ['volunteer', volunteerId],
    queryFn: () => unwrap(api.GET('/api/volunteers/{id}', { params: { path: { id: volunteerId } } })),
  });
  const hours = useQuery({
    queryKey: ['hours', volunteerId],
    queryFn: () => unwrap(api.GET('/api/volunteers/{id}/hours', { params: { path: { id: volunteerId } } })),
  });
  const points = useQuery({
    queryKey: ['points', volunteerId],
    queryFn: () => unwrap(api.GET('/api/volunteers/{id}/points', { params: { path: { id: volunteerId } } })),
  });
  const removeCertification = useMutation({
    mutationFn: (certificationId: string) =>
      unwrap(
        api.DELETE('/api/volunteers/{id}/certifications/{certificationId}', {
          params: { path: { id: volunteerId, certificationId } },
        }),
      ),
    onSuccess: () => {
      void message.success(t('staff.done'));
      void queryClient.invalidateQueries({ queryKey: ['volunteer', volunteerId] });
      void queryClient.invalidateQueries({ queryKey: ['volunteers'] });
    },
    onError: (e) => void message.error(errorMessage(t, e)),
  });
  const v = volunteer.data;
  return (
    <Drawer open size={560} title={v?.name ?? ''} onClose={onClose}>
      <ErrorAlert error={volunteer.error} />
      {v ? (
        <div className="stack">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('profile.studentNumber')}>{v.studentNumber}</Descriptions.Item>
            <Descriptions.Item label={t('profile.department')}>
              {[v.department, v.major, v.className].filter(Boolean).join(' · ') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('profile.mobile')}>{v.mobile}</Descriptions.Item>
            <Descriptions.Item label={t('profile.skills')}>{v.skills.join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('profile.availability')}>
              {v.availability.map((a) => `${t(`weekday.${a.weekday}`)} ${a.from}–${a.to}`).join('；') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('profile.emergencyContact')}>
              {v.emergencyContact ? `${v.emergencyContact.name} ${v.emergencyContact.phone}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('profile.consent')}>
              {v.consent
                ? t('profile.consentGiven', {
                    version: v.consent.policyVersion,
                    time: formatDateTime(v.consent.givenAt),
                  })
                : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('me.verifiedHours')}>
              {hours.data?.totalVerifiedHours ?? '…'}
            </Descriptions.Item>
            <Descriptions.Item label={t('me.pointsBalance')}>{points.data?.balance ?? '…'}</Descriptions.Item>
          </Descriptions>
          <List
            header={<strong>{t('profile.certifications')}</strong>}
            size="small"
            bordered
            dataSource={v.certifications}
            locale={{ emptyText: <span className="muted">{t('profile.noCertifications')}</span> }}
            renderItem={(c) => (
              <List.Item
                actions={[
                  <Popconfirm
                    key="rm"
                    title={t('volunteers.removeCertification')}
                    okText={t('common.yes')}
                    cancelText={t('common.no')}
                    onConfirm={() => removeCertification.mutate(c.id)}
                  >
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('volunteers.removeNamed', { name: c.name })}
                    />
                  </Popconfirm>,
                ]}
              >
                {c.name} · {formatLocalDate(c.issuedOn)}
                {c.expiresOn ? ` – ${formatLocalDate(c.expiresOn)}` : ''}
              </List.Item>
            )}
          />
          <AddCertificationForm volunteerId={v.id} />
        </div>
      ) : null}
    </Drawer>
  );
}

function AddCertificationForm({ volunteerId }: { volunteerId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string; issuedOn: Dayjs; expiresOn?: Dayjs }>();
  const add = useMutation({
    mutationFn: (v: { name: string; issuedOn: Dayjs; expiresOn?: Dayjs }) =>
      unwrap(
        api.POST('/api/volunteers/{id}/certifications', {
          params: { path: { id: volunteerId } },
          body: {
            name: v.name.trim(),
            issuedOn: v.issuedOn.format('YYYY-MM-DD'),
            expiresOn: v.expiresOn?.format('YYYY-MM-DD'),
          },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['volunteer', volunteerId] });
      void queryClient.invalidateQueries({ queryKey: ['volunteers'] });
    },
  });
  return (
    <Form form={form} layout="vertical" onFinish={(v) => add.mutate(v)}>
      <strong>{t('volunteers.addCertification')}</strong>
      {add.isError ? <Alert type="error" showIcon role="alert" title={errorMessage(t, add.error)} /> : null}
      <Flex gap={8} wrap align="end">
        <Form.Item
          name="name"
          label={t('volunteers.certificationName')}
          rules={[{ required: true, message: t('volunteers.certificationNameRequired') }]}
        >
          <Input style={{ width: 150 }} />
        </Form.Item>
        <Form.Item
          name="issuedOn"
          label={t('volunteers.issuedOn')}
          rules={[{ required: true, message: t('staff.timeRequired') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="expiresOn" label={t('volunteers.expiresOn')}>
          <DatePicker />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('volunteers.record')}
          </Button>
        </Form.Item>
      </Flex>
    </Form>
  );
}

interface CreateValues {
  name: string;
  studentNumber: string;
  department?: string;
  mobile: string;
  skills?: string[];
}

function CreateVolunteerModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CreateValues>();
  const create = useMutation({
    mutationFn: (v: CreateValues) =>
      unwrap(
        api.POST('/api/volunteers', {
          body: { ...v, department: v.department || undefined, skills: v.skills ?? [] },
        }),
      ),
    onSuccess: () => {
      void message.success(t('staff.done'));
      void queryClient.invalidateQueries({ queryKey: ['volunteers'] });
      onClose();
    },
    onError: (e) =>
      form.setFields(fieldErrors(e).map((f) => ({ name: f.name as keyof CreateValues, errors: f.errors }))),
  });
  return (
    <Modal
      open
      title={t('volunteers.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<CreateValues> form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
        {create.isError ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorMessage(t, create.error)}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Form.Item
          name="name"
          label={t('profile.name')}
          rules={[{ required: true, message: t('volunteers.nameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="studentNumber"
          label={t('profile.studentNumber')}
          rules={[
            { required: true, pattern: /^[A-Za-z0-9]{4,32}$/, message: t('volunteers.studentNumberInvalid') },
          ]}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item name="department" label={t('profile.department')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('profile.mobile')}
          rules={[{ required: true, pattern: /^1\d{10}$/, message: t('profile.mobileInvalid') }]}
        >
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item name="skills" label={t('profile.skills')}>
          <Select mode="tags" tokenSeparators={[',', '，']} aria-label={t('profile.skills')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
