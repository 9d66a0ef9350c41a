import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Flex, Form, Input, Modal, Popconfirm, Select, Table, Tag } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import type { Role } from '../../auth/session';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { VolunteerSelect } from '../../components/staff/VolunteerSelect';
import { TAG_COLORS } from '../../components/tag-colors';
import { formatDateTime } from '../../lib/time';

type Account = Schemas['AccountView'];
const ROLES: Role[] = ['admin', 'coordinator', 'counsellor', 'partner', 'volunteer'];

/** Accounts: find by name, email or mobile; change roles; deactivate and reactivate. */
export default function AccountsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q.trim());
  const [role, setRole] = useState<Role | undefined>();
  const [active, setActive] = useState<boolean | undefined>();
  const [editing, setEditing] = useState<Account | null>(null);
  const list = useInfiniteQuery({
    queryKey: ['accounts', query, role, active],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/accounts', {
          params: { query: { q: query || undefined, role, active, limit: 50, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const toggle = useMutation({
    mutationFn: (a: Account) =>
      a.active
        ? unwrap(api.POST('/api/accounts/{id}/deactivate', { params: { path: { id: a.id } } }))
        : unwrap(api.POST('/api/accounts/{id}/activate', { params: { path: { id: a.id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['accounts'] }),
    onError: (e) => void message.error(errorMessage(t, e)),
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <DeskPage title={t('accounts.title')}>
      <Flex gap={8} wrap>
        <Input.Search
          allowClear
          placeholder={t('accounts.search')}
          aria-label={t('accounts.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 240 }}
        />
        <Select<Role>
          allowClear
          placeholder={t('accounts.role')}
          aria-label={t('accounts.role')}
          value={role}
          onChange={setRole}
          style={{ width: 150 }}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
        <Select<'true' | 'false'>
          allowClear
          placeholder={t('accounts.state')}
          aria-label={t('accounts.state')}
          value={active === undefined ? undefined : active ? 'true' : 'false'}
          onChange={(v) => setActive(v === undefined ? undefined : v === 'true')}
          style={{ width: 130 }}
          options={[
            { value: 'true', label: t('accounts.active') },
            { value: 'false', label: t('accounts.inactive') },
          ]}
        />
      </Flex>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <Table<Account>
        rowKey="id"
        loading={list.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: t('invitations.name'), dataIndex: 'displayName' },
          {
            title: t('invitations.contact'),
            key: 'contact',
            render: (_, a) => [a.email, a.mobile].filter(Boolean).join(' · '),
          },
          {
            title: t('accounts.roles'),
            key: 'roles',
            render: (_, a) => a.roles.map((r) => <Tag key={r}>{t(`role.${r}`)}</Tag>),
          },
          {
            title: t('accounts.state'),
            key: 'active',
            render: (_, a) => (
              <Tag color={a.active ? TAG_COLORS.green : TAG_COLORS.grey}>
                {a.active ? t('accounts.active') : t('accounts.inactive')}
              </Tag>
            ),
          },
          {
            title: t('accounts.lastLogin'),
            key: 'last',
            render: (_, a) => (a.lastLoginAt ? formatDateTime(a.lastLoginAt) : '—'),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, a) => (
              <Flex gap={4}>
                <Button size="small" onClick={() => setEditing(a)}>
                  {t('accounts.changeRoles')}
                </Button>
                <Popconfirm
                  title={
                    a.active
                      ? t('accounts.deactivateConfirm', { name: a.displayName })
                      : t('accounts.activateConfirm', { name: a.displayName })
                  }
                  okText={t('common.yes')}
                  cancelText={t('common.no')}
                  onConfirm={() => toggle.mutate(a)}
                >
                  <Button size="small" danger={a.active}>
                    {a.active ? t('accounts.deactivate') : t('accounts.activate')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
      <LoadMore query={list} />
      {editing ? <RolesModal account={editing} onClose={() => setEditing(null)} /> : null}
    </DeskPage>
  );
}

interface RolesValues {
  roles: Role[];
  organisationId?: string;
  volunteerId?: string;
}

function RolesModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RolesValues>();
  const roles = Form.useWatch('roles', form) ?? account.roles;
  const save = useMutation({
    mutationFn: (v: RolesValues) =>
      unwrap(
        api.PATCH('/api/accounts/{id}/roles', {
          params: { path: { id: account.id } },
          body: {
            roles: v.roles,
            organisationId: v.roles.includes('partner') ? v.organisationId || undefined : undefined,
            volunteerId: v.roles.includes('volunteer') ? v.volunteerId || undefined : undefined,
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['accounts'] });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('accounts.rolesOf', { name: account.displayName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<RolesValues>
        form={form}
        layout="vertical"
        initialValues={{
          roles: account.roles,
          organisationId: account.organisationId ?? undefined,
          volunteerId: account.volunteerId ?? undefined,
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <ErrorAlert error={save.isError ? save.error : null} style={{ marginBottom: 12 }} />
        <Form.Item name="roles" label={t('accounts.roles')}>
          <Checkbox.Group options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        {roles.includes('volunteer') ? (
          <Form.Item name="volunteerId" label={t('invitations.volunteerProfile')}>
            <VolunteerSelect />
          </Form.Item>
        ) : null}
        {roles.includes('partner') ? (
          <Form.Item
            name="organisationId"
            label={t('invitations.organisation')}
            extra={t('invitations.organisationHint')}
          >
            <Input />
          </Form.Item>
        ) : null}
        <p>{t('accounts.rolesHint')}</p>
      </Form>
    </Modal>
  );
}
