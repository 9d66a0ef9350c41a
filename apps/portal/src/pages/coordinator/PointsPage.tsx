import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  List,
  Row,
  Statistic,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { DeskPage } from '../../components/DeskPage';
import { VolunteerSelect } from '../../components/staff/VolunteerSelect';
import { formatDateTime } from '../../lib/time';

interface Values {
  volunteerId: string;
  points: number;
  reason: string;
}

/** Award points by hand (a talk given, a training run), and see a volunteer's balance and history. */
export default function PointsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const volunteerId = Form.useWatch('volunteerId', form);
  const points = useQuery({
    queryKey: ['points', volunteerId],
    enabled: Boolean(volunteerId),
    queryFn: () => unwrap(api.GET('/api/volunteers/{id}/points', { params: { path: { id: volunteerId } } })),
  });
  const award = useMutation({
    mutationFn: (v: Values) =>
      unwrap(api.POST('/api/points/awards', { body: { ...v, reason: v.reason.trim() } })),
    onSuccess: () => {
      void message.success(t('pointsAdmin.awarded'));
      form.setFieldsValue({ points: undefined, reason: '' });
      void queryClient.invalidateQueries({ queryKey: ['points'] });
    },
  });
  return (
    <DeskPage title={t('pointsAdmin.title')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('pointsAdmin.award')}>
            <Typography.Paragraph type="secondary">{t('pointsAdmin.explain')}</Typography.Paragraph>
            <Form<Values> form={form} layout="vertical" onFinish={(v) => award.mutate(v)}>
              {award.isError ? (
                <Alert
                  type="error"
                  showIcon
                  role="alert"
                  title={errorMessage(t, award.error)}
                  style={{ marginBottom: 12 }}
                />
              ) : null}
              <Form.Item
                name="volunteerId"
                label={t('staff.volunteer')}
                rules={[{ required: true, message: t('staff.pickVolunteer') }]}
              >
                <VolunteerSelect />
              </Form.Item>
              <Form.Item
                name="points"
                label={t('pointsAdmin.points')}
                extra={t('pointsAdmin.pointsHint')}
                rules={[{ required: true, message: t('pointsAdmin.pointsRequired') }]}
              >
                <InputNumber min={-1000} max={1000} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item
                name="reason"
                label={t('common.reason')}
                rules={[{ required: true, message: t('common.reasonRequired') }]}
              >
                <Input maxLength={200} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={award.isPending}>
                {t('pointsAdmin.submit')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('pointsAdmin.history')}>
            {volunteerId ? (
              <>
                <Statistic
                  title={t('points.balance')}
                  value={points.data?.balance ?? 0}
                  loading={points.isPending}
                />
                <List
                  size="small"
                  dataSource={points.data?.entries ?? []}
                  locale={{ emptyText: <span className="muted">{t('points.none')}</span> }}
                  renderItem={(e) => (
                    <List.Item extra={<strong>{e.points > 0 ? `+${e.points}` : e.points}</strong>}>
                      <List.Item.Meta title={e.reason} description={formatDateTime(e.createdAt)} />
                    </List.Item>
                  )}
                />
              </>
            ) : (
              <Typography.Text type="secondary">{t('pointsAdmin.pickToSee')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </DeskPage>
  );
}
