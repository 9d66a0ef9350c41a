import { useQuery } from '@tanstack/react-query';
import { Card, List, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { PhonePage } from '../../components/PhonePage';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/time';
import { keys, useVolunteerId } from './queries';

export default function PointsPage() {
  const { t } = useTranslation();
  const volunteerId = useVolunteerId();
  const points = useQuery({
    queryKey: keys.points(volunteerId),
    queryFn: () => unwrap(api.GET('/api/volunteers/{id}/points', { params: { path: { id: volunteerId } } })),
  });
  return (
    <PhonePage title={t('points.title')} back="/v/me">
      <QueryState query={points}>
        {(data) => (
          <>
            <Card size="small">
              <Statistic title={t('points.balance')} value={data.balance} />
            </Card>
            <Card size="small" title={t('points.entries')}>
              <List
                size="small"
                locale={{ emptyText: <span className="muted">{t('points.none')}</span> }}
                dataSource={data.entries}
                renderItem={(e) => (
                  <List.Item
                    extra={
                      <Typography.Text strong>{e.points > 0 ? `+${e.points}` : e.points}</Typography.Text>
                    }
                  >
                    <List.Item.Meta title={e.reason} description={formatDateTime(e.createdAt)} />
                  </List.Item>
                )}
              />
            </Card>
          </>
        )}
      </QueryState>
    </PhonePage>
  );
}
