import { useInfiniteQuery } from '@tanstack/react-query';
import { Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { useAccount } from '../../auth/use-session';
import { DeskPage } from '../../components/DeskPage';
import { LoadMore } from '../../components/LoadMore';
import { TableEmpty } from '../../components/QueryState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePartnerLinks } from '../../components/partner/queries';
import { ProjectStatusTag, projectPeriod } from './ProjectPage';

type Project = Schemas['ProjectView'];

/** The joint projects: a partner sees those its organisation takes part in (and its role), a coordinator all. */
export default function ProjectsPage() {
  const { t } = useTranslation();
  const account = useAccount();
  const links = usePartnerLinks();
  const [q, setQ] = useState('');
  const projects = useInfiniteQuery({
    queryKey: ['projects', q],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/projects', { params: { query: { q: q || undefined, limit: 50, cursor: pageParam } } }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = projects.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <DeskPage title={t('projects.title')}>
      <Input.Search
        allowClear
        aria-label={t('projects.search')}
        placeholder={t('projects.search')}
        onSearch={setQ}
        style={{ maxWidth: 320 }}
      />
      <ErrorAlert error={projects.error} onRetry={() => void projects.refetch()} />
      <Table<Project>
        rowKey="id"
        loading={projects.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: <TableEmpty text={t('projects.none')} /> }}
        columns={[
          {
            title: t('projects.name'),
            dataIndex: 'name',
            render: (name: string, p) => <Link to={links.project(p.id)}>{name}</Link>,
          },
          { title: t('projects.period'), key: 'period', render: (_, p) => projectPeriod(t, p) },
          {
            title: t('projects.status'),
            key: 'status',
            render: (_, p) => <ProjectStatusTag status={p.status} />,
          },
          ...(account.organisationId
            ? [
                {
                  title: t('projects.myRole'),
                  key: 'role',
                  render: (_: unknown, p: Project) => {
                    const role = p.partners.find((x) => x.organisationId === account.organisationId)?.role;
                    return role ? <Tag>{t(`projectRole.${role}`)}</Tag> : '—';
                  },
                },
              ]
            : []),
          { title: t('projects.partners'), key: 'partners', render: (_, p) => p.partners.length },
        ]}
      />
      <LoadMore query={projects} />
    </DeskPage>
  );
}
