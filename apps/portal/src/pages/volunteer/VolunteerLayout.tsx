import {
  BellOutlined,
  CalendarOutlined,
  HeartOutlined,
  ScanOutlined,
  ScheduleOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { RequireRole } from '../../auth/RequireRole';
import { useUnreadCount } from './queries';

/** Phone-first: the page above, six tabs at the bottom within thumb's reach. */
export default function VolunteerLayout() {
  return (
    <RequireRole roles={['volunteer']}>
      <div className="phone-shell">
        <Outlet />
        <TabBar />
      </div>
    </RequireRole>
  );
}

function TabBar() {
  const { t } = useTranslation();
  const unread = useUnreadCount().data ?? 0;
  const tabs = [
    { to: '/v/shifts', icon: <CalendarOutlined aria-hidden />, label: t('nav.shifts') },
    { to: '/v/assignments', icon: <ScheduleOutlined aria-hidden />, label: t('nav.assignments') },
    { to: '/v/scan', icon: <ScanOutlined aria-hidden />, label: t('nav.scan') },
    { to: '/v/groups', icon: <HeartOutlined aria-hidden />, label: t('counselling.nav.groupsTab') },
    {
      to: '/v/notifications',
      icon: (
        <Badge count={unread} size="small" offset={[6, 0]}>
          <BellOutlined aria-hidden />
        </Badge>
      ),
      label: t('nav.notifications'),
      extra: unread > 0 ? <span className="sr-only">{t('nav.unread', { count: unread })}</span> : null,
    },
    { to: '/v/me', icon: <UserOutlined aria-hidden />, label: t('nav.me') },
  ];
  return (
    <nav className="tabbar" aria-label={t('nav.main')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.to !== '/v/me' && tab.to !== '/v/groups'}>
              {tab.icon}
              <span>{tab.label}</span>
              {'extra' in tab ? tab.extra : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
