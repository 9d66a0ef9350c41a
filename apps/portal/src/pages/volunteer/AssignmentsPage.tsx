import { EnvironmentOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Popconfirm, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { Panel } from '../../components/Panel';
import { PhonePage } from '../../components/PhonePage';
import { QueryState } from '../../components/QueryState';
import { ShiftStatusTag, SignupStatusTag } from '../../components/SignupStatusTag';
import { formatDateTime, formatRange } from '../../lib/time';
import { keys } from './queries';

type Assignment = Schemas['AssignmentView'];

export default function AssignmentsPage() {
  const { t } = useTranslation();
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const assignments = useQuery({
    queryKey: keys.assignments(when),
    queryFn: () =>
      unwrap(api.GET('/api/volunteers/me/assignments', { params: { query: { when, limit: 100 } } })),
  });
  return (
    <PhonePage title={t('assignments.title')}>
      <Segmented<'upcoming' | 'past'>
        block
        value={when}
        onChange={(v) => setWhen(v)}
        options={[
          { value: 'upcoming', label: t('assignments.upcoming') },
          { value: 'past', label: t('assignments.past') },
        ]}
      />
      <QueryState
        query={assignments}
        isEmpty={(d) => d.items.length === 0}
        empty={
          <span>
            {t('assignments.none')} <Link to="/v/shifts">{t('assignments.findShifts')}</Link>
          </span>
        }
      >
        {(data) => (
          <div className="stack">
            {data.items.map((a) => (
              <AssignmentCard key={a.id} assignment={a} upcoming={when === 'upcoming'} />
            ))}
          </div>
        )}
      </QueryState>
    </PhonePage>
  );
}

function AssignmentCard({ assignment, upcoming }: { assignment: Assignment; upcoming: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const shiftId = assignment.shift.id;
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['assignments'] });
    void queryClient.invalidateQueries({ queryKey: ['shifts'] });
  };
  const claim = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/shifts/{id}/signups/me/claim', { params: { path: { id: shiftId } } })),
    onSuccess: () => {
      void message.success(t('assignments.claimed'));
      refresh();
    },
  });
  const cancel = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/shifts/{id}/signups/me', { params: { path: { id: shiftId } } })),
    onSuccess: () => {
      void message.success(t('assignments.cancelled'));
      refresh();
    },
  });
  const { shift } = assignment;
  const error = claim.error ?? cancel.error;
  const live =
    !['cancelled', 'rejected', 'expired'].includes(assignment.status) && shift.status !== 'cancelled';
  const titleId = `assignment-${assignment.id}`;
  return (
    <Panel aria-labelledby={titleId}>
      <Flex justify="space-between" align="start" gap={8}>
        <h2 id={titleId}>{shift.title}</h2>
        <SignupStatusTag status={assignment.status} />
      </Flex>
      <p>{formatRange(shift.startsAt, shift.endsAt)}</p>
      <p className="muted">
        <EnvironmentOutlined aria-hidden /> {shift.location.venue}
      </p>
      {shift.status === 'cancelled' ? (
        <Alert
          type="error"
          showIcon
          title={t('assignments.shiftCancelled', { reason: shift.cancelReason ?? '' })}
        />
      ) : shift.status !== 'open' && shift.status !== 'full' ? (
        <ShiftStatusTag status={shift.status} />
      ) : null}
      {assignment.status === 'waitlisted' && assignment.waitlistPosition ? (
        <p>
          <strong>{t('assignments.position', { position: assignment.waitlistPosition })}</strong>
        </p>
      ) : null}
      {assignment.status === 'offered' && assignment.offerExpiresAt ? (
        <Alert
          type="info"
          showIcon
          title={t('assignments.offer', { deadline: formatDateTime(assignment.offerExpiresAt) })}
          action={
            <Button type="primary" size="small" loading={claim.isPending} onClick={() => claim.mutate()}>
              {t('assignments.claim')}
            </Button>
          }
          style={{ marginBottom: 8 }}
        />
      ) : null}
      {error ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={errorMessage(t, error)}
          style={{ marginBottom: 8 }}
        />
      ) : null}
      {upcoming && live ? (
        <Flex gap={8} wrap>
          {assignment.status === 'confirmed' ? (
            <Button type="primary" onClick={() => void navigate('/v/scan')}>
              {t('assignments.checkIn')}
            </Button>
          ) : null}
          <Popconfirm
            title={t('assignments.cancelConfirm')}
            okText={t('assignments.cancelYes')}
            cancelText={t('common.no')}
            onConfirm={() => cancel.mutate()}
          >
            <Button danger loading={cancel.isPending}>
              {assignment.status === 'waitlisted' ? t('assignments.leaveWaitlist') : t('assignments.cancel')}
            </Button>
          </Popconfirm>
        </Flex>
      ) : null}
    </Panel>
  );
}
