import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Flex, Segmented, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { ShiftStatusTag } from '../../components/SignupStatusTag';
import { formatRange } from '../../lib/time';
import { ShiftFormDrawer } from './ShiftFormDrawer';

type When = 'upcoming' | 'past' | 'all';
type Status = Schemas['ShiftView']['status'];

export default function ShiftsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [when, setWhen] = useState<When>('upcoming');
  const [status, setStatus] = useState<Status | undefined>();
  const [teamId, setTeamId] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  const teams = useQuery({
    queryKey: ['teams', 'all'],
    queryFn: () => unwrap(api.GET('/api/teams', { params: { query: { limit: 100 } } })),
  });
  const shifts = useInfiniteQuery({
    queryKey: ['shifts', 'manage', when, status, teamId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/shifts', { params: { query: { when, status, teamId, limit: 50, cursor: pageParam } } }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const teamName = new Map((teams.data?.items ?? []).map((team) => [team.id, team.name] as const));
  const rows = shifts.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <DeskPage
      title={t('shifts.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('shifts.new')}
        </Button>
      }
    >
      <Flex gap={8} wrap>
        <Segmented<When>
          value={when}
          onChange={setWhen}
          options={(['upcoming', 'past', 'all'] as const).map((w) => ({
            value: w,
            label: t(`shifts.when.${w}`),
          }))}
        />
        <Select<Status>
          allowClear
          placeholder={t('shifts.anyStatus')}
          aria-label={t('shifts.status')}
          value={status}
          onChange={setStatus}
          style={{ width: 160 }}
          options={(['open', 'full', 'closed', 'cancelled', 'completed'] as const).map((s) => ({
            value: s,
            label: t(`shiftStatus.${s}`),
          }))}
        />
        <Select<string>
          allowClear
          placeholder={t('shifts.anyTeam')}
          aria-label={t('shifts.team')}
          value={teamId}
          onChange={setTeamId}
          style={{ width: 200 }}
          options={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
        />
      </Flex>
      <ErrorAlert error={shifts.error} onRetry={() => void shifts.refetch()} />
      <Table<Schemas['ShiftView']>
        rowKey="id"
        loading={shifts.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('shifts.columns.title'),
            dataIndex: 'title',
            render: (title: string, s) => <Link to={`/c/shifts/${s.id}`}>{title}</Link>,
          },
          {
            title: t('shifts.columns.time'),
            key: 'time',
            render: (_, s) => formatRange(s.startsAt, s.endsAt),
          },
          { title: t('shifts.columns.venue'), key: 'venue', render: (_, s) => s.location.venue },
          {
            title: t('shifts.columns.team'),
            key: 'team',
            render: (_, s) => (s.teamId ? teamName.get(s.teamId) : '—'),
          },
          {
            title: t('shifts.columns.seats'),
            key: 'seats',
            render: (_, s) => `${s.seatsTaken} / ${s.capacity}`,
          },
          { title: t('shifts.columns.mode'), key: 'mode', render: (_, s) => t(`signUpMode.${s.signUpMode}`) },
          {
            title: t('shifts.columns.status'),
            key: 'status',
            render: (_, s) => <ShiftStatusTag status={s.status} />,
          },
        ]}
      />
      <LoadMore query={shifts} />
      {creating ? (
        <ShiftFormDrawer
          onClose={(saved) => {
            setCreating(false);
            if (saved) void navigate(`/c/shifts/${saved.id}`);
          }}
        />
      ) : null}
    </DeskPage>
  );
}
