import { DownloadOutlined, FileAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TAG_COLORS } from '../../components/tag-colors';
import { api, download, unwrap } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { PhonePage } from '../../components/PhonePage';
import { QueryState } from '../../components/QueryState';
import { formatLocalDate } from '../../lib/time';
import { keys, useVolunteerId } from './queries';

export default function CertificatesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const volunteerId = useVolunteerId();
  const queryClient = useQueryClient();
  const certificates = useQuery({
    queryKey: keys.certificates(volunteerId),
    queryFn: () =>
      unwrap(api.GET('/api/volunteers/{id}/certificates', { params: { path: { id: volunteerId } } })),
  });
  const issue = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/volunteers/{id}/certificates', { params: { path: { id: volunteerId } } })),
    onSuccess: (c) => {
      void message.success(t('certificates.issued', { number: c.number }));
      void queryClient.invalidateQueries({ queryKey: keys.certificates(volunteerId) });
    },
  });
  const fetchPdf = useMutation({
    mutationFn: (c: { number: string; pdfPath: string }) => download(c.pdfPath, `${c.number}.pdf`),
    onError: (e) => void message.error(errorMessage(t, e)),
  });

  return (
    <PhonePage title={t('certificates.title')} back="/v/me">
      <Card size="small">
        <Typography.Paragraph>{t('certificates.explain')}</Typography.Paragraph>
        {issue.isError ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={errorMessage(t, issue.error)}
            style={{ marginBottom: 8 }}
          />
        ) : null}
        <Button
          type="primary"
          block
          icon={<FileAddOutlined aria-hidden />}
          loading={issue.isPending}
          onClick={() => issue.mutate()}
        >
          {t('certificates.issue')}
        </Button>
      </Card>
      <QueryState query={certificates} isEmpty={(d) => d.length === 0} empty={t('certificates.none')}>
        {(list) => (
          <Card size="small">
            <List
              dataSource={list}
              renderItem={(c) => (
                <List.Item
                  actions={[
                    <Button
                      key="pdf"
                      icon={<DownloadOutlined aria-hidden />}
                      aria-label={t('certificates.downloadNamed', { number: c.number })}
                      loading={fetchPdf.isPending && fetchPdf.variables?.number === c.number}
                      onClick={() => fetchPdf.mutate(c)}
                    >
                      PDF
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={
                      <span>
                        {c.number}{' '}
                        {c.revoked ? <Tag color={TAG_COLORS.red}>{t('certificates.revoked')}</Tag> : null}
                      </span>
                    }
                    description={
                      <>
                        {t('certificates.summary', {
                          hours: c.totalHours,
                          date: formatLocalDate(c.issuedOn),
                        })}
                        {c.nationalVolunteerNumber ? (
                          <div>
                            {t('nationalNumber.onCertificate', { number: c.nationalVolunteerNumber })}
                          </div>
                        ) : null}
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        )}
      </QueryState>
    </PhonePage>
  );
}
