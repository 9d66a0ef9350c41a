import {
  CloudUploadOutlined,
  AuditOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DownloadOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  HeartOutlined,
  ApartmentOutlined,
  ExperimentOutlined,
  MedicineBoxOutlined,
  FieldTimeOutlined,
  FormOutlined,
  InboxOutlined,
  ScheduleOutlined,
  UnorderedListOutlined,
  FileProtectOutlined,
  LogoutOutlined,
  MailOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Menu, Typography, type MenuProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { hasRole, signOut, useAccount } from '../../auth/use-session';
import { LanguageSwitch } from '../../components/LanguageSwitch';

/** The menu item of the page: the longest item key the path is, or is below (`/p/events/new` over `/p/events`). */
function selectedKey(items: MenuProps['items'], path: string): string {
  const keys = (items ?? []).flatMap((item) =>
    item && 'children' in item && item.children
      ? item.children.map((c) => String(c?.key))
      : [String(item?.key)],
  );
  return keys
    .filter((k) => path === k || path.startsWith(`${k}/`))
    .reduce((best, k) => (k.length > best.length ? k : best), '');
}

/** Laptop pages: a side menu by role, the page on the right; the menu folds away on a narrow screen. */
export function DeskShell() {
  const { t } = useTranslation();
  const account = useAccount();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.lg;
  const [collapsed, setCollapsed] = useState(narrow);
  useEffect(() => setCollapsed(narrow), [narrow]);

  const staff = hasRole(account, 'coordinator', 'admin');
  const items: MenuProps['items'] = [
    ...(staff
      ? [
          {
            type: 'group' as const,
            key: 'coordination',
            label: t('nav.coordination'),
            children: [
              { key: '/c/dashboard', icon: <DashboardOutlined aria-hidden />, label: t('nav.dashboard') },
              { key: '/c/shifts', icon: <CalendarOutlined aria-hidden />, label: t('nav.shiftsManage') },
              { key: '/c/volunteers', icon: <UserOutlined aria-hidden />, label: t('nav.volunteers') },
              { key: '/c/teams', icon: <TeamOutlined aria-hidden />, label: t('nav.teams') },
              { key: '/c/hours', icon: <FieldTimeOutlined aria-hidden />, label: t('nav.hoursQueue') },
              {
                key: '/c/declarations',
                icon: <FileDoneOutlined aria-hidden />,
                label: t('declarations.nav'),
              },
              { key: '/c/points', icon: <TrophyOutlined aria-hidden />, label: t('nav.points') },
              {
                key: '/c/certificates',
                icon: <FileProtectOutlined aria-hidden />,
                label: t('nav.certificates'),
              },
              { key: '/c/exports', icon: <DownloadOutlined aria-hidden />, label: t('nav.exports') },
              { key: '/c/handovers', icon: <CloudUploadOutlined aria-hidden />, label: t('handover.nav') },
            ],
          },
          {
            type: 'group' as const,
            key: 'partnerWork',
            label: t('nav.partnerWork'),
            children: [
              {
                key: '/c/partner-events',
                icon: <FileSearchOutlined aria-hidden />,
                label: t('nav.reviewQueue'),
              },
              {
                key: '/c/partner-calendar',
                icon: <ScheduleOutlined aria-hidden />,
                label: t('nav.partnerCalendar'),
              },
              { key: '/c/projects', icon: <ApartmentOutlined aria-hidden />, label: t('nav.projects') },
            ],
          },
          {
            type: 'group' as const,
            key: 'screening',
            label: t('campaigns.navGroup'),
            children: [
              {
                key: '/c/campaigns',
                icon: <ExperimentOutlined aria-hidden />,
                label: t('campaigns.nav'),
              },
            ],
          },
        ]
      : []),
    ...(hasRole(account, 'partner')
      ? [
          {
            type: 'group' as const,
            key: 'partner',
            label: account.name,
            children: [
              { key: '/p/events', icon: <UnorderedListOutlined aria-hidden />, label: t('nav.myEvents') },
              { key: '/p/events/new', icon: <FormOutlined aria-hidden />, label: t('nav.newEvent') },
              { key: '/p/inbox', icon: <InboxOutlined aria-hidden />, label: t('nav.inbox') },
              {
                key: '/p/referrals',
                icon: <MedicineBoxOutlined aria-hidden />,
                label: t('referralInbox.nav'),
              },
              {
                key: '/p/campaigns',
                icon: <ExperimentOutlined aria-hidden />,
                label: t('partnerCampaigns.nav'),
              },
              { key: '/p/projects', icon: <ApartmentOutlined aria-hidden />, label: t('nav.projects') },
            ],
          },
        ]
      : []),
    ...(hasRole(account, 'counsellor', 'admin')
      ? [
          {
            type: 'group' as const,
            key: 'counselling',
            label: t('counselling.nav.group'),
            children: [
              {
                key: '/k/programmes',
                icon: <HeartOutlined aria-hidden />,
                label: t('counselling.nav.programmes'),
              },
              {
                key: '/k/peer-hours',
                icon: <FieldTimeOutlined aria-hidden />,
                label: t('counselling.nav.peerHours'),
              },
            ],
          },
        ]
      : []),
    ...(hasRole(account, 'admin')
      ? [
          {
            type: 'group' as const,
            key: 'administration',
            label: t('nav.administration'),
            children: [
              { key: '/admin/accounts', icon: <UserSwitchOutlined aria-hidden />, label: t('nav.accounts') },
              { key: '/admin/invitations', icon: <MailOutlined aria-hidden />, label: t('nav.invitations') },
              { key: '/admin/audit', icon: <AuditOutlined aria-hidden />, label: t('nav.audit') },
            ],
          },
        ]
      : []),
    ...(hasRole(account, 'volunteer')
      ? [{ key: '/v/shifts', icon: <UserOutlined aria-hidden />, label: t('nav.volunteerPages') }]
      : []),
  ];
  const selected = selectedKey(items, location.pathname);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={narrow ? 0 : 80}
        collapsed={collapsed}
        onCollapse={setCollapsed}
        theme="light"
        width={220}
        style={{ borderRight: '1px solid #e5e7eb' }}
      >
        <div style={{ padding: '16px 20px', fontWeight: 700, fontSize: 18, color: '#0b5cad' }}>
          {collapsed ? 'L' : t('app.short')}
        </div>
        <nav aria-label={t('nav.main')}>
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            items={items}
            onClick={({ key }) => {
              void navigate(key);
              if (narrow) setCollapsed(true);
            }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          // On a phone the folded menu's button sits at the header's left (global.css), not over the page's title.
          style={{
            background: '#fff',
            padding: narrow ? '0 12px 0 52px' : '0 16px',
            borderBottom: '1px solid #e5e7eb',
          }}
        >
          <Flex justify="space-between" align="center" style={{ height: '100%' }} gap={8}>
            <Typography.Text strong ellipsis>
              {account.name}
            </Typography.Text>
            <Flex gap={8} align="center">
              <LanguageSwitch />
              <Button
                size="small"
                icon={<LogoutOutlined aria-hidden />}
                onClick={() => void signOut().then(() => navigate('/login', { replace: true }))}
              >
                {t('nav.signOut')}
              </Button>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content>
          <main className="desk-content">
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
