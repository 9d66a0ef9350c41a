import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Flex,
  Form,
  Input,
  Modal,
  Segmented,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import type { Role } from '../../auth/session';
import { hasRole, useAccount } from '../../auth/use-session';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { VolunteerSelect } from '../../components/staff/VolunteerSelect';
import { formatDateTime } from '../../lib/time';

type Status = 'pending' | 'accepted' | 'expired';
const ROLES: Role[] = ['admin', 'coordinator', 'counsellor', 'partner', 'volunteer'];

/** Invitations: who was asked to join with which role, and a new one (its link is shown once). */
export default function InvitationsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status | 'all'>('pending');
  const [creating, setCreating] = useState(false);
  const list = useInfiniteQuery({
    queryKey: ['invitations', status],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/invitations', {
          params: { query: { status: status === 'all' ? undefined : status, limit: 50, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <DeskPage
      title={t('invitations.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('invitations.new')}
        </Button>
      }
    >
      <Segmented<Status | 'all'>
        value={status}
        onChange={setStatus}
        options={[
          { value: 'pending', label: t('invitationStatus.pending') },
          { value: 'accepted', label: t('invitationStatus.accepted') },
          { value: 'expired', label: t('invitationStatus.expired') },
          { value: 'all', label: t('common.all') },
        ]}
      />
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <Table<Schemas['InvitationView']>
        rowKey="id"
        loading={list.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 800 }}
        columns={[
          { title: t('invitations.name'), dataIndex: 'displayName' },
          { title: t('invitations.contact'), key: 'contact', render: (_, i) => i.email ?? i.mobile },
          { title: t('invitations.role'), key: 'role', render: (_, i) => t(`role.${i.role}`) },
          {
            title: t('shifts.columns.status'),
            key: 'status',
            render: (_, i) => <Tag>{t(`invitationStatus.${i.status}`)}</Tag>,
          },
          {
            title: t('invitations.expiresAt'),
            key: 'expires',
            render: (_, i) => formatDateTime(i.expiresAt),
          },
        ]}
      />
      <LoadMore query={list} />
      {creating ? <InviteModal onClose={() => setCreating(false)} /> : null}
    </DeskPage>
  );
}

interface Values {
  displayName: string;
  email?: string;
  mobile?: string;
  role: Role;
  organisationId?: string;
  volunteerId?: string;
}

function InviteModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const account = useAccount();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const [link, setLink] = useState<string | null>(null);
  const invite = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/invitations', {
          body: {
            displayName: v.displayName.trim(),
            email: v.email?.trim() || undefined,
            mobile: v.mobile?.trim() || undefined,
            role: v.role,
            organisationId: v.role === 'partner' ? v.organisationId : undefined,
            volunteerId: v.role === 'volunteer' ? v.volunteerId : undefined,
          },
        }),
      ),
    onSuccess: (created) => {
      setLink(`${window.location.origin}/invite?token=${encodeURIComponent(created.token)}`);
      void queryClient.invalidateQueries({ queryKey: ['invitations'] });
    },
  });
  // Coordinators may not invite admins (INVITATION_ROLE_FORBIDDEN): don't offer it.
  const roles = hasRole(account, 'admin') ? ROLES : ROLES.filter((r) => r !== 'admin');
  return (
    <Modal
      open
      title={t('invitations.new')}
      okText={link ? t('common.close') : t('invitations.send')}
      cancelButtonProps={{ style: link ? { display: 'none' } : undefined }}
      cancelText={t('common.cancel')}
      confirmLoading={invite.isPending}
      onOk={() => (link ? onClose() : form.submit())}
      onCancel={onClose}
    >
      {link ? (
        <div className="stack">
          <Alert
            type="success"
            showIcon
            title={t('invitations.created')}
            description={t('invitations.linkOnce')}
          />
          <Flex gap={8}>
            <Input readOnly value={link} aria-label={t('invitations.link')} />
            <Button
              icon={<CopyOutlined aria-hidden />}
              aria-label={t('calendar.copy')}
              onClick={() =>
                void navigator.clipboard.writeText(link).then(() => message.success(t('calendar.copied')))
              }
            />
          </Flex>
        </div>
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ role: 'volunteer' }}
          onFinish={(v) => invite.mutate(v)}
        >
          {invite.isError ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={errorMessage(t, invite.error)}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          <Form.Item
            name="displayName"
            label={t('invitations.name')}
            rules={[{ required: true, message: t('invitations.nameRequired') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="email"
            label={t('invitations.email')}
            rules={[{ type: 'email', message: t('invitations.emailInvalid') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="mobile" label={t('profile.mobile')}>
            <Input inputMode="tel" />
          </Form.Item>
          <Form.Item name="role" label={t('invitations.role')}>
            <Select
              options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              aria-label={t('invitations.role')}
            />
          </Form.Item>
          {role === 'volunteer' ? (
            <Form.Item
              name="volunteerId"
              label={t('invitations.volunteerProfile')}
              rules={[{ required: true, message: t('staff.pickVolunteer') }]}
            >
              <VolunteerSelect />
            </Form.Item>
          ) : null}
          {role === 'partner' ? (
            <Form.Item
              name="organisationId"
              label={t('invitations.organisation')}
              extra={t('invitations.organisationHint')}
              rules={[{ required: true, message: t('invitations.organisationRequired') }]}
            >
              <Input />
            </Form.Item>
          ) : null}
          <Typography.Paragraph type="secondary">{t('invitations.explain')}</Typography.Paragraph>
        </Form>
      )}
    </Modal>
  );
}
