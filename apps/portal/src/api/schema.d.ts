/**
 * The Linkage API as the portal's typed client sees it: generated from the gateway's merged OpenAPI
 * document by scripts/portal/openapi-types.ts. Do not edit by hand; regenerate with
 * `npm run portal:api-types` (CI fails when this file is not current).
 */

export interface paths {
  '/api/accounts': {
    /** List accounts, newest first, by role or by part of the name, email or mobile */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          /** Only accounts holding this role */
          role?: 'admin' | 'coordinator' | 'counsellor' | 'partner' | 'volunteer';
          /** Part of the display name, email or mobile number */
          q?: string;
          /** Only active (true) or deactivated (false) accounts */
          active?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AccountPage'];
          };
        };
      };
    };
  };
  '/api/accounts/{id}': {
    /** One account */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AccountView'];
          };
        };
        /** ACCOUNT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/accounts/{id}/activate': {
    /** Reactivate an account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AccountView'];
          };
        };
        /** ACCOUNT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/accounts/{id}/deactivate': {
    /** Deactivate an account: no sign-in or refresh; its refresh tokens are revoked */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AccountView'];
          };
        };
        /** ACCOUNT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** LAST_ADMIN: the last active admin cannot be deactivated */
        409: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/accounts/{id}/roles': {
    /** Replace an account’s roles and bindings (audited as account.roles_changed) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ChangeRolesDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AccountView'];
          };
        };
        /** ACCOUNT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** LAST_ADMIN: the last active admin cannot lose the role */
        409: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** ORGANISATION_REQUIRED or VOLUNTEER_REQUIRED */
        422: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/attendance/scan': {
    /** Check in or out by scanning the shift’s code (a confirmed volunteer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ScanDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AttendanceView'];
          };
        };
      };
    };
  };
  '/api/audit': {
    /** The audit trail of every service, newest first (admins) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          actorId?: string;
          recordType?: string;
          recordId?: string;
          action?: string;
          outcome?: 'allowed' | 'denied';
          from?: string;
          to?: string;
        };
        header: {
          authorization: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/auth/jwks': {
    /** The public keys access tokens are signed with (JWKS) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['JwksView'];
          };
        };
      };
    };
  };
  '/api/auth/login': {
    /** Sign in with an email or mobile number and a password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['LoginDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TokenResponse'];
          };
        };
        /** INVALID_CREDENTIALS (the same for an unknown login) */
        401: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** ACCOUNT_DEACTIVATED */
        403: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** LOGIN_THROTTLED, with Retry-After */
        429: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/auth/logout': {
    /** Sign out: revoke the refresh token and every token of its family */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RefreshTokenDto'];
        };
      };
      responses: {
        /** Signed out (also when the token was unknown) */
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/auth/me': {
    /** The signed-in account */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AccountView'];
          };
        };
      };
    };
  };
  '/api/auth/refresh': {
    /** Trade a refresh token for a new access token and refresh token */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RefreshTokenDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TokenResponse'];
          };
        };
        /** REFRESH_TOKEN_INVALID, REFRESH_TOKEN_EXPIRED, or REFRESH_TOKEN_REUSED (its family is revoked) */
        401: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** ACCOUNT_DEACTIVATED */
        403: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/calendar/{token}.ics': {
    /** A volunteer’s confirmed shifts as an iCalendar feed (the address is the secret) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** text/calendar */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'text/calendar': string;
          };
        };
        /** Unknown or revoked address */
        404: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/campaigns': {
    /** List campaigns, newest first */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          status?: 'draft' | 'active' | 'completed' | 'cancelled';
          /** Campaigns this organisation is a partner of */
          organisationId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CampaignPage'];
          };
        };
      };
    };
    /** Plan a screening campaign with its partner organisations */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateCampaignDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CampaignView'];
          };
        };
        /** PARTNER_ORGANISATION_UNKNOWN or CAMPAIGN_DATES_INVALID */
        422: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** SERVICE_UNAVAILABLE: partners could not be asked */
        503: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/campaigns/{id}': {
    /** One campaign */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CampaignView'];
          };
        };
      };
    };
  };
  '/api/certificates/{number}.pdf': {
    /** The certificate as a PDF (its volunteer; coordinators) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          number: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The PDF */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/pdf': Blob;
          };
        };
      };
    };
  };
  '/api/certificates/{number}/revoke': {
    /** Revoke a certificate with a reason (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          number: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RevokeCertificateDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CertificateView'];
          };
        };
      };
    };
  };
  '/api/certificates/{number}/verify': {
    /** Verify a certificate by its number (public: shows only what it shows) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          number: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CertificateVerificationView'];
          };
        };
        /** CERTIFICATE_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/hours/export': {
    /** Every hours record as CSV or XLSX (coordinators) */
    get: {
      parameters: {
        query: {
          from?: string;
          to?: string;
          format: 'csv' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The file */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
            'text/csv': Blob;
          };
        };
      };
    };
  };
  '/api/hours/totals': {
    /** Verified hours by team or by month (coordinators) */
    get: {
      parameters: {
        query: {
          from?: string;
          to?: string;
          by: 'team' | 'month';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['HoursTotalView'][];
          };
        };
      };
    };
  };
  '/api/hours/{id}': {
    /** One hours record with its adjustments (coordinators; its volunteer; the team’s leaders) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['HoursRecordDetailView'];
          };
        };
      };
    };
    /** Adjust hours with a reason (coordinators; the shift’s team leaders) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AdjustHoursDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['HoursRecordView'];
          };
        };
      };
    };
  };
  '/api/hours/{id}/verify': {
    /** Verify hours (coordinators; the shift’s team leaders, not their own) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['HoursRecordView'];
          };
        };
      };
    };
  };
  '/api/invitations': {
    /** List invitations, newest first, by status */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          status?: 'pending' | 'accepted' | 'expired';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['InvitationPage'];
          };
        };
      };
    };
    /** Invite someone to an account with one role; the answer carries the token, once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateInvitationDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CreatedInvitationView'];
          };
        };
        /** INVITATION_ROLE_FORBIDDEN: coordinators cannot invite admins */
        403: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** EMAIL_TAKEN or MOBILE_TAKEN: an account already uses it */
        409: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** ORGANISATION_REQUIRED or VOLUNTEER_REQUIRED */
        422: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/invitations/accept': {
    /** Accept an invitation with a password: creates the account and signs it in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AcceptInvitationDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TokenResponse'];
          };
        };
        /** INVITATION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** INVITATION_ALREADY_ACCEPTED, EMAIL_TAKEN or MOBILE_TAKEN */
        409: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** INVITATION_EXPIRED or PASSWORD_TOO_WEAK (details list what is missing) */
        422: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/organisations': {
    /** List organisations, newest first (a partner member sees only their own) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          kind?:
            | 'residents_committee'
            | 'hospital'
            | 'foundation'
            | 'street_social_work_station'
            | 'social_work_ngo'
            | 'college'
            | 'other';
          /** Part of the name */
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['OrganisationPage'];
          };
        };
      };
    };
    /** Register a partner organisation (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateOrganisationDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['OrganisationView'];
          };
        };
      };
    };
  };
  '/api/organisations/{id}': {
    /** One organisation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['OrganisationView'];
          };
        };
      };
    };
  };
  '/api/organisations/{id}/contact': {
    /** Change the contact details (a partner member: of their own organisation only) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateContactDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['OrganisationView'];
          };
        };
      };
    };
  };
  '/api/points/awards': {
    /** Award (or take back) points with a reason (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AwardPointsDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['PointsEntryView'];
          };
        };
      };
    };
  };
  '/api/programmes': {
    /** List programmes, newest first */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          kind?: 'sand_tray_salon' | 'listening_group' | 'peer_smoking_cessation' | 'other';
          status?: 'draft' | 'open' | 'closed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ProgrammePage'];
          };
        };
      };
    };
    /** Plan a group programme */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateProgrammeDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ProgrammeView'];
          };
        };
      };
    };
  };
  '/api/programmes/{id}': {
    /** One programme */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ProgrammeView'];
          };
        };
      };
    };
  };
  '/api/shifts': {
    /** List shifts, soonest first */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          /** Only upcoming open shifts whose skills and certifications I have (volunteers) */
          fits?: 'me';
          status?: 'open' | 'full' | 'closed' | 'cancelled' | 'completed';
          /** Starting at or after */
          from?: string;
          /** Starting before */
          to?: string;
          teamId?: string;
          sourceType?: 'manual' | 'screening_session' | 'partner_event';
          /** The id of the session or event the shift came from */
          sourceId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ShiftPage'];
          };
        };
      };
    };
    /** Create a shift (coordinators; a team leader for a team they lead) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateShiftDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ShiftView'];
          };
        };
      };
    };
  };
  '/api/shifts/{id}': {
    /** One shift */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ShiftView'];
          };
        };
      };
    };
    /** Change a shift, close or reopen its sign-ups, or complete it (coordinators; its team’s leaders) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateShiftDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ShiftView'];
          };
        };
      };
    };
  };
  '/api/shifts/{id}/attendance': {
    /** The shift’s attendance with its flags (coordinators; its team’s leaders) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AttendanceView'][];
          };
        };
      };
    };
    /** Record someone’s check-in/out with a reason (coordinators; its team’s leaders) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordAttendanceDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AttendanceView'];
          };
        };
      };
    };
  };
  '/api/shifts/{id}/attendance/{volunteerId}/no-show': {
    /** Record a no-show (coordinators; its team’s leaders) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          volunteerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NoShowDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AttendanceView'];
          };
        };
      };
    };
  };
  '/api/shifts/{id}/cancel': {
    /** Cancel a shift with a reason (coordinators; its team’s leaders) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CancelShiftDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ShiftView'];
          };
        };
      };
    };
  };
  '/api/shifts/{id}/check-in-code': {
    /** The rotating check-in or check-out QR code (coordinators; its team’s leaders) */
    get: {
      parameters: {
        query: {
          purpose: 'check_in' | 'check_out';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CheckInCodeView'];
          };
        };
      };
    };
  };
  '/api/shifts/{id}/signups': {
    /** Who signed up, newest first (coordinators; the leaders of its team) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          status?: 'pending' | 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'rejected' | 'expired';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['RosterPage'];
          };
        };
      };
    };
    /** Sign up for a shift (yourself; coordinators may name a volunteer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SignUpDto'];
        };
      };
      responses: {
        /** Already signed up: the existing sign-up */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
        /** Signed up */
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
      };
    };
  };
  '/api/shifts/{id}/signups/me': {
    /** My sign-up for this shift */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
      };
    };
    /** Cancel my sign-up (a confirmed seat: until the cut-off, else 422 CANCELLATION_CUTOFF_PASSED) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
      };
    };
  };
  '/api/shifts/{id}/signups/me/claim': {
    /** Claim a seat offered to me from the waitlist, before its deadline */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
      };
    };
  };
  '/api/shifts/{id}/signups/{signupId}': {
    /** One sign-up (those who manage the shift, and the volunteer it belongs to) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          signupId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
      };
    };
    /** Cancel a sign-up (coordinators and its team’s leaders, at any time; its volunteer, until the cut-off) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          signupId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
      };
    };
  };
  '/api/shifts/{id}/signups/{signupId}/approve': {
    /** Approve a pending sign-up: a seat if one is free, else the waitlist */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          signupId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ApproveSignupDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
      };
    };
  };
  '/api/shifts/{id}/signups/{signupId}/reject': {
    /** Reject a pending sign-up */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          signupId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RejectSignupDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
      };
    };
  };
  '/api/teams': {
    /** List teams, newest first (a volunteer: the teams they are in) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          /** Part of the name */
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TeamPage'];
          };
        };
      };
    };
    /** Create a team (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateTeamDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TeamView'];
          };
        };
      };
    };
  };
  '/api/teams/{id}': {
    /** One team */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TeamView'];
          };
        };
      };
    };
    /** Rename a team or change its description (coordinators) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateTeamDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TeamView'];
          };
        };
      };
    };
  };
  '/api/teams/{id}/leaderboard': {
    /** The team’s members ranked by points (coordinators; its members) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['LeaderboardRowView'][];
          };
        };
      };
    };
  };
  '/api/teams/{id}/members': {
    /** A team's members, newest first (coordinators, and the team's leaders) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          role?: 'leader' | 'member';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TeamMemberPage'];
          };
        };
      };
    };
  };
  '/api/teams/{id}/members/{volunteerId}': {
    /** Add a volunteer to the team as leader or member, or change their role */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          volunteerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PutMemberDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TeamMemberView'];
          };
        };
      };
    };
    /** Take a volunteer out of the team */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          volunteerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/volunteers': {
    /** Search volunteers, newest first (a volunteer sees only their own profile) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          /** Part of the name */
          q?: string;
          /** The department, exactly */
          department?: string;
          /** One skill the volunteer has, exactly */
          skill?: string;
          /** Members (and leaders) of this team */
          teamId?: string;
          /** Holds this certification, valid on `certifiedOn` (default: today) */
          certification?: string;
          /** Local date for the certification filter */
          certifiedOn?: string;
          /** Usually free on this ISO weekday */
          availableOn?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['VolunteerPage'];
          };
        };
      };
    };
    /** Register a volunteer profile (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateVolunteerDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['VolunteerView'];
          };
        };
      };
    };
  };
  '/api/volunteers/me': {
    /** My own volunteer profile */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['VolunteerView'];
          };
        };
      };
    };
  };
  '/api/volunteers/me/assignments': {
    /** My assignments: upcoming (soonest first) or past (latest first), with their shifts */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          /** upcoming: not yet ended, soonest first; past: ended, latest first */
          when?: 'upcoming' | 'past';
          status?: 'pending' | 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'rejected' | 'expired';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AssignmentPage'];
          };
        };
      };
    };
  };
  '/api/volunteers/me/calendar-token': {
    /** Create my calendar feed address, or replace it (the old one stops working) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CalendarTokenView'];
          };
        };
      };
    };
    /** Revoke my calendar feed address */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/volunteers/me/notifications': {
    /** My notifications: unread first (or newest first), with the unread count */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          order?: 'unread_first' | 'newest';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['NotificationPage'];
          };
        };
      };
    };
  };
  '/api/volunteers/me/notifications/{id}/read': {
    /** Mark one of my notifications read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['NotificationView'];
          };
        };
      };
    };
  };
  '/api/volunteers/{id}': {
    /** One volunteer profile */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['VolunteerView'];
          };
        };
      };
    };
    /** Change a profile (a volunteer: their own only) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateVolunteerDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['VolunteerView'];
          };
        };
      };
    };
  };
  '/api/volunteers/{id}/assignments': {
    /** A volunteer’s assignments (coordinators; a volunteer only their own) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          /** upcoming: not yet ended, soonest first; past: ended, latest first */
          when?: 'upcoming' | 'past';
          status?: 'pending' | 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'rejected' | 'expired';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AssignmentPage'];
          };
        };
      };
    };
  };
  '/api/volunteers/{id}/certificates': {
    /** A volunteer’s certificates, newest first (coordinators; the volunteer) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CertificateView'][];
          };
        };
      };
    };
    /** Issue a numbered certificate of the verified hours (coordinators; a volunteer their own) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CertificateView'];
          };
        };
      };
    };
  };
  '/api/volunteers/{id}/certifications': {
    /** Record a certification the volunteer holds (coordinators, having seen it) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateCertificationDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CertificationView'];
          };
        };
      };
    };
  };
  '/api/volunteers/{id}/certifications/{certificationId}': {
    /** Remove a certification recorded in error */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          certificationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
      };
    };
  };
  '/api/volunteers/{id}/consent': {
    /** Record consent to the processing of personal information under a policy version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['GiveConsentDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ConsentView'];
          };
        };
      };
    };
  };
  '/api/volunteers/{id}/hours': {
    /** A volunteer’s verified total, by month, star level and records (coordinators; the volunteer) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['VolunteerHoursView'];
          };
        };
      };
    };
  };
  '/api/volunteers/{id}/points': {
    /** A volunteer’s points balance and entries (coordinators; the volunteer) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['PointsView'];
          };
        };
      };
    };
  };
}

export interface components {
  schemas: {
    AcceptInvitationDto: {
      /** The one-time token handed out when the invitation was created */
      token: string;
      /** At least 10 characters with letters and digits, not the email or mobile number */
      password: string;
    };
    AccountPage: {
      items: components['schemas']['AccountView'][];
      nextCursor: string | null;
    };
    AccountView: {
      id: string;
      email: string | null;
      mobile: string | null;
      displayName: string;
      roles: ('admin' | 'coordinator' | 'counsellor' | 'partner' | 'volunteer')[];
      organisationId: string | null;
      volunteerId: string | null;
      active: boolean;
      lastLoginAt: string | null;
      createdAt: string;
      updatedAt: string;
    };
    AdjustHoursDto: {
      /** Hours in half-hour steps */
      hours: string;
      reason: string;
    };
    ApproveSignupDto: {
      /** Let it overlap another confirmed shift (coordinators; needs a reason) */
      override?: boolean;
      reason?: string;
    };
    AssignmentPage: {
      items: components['schemas']['AssignmentView'][];
      nextCursor: string | null;
    };
    AssignmentShiftView: {
      id: string;
      title: string;
      location: components['schemas']['LocationView'];
      startsAt: string;
      endsAt: string;
      status: 'open' | 'full' | 'closed' | 'cancelled' | 'completed';
      cancelReason: string | null;
      teamId: string | null;
    };
    AssignmentView: {
      /** The sign-up */
      id: string;
      status: 'pending' | 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'rejected' | 'expired';
      waitlistPosition: number | null;
      offerExpiresAt: string | null;
      shift: components['schemas']['AssignmentShiftView'];
    };
    AttendanceView: {
      id: string;
      shiftId: string;
      volunteerId: string;
      status: 'attended' | 'no_show';
      checkedInAt: string | null;
      checkedOutAt: string | null;
      checkInMethod: ('qr' | 'manual') | null;
      checkOutMethod: ('qr' | 'manual') | null;
      checkInDistanceMetres: number | null;
      checkOutDistanceMetres: number | null;
      /** A scan came from far from the venue (flagged, not refused) */
      farFromVenue: boolean;
      /** Checked in 24 hours ago or more with no check-out */
      missingCheckOut: boolean;
      reason: string | null;
    };
    AvailabilitySlotDto: {
      /** ISO weekday: 1 Monday … 7 Sunday */
      weekday: number;
      /** Local time (Asia/Shanghai), HH:MM */
      from: string;
      /** Local time, HH:MM (24:00 for the end of the day) */
      to: string;
    };
    AvailabilitySlotView: {
      weekday: number;
      from: string;
      to: string;
    };
    AwardPointsDto: {
      volunteerId: string;
      /** Whole points; negative to take some back */
      points: number;
      reason: string;
    };
    CalendarTokenView: {
      /** The secret; shown only now. Anyone with it can read the feed. */
      token: string;
      /** The feed, below the API’s origin; subscribe with https:// or webcal:// */
      path: string;
      createdAt: string;
    };
    CampaignPage: {
      items: components['schemas']['CampaignView'][];
      nextCursor: string | null;
    };
    CampaignPartnerView: {
      organisationId: string;
      name: string;
    };
    CampaignView: {
      id: string;
      name: string;
      description: string | null;
      startsOn: string;
      endsOn: string;
      status: 'draft' | 'active' | 'completed' | 'cancelled';
      partners: components['schemas']['CampaignPartnerView'][];
      createdAt: string;
      updatedAt: string;
    };
    CancelShiftDto: {
      reason: string;
    };
    CertificateVerificationView: {
      number: string;
      volunteerName: string;
      maskedStudentNumber: string;
      totalHours: string;
      services: components['schemas']['CertifiedServiceView'][];
      issuer: string;
      issuedOn: string;
      revoked: boolean;
      revokedOn: string | null;
      revokeReason: string | null;
    };
    CertificateView: {
      id: string;
      number: string;
      volunteerId: string;
      volunteerName: string;
      maskedStudentNumber: string;
      totalHours: string;
      services: components['schemas']['CertifiedServiceView'][];
      issuer: string;
      issuedOn: string;
      issuedAt: string;
      /** Where the PDF is downloaded */
      pdfPath: string;
      /** Where anyone can verify it */
      verificationUrl: string;
      revoked: boolean;
      revokedAt: string | null;
      revokeReason: string | null;
    };
    CertificationView: {
      id: string;
      name: string;
      issuedOn: string;
      expiresOn: string | null;
    };
    CertifiedServiceView: {
      date: string;
      /** The activity (the shift’s title) */
      activity: string;
      /** The community or venue */
      organisation: string;
      hours: string;
    };
    ChangeRolesDto: {
      /** The complete new set of roles */
      roles: ('admin' | 'coordinator' | 'counsellor' | 'partner' | 'volunteer')[];
      /** The organisation a partner belongs to; required with the partner role unless already set */
      organisationId?: string | null;
      /** The volunteer profile of a volunteer; required with the volunteer role unless already set */
      volunteerId?: string | null;
    };
    CheckInCodeView: {
      /** The QR content; the next one is fetched at rotatesAt */
      code: string;
      rotatesAt: string;
    };
    ConsentView: {
      policyVersion: string;
      givenAt: string;
      /** false when a coordinator recorded a signed paper form */
      bySelf: boolean;
    };
    CreateCampaignDto: {
      name: string;
      description?: string;
      /** Local date (Asia/Shanghai) */
      startsOn: string;
      /** Local date (Asia/Shanghai) */
      endsOn: string;
      /** Partner organisations (ids from /api/organisations) */
      partnerOrganisationIds: string[];
    };
    CreateCertificationDto: {
      /** As shifts name it */
      name: string;
      /** Local date */
      issuedOn: string;
      /** Local date; leave out when it never expires */
      expiresOn?: string;
    };
    CreateInvitationDto: {
      /** Email, mobile, or both: at least one */
      email?: string;
      /** Mainland mobile number (11 digits) */
      mobile?: string;
      displayName: string;
      /** Coordinators may invite any role but admin */
      role: 'admin' | 'coordinator' | 'counsellor' | 'partner' | 'volunteer';
      /** Required for the partner role: the organisation */
      organisationId?: string;
      /** Required for the volunteer role: the volunteer profile */
      volunteerId?: string;
    };
    CreateOrganisationDto: {
      name: string;
      kind:
        | 'residents_committee'
        | 'hospital'
        | 'foundation'
        | 'street_social_work_station'
        | 'social_work_ngo'
        | 'college'
        | 'other';
      district?: string;
      address?: string;
      contactName?: string;
      /** Mainland mobile number (11 digits) */
      contactPhone?: string;
      contactEmail?: string;
    };
    CreateProgrammeDto: {
      title: string;
      kind: 'sand_tray_salon' | 'listening_group' | 'peer_smoking_cessation' | 'other';
      description?: string;
      /** How many members may enrol */
      capacity: number;
      /** First day, in the station’s zone */
      startsOn: string;
      /** Last day; not before startsOn */
      endsOn: string;
      /** Whether membership and notes are confidential to the programme’s counsellors */
      confidential?: boolean;
      status?: 'draft' | 'open' | 'closed';
    };
    CreateShiftDto: {
      title: string;
      description?: string;
      location: components['schemas']['LocationDto'];
      startsAt: string;
      /** At most 24 hours after startsAt */
      endsAt: string;
      capacity: number;
      /** Skills, exactly */
      requiredSkills?: string[];
      /** Certifications that must be valid on every date of the shift */
      requiredCertifications?: string[];
      /** Only members of this team may sign up (a leader must give one of their teams) */
      teamId?: { [key: string]: unknown } | null;
      /** Sign-ups open (default: now) */
      opensAt?: { [key: string]: unknown };
      /** Sign-ups close (default: when the shift starts) */
      closesAt?: { [key: string]: unknown };
      signUpMode?: 'auto' | 'approval';
      /** When a seat frees up: confirm the first waitlisted at once, or offer it to them */
      waitlistPromotion?: 'auto' | 'offer';
      /** Time to claim an offer */
      offerClaimMinutes?: number;
      /** Volunteers may cancel a confirmed seat until this many hours before the start */
      cancellationCutoffHours?: number;
    };
    CreateTeamDto: {
      /** Unique */
      name: string;
      description?: string;
    };
    CreateVolunteerDto: {
      name: string;
      /** Unique; compared without regard to letter case */
      studentNumber: string;
      department?: string;
      major?: string;
      className?: string;
      /** Mainland mobile number (11 digits) */
      mobile: string;
      politicalStatus?: 'masses' | 'youth_league_member' | 'party_member' | 'party_activist';
      /** Up to 20 skills of at most 30 characters each; repeats are dropped. */
      skills?: string[];
      /** When the volunteer is usually free each week; kept in week order, repeats dropped. */
      availability?: components['schemas']['AvailabilitySlotDto'][];
      /** null removes it */
      emergencyContact?: components['schemas']['EmergencyContactDto'] | null;
    };
    CreatedInvitationView: {
      id: string;
      email: string | null;
      mobile: string | null;
      displayName: string;
      role: 'admin' | 'coordinator' | 'counsellor' | 'partner' | 'volunteer';
      organisationId: string | null;
      volunteerId: string | null;
      invitedBy: string | null;
      status: 'pending' | 'accepted' | 'expired';
      expiresAt: string;
      acceptedAt: string | null;
      /** The account it created */
      accountId: string | null;
      createdAt: string;
      /** The one-time token for /api/invitations/accept. Shown only here, once: only its hash is kept. */
      token: string;
    };
    EmergencyContactDto: {
      name: string;
      /** A mobile or landline number (0535-1234567) */
      phone: string;
    };
    EmergencyContactView: {
      name: string;
      phone: string;
    };
    FindOrganisationsRequest: { [key: string]: unknown };
    GiveConsentDto: {
      /** The version of the privacy policy consented to */
      policyVersion: string;
    };
    HoursAdjustmentView: {
      previousHours: string;
      hours: string;
      reason: string;
      adjustedBy: string;
      adjustedAt: string;
    };
    HoursRecordDetailView: {
      id: string;
      volunteerId: string;
      shiftId: string;
      attendanceId: string;
      teamId: string | null;
      serviceDate: string;
      hours: string;
      computedHours: string;
      /** Taken off by the 8-hour daily limit */
      trimmedHours: string;
      status: 'recorded' | 'verified';
      recordedBy: string | null;
      verifiedBy: string | null;
      verifiedAt: string | null;
      adjustments: components['schemas']['HoursAdjustmentView'][];
    };
    HoursRecordView: {
      id: string;
      volunteerId: string;
      shiftId: string;
      attendanceId: string;
      teamId: string | null;
      serviceDate: string;
      hours: string;
      computedHours: string;
      /** Taken off by the 8-hour daily limit */
      trimmedHours: string;
      status: 'recorded' | 'verified';
      recordedBy: string | null;
      verifiedBy: string | null;
      verifiedAt: string | null;
    };
    HoursTotalView: {
      /** Team id or YYYY-MM */
      key: string | null;
      /** Team name */
      label: string | null;
      hours: string;
      volunteers: number;
    };
    InvitationPage: {
      items: components['schemas']['InvitationView'][];
      nextCursor: string | null;
    };
    InvitationView: {
      id: string;
      email: string | null;
      mobile: string | null;
      displayName: string;
      role: 'admin' | 'coordinator' | 'counsellor' | 'partner' | 'volunteer';
      organisationId: string | null;
      volunteerId: string | null;
      invitedBy: string | null;
      status: 'pending' | 'accepted' | 'expired';
      expiresAt: string;
      acceptedAt: string | null;
      /** The account it created */
      accountId: string | null;
      createdAt: string;
    };
    JwkView: {
      kty: 'OKP';
      crv: 'Ed25519';
      /** The public key (base64url) */
      x: string;
      kid: string;
      alg: 'EdDSA';
      use: 'sig';
    };
    JwksView: {
      keys: components['schemas']['JwkView'][];
    };
    LeaderboardRowView: {
      rank: number;
      volunteerId: string;
      name: string;
      points: number;
    };
    LocationDto: {
      /** Community or venue */
      venue: string;
      address?: string;
      /** With longitude */
      latitude?: number;
      /** With latitude */
      longitude?: number;
    };
    LocationView: {
      venue: string;
      address: string | null;
      latitude: number | null;
      longitude: number | null;
    };
    LoginDto: {
      /** Email address or mainland mobile number */
      login: string;
      password: string;
    };
    MonthHoursView: {
      month: string;
      hours: string;
    };
    NoShowDto: {
      reason?: string;
    };
    NotificationPage: {
      items: components['schemas']['NotificationView'][];
      nextCursor: string | null;
      /** All unread notifications, not only this page */
      unreadCount: number;
    };
    NotificationView: {
      id: string;
      kind:
        | 'waitlist_promoted'
        | 'waitlist_offered'
        | 'waitlist_offer_expired'
        | 'shift_changed'
        | 'shift_cancelled'
        | 'shift_reminder';
      shiftId: string | null;
      message: string;
      /** The shift as it was (title, startsAt, venue, reason) */
      details: { [key: string]: unknown } | null;
      read: boolean;
      readAt: string | null;
      createdAt: string;
    };
    OrganisationPage: {
      items: components['schemas']['OrganisationView'][];
      nextCursor: string | null;
    };
    OrganisationView: {
      id: string;
      name: string;
      kind:
        | 'residents_committee'
        | 'hospital'
        | 'foundation'
        | 'street_social_work_station'
        | 'social_work_ngo'
        | 'college'
        | 'other';
      district: string | null;
      address: string | null;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      createdAt: string;
      updatedAt: string;
    };
    PointsEntryView: {
      id: string;
      kind: string;
      points: number;
      reason: string;
      sourceType: string;
      sourceId: string;
      createdAt: string;
    };
    PointsView: {
      balance: number;
      /** The latest 200, newest first */
      entries: components['schemas']['PointsEntryView'][];
    };
    ProgrammePage: {
      items: components['schemas']['ProgrammeView'][];
      nextCursor: string | null;
    };
    ProgrammeView: {
      id: string;
      title: string;
      kind: 'sand_tray_salon' | 'listening_group' | 'peer_smoking_cessation' | 'other';
      description: string | null;
      capacity: number;
      startsOn: string;
      endsOn: string;
      confidential: boolean;
      status: 'draft' | 'open' | 'closed';
      createdAt: string;
      updatedAt: string;
    };
    PutMemberDto: {
      role: 'leader' | 'member';
    };
    RecordAttendanceDto: {
      volunteerId: string;
      checkedInAt: string;
      checkedOutAt?: string;
      reason: string;
    };
    RefreshTokenDto: {
      /** The refresh token from the last sign-in or refresh */
      refreshToken: string;
    };
    RejectSignupDto: {
      reason?: string;
    };
    RevokeCertificateDto: {
      reason: string;
    };
    RosterEntryView: {
      id: string;
      shiftId: string;
      volunteerId: string;
      status: 'pending' | 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'rejected' | 'expired';
      /** Place in line now (1 is next), when waitlisted */
      waitlistPosition: number | null;
      /** Claim by then, when offered */
      offerExpiresAt: string | null;
      /** Signed up by a coordinator */
      assigned: boolean;
      overrideReason: string | null;
      confirmedAt: string | null;
      cancelledAt: string | null;
      createdAt: string;
      updatedAt: string;
      volunteer: components['schemas']['RosterVolunteerView'];
    };
    RosterPage: {
      items: components['schemas']['RosterEntryView'][];
      nextCursor: string | null;
    };
    RosterVolunteerView: {
      name: string;
      studentNumber: string;
      mobile: string;
    };
    ScanDto: {
      /** The scanned QR content */
      code: string;
      lat?: number;
      lng?: number;
    };
    ShiftPage: {
      items: components['schemas']['ShiftView'][];
      nextCursor: string | null;
    };
    ShiftSourceView: {
      type: 'manual' | 'screening_session' | 'partner_event';
      id: string | null;
    };
    ShiftView: {
      id: string;
      title: string;
      description: string | null;
      location: components['schemas']['LocationView'];
      startsAt: string;
      endsAt: string;
      capacity: number;
      /** Confirmed sign-ups plus outstanding waitlist offers */
      seatsTaken: number;
      seatsLeft: number;
      requiredSkills: string[];
      requiredCertifications: string[];
      teamId: string | null;
      opensAt: string | null;
      closesAt: string | null;
      signUpMode: 'auto' | 'approval';
      waitlistPromotion: 'auto' | 'offer';
      offerClaimMinutes: number;
      cancellationCutoffHours: number;
      status: 'open' | 'full' | 'closed' | 'cancelled' | 'completed';
      cancelReason: string | null;
      source: components['schemas']['ShiftSourceView'];
      createdAt: string;
      updatedAt: string;
    };
    SignUpDto: {
      /** Let it overlap another confirmed shift (coordinators; needs a reason) */
      override?: boolean;
      reason?: string;
      /** Whom to sign up (coordinators); leave out to sign up yourself */
      volunteerId?: string;
    };
    SignupView: {
      id: string;
      shiftId: string;
      volunteerId: string;
      status: 'pending' | 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'rejected' | 'expired';
      /** Place in line now (1 is next), when waitlisted */
      waitlistPosition: number | null;
      /** Claim by then, when offered */
      offerExpiresAt: string | null;
      /** Signed up by a coordinator */
      assigned: boolean;
      overrideReason: string | null;
      confirmedAt: string | null;
      cancelledAt: string | null;
      createdAt: string;
      updatedAt: string;
    };
    StarLevelView: {
      level: number;
      nextLevelAtHours: number | null;
      hoursToNextLevel: string | null;
    };
    TeamMemberPage: {
      items: components['schemas']['TeamMemberView'][];
      nextCursor: string | null;
    };
    TeamMemberView: {
      volunteerId: string;
      role: 'leader' | 'member';
      name: string;
      studentNumber: string;
      department: string | null;
      mobile: string;
      skills: string[];
      addedAt: string;
    };
    TeamPage: {
      items: components['schemas']['TeamView'][];
      nextCursor: string | null;
    };
    TeamView: {
      id: string;
      name: string;
      description: string | null;
      createdAt: string;
      updatedAt: string;
    };
    TokenResponse: {
      /** JWT (EdDSA) for Authorization: Bearer … */
      accessToken: string;
      tokenType: 'Bearer';
      /** Seconds until the access token expires */
      expiresIn: number;
      /** Opaque, single use: trade it at /api/auth/refresh for a new pair */
      refreshToken: string;
    };
    UpdateContactDto: {
      contactName?: string;
      contactPhone?: string;
      contactEmail?: string;
    };
    UpdateShiftDto: {
      title?: string;
      description?: string;
      startsAt?: string;
      /** At most 24 hours after startsAt */
      endsAt?: string;
      capacity?: number;
      /** Skills, exactly */
      requiredSkills?: string[];
      /** Certifications that must be valid on every date of the shift */
      requiredCertifications?: string[];
      /** Only members of this team may sign up (a leader must give one of their teams) */
      teamId?: { [key: string]: unknown } | null;
      /** Sign-ups open (default: now) */
      opensAt?: { [key: string]: unknown };
      /** Sign-ups close (default: when the shift starts) */
      closesAt?: { [key: string]: unknown };
      signUpMode?: 'auto' | 'approval';
      /** When a seat frees up: confirm the first waitlisted at once, or offer it to them */
      waitlistPromotion?: 'auto' | 'offer';
      /** Time to claim an offer */
      offerClaimMinutes?: number;
      /** Volunteers may cancel a confirmed seat until this many hours before the start */
      cancellationCutoffHours?: number;
      location?: components['schemas']['LocationDto'];
      /** Close or reopen sign-ups, or complete it */
      status?: 'open' | 'closed' | 'completed';
    };
    UpdateTeamDto: {
      /** Unique */
      name?: string;
      description?: string;
    };
    UpdateVolunteerDto: {
      department?: string;
      major?: string;
      className?: string;
      /** Mainland mobile number (11 digits) */
      mobile?: string;
      politicalStatus?: 'masses' | 'youth_league_member' | 'party_member' | 'party_activist';
      /** Up to 20 skills of at most 30 characters each; repeats are dropped. */
      skills?: string[];
      /** When the volunteer is usually free each week; kept in week order, repeats dropped. */
      availability?: components['schemas']['AvailabilitySlotDto'][];
      /** null removes it */
      emergencyContact?: components['schemas']['EmergencyContactDto'] | null;
    };
    VolunteerHoursView: {
      /** Verified hours only */
      totalVerifiedHours: string;
      starLevel: components['schemas']['StarLevelView'];
      byMonth: components['schemas']['MonthHoursView'][];
      records: components['schemas']['HoursRecordView'][];
    };
    VolunteerPage: {
      items: components['schemas']['VolunteerView'][];
      nextCursor: string | null;
    };
    VolunteerView: {
      id: string;
      name: string;
      studentNumber: string;
      department: string | null;
      major: string | null;
      className: string | null;
      mobile: string;
      politicalStatus: ('masses' | 'youth_league_member' | 'party_member' | 'party_activist') | null;
      skills: string[];
      availability: components['schemas']['AvailabilitySlotView'][];
      emergencyContact: components['schemas']['EmergencyContactView'] | null;
      certifications: components['schemas']['CertificationView'][];
      /** The latest consent given */
      consent: components['schemas']['ConsentView'] | null;
      createdAt: string;
      updatedAt: string;
    };
  };
}

export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
