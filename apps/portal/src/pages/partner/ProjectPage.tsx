import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Skeleton, Statistic, Table, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { DeskPage } from '../../components/DeskPage';
import { TableEmpty } from '../../components/QueryState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EventStatusTag } from '../../components/partner/EventStatusTag';
import { usePartnerLinks } from '../../components/partner/queries';
import { StaffingBar } from '../../components/partner/StaffingBar';
import { StatusTag } from '../../components/StatusTag';
import { TAG_COLORS } from '../../components/tag-colors';
import { formatDateTime, formatLocalDate } from '../../lib/time';

const EChart = lazy(() => import('../../components/charts/EChart'));

type Project = Schemas['ProjectDetailView'];
type ProjectEvent = Schemas['ProjectEventView'];

const STATUS_COLORS: Record<string, string> = {
  planned: TAG_COLORS.blue,
  active: TAG_COLORS.green,
  completed: TAG_COLORS.purple,
  cancelled: TAG_COLORS.grey,
};

export function ProjectStatusTag({ status }: { status: string }) {
  return <StatusTag family="projectStatus" status={status} colors={STATUS_COLORS} />;
}

export function projectPeriod(t: TFunction, p: Pick<Project, 'startsOn' | 'endsOn'>): string {
  return p.endsOn
    ? `${formatLocalDate(p.startsOn)} – ${formatLocalDate(p.endsOn)}`
    : t('projects.from', { date: formatLocalDate(p.startsOn) });
}

/** A joint project: its partners in their roles, its events with their staffing, and the hours verified to date. */
export default function ProjectPage() {
  const { id = '' } = useParams();
  const project = useQuery({
    queryKey: ['projects', id],
    queryFn: () => unwrap(api.GET('/api/projects/{id}', { params: { path: { id } } })),
  });
  if (project.isPending) return <Skeleton active />;
  if (project.isError) return <ErrorAlert error={project.error} onRetry={() => void project.refetch()} />;
  return <ProjectView project={project.data} />;
}

function ProjectView({ project }: { project: Project }) {
  const { t } = useTranslation();
  const links = usePartnerLinks();
  const names = new Map(project.partners.map((p) => [p.organisationId, p.name] as const));
  const chart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('projects.needed'), t('projects.confirmed')] },
      grid: { left: 40, right: 16, top: 36, bottom: 60 },
      xAxis: {
        type: 'category',
        data: project.events.map((e) => e.title),
        axisLabel: {
          interval: 0,
          rotate: project.events.length > 4 ? 20 : 0,
          width: 120,
          overflow: 'truncate',
        },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('projects.needed'),
          type: 'bar',
          data: project.events.map((e) => e.volunteersNeeded),
          itemStyle: { color: '#8c8c8c' },
        },
        {
          name: t('projects.confirmed'),
          type: 'bar',
          data: project.events.map((e) => e.volunteersConfirmed),
          itemStyle: { color: TAG_COLORS.green },
        },
      ],
    }),
    [project.events, t],
  );

  return (
    <DeskPage title={project.name}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'status',
            label: t('projects.status'),
            children: <ProjectStatusTag status={project.status} />,
          },
          { key: 'period', label: t('projects.period'), children: projectPeriod(t, project) },
          { key: 'goal', label: t('projects.goal'), children: project.goal, span: 3 },
        ]}
      />
      <Row gutter={[16, 16]}>
        {(
          [
            ['events', project.summary.eventsCount],
            ['needed', project.summary.volunteersNeeded],
            ['confirmed', project.summary.volunteersConfirmed],
            ['verifiedHours', project.summary.verifiedHours],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} xs={12} md={6}>
            <Card size="small">
              <Statistic title={t(`projects.${key}`)} value={value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={<h2 className="card-title">{t('projects.partnersTitle')}</h2>}>
        <Table<Schemas['ProjectPartnerView']>
          rowKey="organisationId"
          size="small"
          pagination={false}
          dataSource={project.partners}
          scroll={{ x: 560 }}
          columns={[
            { title: t('projects.organisation'), dataIndex: 'name' },
            { title: t('projects.kind'), key: 'kind', render: (_, p) => t(`organisationKind.${p.kind}`) },
            {
              title: t('projects.role'),
              key: 'role',
              render: (_, p) => (
                <Tag color={p.role === 'lead' ? TAG_COLORS.blue : undefined}>
                  {t(`projectRole.${p.role}`)}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={<h2 className="card-title">{t('projects.eventsTitle')}</h2>}>
        {project.events.length > 0 ? (
          <Suspense fallback={<Skeleton active />}>
            <EChart option={chart} label={t('projects.chartLabel')} height={260} />
          </Suspense>
        ) : null}
        <Table<ProjectEvent>
          rowKey="eventId"
          size="small"
          pagination={false}
          dataSource={project.events}
          scroll={{ x: 760 }}
          locale={{ emptyText: <TableEmpty text={t('projects.noEvents')} /> }}
          columns={[
            {
              title: t('partnerEvents.columns.title'),
              dataIndex: 'title',
              render: (title: string, e) => <Link to={links.event(e.eventId)}>{title}</Link>,
            },
            {
              title: t('partnerEvents.columns.organisation'),
              key: 'org',
              render: (_, e) => names.get(e.organisationId) ?? '—',
            },
            {
              title: t('partnerEvents.columns.when'),
              key: 'when',
              render: (_, e) => (e.startsAt ? formatDateTime(e.startsAt) : '—'),
            },
            {
              title: t('partnerEvents.columns.status'),
              key: 'status',
              render: (_, e) => <EventStatusTag status={e.status} />,
            },
            {
              title: t('partnerEvents.columns.staffing'),
              key: 'staffing',
              render: (_, e) => <StaffingBar needed={e.volunteersNeeded} confirmed={e.volunteersConfirmed} />,
            },
            { title: t('projects.verifiedHours'), dataIndex: 'verifiedHours' },
          ]}
        />
      </Card>
    </DeskPage>
  );
}
