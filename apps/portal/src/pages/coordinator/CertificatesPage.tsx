import { DownloadOutlined, FileAddOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { VolunteerSelect } from '../../components/staff/VolunteerSelect';
import { TAG_COLORS } from '../../components/tag-colors';
import { formatLocalDate } from '../../lib/time';

type Certificate = Schemas['CertificateView'];

/**
 * Issue and revoke service-record certificates, one volunteer at a time (the API lists certificates per
 * volunteer; there is no list of all certificates), and check any number the way the public can.
 */
export default function CertificatesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [volunteerId, setVolunteerId] = useState<string | undefined>();
  const [revoking, setRevoking] = useState<Certificate | null>(null);
  const list = useQuery({
    queryKey: ['certificates', volunteerId],
    enabled: Boolean(volunteerId),
    queryFn: () =>
      unwrap(api.GET('/api/volunteers/{id}/certificates', { params: { path: { id: volunteerId! } } })),
  });
  const issue = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/volunteers/{id}/certificates', { params: { path: { id: volunteerId! } } })),
    onSuccess: (c) => {
      void message.success(t('certificates.issued', { number: c.number }));
      void queryClient.invalidateQueries({ queryKey: ['certificates', volunteerId] });
    },
  });
  const pdf = useMutation({
    mutationFn: (c: Certificate) => download(c.pdfPath, `${c.number}.pdf`),
    onError: (e) => void message.error(errorMessage(t, e)),
  });

  return (
    <DeskPage title={t('certificatesAdmin.title')}>
      <Card size="small">
        <Flex gap={8} wrap align="center">
          <VolunteerSelect
            style={{ width: 280 }}
            value={volunteerId}
            onChange={setVolunteerId}
            aria-label={t('staff.volunteer')}
          />
          <Button
            type="primary"
            icon={<FileAddOutlined aria-hidden />}
            disabled={!volunteerId}
            loading={issue.isPending}
            onClick={() => issue.mutate()}
          >
            {t('certificatesAdmin.issue')}
          </Button>
        </Flex>
        {issue.isError ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={errorMessage(t, issue.error)}
            style={{ marginTop: 12 }}
          />
        ) : null}
      </Card>
      <ErrorAlert error={list.error} />
      {volunteerId ? (
        <Table<Certificate>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data ?? []}
          locale={{ emptyText: <span className="muted">{t('certificates.none')}</span> }}
          pagination={false}
          columns={[
            { title: t('certificatesAdmin.number'), dataIndex: 'number' },
            {
              title: t('certificatesAdmin.issuedOn'),
              key: 'issuedOn',
              render: (_, c) => formatLocalDate(c.issuedOn),
            },
            { title: t('exports.hours'), dataIndex: 'totalHours' },
            {
              title: t('shifts.columns.status'),
              key: 'status',
              render: (_, c) =>
                c.revoked ? (
                  <Tag color={TAG_COLORS.red}>{t('certificates.revoked')}</Tag>
                ) : (
                  <Tag color={TAG_COLORS.green}>{t('certificatesAdmin.valid')}</Tag>
                ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, c) => (
                <Flex gap={4}>
                  <Button
                    size="small"
                    icon={<DownloadOutlined aria-hidden />}
                    aria-label={t('certificates.downloadNamed', { number: c.number })}
                    onClick={() => pdf.mutate(c)}
                  >
                    PDF
                  </Button>
                  {c.revoked ? null : (
                    <Button size="small" danger onClick={() => setRevoking(c)}>
                      {t('certificatesAdmin.revoke')}
                    </Button>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('certificatesAdmin.pick')}</Typography.Text>
      )}
      <VerifyCard />
      {revoking ? (
        <RevokeModal
          certificate={revoking}
          onClose={(done) => {
            setRevoking(null);
            if (done) void queryClient.invalidateQueries({ queryKey: ['certificates', volunteerId] });
          }}
        />
      ) : null}
    </DeskPage>
  );
}

function RevokeModal({
  certificate,
  onClose,
}: {
  certificate: Certificate;
  onClose: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const revoke = useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.POST('/api/certificates/{number}/revoke', {
          params: { path: { number: certificate.number } },
          body: { reason },
        }),
      ),
    onSuccess: () => onClose(true),
  });
  return (
    <Modal
      open
      title={t('certificatesAdmin.revokeTitle', { number: certificate.number })}
      okText={t('certificatesAdmin.revoke')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={revoke.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
    >
      <Form form={form} layout="vertical" onFinish={(v) => revoke.mutate(v.reason)}>
        {revoke.isError ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorMessage(t, revoke.error)}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Form.Item
          name="reason"
          label={t('common.reason')}
          rules={[{ required: true, message: t('common.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function VerifyCard() {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const check = useMutation({
    mutationFn: (n: string) =>
      unwrap(api.GET('/api/certificates/{number}/verify', { params: { path: { number: n } } })),
  });
  const result = check.data;
  return (
    <Card size="small" title={t('certificatesAdmin.verifyTitle')}>
      <Flex gap={8}>
        <Input
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          placeholder="LK-2026-000001"
          aria-label={t('certificatesAdmin.number')}
          style={{ width: 220 }}
          onPressEnter={() => check.mutate(number.trim())}
        />
        <Button
          icon={<SearchOutlined aria-hidden />}
          onClick={() => check.mutate(number.trim())}
          loading={check.isPending}
        >
          {t('certificatesAdmin.verify')}
        </Button>
      </Flex>
      {check.isError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorMessage(t, check.error)}
          style={{ marginTop: 12 }}
        />
      ) : null}
      {result ? (
        <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('certificatesAdmin.number')}>{result.number}</Descriptions.Item>
          <Descriptions.Item label={t('profile.name')}>
            {result.volunteerName}（{result.nationalVolunteerNumber ?? result.maskedStudentNumber}）
          </Descriptions.Item>
          <Descriptions.Item label={t('exports.hours')}>{result.totalHours}</Descriptions.Item>
          <Descriptions.Item label={t('certificatesAdmin.issuer')}>{result.issuer}</Descriptions.Item>
          <Descriptions.Item label={t('certificatesAdmin.issuedOn')}>
            {formatLocalDate(result.issuedOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('shifts.columns.status')}>
            {result.revoked
              ? t('certificatesAdmin.revokedOn', {
                  date: result.revokedOn ? formatLocalDate(result.revokedOn) : '',
                  reason: result.revokeReason ?? '',
                })
              : t('certificatesAdmin.valid')}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
    </Card>
  );
}
