import {
  CalendarOutlined,
  FileProtectOutlined,
  IdcardOutlined,
  LogoutOutlined,
  MedicineBoxOutlined,
  QrcodeOutlined,
  RightOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, List, Rate, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { signOut, useAccount } from '../../auth/use-session';
import { PhonePage } from '../../components/PhonePage';
import { keys, useLedTeams, useMyProfile, useVolunteerId } from './queries';

export default function MePage() {
  const { t } = useTranslation();
  const account = useAccount();
  const navigate = useNavigate();
  const volunteerId = useVolunteerId();
  const profile = useMyProfile();
  const hours = useQuery({
    queryKey: keys.hours(volunteerId),
    queryFn: () => unwrap(api.GET('/api/volunteers/{id}/hours', { params: { path: { id: volunteerId } } })),
  });
  const points = useQuery({
    queryKey: keys.points(volunteerId),
    queryFn: () => unwrap(api.GET('/api/volunteers/{id}/points', { params: { path: { id: volunteerId } } })),
  });
  const led = useLedTeams();

  const links: { to: string; icon: ReactNode; label: string }[] = [
    { to: '/v/me/card', icon: <QrcodeOutlined aria-hidden />, label: t('volunteerCard.title') },
    { to: '/v/me/hours', icon: <StarOutlined aria-hidden />, label: t('me.hours') },
    { to: '/v/me/points', icon: <TrophyOutlined aria-hidden />, label: t('me.points') },
    { to: '/v/me/certificates', icon: <FileProtectOutlined aria-hidden />, label: t('me.certificates') },
    { to: '/v/me/profile', icon: <IdcardOutlined aria-hidden />, label: t('me.profile') },
    { to: '/v/me/calendar', icon: <CalendarOutlined aria-hidden />, label: t('me.calendar') },
    { to: '/v/screening', icon: <MedicineBoxOutlined aria-hidden />, label: t('screener.mineTitle') },
    ...(led.data?.length
      ? [{ to: '/v/team', icon: <TeamOutlined aria-hidden />, label: t('me.myTeam') }]
      : []),
  ];
  const level = hours.data?.starLevel.level ?? 0;

  return (
    <PhonePage title={t('me.title')}>
      <Card size="small">
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {profile.data?.name ?? account.name}
        </Typography.Title>
        <Typography.Text type="secondary">
          {profile.data ? `${profile.data.studentNumber} · ${profile.data.department ?? ''}` : ''}
        </Typography.Text>
        <Row gutter={12} style={{ marginTop: 12 }}>
          <Col span={12}>
            <Statistic title={t('me.verifiedHours')} value={hours.data?.totalVerifiedHours ?? '–'} />
            <Rate
              disabled
              count={5}
              value={level}
              aria-label={t('me.stars', { count: level })}
              style={{ fontSize: 14 }}
            />
          </Col>
          <Col span={12}>
            <Statistic title={t('me.pointsBalance')} value={points.data?.balance ?? '–'} />
          </Col>
        </Row>
      </Card>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <nav aria-label={t('me.title')}>
          <List
            dataSource={links}
            renderItem={(item) => (
              <List.Item style={{ padding: 0 }}>
                <Link
                  to={item.to}
                  style={{
                    display: 'flex',
                    width: '100%',
                    alignItems: 'center',
                    gap: 12,
                    padding: '12px 16px',
                    color: 'inherit',
                  }}
                >
                  {item.icon}
                  <span style={{ flex: 1 }}>{item.label}</span>
                  <RightOutlined aria-hidden />
                </Link>
              </List.Item>
            )}
          />
        </nav>
      </Card>
      <Button
        block
        danger
        icon={<LogoutOutlined aria-hidden />}
        onClick={() => void signOut().then(() => navigate('/login', { replace: true }))}
      >
        {t('nav.signOut')}
      </Button>
    </PhonePage>
  );
}
