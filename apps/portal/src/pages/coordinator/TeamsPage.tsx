import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Row,
  Select,
  Table,
  Tabs,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { VolunteerSelect } from '../../components/staff/VolunteerSelect';

type Team = Schemas['TeamView'];

export default function TeamsPage() {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Team | null>(null);
  const [creating, setCreating] = useState(false);
  const teams = useQuery({
    queryKey: ['teams', 'all'],
    queryFn: () => unwrap(api.GET('/api/teams', { params: { query: { limit: 100 } } })),
  });
  const current = selected ?? teams.data?.items[0] ?? null;
  return (
    <DeskPage
      title={t('teams.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('teams.new')}
        </Button>
      }
    >
      <ErrorAlert error={teams.error} onRetry={() => void teams.refetch()} />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card size="small" title={t('teams.list')}>
            <List<Team>
              loading={teams.isPending}
              dataSource={teams.data?.items ?? []}
              renderItem={(team) => (
                <List.Item>
                  <Button
                    type={current?.id === team.id ? 'primary' : 'text'}
                    block
                    style={{ textAlign: 'left' }}
                    aria-pressed={current?.id === team.id}
                    onClick={() => setSelected(team)}
                  >
                    {team.name}
                  </Button>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} md={16}>
          {current ? <TeamDetail key={current.id} team={current} /> : null}
        </Col>
      </Row>
      {creating ? <CreateTeamModal onClose={() => setCreating(false)} /> : null}
    </DeskPage>
  );
}

function TeamDetail({ team }: { team: Team }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ volunteerId: string; role: 'leader' | 'member' }>();
  const members = useQuery({
    queryKey: ['team-members', team.id],
    queryFn: () =>
      unwrap(
        api.GET('/api/teams/{id}/members', { params: { path: { id: team.id }, query: { limit: 100 } } }),
      ),
  });
  const leaderboard = useQuery({
    queryKey: ['leaderboard', team.id],
    queryFn: () => unwrap(api.GET('/api/teams/{id}/leaderboard', { params: { path: { id: team.id } } })),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['team-members', team.id] });
    void queryClient.invalidateQueries({ queryKey: ['leaderboard', team.id] });
  };
  const put = useMutation({
    mutationFn: (v: { volunteerId: string; role: 'leader' | 'member' }) =>
      unwrap(
        api.PUT('/api/teams/{id}/members/{volunteerId}', {
          params: { path: { id: team.id, volunteerId: v.volunteerId } },
          body: { role: v.role },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      refresh();
    },
    onError: (e) => void message.error(errorMessage(t, e)),
  });
  const remove = useMutation({
    mutationFn: (volunteerId: string) =>
      unwrap(
        api.DELETE('/api/teams/{id}/members/{volunteerId}', {
          params: { path: { id: team.id, volunteerId } },
        }),
      ),
    onSuccess: refresh,
    onError: (e) => void message.error(errorMessage(t, e)),
  });
  return (
    <Card size="small" title={team.name} extra={team.description}>
      <Tabs
        items={[
          {
            key: 'members',
            label: t('teams.members'),
            children: (
              <div className="stack">
                <Form
                  form={form}
                  layout="inline"
                  initialValues={{ role: 'member' }}
                  onFinish={(v) => put.mutate(v)}
                >
                  <Form.Item
                    name="volunteerId"
                    rules={[{ required: true, message: t('staff.pickVolunteer') }]}
                  >
                    <VolunteerSelect style={{ width: 240 }} aria-label={t('staff.volunteer')} />
                  </Form.Item>
                  <Form.Item name="role">
                    <Select
                      aria-label={t('teams.role')}
                      style={{ width: 120 }}
                      options={[
                        { value: 'member', label: t('teams.member') },
                        { value: 'leader', label: t('teams.leader') },
                      ]}
                    />
                  </Form.Item>
                  <Button htmlType="submit" loading={put.isPending}>
                    {t('teams.add')}
                  </Button>
                </Form>
                <ErrorAlert error={members.error} />
                <Table<Schemas['TeamMemberView']>
                  rowKey="volunteerId"
                  size="small"
                  loading={members.isPending}
                  dataSource={members.data?.items ?? []}
                  pagination={false}
                  columns={[
                    { title: t('profile.name'), dataIndex: 'name' },
                    { title: t('profile.studentNumber'), dataIndex: 'studentNumber' },
                    {
                      title: t('teams.role'),
                      key: 'role',
                      render: (_, m) => (
                        <Select
                          size="small"
                          value={m.role}
                          aria-label={t('teams.roleOf', { name: m.name })}
                          style={{ width: 110 }}
                          onChange={(role) => put.mutate({ volunteerId: m.volunteerId, role })}
                          options={[
                            { value: 'member', label: t('teams.member') },
                            { value: 'leader', label: t('teams.leader') },
                          ]}
                        />
                      ),
                    },
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      render: (_, m) => (
                        <Popconfirm
                          title={t('teams.removeConfirm', { name: m.name })}
                          okText={t('common.yes')}
                          cancelText={t('common.no')}
                          onConfirm={() => remove.mutate(m.volunteerId)}
                        >
                          <Button size="small" type="text" danger>
                            {t('teams.remove')}
                          </Button>
                        </Popconfirm>
                      ),
                    },
                  ]}
                />
              </div>
            ),
          },
          {
            key: 'leaderboard',
            label: t('teams.leaderboard'),
            children: (
              <Table<Schemas['LeaderboardRowView']>
                rowKey="volunteerId"
                size="small"
                loading={leaderboard.isPending}
                dataSource={leaderboard.data ?? []}
                pagination={false}
                columns={[
                  { title: t('teams.rank'), dataIndex: 'rank', width: 80 },
                  { title: t('profile.name'), dataIndex: 'name' },
                  { title: t('me.pointsBalance'), dataIndex: 'points' },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

function CreateTeamModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string; description?: string }>();
  const create = useMutation({
    mutationFn: (v: { name: string; description?: string }) =>
      unwrap(
        api.POST('/api/teams', {
          body: { name: v.name.trim(), description: v.description?.trim() || undefined },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['teams'] });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('teams.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
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
          label={t('teams.name')}
          rules={[{ required: true, message: t('teams.nameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('shiftForm.description')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
