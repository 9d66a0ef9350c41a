import { FileDoneOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Panel } from '../../components/Panel';
import { PhonePage } from '../../components/PhonePage';
import { ShiftStatusTag } from '../../components/SignupStatusTag';
import { formatRange } from '../../lib/time';
import { useLedTeams } from '../volunteer/queries';

/** A team leader's teams and their shifts, to run them at the venue. */
export default function TeamShiftsPage() {
  const { t } = useTranslation();
  const led = useLedTeams();
  return (
    <PhonePage title={t('leader.title')} back="/v/me">
      {led.isPending ? <Skeleton active /> : null}
      <ErrorAlert error={led.error} onRetry={() => void led.refetch()} />
      {led.data?.length === 0 ? <Empty description={t('leader.notLeader')} /> : null}
      {led.data?.length ? (
        <Link to="/v/team/declarations" className="panel" style={{ display: 'block', color: 'inherit' }}>
          <Flex justify="space-between" align="center" gap={8}>
            <span>
              <FileDoneOutlined aria-hidden /> {t('leader.declarations')}
            </span>
            <RightOutlined aria-hidden />
          </Flex>
        </Link>
      ) : null}
      {led.data?.map((team) => (
        <TeamShifts key={team.id} team={team} />
      ))}
    </PhonePage>
  );
}

function TeamShifts({ team }: { team: Schemas['TeamView'] }) {
  const { t } = useTranslation();
  const shifts = useQuery({
    queryKey: ['shifts', 'team', team.id],
    queryFn: () => unwrap(api.GET('/api/shifts', { params: { query: { teamId: team.id, limit: 50 } } })),
  });
  const titleId = `team-${team.id}`;
  return (
    <Panel aria-labelledby={titleId}>
      <h2 id={titleId}>{team.name}</h2>
      <ErrorAlert error={shifts.error} />
      {shifts.data?.items.length === 0 ? <p className="muted">{t('leader.noShifts')}</p> : null}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {shifts.data?.items.map((shift) => (
          <li key={shift.id} style={{ borderTop: '1px solid #f0f0f0' }}>
            <Link
              to={`/v/team/shifts/${shift.id}`}
              style={{ display: 'block', padding: '10px 0', color: 'inherit' }}
            >
              <Flex justify="space-between" align="center" gap={8}>
                <span>
                  <strong>{shift.title}</strong>
                  <br />
                  <span className="muted">{formatRange(shift.startsAt, shift.endsAt)}</span>
                </span>
                <Flex align="center" gap={4}>
                  <ShiftStatusTag status={shift.status} />
                  <RightOutlined aria-hidden />
                </Flex>
              </Flex>
            </Link>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
