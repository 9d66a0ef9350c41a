import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { HomeRedirect } from '../auth/HomeRedirect';
import { RequireSignIn } from '../auth/RequireSignIn';
import { loadDeskTexts } from '../i18n';

/** A route whose code is loaded when it is first visited: each role's pages are their own chunks. */
function page(load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load()).default }) };
}

/** A desk's layout: the desks' texts are loaded with it, before anything of the desk renders. */
function desk(load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> {
  return page(async () => (await Promise.all([load(), loadDeskTexts()]))[0]);
}

/**
 * A section's own address (/v, /c, /p, /k, /admin: typed, bookmarked, or a breadcrumb) opens the
 * person's home page instead of an empty frame.
 */
const sectionHome: RouteObject = { index: true, Component: HomeRedirect };

const volunteer: RouteObject[] = [
  sectionHome,
  { path: 'shifts', ...page(() => import('../pages/volunteer/OpenShiftsPage')) },
  { path: 'assignments', ...page(() => import('../pages/volunteer/AssignmentsPage')) },
  { path: 'scan', ...page(() => import('../pages/volunteer/ScanPage')) },
  { path: 'notifications', ...page(() => import('../pages/volunteer/NotificationsPage')) },
  { path: 'me', ...page(() => import('../pages/volunteer/MePage')) },
  { path: 'me/hours', ...page(() => import('../pages/volunteer/HoursPage')) },
  { path: 'me/hours/declare', ...page(() => import('../pages/volunteer/DeclareHoursPage')) },
  { path: 'me/points', ...page(() => import('../pages/volunteer/PointsPage')) },
  { path: 'me/certificates', ...page(() => import('../pages/volunteer/CertificatesPage')) },
  { path: 'me/profile', ...page(() => import('../pages/volunteer/ProfilePage')) },
  { path: 'me/calendar', ...page(() => import('../pages/volunteer/CalendarPage')) },
  { path: 'me/card', ...page(() => import('../pages/volunteer/CardPage')) },
  { path: 'team', ...page(() => import('../pages/leader/TeamShiftsPage')) },
  { path: 'team/shifts/:id', ...page(() => import('../pages/leader/LeaderShiftPage')) },
  // The reviewers' texts are the desks': loaded with the page, not in the volunteers' first load.
  { path: 'team/declarations', ...desk(() => import('../pages/leader/TeamDeclarationsPage')) },
  { path: 'groups', ...page(() => import('../pages/groups/GroupsPage')) },
  { path: 'groups/:id', ...page(() => import('../pages/groups/GroupPage')) },
  { path: 'screening', ...page(() => import('../pages/screener/MySessionsPage')) },
  { path: 'screening/sessions/:id', ...page(() => import('../pages/screener/SessionPage')) },
];

const coordinator: RouteObject[] = [
  sectionHome,
  { path: 'dashboard', ...page(() => import('../pages/coordinator/DashboardPage')) },
  { path: 'shifts', ...page(() => import('../pages/coordinator/ShiftsPage')) },
  { path: 'shifts/:id', ...page(() => import('../pages/coordinator/ShiftDetailPage')) },
  { path: 'volunteers', ...page(() => import('../pages/coordinator/VolunteersPage')) },
  { path: 'teams', ...page(() => import('../pages/coordinator/TeamsPage')) },
  { path: 'hours', ...page(() => import('../pages/coordinator/HoursQueuePage')) },
  { path: 'declarations', ...page(() => import('../pages/coordinator/DeclarationsPage')) },
  { path: 'points', ...page(() => import('../pages/coordinator/PointsPage')) },
  { path: 'certificates', ...page(() => import('../pages/coordinator/CertificatesPage')) },
  { path: 'exports', ...page(() => import('../pages/coordinator/ExportsPage')) },
  { path: 'handovers', ...page(() => import('../pages/coordinator/HandoverPage')) },
  { path: 'partner-events', ...page(() => import('../pages/coordinator/ReviewQueuePage')) },
  { path: 'partner-events/:id', ...page(() => import('../pages/partner/EventPage')) },
  { path: 'partner-calendar', ...page(() => import('../pages/coordinator/PartnerCalendarPage')) },
  { path: 'projects', ...page(() => import('../pages/partner/ProjectsPage')) },
  { path: 'projects/:id', ...page(() => import('../pages/partner/ProjectPage')) },
  { path: 'campaigns', ...page(() => import('../pages/campaigns/CampaignsPage')) },
  { path: 'campaigns/:id', ...page(() => import('../pages/campaigns/CampaignPage')) },
  { path: 'campaigns/:id/sessions', ...page(() => import('../pages/campaigns/SessionsPage')) },
  { path: 'campaigns/:id/tasks', ...page(() => import('../pages/campaigns/TasksPage')) },
  { path: 'campaigns/:id/import', ...page(() => import('../pages/campaigns/ImportPage')) },
  { path: 'residents/:id', ...page(() => import('../pages/residents/ResidentPage')) },
];

const partner: RouteObject[] = [
  sectionHome,
  { path: 'events', ...page(() => import('../pages/partner/PartnerHomePage')) },
  { path: 'events/new', ...page(() => import('../pages/partner/EventFormPage')) },
  { path: 'events/:id', ...page(() => import('../pages/partner/EventPage')) },
  { path: 'events/:id/edit', ...page(() => import('../pages/partner/EventFormPage')) },
  { path: 'inbox', ...page(() => import('../pages/partner/InboxPage')) },
  { path: 'referrals', ...page(() => import('../pages/partner/ReferralsPage')) },
  { path: 'campaigns', ...page(() => import('../pages/partner/PartnerCampaignsPage')) },
  { path: 'campaigns/:id', ...page(() => import('../pages/partner/PartnerCampaignPage')) },
  { path: 'projects', ...page(() => import('../pages/partner/ProjectsPage')) },
  { path: 'projects/:id', ...page(() => import('../pages/partner/ProjectPage')) },
];

const counsellor: RouteObject[] = [
  sectionHome,
  { path: 'programmes', ...page(() => import('../pages/counsellor/ProgrammesPage')) },
  { path: 'programmes/:id', ...page(() => import('../pages/counsellor/ProgrammePage')) },
  { path: 'peer-hours', ...page(() => import('../pages/counsellor/PeerHoursPage')) },
];

const admin: RouteObject[] = [
  sectionHome,
  { path: 'accounts', ...page(() => import('../pages/admin/AccountsPage')) },
  { path: 'invitations', ...page(() => import('../pages/admin/InvitationsPage')) },
  { path: 'audit', ...page(() => import('../pages/admin/AuditPage')) },
];

export const routes: RouteObject[] = [
  { path: '/login', ...page(() => import('../auth/LoginPage')) },
  { path: '/invite', ...page(() => import('../auth/AcceptInvitationPage')) },
  {
    path: '/',
    Component: RequireSignIn,
    children: [
      { index: true, Component: HomeRedirect },
      { path: 'v', ...page(() => import('../pages/volunteer/VolunteerLayout')), children: volunteer },
      // The rotating QR for the venue: full screen, no navigation around it.
      { path: 'qr/:id', ...page(() => import('../pages/leader/CheckInQrPage')) },
      { path: 'c', ...desk(() => import('../pages/desk/CoordinatorLayout')), children: coordinator },
      { path: 'admin', ...desk(() => import('../pages/desk/AdminLayout')), children: admin },
      { path: 'p', ...desk(() => import('../pages/partner/PartnerLayout')), children: partner },
      { path: 'k', ...desk(() => import('../pages/counsellor/CounsellorLayout')), children: counsellor },
      { path: 'home', ...page(() => import('../pages/common/OtherRolesHome')) },
    ],
  },
  { path: '*', ...page(() => import('../pages/common/NotFoundPage')) },
];

export const router = createBrowserRouter(routes);
