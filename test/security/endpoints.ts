import type { Role } from '@linkage/auth';

export interface Endpoint {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** As in the OpenAPI document: `/api/organisations/{id}`. */
  path: string;
  /** Who may call it at all; `public` endpoints need no token. Record-level rules come on top. */
  access: 'public' | readonly Role[];
}

const ALL_ROLES: readonly Role[] = ['admin', 'coordinator', 'counsellor', 'partner', 'volunteer'];

/**
 * Every endpoint of the API and who may call it: the security tests are generated from this table, and
 * a test fails when the merged OpenAPI document has an operation that is not listed here.
 */
export const ENDPOINTS: readonly Endpoint[] = [
  // identity
  { method: 'POST', path: '/api/auth/login', access: 'public' },
  { method: 'POST', path: '/api/auth/refresh', access: 'public' },
  { method: 'POST', path: '/api/auth/logout', access: 'public' },
  { method: 'GET', path: '/api/auth/jwks', access: 'public' },
  { method: 'GET', path: '/api/auth/me', access: ALL_ROLES },
  { method: 'GET', path: '/api/accounts', access: ['admin', 'coordinator'] },
  { method: 'GET', path: '/api/accounts/{id}', access: ['admin', 'coordinator'] },
  { method: 'PATCH', path: '/api/accounts/{id}/roles', access: ['admin'] },
  { method: 'POST', path: '/api/accounts/{id}/deactivate', access: ['admin'] },
  { method: 'POST', path: '/api/accounts/{id}/activate', access: ['admin'] },
  { method: 'POST', path: '/api/invitations', access: ['admin', 'coordinator'] },
  { method: 'GET', path: '/api/invitations', access: ['admin', 'coordinator'] },
  { method: 'POST', path: '/api/invitations/accept', access: 'public' },
  // volunteers
  { method: 'POST', path: '/api/volunteers', access: ['admin', 'coordinator'] },
  { method: 'GET', path: '/api/volunteers', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'GET', path: '/api/volunteers/me', access: ['volunteer'] },
  { method: 'GET', path: '/api/volunteers/{id}', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'PATCH', path: '/api/volunteers/{id}', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'POST', path: '/api/volunteers/{id}/certifications', access: ['admin', 'coordinator'] },
  {
    method: 'DELETE',
    path: '/api/volunteers/{id}/certifications/{certificationId}',
    access: ['admin', 'coordinator'],
  },
  { method: 'POST', path: '/api/volunteers/{id}/consent', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'GET', path: '/api/volunteers/me/assignments', access: ['volunteer'] },
  { method: 'GET', path: '/api/volunteers/{id}/assignments', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'POST', path: '/api/volunteers/me/calendar-token', access: ['volunteer'] },
  { method: 'DELETE', path: '/api/volunteers/me/calendar-token', access: ['volunteer'] },
  { method: 'GET', path: '/api/calendar/{token}.ics', access: 'public' },
  { method: 'POST', path: '/api/teams', access: ['admin', 'coordinator'] },
  { method: 'GET', path: '/api/teams', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'GET', path: '/api/teams/{id}', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'PATCH', path: '/api/teams/{id}', access: ['admin', 'coordinator'] },
  { method: 'GET', path: '/api/teams/{id}/members', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'PUT', path: '/api/teams/{id}/members/{volunteerId}', access: ['admin', 'coordinator'] },
  { method: 'DELETE', path: '/api/teams/{id}/members/{volunteerId}', access: ['admin', 'coordinator'] },
  { method: 'POST', path: '/api/shifts', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'GET', path: '/api/shifts', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'GET', path: '/api/shifts/{id}', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'PATCH', path: '/api/shifts/{id}', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'POST', path: '/api/shifts/{id}/cancel', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'POST', path: '/api/shifts/{id}/signups', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'GET', path: '/api/shifts/{id}/signups', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'GET', path: '/api/shifts/{id}/signups/me', access: ['volunteer'] },
  { method: 'DELETE', path: '/api/shifts/{id}/signups/me', access: ['volunteer'] },
  { method: 'POST', path: '/api/shifts/{id}/signups/me/claim', access: ['volunteer'] },
  {
    method: 'GET',
    path: '/api/shifts/{id}/signups/{signupId}',
    access: ['admin', 'coordinator', 'volunteer'],
  },
  {
    method: 'DELETE',
    path: '/api/shifts/{id}/signups/{signupId}',
    access: ['admin', 'coordinator', 'volunteer'],
  },
  {
    method: 'POST',
    path: '/api/shifts/{id}/signups/{signupId}/approve',
    access: ['admin', 'coordinator', 'volunteer'],
  },
  {
    method: 'POST',
    path: '/api/shifts/{id}/signups/{signupId}/reject',
    access: ['admin', 'coordinator', 'volunteer'],
  },
  { method: 'GET', path: '/api/shifts/{id}/check-in-code', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'POST', path: '/api/attendance/scan', access: ['volunteer'] },
  { method: 'GET', path: '/api/shifts/{id}/attendance', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'POST', path: '/api/shifts/{id}/attendance', access: ['admin', 'coordinator', 'volunteer'] },
  {
    method: 'POST',
    path: '/api/shifts/{id}/attendance/{volunteerId}/no-show',
    access: ['admin', 'coordinator', 'volunteer'],
  },
  { method: 'GET', path: '/api/hours/totals', access: ['admin', 'coordinator'] },
  { method: 'GET', path: '/api/hours/export', access: ['admin', 'coordinator'] },
  { method: 'GET', path: '/api/hours/{id}', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'POST', path: '/api/hours/{id}/verify', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'PATCH', path: '/api/hours/{id}', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'GET', path: '/api/volunteers/{id}/hours', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'POST', path: '/api/points/awards', access: ['admin', 'coordinator'] },
  { method: 'GET', path: '/api/volunteers/{id}/points', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'GET', path: '/api/teams/{id}/leaderboard', access: ['admin', 'coordinator', 'volunteer'] },
  {
    method: 'POST',
    path: '/api/volunteers/{id}/certificates',
    access: ['admin', 'coordinator', 'volunteer'],
  },
  { method: 'GET', path: '/api/volunteers/{id}/certificates', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'GET', path: '/api/certificates/{number}.pdf', access: ['admin', 'coordinator', 'volunteer'] },
  { method: 'POST', path: '/api/certificates/{number}/revoke', access: ['admin', 'coordinator'] },
  { method: 'GET', path: '/api/certificates/{number}/verify', access: 'public' },
  { method: 'GET', path: '/api/volunteers/me/notifications', access: ['volunteer'] },
  { method: 'POST', path: '/api/volunteers/me/notifications/{id}/read', access: ['volunteer'] },
  { method: 'GET', path: '/api/volunteers/organisations', access: ['admin', 'coordinator', 'volunteer'] },
  // partners
  { method: 'POST', path: '/api/organisations', access: ['admin', 'coordinator'] },
  { method: 'GET', path: '/api/organisations', access: ['admin', 'coordinator', 'partner'] },
  { method: 'GET', path: '/api/organisations/{id}', access: ['admin', 'coordinator', 'partner'] },
  { method: 'PATCH', path: '/api/organisations/{id}', access: ['admin', 'coordinator'] },
  { method: 'PATCH', path: '/api/organisations/{id}/contact', access: ['admin', 'coordinator', 'partner'] },
  {
    method: 'GET',
    path: '/api/organisations/{organisationId}/members',
    access: ['admin', 'coordinator', 'partner'],
  },
  {
    method: 'POST',
    path: '/api/organisations/{organisationId}/members',
    access: ['admin', 'coordinator', 'partner'],
  },
  {
    method: 'PATCH',
    path: '/api/organisations/{organisationId}/members/{id}',
    access: ['admin', 'coordinator', 'partner'],
  },
  { method: 'POST', path: '/api/projects', access: ['admin', 'coordinator'] },
  { method: 'GET', path: '/api/projects', access: ['admin', 'coordinator', 'partner'] },
  { method: 'GET', path: '/api/projects/{id}', access: ['admin', 'coordinator', 'partner'] },
  { method: 'PATCH', path: '/api/projects/{id}', access: ['admin', 'coordinator'] },
  { method: 'DELETE', path: '/api/projects/{id}', access: ['admin', 'coordinator'] },
  { method: 'GET', path: '/api/inbox', access: ['admin', 'coordinator', 'partner'] },
  { method: 'GET', path: '/api/inbox/{id}', access: ['admin', 'coordinator', 'partner'] },
  { method: 'POST', path: '/api/inbox/{id}/accept', access: ['partner'] },
  { method: 'POST', path: '/api/inbox/{id}/outcome', access: ['partner'] },
  { method: 'POST', path: '/api/events', access: ['admin', 'coordinator', 'partner'] },
  { method: 'GET', path: '/api/events', access: ['admin', 'coordinator', 'partner'] },
  { method: 'GET', path: '/api/events/export', access: ['admin', 'coordinator', 'partner'] },
  { method: 'GET', path: '/api/events/{id}', access: ['admin', 'coordinator', 'partner'] },
  { method: 'PATCH', path: '/api/events/{id}', access: ['admin', 'coordinator', 'partner'] },
  { method: 'POST', path: '/api/events/{id}/submit', access: ['admin', 'coordinator', 'partner'] },
  { method: 'POST', path: '/api/events/{id}/request-changes', access: ['admin', 'coordinator'] },
  { method: 'POST', path: '/api/events/{id}/approve', access: ['admin', 'coordinator'] },
  { method: 'POST', path: '/api/events/{id}/reject', access: ['admin', 'coordinator'] },
  { method: 'POST', path: '/api/events/{id}/cancel', access: ['admin', 'coordinator', 'partner'] },
  { method: 'POST', path: '/api/events/{id}/complete', access: ['admin', 'coordinator', 'partner'] },
  { method: 'GET', path: '/api/events/{id}/history', access: ['admin', 'coordinator', 'partner'] },
  { method: 'GET', path: '/api/events/{id}/staffing', access: ['admin', 'coordinator', 'partner'] },
  { method: 'GET', path: '/api/events/{id}/hours', access: ['admin', 'coordinator', 'partner'] },
  {
    method: 'POST',
    path: '/api/events/{id}/hours/{hoursRecordId}/confirm',
    access: ['admin', 'coordinator', 'partner'],
  },
  {
    method: 'POST',
    path: '/api/events/{id}/hours/{hoursRecordId}/dispute',
    access: ['admin', 'coordinator', 'partner'],
  },
  // screening
  { method: 'POST', path: '/api/campaigns', access: ['admin', 'coordinator'] },
  { method: 'GET', path: '/api/campaigns', access: ['admin', 'coordinator'] },
  { method: 'GET', path: '/api/campaigns/{id}', access: ['admin', 'coordinator'] },
  // counselling
  { method: 'POST', path: '/api/programmes', access: ['admin', 'counsellor'] },
  { method: 'GET', path: '/api/programmes', access: ['admin', 'counsellor', 'coordinator'] },
  { method: 'GET', path: '/api/programmes/{id}', access: ['admin', 'counsellor', 'coordinator'] },
  // gateway
  { method: 'GET', path: '/api/audit', access: ['admin'] },
  { method: 'GET', path: '/api/dead-letters', access: ['admin'] },
  { method: 'POST', path: '/api/dead-letters/{id}/replay', access: ['admin'] },
  { method: 'POST', path: '/api/dead-letters/{id}/discard', access: ['admin'] },
];

export { ALL_ROLES };
