import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { counsellingKeys } from '../../components/counselling/queries';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableEmpty } from '../../components/QueryState';
import { formatLocalDate } from '../../lib/time';
import { ProgrammeStatusTag } from '../../components/counselling/tags';

type Programme = Schemas['ProgrammeView'];

/** The programmes the counsellor facilitates (an admin: all), newest first. */
export default function ProgrammesPage() {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: counsellingKeys.programmes,
    queryFn: () => unwrap(api.GET('/api/programmes', { params: { query: { limit: 100 } } })),
  });
  return (
    <DeskPage title={t('counselling.programmes.title')}>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <Card>
        <Table<Programme>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <TableEmpty text={t('counselling.programmes.none')} /> }}
          columns={[
            {
              title: t('counselling.programmes.name'),
              dataIndex: 'title',
              render: (_, p) => <Link to={`/k/programmes/${p.id}`}>{p.title}</Link>,
            },
            {
              title: t('counselling.programmes.kind'),
              dataIndex: 'kind',
              render: (kind: string) => t(`counselling.kind.${kind}`),
            },
            {
              title: t('counselling.programmes.period'),
              key: 'period',
              render: (_, p) => `${formatLocalDate(p.startsOn)} – ${formatLocalDate(p.endsOn)}`,
            },
            { title: t('counselling.programmes.capacity'), dataIndex: 'capacity' },
            {
              title: t('counselling.programmes.confidentiality'),
              dataIndex: 'confidentiality',
              render: (c: string) => <Tag>{t(`counselling.confidentiality.${c}`)}</Tag>,
            },
            {
              title: t('counselling.programmes.status'),
              dataIndex: 'status',
              render: (s: string) => <ProgrammeStatusTag status={s} />,
            },
          ]}
        />
      </Card>
    </DeskPage>
  );
}
