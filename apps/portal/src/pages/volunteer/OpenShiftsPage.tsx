import { EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Segmented, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TAG_COLORS } from '../../components/tag-colors';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { Panel } from '../../components/Panel';
import { PhonePage } from '../../components/PhonePage';
import { QueryState } from '../../components/QueryState';
import { SignupStatusTag } from '../../components/SignupStatusTag';
import { dayBounds, dayjs, formatRange } from '../../lib/time';
import { keys } from './queries';

type Shift = Schemas['ShiftView'];

/** Open shifts, those that fit me first, with sign-up and the reason when I cannot. */
export default function OpenShiftsPage() {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'fits' | 'all'>('fits');
  const [day, setDay] = useState<string>('');
  const [venue, setVenue] = useState<string | null>(null);
  const [skill, setSkill] = useState<string | null>(null);

  const filters = { scope, day };
  const shifts = useQuery({
    queryKey: keys.openShifts(filters),
    queryFn: async () => {
      const bounds = day ? dayBounds(dayjs(day)) : { from: new Date().toISOString(), to: undefined };
      const query = scope === 'fits' ? { fits: 'me' as const } : { status: 'open' as const };
      return unwrap(api.GET('/api/shifts', { params: { query: { ...query, ...bounds, limit: 100 } } }));
    },
  });
  const mine = useQuery({
    queryKey: keys.assignments('upcoming'),
    queryFn: () =>
      unwrap(
        api.GET('/api/volunteers/me/assignments', { params: { query: { when: 'upcoming', limit: 100 } } }),
      ),
  });
  const myStatus = useMemo(
    () => new Map((mine.data?.items ?? []).map((a) => [a.shift.id, a] as const)),
    [mine.data],
  );

  const items = shifts.data?.items ?? [];
  // The API filters by date and fit; community and skill are narrowed here, from what it answered.
  const venues = [...new Set(items.map((s) => s.location.venue))].sort();
  const skills = [...new Set(items.flatMap((s) => s.requiredSkills))].sort();
  const shown = items.filter(
    (s) => (!venue || s.location.venue === venue) && (!skill || s.requiredSkills.includes(skill)),
  );

  return (
    <PhonePage title={t('openShifts.title')}>
      <Panel aria-label={t('openShifts.filters')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Segmented<'fits' | 'all'>
            block
            value={scope}
            onChange={(v) => setScope(v)}
            options={[
              { value: 'fits', label: t('openShifts.fitsMe') },
              { value: 'all', label: t('openShifts.allOpen') },
            ]}
          />
          {/* The phone's own date picker: lighter than antd's, and what a thumb expects. */}
          <label>
            <span className="filter-label">{t('openShifts.date')}</span>
            <input
              className="native-date"
              type="date"
              value={day}
              min={dayjs().format('YYYY-MM-DD')}
              onChange={(e) => setDay(e.target.value)}
            />
          </label>
          <Chips
            label={t('openShifts.community')}
            all={t('openShifts.anyCommunity')}
            options={venues}
            value={venue}
            onChange={setVenue}
          />
          <Chips
            label={t('openShifts.skill')}
            all={t('openShifts.anySkill')}
            options={skills}
            value={skill}
            onChange={setSkill}
          />
        </Space>
      </Panel>
      <QueryState query={shifts} isEmpty={() => shown.length === 0} empty={t('openShifts.none')}>
        {() => (
          <div className="stack" aria-live="polite">
            {shown.map((shift) => (
              <ShiftCard key={shift.id} shift={shift} mine={myStatus.get(shift.id)} />
            ))}
          </div>
        )}
      </QueryState>
    </PhonePage>
  );
}

function ShiftCard({ shift, mine }: { shift: Shift; mine?: Schemas['AssignmentView'] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const signUp = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/shifts/{id}/signups', { params: { path: { id: shift.id } }, body: {} })),
    onSuccess: (signup) => {
      void message.success(
        signup.status === 'waitlisted'
          ? t('openShifts.waitlisted', { position: signup.waitlistPosition })
          : signup.status === 'pending'
            ? t('openShifts.pending')
            : t('openShifts.confirmed'),
      );
      void queryClient.invalidateQueries({ queryKey: ['assignments'] });
      void queryClient.invalidateQueries({ queryKey: ['shifts'] });
    },
  });
  const active = mine && !['cancelled', 'rejected', 'expired'].includes(mine.status);
  const titleId = `shift-${shift.id}`;
  return (
    <Panel aria-labelledby={titleId}>
      <h2 id={titleId}>{shift.title}</h2>
      <p>{formatRange(shift.startsAt, shift.endsAt)}</p>
      <p className="muted">
        <EnvironmentOutlined aria-hidden /> {shift.location.venue}
        {shift.location.address ? ` · ${shift.location.address}` : ''}
      </p>
      <Flex gap={4} wrap style={{ marginBottom: 8 }}>
        <Tag icon={<TeamOutlined aria-hidden />}>
          {shift.seatsLeft > 0
            ? t('openShifts.seatsLeft', { left: shift.seatsLeft, capacity: shift.capacity })
            : t('openShifts.full')}
        </Tag>
        {shift.signUpMode === 'approval' ? (
          <Tag color={TAG_COLORS.gold}>{t('openShifts.needsApproval')}</Tag>
        ) : null}
        {shift.requiredSkills.map((s) => (
          <Tag key={`s-${s}`} color="blue">
            {s}
          </Tag>
        ))}
        {shift.requiredCertifications.map((c) => (
          <Tag key={`c-${c}`} color="purple">
            {t('openShifts.certification', { name: c })}
          </Tag>
        ))}
      </Flex>
      {signUp.isError ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('openShifts.cannotSignUp')}
          description={errorMessage(t, signUp.error)}
          style={{ marginBottom: 8 }}
        />
      ) : null}
      {active ? (
        <Flex align="center" gap={8}>
          <SignupStatusTag status={mine.status} />
          {mine.waitlistPosition ? (
            <span>{t('assignments.position', { position: mine.waitlistPosition })}</span>
          ) : null}
          <Link to="/v/assignments">{t('openShifts.seeAssignments')}</Link>
        </Flex>
      ) : (
        <Button type="primary" block loading={signUp.isPending} onClick={() => signUp.mutate()}>
          {shift.seatsLeft > 0 ? t('openShifts.signUp') : t('openShifts.joinWaitlist')}
        </Button>
      )}
    </Panel>
  );
}

/** A row of chips to narrow by one value (or none): easier on a phone than a dropdown. */
function Chips({
  label,
  all,
  options,
  value,
  onChange,
}: {
  label: string;
  all: string;
  options: string[];
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  if (options.length === 0) return null;
  return (
    <div role="group" aria-label={label}>
      <Flex gap={4} wrap align="center">
        <span className="filter-label">{label}</span>
        <Tag.CheckableTag checked={value === null} onChange={() => onChange(null)}>
          {all}
        </Tag.CheckableTag>
        {options.map((option) => (
          <Tag.CheckableTag
            key={option}
            checked={value === option}
            onChange={(on) => onChange(on ? option : null)}
          >
            {option}
          </Tag.CheckableTag>
        ))}
      </Flex>
    </div>
  );
}
