// Generated from the OpenAPI document by `npm run api:types`: do not edit. The typed client
// (lib/api/client.ts) takes its paths, parameters, bodies and answers from here.

export interface paths {
  "/api/v1/me/activities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List your activities, newest first
     * @description The caller's activities, newest first, a page at a time: pass `nextCursor` back as `?cursor=` for the next page.
     */
    get: operations["listActivities"];
    put?: never;
    /**
     * Record an activity (idempotent with a client-chosen id: a repeat answers 200)
     * @description Records an activity. Send a client-chosen `id` to make retries safe: a repeat with the same id answers 200 with the first body and creates nothing.
     */
    post: operations["createActivities"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/activities/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One activity
     * @description One of the caller's activities; another user's answers 404.
     */
    get: operations["getActivities"];
    put?: never;
    post?: never;
    /**
     * Delete an activity
     * @description Deletes an activity of the caller's; another user's answers 404.
     */
    delete: operations["removeActivities"];
    options?: never;
    head?: never;
    /**
     * Change fields of an activity
     * @description Changes the fields sent of an activity; the others stay. Invalid fields answer 422 and nothing changes.
     */
    patch: operations["updateActivities"];
    trace?: never;
  };
  "/api/v1/me/certifications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List your certifications, newest first
     * @description The caller's certifications, newest first, a page at a time: pass `nextCursor` back as `?cursor=` for the next page.
     */
    get: operations["listCertifications"];
    put?: never;
    /**
     * Record a certification (idempotent with a client-chosen id: a repeat answers 200)
     * @description Records a certification. Send a client-chosen `id` to make retries safe: a repeat with the same id answers 200 with the first body and creates nothing.
     */
    post: operations["createCertifications"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/certifications/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One certification
     * @description One of the caller's certifications; another user's answers 404.
     */
    get: operations["getCertifications"];
    put?: never;
    post?: never;
    /**
     * Delete a certification
     * @description Deletes a certification of the caller's; another user's answers 404.
     */
    delete: operations["removeCertifications"];
    options?: never;
    head?: never;
    /**
     * Change fields of a certification
     * @description Changes the fields sent of a certification; the others stay. Invalid fields answer 422 and nothing changes.
     */
    patch: operations["updateCertifications"];
    trace?: never;
  };
  "/api/v1/me/projects": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List your projects, newest first
     * @description The caller's projects, newest first, a page at a time: pass `nextCursor` back as `?cursor=` for the next page.
     */
    get: operations["listProjects"];
    put?: never;
    /**
     * Record a project (idempotent with a client-chosen id: a repeat answers 200)
     * @description Records a project. Send a client-chosen `id` to make retries safe: a repeat with the same id answers 200 with the first body and creates nothing.
     */
    post: operations["createProjects"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/projects/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One project
     * @description One of the caller's projects; another user's answers 404.
     */
    get: operations["getProjects"];
    put?: never;
    post?: never;
    /**
     * Delete a project
     * @description Deletes a project of the caller's; another user's answers 404.
     */
    delete: operations["removeProjects"];
    options?: never;
    head?: never;
    /**
     * Change fields of a project
     * @description Changes the fields sent of a project; the others stay. Invalid fields answer 422 and nothing changes.
     */
    patch: operations["updateProjects"];
    trace?: never;
  };
  "/api/v1/me/papers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List your papers, newest first
     * @description The caller's papers, newest first, a page at a time: pass `nextCursor` back as `?cursor=` for the next page.
     */
    get: operations["listPapers"];
    put?: never;
    /**
     * Record a paper (idempotent with a client-chosen id: a repeat answers 200)
     * @description Records a paper. Send a client-chosen `id` to make retries safe: a repeat with the same id answers 200 with the first body and creates nothing.
     */
    post: operations["createPapers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/papers/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One paper
     * @description One of the caller's papers; another user's answers 404.
     */
    get: operations["getPapers"];
    put?: never;
    post?: never;
    /**
     * Delete a paper
     * @description Deletes a paper of the caller's; another user's answers 404.
     */
    delete: operations["removePapers"];
    options?: never;
    head?: never;
    /**
     * Change fields of a paper
     * @description Changes the fields sent of a paper; the others stay. Invalid fields answer 422 and nothing changes.
     */
    patch: operations["updatePapers"];
    trace?: never;
  };
  "/api/v1/me/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List your events, newest first
     * @description The caller's events, newest first, a page at a time: pass `nextCursor` back as `?cursor=` for the next page.
     */
    get: operations["listEvents"];
    put?: never;
    /**
     * Record an event (idempotent with a client-chosen id: a repeat answers 200)
     * @description Records an event. Send a client-chosen `id` to make retries safe: a repeat with the same id answers 200 with the first body and creates nothing.
     */
    post: operations["createEvents"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/events/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One event
     * @description One of the caller's events; another user's answers 404.
     */
    get: operations["getEvents"];
    put?: never;
    post?: never;
    /**
     * Delete an event
     * @description Deletes an event of the caller's; another user's answers 404.
     */
    delete: operations["removeEvents"];
    options?: never;
    head?: never;
    /**
     * Change fields of an event
     * @description Changes the fields sent of an event; the others stay. Invalid fields answer 422 and nothing changes.
     */
    patch: operations["updateEvents"];
    trace?: never;
  };
  "/api/v1/health": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness and database reachability
     * @description Answers 200 with `db: up` while the service and its database work, and 503 with `db: down` when the database cannot be reached. Monitors can poll it; it is never cached.
     */
    get: operations["health"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/openapi.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * This document
     * @description This OpenAPI 3.1 document, generated from the same schemas the server validates with. Any cache may keep it for five minutes.
     */
    get: operations["openapi"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/register": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an account
     * @description Creates an account with an email, a password and a name, and answers the new user. Rate limited per client address (429 with Retry-After); an email already in use answers 409.
     */
    post: operations["register"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/tokens": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller's personal access tokens, newest first
     * @description Lists the caller's personal access tokens with when each was created and last used (to the minute); the tokens themselves are never shown again.
     */
    get: operations["listTokens"];
    put?: never;
    /**
     * Create a personal access token (shown once); an account with no password creates tokens in Settings
     * @description Exchanges an email and password for a personal access token to send as `Authorization: Bearer`. The token is in this answer only; store it. Rate limited (429 with Retry-After).
     */
    post: operations["createToken"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/tokens/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke a token; it stops working at once
     * @description Deletes one of the caller's tokens; the next request with it answers 401. Another user's token answers 404.
     */
    delete: operations["revokeToken"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller and their profile
     * @description The signed-in user: id, email, name, and profile settings such as the target track, weekly hours goal, timezone and public profile.
     */
    get: operations["getMe"];
    put?: never;
    post?: never;
    /**
     * Delete your account and everything it owns (asks for the password; an account with none answers 422: set one first with a reset link)
     * @description Deletes the account and everything it owns, after checking the password. An account without a password answers 422: set one first with a reset link.
     */
    delete: operations["deleteMe"];
    options?: never;
    head?: never;
    /**
     * Change the name or profile fields
     * @description Changes the caller's name and profile settings; only the fields sent change. Invalid fields answer 422 and nothing changes.
     */
    patch: operations["updateMe"];
    trace?: never;
  };
  "/api/v1/me/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change the password; every other session and every personal access token ends (an account with no password answers 422: a reset link sets the first one)
     * @description Changes the password after checking the current one. Every other session and every personal access token of the account stops working.
     */
    post: operations["changePassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/password-reset": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for a password reset link by email; the same answer whether or not the email has an account
     * @description Emails a one-time reset link when the address has an account. The answer is the same either way, so it does not reveal who has an account; rate limited (429 with Retry-After).
     */
    post: operations["requestPasswordReset"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/password-reset/confirm": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a new password with a reset token (once, within an hour); every session and personal access token of the account ends
     * @description Sets a new password with the token from a reset link, once and within an hour of asking. Every session and personal access token of the account ends.
     */
    post: operations["confirmPasswordReset"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/identities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The identity providers linked to the caller's account, first linked first, and whether it has a password
     * @description The sign-in providers (such as GitHub) linked to the caller's account, and whether it also has a password.
     */
    get: operations["listIdentities"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/identities/{provider}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Unlink an identity provider; 409 when it is the last way in (no password and no other provider)
     * @description Unlinks one sign-in provider from the caller's account. Unlinking the last way in (no password and no other provider) answers 409.
     */
    delete: operations["unlinkIdentity"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/roadmap": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every tier, track, skill area and milestone of the roadmap
     * @description The whole roadmap: tiers, tracks, skill areas, skills and milestones with their criteria. Public and the same for everyone; any cache may keep it for five minutes.
     */
    get: operations["roadmap"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/progress": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your tier, the next one, and every milestone's status and progress
     * @description The caller's current tier, the next one, and each milestone's status and progress towards it, computed from their records and skill levels.
     */
    get: operations["getProgress"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/plan": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The unmet milestones on the way to your target track (or the next tier), in the order to take them, with the hours still to log and whether your target date holds
     * @description The unmet milestones between the caller and their target track (or the next tier), in the order to take them, with the hours still to log and whether the target date holds at the weekly hours goal.
     */
    get: operations["getPlan"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/milestones/{milestoneId}/attestation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Check off (or un-check) a milestone of the attested kind
     * @description Checks off, or un-checks, a milestone the learner attests themselves. Milestones of other kinds answer 422; the tier is recomputed at once.
     */
    put: operations["setAttestation"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/profiles/{slug}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A public profile's public fields (404 unless the learner made it public)
     * @description A learner's public profile: only the fields they chose to show. A profile that is not public answers 404, exactly as one that does not exist.
     */
    get: operations["publicProfile"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cohorts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your cohorts by name, with your role in each
     * @description The cohorts the caller belongs to, with their role in each.
     */
    get: operations["listCohorts"];
    put?: never;
    /**
     * Create a cohort; you are its organizer
     * @description Creates a cohort with a name and optional dates; the caller becomes its organizer and gets its invite code.
     */
    post: operations["createCohort"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cohorts/join": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Join with the cohort's invite code, or with `token`, a personal invitation's (only the invited email's account may use it: 403 otherwise; 409 once used); joining again changes nothing
     * @description Joins a cohort with its invite code, or with the token of a personal invitation (only the invited email's account may use it: 403 otherwise; 409 once used). Joining again changes nothing.
     */
    post: operations["joinCohort"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cohorts/{slug}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Rename or re-date the cohort (organizer)
     * @description Renames the cohort or changes its dates; organizers only. Members answer 403, others 404.
     */
    patch: operations["updateCohort"];
    trace?: never;
  };
  "/api/v1/cohorts/{slug}/dashboard": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The cohort dashboard, with only what each member shares (404 for non-members)
     * @description The cohort's dashboard: its members with only what each chose to share (progress, hours, leaderboard). Non-members answer 404.
     */
    get: operations["cohortDashboard"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cohorts/{slug}/export.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The cohort's progress as CSV, shared fields only (organizer)
     * @description The cohort's progress as a CSV download, with only what each member shares; organizers only.
     */
    get: operations["cohortCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cohorts/{slug}/membership": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Choose what the cohort sees of you: progress, hours, leaderboard
     * @description Chooses what the cohort sees of the caller: progress, hours, and a place on the leaderboard.
     */
    patch: operations["updateMembership"];
    trace?: never;
  };
  "/api/v1/cohorts/{slug}/invite-code": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A new invite code; the old one stops working (organizer)
     * @description Makes a new invite code for the cohort; the old code stops working at once. Organizers only.
     */
    post: operations["rotateInviteCode"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cohorts/{slug}/members/{userId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * An organizer removes a member, or a member leaves; the last organizer cannot (409)
     * @description An organizer removes a member, or a member leaves. The last organizer cannot leave (409).
     */
    delete: operations["removeCohortMember"];
    options?: never;
    head?: never;
    /**
     * Make a member organizer, coach or member (organizer); the last organizer cannot step down (409)
     * @description Makes a member an organizer, a coach or a plain member; organizers only. The last organizer cannot step down (409).
     */
    patch: operations["changeCohortMemberRole"];
    trace?: never;
  };
  "/api/v1/cohorts/{slug}/invitations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The cohort's invitations, newest first, with their status and (when not mailed and not yet used) the join link (organizer or cohort coach)
     * @description The cohort's invitations, newest first, with their status and, while not mailed and not yet used, the join link. Organizers and cohort coaches.
     */
    get: operations["listCohortInvitations"];
    put?: never;
    /**
     * Invite a list of emails, each with a personal join link (organizer or cohort coach); emails already invited or in the cohort are `already`, bad rows `invalid` with their row and reason
     * @description Invites a list of emails, each with a personal join link, and reports per email whether it was invited, already invited or in the cohort, or invalid (with its row and reason). Organizers and cohort coaches.
     */
    post: operations["importCohortInvitations"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cohorts/{slug}/milestones": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The cohort's own milestones (due first, soonest first; then those without a date): a member's completion is their own {met, attested}; for organizers and cohort coaches {done, of} over the members who share progress (404 for non-members)
     * @description The cohort's own milestones. A member sees their own completion; organizers and cohort coaches see how many of the members who share progress are done. Non-members answer 404.
     */
    get: operations["listCohortMilestones"];
    put?: never;
    /**
     * Add a milestone to the cohort (organizer or cohort coach; a member 403). Criteria by kind: attested none; hours {hours, from?, to?}; skill {skill, level}; project {count}; certification {count}
     * @description Adds a milestone to the cohort (organizers and cohort coaches; a member answers 403). Its criteria depend on its kind: attested, hours, skill, project or certification.
     */
    post: operations["createCohortMilestone"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cohorts/{slug}/milestones/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a cohort milestone and every check-off of it (organizer or cohort coach)
     * @description Removes a cohort milestone and every member's check-off of it. Organizers and cohort coaches.
     */
    delete: operations["deleteCohortMilestone"];
    options?: never;
    head?: never;
    /**
     * Change a cohort milestone (organizer or cohort coach); members' check-offs are kept
     * @description Changes a cohort milestone's title, due date or criteria; members' check-offs are kept. Organizers and cohort coaches.
     */
    patch: operations["updateCohortMilestone"];
    trace?: never;
  };
  "/api/v1/cohorts/{slug}/milestones/{id}/attestation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Check off (or un-check) an attested cohort milestone for yourself (a member; 422 for other kinds)
     * @description A member checks off, or un-checks, an attested cohort milestone for themselves. Milestones of other kinds answer 422.
     */
    put: operations["setCohortMilestoneAttestation"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coaching/invitations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Invitations to you and from you in one list, newest first (`direction` keeps one side)
     * @description The caller's coaching invitations: those sent to them (incoming) and those they sent (outgoing), with their status.
     */
    get: operations["listInvitations"];
    put?: never;
    /**
     * Invite someone by email to coach you (role coach) or be coached by you (role mentee); same answer whether or not the email has an account
     * @description Invites someone by email to coach the caller (role coach) or to be coached by them (role mentee). The answer is the same whether or not the email has an account.
     */
    post: operations["invite"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coaching/invitations/{id}/accept": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept an invitation (the invitee only)
     * @description The invitee accepts a coaching invitation, which starts the coaching link. Anyone else answers 404.
     */
    post: operations["acceptInvitation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coaching/invitations/{id}/decline": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decline an invitation (the invitee only)
     * @description The invitee declines a coaching invitation; nothing is linked. Anyone else answers 404.
     */
    post: operations["declineInvitation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/mentees": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your active mentees by name, with tier, last activity and open reviews
     * @description The caller's active mentees as their coach, each with tier, last activity and open review requests.
     */
    get: operations["listMentees"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/mentees/{userId}/progress": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A mentee's progress (same shape as me/progress); 404 unless you actively coach them
     * @description A mentee's progress, in the same shape as the caller's own progress. Answers 404 unless the caller actively coaches them.
     */
    get: operations["menteeProgress"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/mentees/{userId}/milestones/{milestoneId}/verification": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Verify a mentee's milestone, or withdraw the verification (active coach only; 404 otherwise)
     * @description A coach verifies a mentee's milestone, or withdraws the verification. Only an active coach; anyone else answers 404.
     */
    put: operations["verifyMilestone"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coaching/{coachId}/{menteeId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Either side ends the link; the coach's access ends at once
     * @description Either side ends a coaching link. The coach loses access to the mentee's data at once.
     */
    delete: operations["endCoaching"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/reviews": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your review requests with their threads, newest first
     * @description The caller's review requests, each with its thread of feedback and replies.
     */
    get: operations["myReviews"];
    put?: never;
    /**
     * Ask an active coach to review a milestone, project or certification
     * @description Asks an active coach to review a milestone, a project or a certification; the coach is notified.
     */
    post: operations["requestReview"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/reviews/{id}/reply": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Answer your coach's feedback, and ask again (requestAgain, default true)
     * @description Answers the coach's feedback on a review request and, unless `requestAgain` is false, asks for another look.
     */
    post: operations["replyToReview"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/reviews/queue": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your open review requests as a coach, oldest first
     * @description The review requests waiting for the caller as a coach, oldest first.
     */
    get: operations["reviewQueue"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/reviews/{id}/decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve (verifies the subject) or request changes, with feedback
     * @description A coach approves a review request, which verifies its subject, or asks for changes, with feedback either way.
     */
    post: operations["decideReview"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/notifications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your notifications, newest first, and how many of them are unread
     * @description The caller's latest notifications, newest first, and how many are unread.
     */
    get: operations["listNotifications"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/notifications/read": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark notifications read (all when no ids are given)
     * @description Marks the given notifications read, or every notification of the caller when no ids are given. Ids that are not the caller's are ignored.
     */
    post: operations["readNotifications"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/skills": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your level on every skill (0 when never rated), in the roadmap's order
     * @description The caller's level (0–4) on every skill of the roadmap, 0 when never rated, with each skill's past levels.
     */
    get: operations["listSkills"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/skills/{skillSlug}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Rate a skill 0–4; kept in the history
     * @description Rates one of the caller's skills from 0 to 4. Every change is kept in the skill's history; an unknown skill answers 404.
     */
    put: operations["setSkill"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/notes/{subjectType}/{subjectId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your note on a milestone (uuid) or skill (slug); an empty body when there is none
     * @description The caller's private Markdown note on a milestone (by id) or a skill (by slug); an empty body when there is none.
     */
    get: operations["getNote"];
    /**
     * Write your note (Markdown, up to 20,000 characters; a blank body removes it)
     * @description Writes the caller's note on a milestone or skill, up to 20,000 characters of Markdown. A blank body removes the note.
     */
    put: operations["putNote"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/resources": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List your resource links, newest first
     * @description The caller's resource links (articles, courses, videos) on milestones and skills, newest first.
     */
    get: operations["listResources"];
    put?: never;
    /**
     * Add a resource link to a milestone or skill (idempotent with a client-chosen id: a repeat answers 200)
     * @description Adds a resource link to a milestone or a skill. Idempotent with a client-chosen id: a repeat answers 200 with the first body.
     */
    post: operations["createResource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/resources/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One resource link
     * @description One of the caller's resource links; another user's answers 404.
     */
    get: operations["getResource"];
    put?: never;
    post?: never;
    /**
     * Delete a resource link
     * @description Deletes one of the caller's resource links.
     */
    delete: operations["deleteResource"];
    options?: never;
    head?: never;
    /**
     * Change fields of a resource link (done, shared with your coach, …)
     * @description Changes fields of a resource link, such as its title, whether it is done, or whether the caller's coach may see it.
     */
    patch: operations["updateResource"];
    trace?: never;
  };
  "/api/v1/mentees/{userId}/resources": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The resource links a mentee shared with you, newest first; 404 unless you actively coach them
     * @description The resource links a mentee shared with their coach, newest first. Answers 404 unless the caller actively coaches them.
     */
    get: operations["menteeResources"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Everything you own as one JSON document, or one kind as CSV (?format=csv&kind=…)
     * @description Everything the caller owns as one JSON document (which import reads back), or one kind of record as CSV with `?format=csv&kind=…`.
     */
    get: operations["exportMe"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Read an export document into your account (ids are kept; importing twice adds nothing)
     * @description Reads an export document into the caller's account. Ids are kept, so importing the same document twice adds nothing; the answer counts what was added per kind.
     */
    post: operations["importMe"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/calendar": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your private calendar feed's URL (iCalendar: your events, cohort milestone due dates, certification expiry dates); made on first asking. Anyone with it can read the feed
     * @description The URL of the caller's private iCalendar feed (their events, cohort milestone due dates, certification expiry dates), made on first asking. Anyone with the URL can read the feed.
     */
    get: operations["getCalendarFeed"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/calendar/rotate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A new URL for your calendar feed: the old one answers 404 at once
     * @description Makes a new URL for the caller's calendar feed; the old URL answers 404 at once.
     */
    post: operations["rotateCalendarFeed"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/badges": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your badges, revoked ones included, oldest first
     * @description The caller's badges, revoked ones included, oldest first.
     */
    get: operations["listMyBadges"];
    put?: never;
    /**
     * Claim the Open Badges 3.0 credential for a tier you hold ({tier}) or a track you completed ({track}): 201 with the signed badge; claiming again answers the same badge (200); 422 when not reached
     * @description Claims the signed Open Badges 3.0 credential for a tier the caller holds or a track they completed: 201 with the badge, 200 with the same badge when claimed before, 422 when not reached.
     */
    post: operations["claimBadge"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/badges/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke your badge: its status says revoked from now on, and it stays revoked (404 for anyone else's)
     * @description Revokes one of the caller's badges: from now on its status says revoked, for good. Another user's badge answers 404.
     */
    delete: operations["revokeBadge"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/badges/issuer": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The issuer's Open Badges Profile (the `issuer.id` of every badge)
     * @description The issuer's Open Badges profile, which every badge names as its `issuer.id`. Public.
     */
    get: operations["badgeIssuer"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/badges/keys/{kid}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One signing key's public JWK, current or retired: what a badge's JWT header `kid` names
     * @description One of the issuer's public signing keys as a JWK, current or retired: the key a badge's JWT header `kid` names. Public.
     */
    get: operations["badgeKey"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/badges/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A badge, verified by the issuer: the credential, its VC-JWT, its status (active or revoked) and whether it verifies
     * @description A badge as anyone can verify it: the credential, its VC-JWT, its status (active or revoked) and whether the signature verifies. Public and never cached.
     */
    get: operations["publicBadge"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/.well-known/jwks.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The issuer's public signing keys, current and retired, as a JWK Set
     * @description The issuer's public signing keys, current and retired, as a JWK Set. Public.
     */
    get: operations["jwks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your webhook endpoints, oldest first
     * @description The caller's webhook endpoints, with their events and whether they are active.
     */
    get: operations["listMyWebhooks"];
    put?: never;
    /**
     * Register a webhook endpoint: https, on a public address (422 otherwise); the signing secret is in this answer only. Events: tier.reached, track.completed, badge.issued, review.requested, review.decided, cohort.member_joined, cohort.member_left, cohort.milestone_completed. Deliveries carry the Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature) and the body {type, timestamp, data}
     * @description Registers an HTTPS endpoint on a public address for the chosen events. The signing secret is in this answer only; deliveries carry the Standard Webhooks headers.
     */
    post: operations["createMyWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/webhooks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove an endpoint and its delivery log
     * @description Removes one of the caller's endpoints and its delivery log.
     */
    delete: operations["deleteMyWebhook"];
    options?: never;
    head?: never;
    /**
     * Change an endpoint's url, events or active; {active: true} re-enables one disabled by failures
     * @description Changes an endpoint's URL, events or whether it is active. `{active: true}` re-enables one that was disabled after a day of failures.
     */
    patch: operations["updateMyWebhook"];
    trace?: never;
  };
  "/api/v1/me/webhooks/{id}/deliveries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An endpoint's delivery attempts, newest first, each with its response code
     * @description An endpoint's delivery attempts, newest first, each with its event, status and the response code it got.
     */
    get: operations["listMyWebhookDeliveries"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cohorts/{slug}/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The cohort's webhook endpoints, oldest first (organizers; members 403, others 404)
     * @description The cohort's webhook endpoints; organizers only (members answer 403, others 404).
     */
    get: operations["listCohortWebhooks"];
    put?: never;
    /**
     * Register a webhook for the cohort (organizers): it carries only what each member shares with the cohort. Events: tier.reached, track.completed, badge.issued, review.requested, review.decided, cohort.member_joined, cohort.member_left, cohort.milestone_completed. Deliveries carry the Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature) and the body {type, timestamp, data}
     * @description Registers an HTTPS endpoint for the cohort's events (organizers). Deliveries carry only what each member shares with the cohort; the signing secret is in this answer only.
     */
    post: operations["createCohortWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cohorts/{slug}/webhooks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove one of the cohort's endpoints (organizers)
     * @description Removes one of the cohort's endpoints and its delivery log (organizers).
     */
    delete: operations["deleteCohortWebhook"];
    options?: never;
    head?: never;
    /**
     * Change one of the cohort's endpoints (organizers)
     * @description Changes one of the cohort's endpoints: URL, events, or whether it is active (organizers).
     */
    patch: operations["updateCohortWebhook"];
    trace?: never;
  };
  "/api/v1/cohorts/{slug}/webhooks/{id}/deliveries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One of the cohort's endpoints' delivery attempts (organizers)
     * @description One of the cohort's endpoints' delivery attempts, newest first, with their response codes (organizers).
     */
    get: operations["listCohortWebhookDeliveries"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Error: {
      error: {
        /** @enum {string} */
        code:
          | "bad_request"
          | "unauthorized"
          | "forbidden"
          | "not_found"
          | "method_not_allowed"
          | "conflict"
          | "payload_too_large"
          | "unsupported_media_type"
          | "validation_failed"
          | "rate_limited"
          | "unavailable"
          | "internal";
        message: string;
        fields?: {
          [key: string]: string;
        };
      };
    };
    Activity: {
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD, between 1900-01-01 and 2999-12-31.
       */
      date: string;
      minutes: number;
      /** @enum {string} */
      kind: "course" | "reading" | "project" | "practice" | "event" | "other";
      title: string;
      path?: ("formal" | "online" | "projects") | null;
      skills?: (
        | "python"
        | "r"
        | "java"
        | "tensorflow"
        | "pytorch"
        | "sql"
        | "spark"
        | "hadoop"
        | "aws"
        | "gcp"
        | "azure"
        | "linear-algebra"
        | "calculus"
        | "probability"
        | "model-selection"
        | "hyperparameter-tuning"
        | "model-deployment"
        | "ml-cicd"
        | "model-monitoring"
        | "fairness"
        | "interpretability"
        | "ai-ethics"
        | "quantum-computing"
        | "quantum-ml-frameworks"
        | "neuromorphic-computing"
        | "communication"
        | "teamwork"
        | "networking"
        | "continuous-learning"
      )[];
      notes?: string | null;
      url?: string | null;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    Certification: {
      name: string;
      issuer: string;
      /** @enum {string} */
      status: "planned" | "in_progress" | "earned";
      issuedOn?: string | null;
      expiresOn?: string | null;
      credentialId?: string | null;
      credentialUrl?: string | null;
      skills?: (
        | "python"
        | "r"
        | "java"
        | "tensorflow"
        | "pytorch"
        | "sql"
        | "spark"
        | "hadoop"
        | "aws"
        | "gcp"
        | "azure"
        | "linear-algebra"
        | "calculus"
        | "probability"
        | "model-selection"
        | "hyperparameter-tuning"
        | "model-deployment"
        | "ml-cicd"
        | "model-monitoring"
        | "fairness"
        | "interpretability"
        | "ai-ethics"
        | "quantum-computing"
        | "quantum-ml-frameworks"
        | "neuromorphic-computing"
        | "communication"
        | "teamwork"
        | "networking"
        | "continuous-learning"
      )[];
      /** Format: uuid */
      id: string;
      /** @description Earned, and its expiry date has passed. */
      expired: boolean;
      /** @description Earned, and it expires within 60 days. */
      expiringSoon: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      verified: boolean;
      verifiedBy: {
        /** Format: uuid */
        id: string;
        name: string | null;
      } | null;
      verifiedAt: string | null;
    };
    Project: {
      title: string;
      summary?: string | null;
      repoUrl?: string | null;
      demoUrl?: string | null;
      /** @enum {string} */
      status: "idea" | "building" | "shipped";
      openSource?: boolean;
      track?: ("mlops" | "responsible-ai" | "quantum-ml") | null;
      skills?: (
        | "python"
        | "r"
        | "java"
        | "tensorflow"
        | "pytorch"
        | "sql"
        | "spark"
        | "hadoop"
        | "aws"
        | "gcp"
        | "azure"
        | "linear-algebra"
        | "calculus"
        | "probability"
        | "model-selection"
        | "hyperparameter-tuning"
        | "model-deployment"
        | "ml-cicd"
        | "model-monitoring"
        | "fairness"
        | "interpretability"
        | "ai-ethics"
        | "quantum-computing"
        | "quantum-ml-frameworks"
        | "neuromorphic-computing"
        | "communication"
        | "teamwork"
        | "networking"
        | "continuous-learning"
      )[];
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      verified: boolean;
      verifiedBy: {
        /** Format: uuid */
        id: string;
        name: string | null;
      } | null;
      verifiedAt: string | null;
    };
    Paper: {
      title: string;
      url?: string | null;
      /** @enum {string} */
      status: "to_read" | "reading" | "read";
      readOn?: string | null;
      topic?: ("mlops" | "responsible-ai" | "quantum-ml") | null;
      notes?: string | null;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    Event: {
      title: string;
      /** @enum {string} */
      kind: "conference" | "meetup" | "forum" | "talk";
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD, between 1900-01-01 and 2999-12-31.
       */
      date: string;
      url?: string | null;
      notes?: string | null;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /**
     * @description An IANA time-zone name such as Europe/Berlin. The other names the server's time-zone database knows for these zones (aliases such as Asia/Kolkata) are accepted too.
     * @enum {string}
     */
    TimeZone:
      | "UTC"
      | "Africa/Abidjan"
      | "Africa/Accra"
      | "Africa/Addis_Ababa"
      | "Africa/Algiers"
      | "Africa/Asmera"
      | "Africa/Bamako"
      | "Africa/Bangui"
      | "Africa/Banjul"
      | "Africa/Bissau"
      | "Africa/Blantyre"
      | "Africa/Brazzaville"
      | "Africa/Bujumbura"
      | "Africa/Cairo"
      | "Africa/Casablanca"
      | "Africa/Ceuta"
      | "Africa/Conakry"
      | "Africa/Dakar"
      | "Africa/Dar_es_Salaam"
      | "Africa/Djibouti"
      | "Africa/Douala"
      | "Africa/El_Aaiun"
      | "Africa/Freetown"
      | "Africa/Gaborone"
      | "Africa/Harare"
      | "Africa/Johannesburg"
      | "Africa/Juba"
      | "Africa/Kampala"
      | "Africa/Khartoum"
      | "Africa/Kigali"
      | "Africa/Kinshasa"
      | "Africa/Lagos"
      | "Africa/Libreville"
      | "Africa/Lome"
      | "Africa/Luanda"
      | "Africa/Lubumbashi"
      | "Africa/Lusaka"
      | "Africa/Malabo"
      | "Africa/Maputo"
      | "Africa/Maseru"
      | "Africa/Mbabane"
      | "Africa/Mogadishu"
      | "Africa/Monrovia"
      | "Africa/Nairobi"
      | "Africa/Ndjamena"
      | "Africa/Niamey"
      | "Africa/Nouakchott"
      | "Africa/Ouagadougou"
      | "Africa/Porto-Novo"
      | "Africa/Sao_Tome"
      | "Africa/Tripoli"
      | "Africa/Tunis"
      | "Africa/Windhoek"
      | "America/Adak"
      | "America/Anchorage"
      | "America/Anguilla"
      | "America/Antigua"
      | "America/Araguaina"
      | "America/Argentina/La_Rioja"
      | "America/Argentina/Rio_Gallegos"
      | "America/Argentina/Salta"
      | "America/Argentina/San_Juan"
      | "America/Argentina/San_Luis"
      | "America/Argentina/Tucuman"
      | "America/Argentina/Ushuaia"
      | "America/Aruba"
      | "America/Asuncion"
      | "America/Bahia"
      | "America/Bahia_Banderas"
      | "America/Barbados"
      | "America/Belem"
      | "America/Belize"
      | "America/Blanc-Sablon"
      | "America/Boa_Vista"
      | "America/Bogota"
      | "America/Boise"
      | "America/Buenos_Aires"
      | "America/Cambridge_Bay"
      | "America/Campo_Grande"
      | "America/Cancun"
      | "America/Caracas"
      | "America/Catamarca"
      | "America/Cayenne"
      | "America/Cayman"
      | "America/Chicago"
      | "America/Chihuahua"
      | "America/Ciudad_Juarez"
      | "America/Coral_Harbour"
      | "America/Cordoba"
      | "America/Costa_Rica"
      | "America/Coyhaique"
      | "America/Creston"
      | "America/Cuiaba"
      | "America/Curacao"
      | "America/Danmarkshavn"
      | "America/Dawson"
      | "America/Dawson_Creek"
      | "America/Denver"
      | "America/Detroit"
      | "America/Dominica"
      | "America/Edmonton"
      | "America/Eirunepe"
      | "America/El_Salvador"
      | "America/Fort_Nelson"
      | "America/Fortaleza"
      | "America/Glace_Bay"
      | "America/Godthab"
      | "America/Goose_Bay"
      | "America/Grand_Turk"
      | "America/Grenada"
      | "America/Guadeloupe"
      | "America/Guatemala"
      | "America/Guayaquil"
      | "America/Guyana"
      | "America/Halifax"
      | "America/Havana"
      | "America/Hermosillo"
      | "America/Indiana/Knox"
      | "America/Indiana/Marengo"
      | "America/Indiana/Petersburg"
      | "America/Indiana/Tell_City"
      | "America/Indiana/Vevay"
      | "America/Indiana/Vincennes"
      | "America/Indiana/Winamac"
      | "America/Indianapolis"
      | "America/Inuvik"
      | "America/Iqaluit"
      | "America/Jamaica"
      | "America/Jujuy"
      | "America/Juneau"
      | "America/Kentucky/Monticello"
      | "America/Kralendijk"
      | "America/La_Paz"
      | "America/Lima"
      | "America/Los_Angeles"
      | "America/Louisville"
      | "America/Lower_Princes"
      | "America/Maceio"
      | "America/Managua"
      | "America/Manaus"
      | "America/Marigot"
      | "America/Martinique"
      | "America/Matamoros"
      | "America/Mazatlan"
      | "America/Mendoza"
      | "America/Menominee"
      | "America/Merida"
      | "America/Metlakatla"
      | "America/Mexico_City"
      | "America/Miquelon"
      | "America/Moncton"
      | "America/Monterrey"
      | "America/Montevideo"
      | "America/Montserrat"
      | "America/Nassau"
      | "America/New_York"
      | "America/Nome"
      | "America/Noronha"
      | "America/North_Dakota/Beulah"
      | "America/North_Dakota/Center"
      | "America/North_Dakota/New_Salem"
      | "America/Ojinaga"
      | "America/Panama"
      | "America/Paramaribo"
      | "America/Phoenix"
      | "America/Port-au-Prince"
      | "America/Port_of_Spain"
      | "America/Porto_Velho"
      | "America/Puerto_Rico"
      | "America/Punta_Arenas"
      | "America/Rankin_Inlet"
      | "America/Recife"
      | "America/Regina"
      | "America/Resolute"
      | "America/Rio_Branco"
      | "America/Santarem"
      | "America/Santiago"
      | "America/Santo_Domingo"
      | "America/Sao_Paulo"
      | "America/Scoresbysund"
      | "America/Sitka"
      | "America/St_Barthelemy"
      | "America/St_Johns"
      | "America/St_Kitts"
      | "America/St_Lucia"
      | "America/St_Thomas"
      | "America/St_Vincent"
      | "America/Swift_Current"
      | "America/Tegucigalpa"
      | "America/Thule"
      | "America/Tijuana"
      | "America/Toronto"
      | "America/Tortola"
      | "America/Vancouver"
      | "America/Whitehorse"
      | "America/Winnipeg"
      | "America/Yakutat"
      | "Antarctica/Casey"
      | "Antarctica/Davis"
      | "Antarctica/DumontDUrville"
      | "Antarctica/Macquarie"
      | "Antarctica/Mawson"
      | "Antarctica/McMurdo"
      | "Antarctica/Palmer"
      | "Antarctica/Rothera"
      | "Antarctica/Syowa"
      | "Antarctica/Troll"
      | "Antarctica/Vostok"
      | "Arctic/Longyearbyen"
      | "Asia/Aden"
      | "Asia/Almaty"
      | "Asia/Amman"
      | "Asia/Anadyr"
      | "Asia/Aqtau"
      | "Asia/Aqtobe"
      | "Asia/Ashgabat"
      | "Asia/Atyrau"
      | "Asia/Baghdad"
      | "Asia/Bahrain"
      | "Asia/Baku"
      | "Asia/Bangkok"
      | "Asia/Barnaul"
      | "Asia/Beirut"
      | "Asia/Bishkek"
      | "Asia/Brunei"
      | "Asia/Calcutta"
      | "Asia/Chita"
      | "Asia/Colombo"
      | "Asia/Damascus"
      | "Asia/Dhaka"
      | "Asia/Dili"
      | "Asia/Dubai"
      | "Asia/Dushanbe"
      | "Asia/Famagusta"
      | "Asia/Gaza"
      | "Asia/Hebron"
      | "Asia/Hong_Kong"
      | "Asia/Hovd"
      | "Asia/Irkutsk"
      | "Asia/Jakarta"
      | "Asia/Jayapura"
      | "Asia/Jerusalem"
      | "Asia/Kabul"
      | "Asia/Kamchatka"
      | "Asia/Karachi"
      | "Asia/Katmandu"
      | "Asia/Khandyga"
      | "Asia/Krasnoyarsk"
      | "Asia/Kuala_Lumpur"
      | "Asia/Kuching"
      | "Asia/Kuwait"
      | "Asia/Macau"
      | "Asia/Magadan"
      | "Asia/Makassar"
      | "Asia/Manila"
      | "Asia/Muscat"
      | "Asia/Nicosia"
      | "Asia/Novokuznetsk"
      | "Asia/Novosibirsk"
      | "Asia/Omsk"
      | "Asia/Oral"
      | "Asia/Phnom_Penh"
      | "Asia/Pontianak"
      | "Asia/Pyongyang"
      | "Asia/Qatar"
      | "Asia/Qostanay"
      | "Asia/Qyzylorda"
      | "Asia/Rangoon"
      | "Asia/Riyadh"
      | "Asia/Saigon"
      | "Asia/Sakhalin"
      | "Asia/Samarkand"
      | "Asia/Seoul"
      | "Asia/Shanghai"
      | "Asia/Singapore"
      | "Asia/Srednekolymsk"
      | "Asia/Taipei"
      | "Asia/Tashkent"
      | "Asia/Tbilisi"
      | "Asia/Tehran"
      | "Asia/Thimphu"
      | "Asia/Tokyo"
      | "Asia/Tomsk"
      | "Asia/Ulaanbaatar"
      | "Asia/Urumqi"
      | "Asia/Ust-Nera"
      | "Asia/Vientiane"
      | "Asia/Vladivostok"
      | "Asia/Yakutsk"
      | "Asia/Yekaterinburg"
      | "Asia/Yerevan"
      | "Atlantic/Azores"
      | "Atlantic/Bermuda"
      | "Atlantic/Canary"
      | "Atlantic/Cape_Verde"
      | "Atlantic/Faeroe"
      | "Atlantic/Madeira"
      | "Atlantic/Reykjavik"
      | "Atlantic/South_Georgia"
      | "Atlantic/St_Helena"
      | "Atlantic/Stanley"
      | "Australia/Adelaide"
      | "Australia/Brisbane"
      | "Australia/Broken_Hill"
      | "Australia/Darwin"
      | "Australia/Eucla"
      | "Australia/Hobart"
      | "Australia/Lindeman"
      | "Australia/Lord_Howe"
      | "Australia/Melbourne"
      | "Australia/Perth"
      | "Australia/Sydney"
      | "Europe/Amsterdam"
      | "Europe/Andorra"
      | "Europe/Astrakhan"
      | "Europe/Athens"
      | "Europe/Belgrade"
      | "Europe/Berlin"
      | "Europe/Bratislava"
      | "Europe/Brussels"
      | "Europe/Bucharest"
      | "Europe/Budapest"
      | "Europe/Busingen"
      | "Europe/Chisinau"
      | "Europe/Copenhagen"
      | "Europe/Dublin"
      | "Europe/Gibraltar"
      | "Europe/Guernsey"
      | "Europe/Helsinki"
      | "Europe/Isle_of_Man"
      | "Europe/Istanbul"
      | "Europe/Jersey"
      | "Europe/Kaliningrad"
      | "Europe/Kiev"
      | "Europe/Kirov"
      | "Europe/Lisbon"
      | "Europe/Ljubljana"
      | "Europe/London"
      | "Europe/Luxembourg"
      | "Europe/Madrid"
      | "Europe/Malta"
      | "Europe/Mariehamn"
      | "Europe/Minsk"
      | "Europe/Monaco"
      | "Europe/Moscow"
      | "Europe/Oslo"
      | "Europe/Paris"
      | "Europe/Podgorica"
      | "Europe/Prague"
      | "Europe/Riga"
      | "Europe/Rome"
      | "Europe/Samara"
      | "Europe/San_Marino"
      | "Europe/Sarajevo"
      | "Europe/Saratov"
      | "Europe/Simferopol"
      | "Europe/Skopje"
      | "Europe/Sofia"
      | "Europe/Stockholm"
      | "Europe/Tallinn"
      | "Europe/Tirane"
      | "Europe/Ulyanovsk"
      | "Europe/Vaduz"
      | "Europe/Vatican"
      | "Europe/Vienna"
      | "Europe/Vilnius"
      | "Europe/Volgograd"
      | "Europe/Warsaw"
      | "Europe/Zagreb"
      | "Europe/Zurich"
      | "Indian/Antananarivo"
      | "Indian/Chagos"
      | "Indian/Christmas"
      | "Indian/Cocos"
      | "Indian/Comoro"
      | "Indian/Kerguelen"
      | "Indian/Mahe"
      | "Indian/Maldives"
      | "Indian/Mauritius"
      | "Indian/Mayotte"
      | "Indian/Reunion"
      | "Pacific/Apia"
      | "Pacific/Auckland"
      | "Pacific/Bougainville"
      | "Pacific/Chatham"
      | "Pacific/Easter"
      | "Pacific/Efate"
      | "Pacific/Enderbury"
      | "Pacific/Fakaofo"
      | "Pacific/Fiji"
      | "Pacific/Funafuti"
      | "Pacific/Galapagos"
      | "Pacific/Gambier"
      | "Pacific/Guadalcanal"
      | "Pacific/Guam"
      | "Pacific/Honolulu"
      | "Pacific/Kiritimati"
      | "Pacific/Kosrae"
      | "Pacific/Kwajalein"
      | "Pacific/Majuro"
      | "Pacific/Marquesas"
      | "Pacific/Midway"
      | "Pacific/Nauru"
      | "Pacific/Niue"
      | "Pacific/Norfolk"
      | "Pacific/Noumea"
      | "Pacific/Pago_Pago"
      | "Pacific/Palau"
      | "Pacific/Pitcairn"
      | "Pacific/Ponape"
      | "Pacific/Port_Moresby"
      | "Pacific/Rarotonga"
      | "Pacific/Saipan"
      | "Pacific/Tahiti"
      | "Pacific/Tarawa"
      | "Pacific/Tongatapu"
      | "Pacific/Truk"
      | "Pacific/Wake"
      | "Pacific/Wallis";
    ApiToken: {
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: date-time */
      createdAt: string;
      lastUsedAt: string | null;
    };
    LinkedIdentity: {
      provider: string;
      email: string | null;
      /** Format: date-time */
      linkedAt: string;
    };
    CohortMilestone: {
      /** Format: uuid */
      id: string;
      title: string;
      description: string | null;
      /** @enum {string} */
      kind: "attested" | "hours" | "skill" | "project" | "certification";
      criteria: {
        [key: string]: unknown;
      };
      dueOn: string | null;
      completion:
        | {
            met: boolean;
            attested: boolean;
          }
        | {
            done: number;
            of: number;
          };
    };
    CoachingInvitation:
      | {
          /**
           * @description an invitation to you
           * @constant
           */
          direction: "incoming";
          /** Format: uuid */
          id: string;
          /**
           * @description the role the invitee would take
           * @enum {string}
           */
          role: "coach" | "mentee";
          /** @enum {string} */
          status: "pending" | "accepted" | "declined";
          /** Format: date-time */
          createdAt: string;
          from: {
            /** Format: uuid */
            id: string;
            name: string | null;
            email: string;
          };
        }
      | {
          /**
           * @description an invitation you sent
           * @constant
           */
          direction: "outgoing";
          /** Format: uuid */
          id: string;
          /**
           * @description the role the invitee would take
           * @enum {string}
           */
          role: "coach" | "mentee";
          /** @enum {string} */
          status: "pending" | "accepted" | "declined";
          /** Format: date-time */
          createdAt: string;
          /**
           * Format: email
           * @description whom it invites
           */
          email: string;
        };
    Mentee: {
      /** Format: uuid */
      userId: string;
      name: string | null;
      email: string;
      /**
       * Format: date-time
       * @description when the coaching began
       */
      since: string;
      headline: string | null;
      tier: {
        number: number;
        name: string;
      };
      lastActiveOn: string | null;
      openReviews: number;
    };
    Review: {
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description the learner whose work is reviewed
       */
      userId: string;
      /** Format: uuid */
      coachId: string;
      learnerName: string | null;
      /** @enum {string} */
      subjectType: "milestone" | "project" | "certification";
      /** Format: uuid */
      subjectId: string;
      /** @enum {string} */
      status: "requested" | "changes_requested" | "approved";
      /**
       * Format: date-time
       * @description when it last entered the queue
       */
      requestedAt: string;
      decidedAt: string | null;
      subjectTitle: string;
      subject: {
        title: string;
        /** @description a project's repository, a certification's credential */
        url: string | null;
        demoUrl: string | null;
        status: ("idea" | "building" | "shipped" | "planned" | "in_progress" | "earned") | null;
        issuer: string | null;
        /** @description a milestone's standing for the learner (in the coach's queue; null otherwise) */
        milestone: {
          met: boolean;
          attested: boolean;
          verified: boolean;
          progress: {
            current: number;
            target: number;
          };
          attestationNote: string | null;
        } | null;
      };
      thread: {
        /** Format: uuid */
        reviewId: string;
        authorId: string | null;
        /** @enum {string} */
        kind: "request" | "approve" | "request_changes" | "reply";
        body: string | null;
        /** Format: date-time */
        createdAt: string;
      }[];
    };
    Notification: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | "coaching_invitation"
        | "coaching_accepted"
        | "coaching_ended"
        | "review_requested"
        | "review_decided"
        | "review_reply"
        | "milestone_verified"
        | "webhook_disabled";
      title: string;
      /** @description a path in the app */
      link: string | null;
      subjectType: ("review" | "coaching_invitation" | "milestone") | null;
      subjectId: string | null;
      /** Format: date-time */
      createdAt: string;
      readAt: string | null;
    };
    SkillRating: {
      skill: string;
      level: number;
      updatedAt: string | null;
    };
    Resource: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      subjectType: "milestone" | "skill";
      subjectId: string;
      title: string;
      url: string;
      done: boolean;
      sharedWithCoach: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    WebhookEndpoint: {
      /** Format: uuid */
      id: string;
      url: string;
      events: (
        | "tier.reached"
        | "track.completed"
        | "badge.issued"
        | "review.requested"
        | "review.decided"
        | "cohort.member_joined"
        | "cohort.member_left"
        | "cohort.milestone_completed"
      )[];
      /** @description false when turned off, or disabled after a day of failures */
      active: boolean;
      /** @description set when a day of failed deliveries disabled it; PATCH {active: true} re-enables */
      disabledAt: string | null;
      failingSince: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    WebhookDelivery: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      event:
        | "tier.reached"
        | "track.completed"
        | "badge.issued"
        | "review.requested"
        | "review.decided"
        | "cohort.member_joined"
        | "cohort.member_left"
        | "cohort.milestone_completed";
      attempt: number;
      /** @enum {string} */
      status: "pending" | "succeeded" | "failed";
      responseCode: number | null;
      error: string | null;
      /**
       * Format: date-time
       * @description when the attempt was made, or for a pending one when it is due
       */
      at: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listActivities: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "date": "2026-03-14",
           *           "minutes": 90,
           *           "kind": "course",
           *           "title": "Fast.ai lesson 3: neural network foundations",
           *           "path": "online",
           *           "skills": [
           *             "python",
           *             "pytorch"
           *           ],
           *           "notes": "Finished the notebook; the SGD section is worth a second pass.",
           *           "url": "https://course.fast.ai/Lessons/lesson3.html",
           *           "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "updatedAt": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["Activity"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createActivities: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
         *       "date": "2026-03-14",
         *       "minutes": 90,
         *       "kind": "course",
         *       "title": "Fast.ai lesson 3: neural network foundations",
         *       "path": "online",
         *       "skills": [
         *         "python",
         *         "pytorch"
         *       ],
         *       "notes": "Finished the notebook; the SGD section is worth a second pass.",
         *       "url": "https://course.fast.ai/Lessons/lesson3.html"
         *     }
         */
        "application/json": {
          /** Format: uuid */
          id?: string;
          /**
           * Format: date
           * @description A calendar date, YYYY-MM-DD, between 1900-01-01 and 2999-12-31.
           */
          date: string;
          minutes: number;
          /** @enum {string} */
          kind: "course" | "reading" | "project" | "practice" | "event" | "other";
          title: string;
          path?: ("formal" | "online" | "projects") | null;
          skills?: (
            | "python"
            | "r"
            | "java"
            | "tensorflow"
            | "pytorch"
            | "sql"
            | "spark"
            | "hadoop"
            | "aws"
            | "gcp"
            | "azure"
            | "linear-algebra"
            | "calculus"
            | "probability"
            | "model-selection"
            | "hyperparameter-tuning"
            | "model-deployment"
            | "ml-cicd"
            | "model-monitoring"
            | "fairness"
            | "interpretability"
            | "ai-ethics"
            | "quantum-computing"
            | "quantum-ml-frameworks"
            | "neuromorphic-computing"
            | "communication"
            | "teamwork"
            | "networking"
            | "continuous-learning"
          )[];
          notes?: string | null;
          url?: string | null;
        };
      };
    };
    responses: {
      /** @description A repeat of this create with the same client-chosen id: the resource as first stored, nothing changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "date": "2026-03-14",
           *       "minutes": 90,
           *       "kind": "course",
           *       "title": "Fast.ai lesson 3: neural network foundations",
           *       "path": "online",
           *       "skills": [
           *         "python",
           *         "pytorch"
           *       ],
           *       "notes": "Finished the notebook; the SGD section is worth a second pass.",
           *       "url": "https://course.fast.ai/Lessons/lesson3.html",
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Activity"];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "date": "2026-03-14",
           *       "minutes": 90,
           *       "kind": "course",
           *       "title": "Fast.ai lesson 3: neural network foundations",
           *       "path": "online",
           *       "skills": [
           *         "python",
           *         "pytorch"
           *       ],
           *       "notes": "Finished the notebook; the SGD section is worth a second pass.",
           *       "url": "https://course.fast.ai/Lessons/lesson3.html",
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Activity"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getActivities: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "date": "2026-03-14",
           *       "minutes": 90,
           *       "kind": "course",
           *       "title": "Fast.ai lesson 3: neural network foundations",
           *       "path": "online",
           *       "skills": [
           *         "python",
           *         "pytorch"
           *       ],
           *       "notes": "Finished the notebook; the SGD section is worth a second pass.",
           *       "url": "https://course.fast.ai/Lessons/lesson3.html",
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Activity"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  removeActivities: {
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
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateActivities: {
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
        /**
         * @example {
         *       "title": "Fast.ai lesson 3: neural network foundations (revised)"
         *     }
         */
        "application/json": {
          /**
           * Format: date
           * @description A calendar date, YYYY-MM-DD, between 1900-01-01 and 2999-12-31.
           */
          date?: string;
          minutes?: number;
          /** @enum {string} */
          kind?: "course" | "reading" | "project" | "practice" | "event" | "other";
          title?: string;
          path?: ("formal" | "online" | "projects") | null;
          skills?: (
            | "python"
            | "r"
            | "java"
            | "tensorflow"
            | "pytorch"
            | "sql"
            | "spark"
            | "hadoop"
            | "aws"
            | "gcp"
            | "azure"
            | "linear-algebra"
            | "calculus"
            | "probability"
            | "model-selection"
            | "hyperparameter-tuning"
            | "model-deployment"
            | "ml-cicd"
            | "model-monitoring"
            | "fairness"
            | "interpretability"
            | "ai-ethics"
            | "quantum-computing"
            | "quantum-ml-frameworks"
            | "neuromorphic-computing"
            | "communication"
            | "teamwork"
            | "networking"
            | "continuous-learning"
          )[];
          notes?: string | null;
          url?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "date": "2026-03-14",
           *       "minutes": 90,
           *       "kind": "course",
           *       "title": "Fast.ai lesson 3: neural network foundations (revised)",
           *       "path": "online",
           *       "skills": [
           *         "python",
           *         "pytorch"
           *       ],
           *       "notes": "Finished the notebook; the SGD section is worth a second pass.",
           *       "url": "https://course.fast.ai/Lessons/lesson3.html",
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Activity"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listCertifications: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "name": "AWS Certified Machine Learning – Specialty",
           *           "issuer": "Amazon Web Services",
           *           "status": "earned",
           *           "issuedOn": "2026-02-20",
           *           "expiresOn": "2029-02-20",
           *           "credentialId": "AWS-MLS-123456",
           *           "credentialUrl": "https://www.credly.com/badges/0000-example",
           *           "skills": [
           *             "aws"
           *           ],
           *           "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "updatedAt": "2026-03-15T18:05:12.000Z",
           *           "verified": false,
           *           "verifiedBy": null,
           *           "verifiedAt": null,
           *           "expired": false,
           *           "expiringSoon": false
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["Certification"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createCertifications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
         *       "name": "AWS Certified Machine Learning – Specialty",
         *       "issuer": "Amazon Web Services",
         *       "status": "earned",
         *       "issuedOn": "2026-02-20",
         *       "expiresOn": "2029-02-20",
         *       "credentialId": "AWS-MLS-123456",
         *       "credentialUrl": "https://www.credly.com/badges/0000-example",
         *       "skills": [
         *         "aws"
         *       ]
         *     }
         */
        "application/json": {
          /** Format: uuid */
          id?: string;
          name: string;
          issuer: string;
          /** @enum {string} */
          status: "planned" | "in_progress" | "earned";
          issuedOn?: string | null;
          expiresOn?: string | null;
          credentialId?: string | null;
          credentialUrl?: string | null;
          skills?: (
            | "python"
            | "r"
            | "java"
            | "tensorflow"
            | "pytorch"
            | "sql"
            | "spark"
            | "hadoop"
            | "aws"
            | "gcp"
            | "azure"
            | "linear-algebra"
            | "calculus"
            | "probability"
            | "model-selection"
            | "hyperparameter-tuning"
            | "model-deployment"
            | "ml-cicd"
            | "model-monitoring"
            | "fairness"
            | "interpretability"
            | "ai-ethics"
            | "quantum-computing"
            | "quantum-ml-frameworks"
            | "neuromorphic-computing"
            | "communication"
            | "teamwork"
            | "networking"
            | "continuous-learning"
          )[];
        };
      };
    };
    responses: {
      /** @description A repeat of this create with the same client-chosen id: the resource as first stored, nothing changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "name": "AWS Certified Machine Learning – Specialty",
           *       "issuer": "Amazon Web Services",
           *       "status": "earned",
           *       "issuedOn": "2026-02-20",
           *       "expiresOn": "2029-02-20",
           *       "credentialId": "AWS-MLS-123456",
           *       "credentialUrl": "https://www.credly.com/badges/0000-example",
           *       "skills": [
           *         "aws"
           *       ],
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z",
           *       "verified": false,
           *       "verifiedBy": null,
           *       "verifiedAt": null,
           *       "expired": false,
           *       "expiringSoon": false
           *     }
           */
          "application/json": components["schemas"]["Certification"];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "name": "AWS Certified Machine Learning – Specialty",
           *       "issuer": "Amazon Web Services",
           *       "status": "earned",
           *       "issuedOn": "2026-02-20",
           *       "expiresOn": "2029-02-20",
           *       "credentialId": "AWS-MLS-123456",
           *       "credentialUrl": "https://www.credly.com/badges/0000-example",
           *       "skills": [
           *         "aws"
           *       ],
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z",
           *       "verified": false,
           *       "verifiedBy": null,
           *       "verifiedAt": null,
           *       "expired": false,
           *       "expiringSoon": false
           *     }
           */
          "application/json": components["schemas"]["Certification"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getCertifications: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "name": "AWS Certified Machine Learning – Specialty",
           *       "issuer": "Amazon Web Services",
           *       "status": "earned",
           *       "issuedOn": "2026-02-20",
           *       "expiresOn": "2029-02-20",
           *       "credentialId": "AWS-MLS-123456",
           *       "credentialUrl": "https://www.credly.com/badges/0000-example",
           *       "skills": [
           *         "aws"
           *       ],
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z",
           *       "verified": false,
           *       "verifiedBy": null,
           *       "verifiedAt": null,
           *       "expired": false,
           *       "expiringSoon": false
           *     }
           */
          "application/json": components["schemas"]["Certification"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  removeCertifications: {
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
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateCertifications: {
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
        /**
         * @example {
         *       "name": "AWS Certified Machine Learning – Specialty (revised)"
         *     }
         */
        "application/json": {
          name?: string;
          issuer?: string;
          /** @enum {string} */
          status?: "planned" | "in_progress" | "earned";
          issuedOn?: string | null;
          expiresOn?: string | null;
          credentialId?: string | null;
          credentialUrl?: string | null;
          skills?: (
            | "python"
            | "r"
            | "java"
            | "tensorflow"
            | "pytorch"
            | "sql"
            | "spark"
            | "hadoop"
            | "aws"
            | "gcp"
            | "azure"
            | "linear-algebra"
            | "calculus"
            | "probability"
            | "model-selection"
            | "hyperparameter-tuning"
            | "model-deployment"
            | "ml-cicd"
            | "model-monitoring"
            | "fairness"
            | "interpretability"
            | "ai-ethics"
            | "quantum-computing"
            | "quantum-ml-frameworks"
            | "neuromorphic-computing"
            | "communication"
            | "teamwork"
            | "networking"
            | "continuous-learning"
          )[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "name": "AWS Certified Machine Learning – Specialty (revised)",
           *       "issuer": "Amazon Web Services",
           *       "status": "earned",
           *       "issuedOn": "2026-02-20",
           *       "expiresOn": "2029-02-20",
           *       "credentialId": "AWS-MLS-123456",
           *       "credentialUrl": "https://www.credly.com/badges/0000-example",
           *       "skills": [
           *         "aws"
           *       ],
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z",
           *       "verified": false,
           *       "verifiedBy": null,
           *       "verifiedAt": null,
           *       "expired": false,
           *       "expiringSoon": false
           *     }
           */
          "application/json": components["schemas"]["Certification"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listProjects: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "title": "Drift monitor for a churn model",
           *           "summary": "Weekly data-drift report with Evidently, alerting when PSI exceeds 0.2.",
           *           "repoUrl": "https://github.com/example/drift-monitor",
           *           "demoUrl": null,
           *           "status": "shipped",
           *           "openSource": true,
           *           "track": "mlops",
           *           "skills": [
           *             "python",
           *             "sql"
           *           ],
           *           "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "updatedAt": "2026-03-15T18:05:12.000Z",
           *           "verified": false,
           *           "verifiedBy": null,
           *           "verifiedAt": null
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["Project"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createProjects: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
         *       "title": "Drift monitor for a churn model",
         *       "summary": "Weekly data-drift report with Evidently, alerting when PSI exceeds 0.2.",
         *       "repoUrl": "https://github.com/example/drift-monitor",
         *       "demoUrl": null,
         *       "status": "shipped",
         *       "openSource": true,
         *       "track": "mlops",
         *       "skills": [
         *         "python",
         *         "sql"
         *       ]
         *     }
         */
        "application/json": {
          /** Format: uuid */
          id?: string;
          title: string;
          summary?: string | null;
          repoUrl?: string | null;
          demoUrl?: string | null;
          /** @enum {string} */
          status: "idea" | "building" | "shipped";
          openSource?: boolean;
          track?: ("mlops" | "responsible-ai" | "quantum-ml") | null;
          skills?: (
            | "python"
            | "r"
            | "java"
            | "tensorflow"
            | "pytorch"
            | "sql"
            | "spark"
            | "hadoop"
            | "aws"
            | "gcp"
            | "azure"
            | "linear-algebra"
            | "calculus"
            | "probability"
            | "model-selection"
            | "hyperparameter-tuning"
            | "model-deployment"
            | "ml-cicd"
            | "model-monitoring"
            | "fairness"
            | "interpretability"
            | "ai-ethics"
            | "quantum-computing"
            | "quantum-ml-frameworks"
            | "neuromorphic-computing"
            | "communication"
            | "teamwork"
            | "networking"
            | "continuous-learning"
          )[];
        };
      };
    };
    responses: {
      /** @description A repeat of this create with the same client-chosen id: the resource as first stored, nothing changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "title": "Drift monitor for a churn model",
           *       "summary": "Weekly data-drift report with Evidently, alerting when PSI exceeds 0.2.",
           *       "repoUrl": "https://github.com/example/drift-monitor",
           *       "demoUrl": null,
           *       "status": "shipped",
           *       "openSource": true,
           *       "track": "mlops",
           *       "skills": [
           *         "python",
           *         "sql"
           *       ],
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z",
           *       "verified": false,
           *       "verifiedBy": null,
           *       "verifiedAt": null
           *     }
           */
          "application/json": components["schemas"]["Project"];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "title": "Drift monitor for a churn model",
           *       "summary": "Weekly data-drift report with Evidently, alerting when PSI exceeds 0.2.",
           *       "repoUrl": "https://github.com/example/drift-monitor",
           *       "demoUrl": null,
           *       "status": "shipped",
           *       "openSource": true,
           *       "track": "mlops",
           *       "skills": [
           *         "python",
           *         "sql"
           *       ],
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z",
           *       "verified": false,
           *       "verifiedBy": null,
           *       "verifiedAt": null
           *     }
           */
          "application/json": components["schemas"]["Project"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getProjects: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "title": "Drift monitor for a churn model",
           *       "summary": "Weekly data-drift report with Evidently, alerting when PSI exceeds 0.2.",
           *       "repoUrl": "https://github.com/example/drift-monitor",
           *       "demoUrl": null,
           *       "status": "shipped",
           *       "openSource": true,
           *       "track": "mlops",
           *       "skills": [
           *         "python",
           *         "sql"
           *       ],
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z",
           *       "verified": false,
           *       "verifiedBy": null,
           *       "verifiedAt": null
           *     }
           */
          "application/json": components["schemas"]["Project"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  removeProjects: {
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
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateProjects: {
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
        /**
         * @example {
         *       "title": "Drift monitor for a churn model (revised)"
         *     }
         */
        "application/json": {
          title?: string;
          summary?: string | null;
          repoUrl?: string | null;
          demoUrl?: string | null;
          /** @enum {string} */
          status?: "idea" | "building" | "shipped";
          openSource?: boolean;
          track?: ("mlops" | "responsible-ai" | "quantum-ml") | null;
          skills?: (
            | "python"
            | "r"
            | "java"
            | "tensorflow"
            | "pytorch"
            | "sql"
            | "spark"
            | "hadoop"
            | "aws"
            | "gcp"
            | "azure"
            | "linear-algebra"
            | "calculus"
            | "probability"
            | "model-selection"
            | "hyperparameter-tuning"
            | "model-deployment"
            | "ml-cicd"
            | "model-monitoring"
            | "fairness"
            | "interpretability"
            | "ai-ethics"
            | "quantum-computing"
            | "quantum-ml-frameworks"
            | "neuromorphic-computing"
            | "communication"
            | "teamwork"
            | "networking"
            | "continuous-learning"
          )[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "title": "Drift monitor for a churn model (revised)",
           *       "summary": "Weekly data-drift report with Evidently, alerting when PSI exceeds 0.2.",
           *       "repoUrl": "https://github.com/example/drift-monitor",
           *       "demoUrl": null,
           *       "status": "shipped",
           *       "openSource": true,
           *       "track": "mlops",
           *       "skills": [
           *         "python",
           *         "sql"
           *       ],
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z",
           *       "verified": false,
           *       "verifiedBy": null,
           *       "verifiedAt": null
           *     }
           */
          "application/json": components["schemas"]["Project"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listPapers: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "title": "Attention Is All You Need",
           *           "url": "https://arxiv.org/abs/1706.03762",
           *           "status": "read",
           *           "readOn": "2026-03-10",
           *           "topic": null,
           *           "notes": "Multi-head attention; positional encodings.",
           *           "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "updatedAt": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["Paper"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createPapers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
         *       "title": "Attention Is All You Need",
         *       "url": "https://arxiv.org/abs/1706.03762",
         *       "status": "read",
         *       "readOn": "2026-03-10",
         *       "topic": null,
         *       "notes": "Multi-head attention; positional encodings."
         *     }
         */
        "application/json": {
          /** Format: uuid */
          id?: string;
          title: string;
          url?: string | null;
          /** @enum {string} */
          status: "to_read" | "reading" | "read";
          readOn?: string | null;
          topic?: ("mlops" | "responsible-ai" | "quantum-ml") | null;
          notes?: string | null;
        };
      };
    };
    responses: {
      /** @description A repeat of this create with the same client-chosen id: the resource as first stored, nothing changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "title": "Attention Is All You Need",
           *       "url": "https://arxiv.org/abs/1706.03762",
           *       "status": "read",
           *       "readOn": "2026-03-10",
           *       "topic": null,
           *       "notes": "Multi-head attention; positional encodings.",
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Paper"];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "title": "Attention Is All You Need",
           *       "url": "https://arxiv.org/abs/1706.03762",
           *       "status": "read",
           *       "readOn": "2026-03-10",
           *       "topic": null,
           *       "notes": "Multi-head attention; positional encodings.",
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Paper"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPapers: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "title": "Attention Is All You Need",
           *       "url": "https://arxiv.org/abs/1706.03762",
           *       "status": "read",
           *       "readOn": "2026-03-10",
           *       "topic": null,
           *       "notes": "Multi-head attention; positional encodings.",
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Paper"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  removePapers: {
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
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updatePapers: {
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
        /**
         * @example {
         *       "title": "Attention Is All You Need (revised)"
         *     }
         */
        "application/json": {
          title?: string;
          url?: string | null;
          /** @enum {string} */
          status?: "to_read" | "reading" | "read";
          readOn?: string | null;
          topic?: ("mlops" | "responsible-ai" | "quantum-ml") | null;
          notes?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "title": "Attention Is All You Need (revised)",
           *       "url": "https://arxiv.org/abs/1706.03762",
           *       "status": "read",
           *       "readOn": "2026-03-10",
           *       "topic": null,
           *       "notes": "Multi-head attention; positional encodings.",
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Paper"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listEvents: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "title": "MLOps Community meetup, Berlin",
           *           "kind": "meetup",
           *           "date": "2026-03-05",
           *           "url": "https://mlops.community/",
           *           "notes": null,
           *           "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "updatedAt": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["Event"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
         *       "title": "MLOps Community meetup, Berlin",
         *       "kind": "meetup",
         *       "date": "2026-03-05",
         *       "url": "https://mlops.community/",
         *       "notes": null
         *     }
         */
        "application/json": {
          /** Format: uuid */
          id?: string;
          title: string;
          /** @enum {string} */
          kind: "conference" | "meetup" | "forum" | "talk";
          /**
           * Format: date
           * @description A calendar date, YYYY-MM-DD, between 1900-01-01 and 2999-12-31.
           */
          date: string;
          url?: string | null;
          notes?: string | null;
        };
      };
    };
    responses: {
      /** @description A repeat of this create with the same client-chosen id: the resource as first stored, nothing changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "title": "MLOps Community meetup, Berlin",
           *       "kind": "meetup",
           *       "date": "2026-03-05",
           *       "url": "https://mlops.community/",
           *       "notes": null,
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Event"];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "title": "MLOps Community meetup, Berlin",
           *       "kind": "meetup",
           *       "date": "2026-03-05",
           *       "url": "https://mlops.community/",
           *       "notes": null,
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Event"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getEvents: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "title": "MLOps Community meetup, Berlin",
           *       "kind": "meetup",
           *       "date": "2026-03-05",
           *       "url": "https://mlops.community/",
           *       "notes": null,
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Event"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  removeEvents: {
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
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateEvents: {
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
        /**
         * @example {
         *       "title": "MLOps Community meetup, Berlin (revised)"
         *     }
         */
        "application/json": {
          title?: string;
          /** @enum {string} */
          kind?: "conference" | "meetup" | "forum" | "talk";
          /**
           * Format: date
           * @description A calendar date, YYYY-MM-DD, between 1900-01-01 and 2999-12-31.
           */
          date?: string;
          url?: string | null;
          notes?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "title": "MLOps Community meetup, Berlin (revised)",
           *       "kind": "meetup",
           *       "date": "2026-03-05",
           *       "url": "https://mlops.community/",
           *       "notes": null,
           *       "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Event"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "ok": true,
           *       "db": "up"
           *     }
           */
          "application/json": {
            ok: boolean;
            /** @enum {string} */
            db: "up" | "down";
          };
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            ok: boolean;
            /** @enum {string} */
            db: "up" | "down";
          };
        };
      };
    };
  };
  openapi: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "openapi": "3.1.0",
           *       "info": {
           *         "title": "Epoch API",
           *         "version": "1"
           *       },
           *       "paths": {
           *         "/api/v1/health": {
           *           "get": {
           *             "operationId": "health",
           *             "summary": "Liveness and database reachability"
           *           }
           *         }
           *       }
           *     }
           */
          "application/json": {
            openapi: string;
            info: {
              title: string;
              version: string;
            } & {
              [key: string]: unknown;
            };
            paths: {
              [key: string]: {
                [key: string]: unknown;
              };
            };
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Ada Lovelace",
         *       "email": "ada@example.com",
         *       "password": "correct horse battery",
         *       "timezone": "Europe/Berlin"
         *     }
         */
        "application/json": {
          name: string;
          /** Format: email */
          email: string;
          password: string;
          timezone?: components["schemas"]["TimeZone"];
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "user": {
           *         "id": "7d3f1c52-8a4b-4e6f-9c2d-1b5a7e9f3c41",
           *         "name": "Ada Lovelace",
           *         "email": "ada@example.com"
           *       }
           *     }
           */
          "application/json": {
            user: {
              /** Format: uuid */
              id: string;
              name: string | null;
              email: string;
            };
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limited (see Retry-After) */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listTokens: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *           "name": "CI sync",
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "lastUsedAt": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["ApiToken"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "email": "ada@example.com",
         *       "password": "correct horse battery",
         *       "name": "CI sync"
         *     }
         */
        "application/json": {
          email: string;
          password: string;
          name: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *       "name": "CI sync",
           *       "token": "epoch_q7Jx0W2mB9vYt4LcR8sNfK1pZ3aHdE6uG5iO0lT2wXy"
           *     }
           */
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            token: string;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limited (see Retry-After) */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  revokeToken: {
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
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d3f1c52-8a4b-4e6f-9c2d-1b5a7e9f3c41",
           *       "name": "Ada Lovelace",
           *       "email": "ada@example.com",
           *       "profile": {
           *         "headline": "Data analyst on the way to ML engineering",
           *         "targetTrack": "mlops",
           *         "targetDate": "2026-12-31",
           *         "weeklyHoursGoal": 6,
           *         "timezone": "Europe/Berlin",
           *         "publicProfile": true,
           *         "slug": "ada-l"
           *       }
           *     }
           */
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string | null;
            email: string;
            profile: {
              headline: string | null;
              targetTrack: string | null;
              targetDate: string | null;
              weeklyHoursGoal: number;
              timezone: string;
              publicProfile: boolean;
              slug: string | null;
            };
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "password": "correct horse battery"
         *     }
         */
        "application/json": {
          password: string;
        };
      };
    };
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "weeklyHoursGoal": 8,
         *       "targetTrack": "mlops"
         *     }
         */
        "application/json": {
          name?: string;
          headline?: string | null;
          targetTrack?: ("mlops" | "responsible-ai" | "quantum-ml") | null;
          targetDate?: string | null;
          weeklyHoursGoal?: number;
          timezone?: components["schemas"]["TimeZone"];
          publicProfile?: boolean;
          slug?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d3f1c52-8a4b-4e6f-9c2d-1b5a7e9f3c41",
           *       "name": "Ada Lovelace",
           *       "email": "ada@example.com",
           *       "profile": {
           *         "headline": "Data analyst on the way to ML engineering",
           *         "targetTrack": "mlops",
           *         "targetDate": "2026-12-31",
           *         "weeklyHoursGoal": 8,
           *         "timezone": "Europe/Berlin",
           *         "publicProfile": true,
           *         "slug": "ada-l"
           *       }
           *     }
           */
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string | null;
            email: string;
            profile: {
              headline: string | null;
              targetTrack: string | null;
              targetDate: string | null;
              weeklyHoursGoal: number;
              timezone: string;
              publicProfile: boolean;
              slug: string | null;
            };
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "currentPassword": "correct horse battery",
         *       "newPassword": "a longer passphrase 2026"
         *     }
         */
        "application/json": {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  requestPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "email": "ada@example.com"
         *     }
         */
        "application/json": {
          /** Format: email */
          email: string;
        };
      };
    };
    responses: {
      /** @description OK */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "If that email has an account, a reset link is on its way."
           *     }
           */
          "application/json": {
            message: string;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limited (see Retry-After) */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  confirmPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "token": "d1f0c7a9b3e24a6f8c5d",
         *       "password": "a longer passphrase 2026"
         *     }
         */
        "application/json": {
          token: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listIdentities: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "provider": "github",
           *           "email": "ada@example.com",
           *           "linkedAt": "2026-03-14T09:30:00.000Z"
           *         }
           *       ],
           *       "nextCursor": null,
           *       "hasPassword": true
           *     }
           */
          "application/json": {
            items: components["schemas"]["LinkedIdentity"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
            hasPassword: boolean;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  unlinkIdentity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        provider: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  roadmap: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "tiers": [
           *         {
           *           "number": 1,
           *           "name": "Foundations",
           *           "context": "Programming, mathematics and data basics.",
           *           "milestones": [
           *             {
           *               "id": "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28",
           *               "tier": 1,
           *               "track": null,
           *               "title": "Python at level 2",
           *               "kind": "skill",
           *               "criteria": {
           *                 "skill": "python",
           *                 "level": 2
           *               }
           *             }
           *           ]
           *         }
           *       ],
           *       "tracks": [
           *         {
           *           "slug": "mlops",
           *           "name": "MLOps",
           *           "summary": "Deploying, monitoring and maintaining models in production.",
           *           "milestones": []
           *         }
           *       ],
           *       "skillAreas": [
           *         {
           *           "slug": "programming",
           *           "name": "Programming",
           *           "skills": [
           *             {
           *               "slug": "python",
           *               "name": "Python"
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          "application/json": {
            tiers: {
              number: number;
              name: string;
              context: string;
              milestones: {
                /** Format: uuid */
                id: string;
                tier: number;
                track: string | null;
                title: string;
                /** @enum {string} */
                kind:
                  | "skill"
                  | "hours"
                  | "projects"
                  | "certifications"
                  | "papers"
                  | "events"
                  | "attested";
                criteria: {
                  [key: string]: unknown;
                };
              }[];
            }[];
            tracks: {
              slug: string;
              name: string;
              summary: string;
              milestones: {
                /** Format: uuid */
                id: string;
                tier: number;
                track: string | null;
                title: string;
                /** @enum {string} */
                kind:
                  | "skill"
                  | "hours"
                  | "projects"
                  | "certifications"
                  | "papers"
                  | "events"
                  | "attested";
                criteria: {
                  [key: string]: unknown;
                };
              }[];
            }[];
            skillAreas: {
              slug: string;
              name: string;
              skills: {
                slug: string;
                name: string;
              }[];
            }[];
          };
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getProgress: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "tier": {
           *         "number": 1,
           *         "name": "Foundations"
           *       },
           *       "nextTier": {
           *         "number": 2,
           *         "name": "Practitioner"
           *       },
           *       "track": "mlops",
           *       "milestones": [
           *         {
           *           "id": "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28",
           *           "tier": 2,
           *           "track": null,
           *           "title": "Log 100 hours of study",
           *           "kind": "hours",
           *           "met": false,
           *           "attested": false,
           *           "verified": false,
           *           "progress": {
           *             "current": 42.5,
           *             "target": 100
           *           }
           *         }
           *       ]
           *     }
           */
          "application/json": {
            tier: {
              number: number;
              name: string;
            };
            nextTier: {
              number: number;
              name: string;
            } | null;
            track: string | null;
            milestones: {
              /** Format: uuid */
              id: string;
              tier: number;
              track: string | null;
              title: string;
              kind: string;
              met: boolean;
              attested: boolean;
              verified: boolean;
              progress: {
                current: number;
                target: number;
              };
            }[];
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPlan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "track": "mlops",
           *       "steps": [
           *         {
           *           "milestoneId": "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28",
           *           "title": "Log 100 hours of study",
           *           "remaining": {
           *             "current": 42.5,
           *             "target": 100,
           *             "unit": "hours"
           *           },
           *           "estimateHours": 57.5
           *         }
           *       ],
           *       "onTrack": true,
           *       "projectedDate": "2026-11-02"
           *     }
           */
          "application/json": {
            track: string | null;
            steps: {
              /** Format: uuid */
              milestoneId: string;
              title: string;
              remaining: {
                current: number;
                target: number;
                /** @enum {string} */
                unit:
                  | "level"
                  | "hours"
                  | "projects"
                  | "certifications"
                  | "papers"
                  | "events"
                  | "check-off";
              };
              estimateHours: number | null;
            }[];
            onTrack: boolean | null;
            projectedDate: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  setAttestation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        milestoneId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "attested": true,
         *       "note": "Presented it at the team demo."
         *     }
         */
        "application/json": {
          attested: boolean;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "milestoneId": "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28",
           *       "attested": true
           *     }
           */
          "application/json": {
            /** Format: uuid */
            milestoneId: string;
            attested: boolean;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  publicProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "name": "Ada Lovelace",
           *       "headline": "Data analyst on the way to ML engineering",
           *       "slug": "ada-l",
           *       "tier": {
           *         "number": 1,
           *         "name": "Foundations"
           *       },
           *       "track": "mlops",
           *       "verifiedMilestones": [
           *         {
           *           "id": "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28",
           *           "title": "Python at level 2",
           *           "tier": 1,
           *           "track": null
           *         }
           *       ],
           *       "shippedProjects": [
           *         {
           *           "title": "Drift monitor for a churn model",
           *           "summary": "Weekly data-drift report with Evidently.",
           *           "repoUrl": "https://github.com/example/drift-monitor",
           *           "demoUrl": null,
           *           "openSource": true,
           *           "track": "mlops",
           *           "verified": true
           *         }
           *       ],
           *       "earnedCertifications": []
           *     }
           */
          "application/json": {
            name: string | null;
            headline: string | null;
            slug: string;
            tier: {
              number: number;
              name: string;
            };
            track: string | null;
            verifiedMilestones: {
              /** Format: uuid */
              id: string;
              title: string;
              tier: number;
              track: string | null;
            }[];
            shippedProjects: {
              title: string;
              summary: string | null;
              repoUrl: string | null;
              demoUrl: string | null;
              openSource: boolean;
              track: string | null;
              verified: boolean;
            }[];
            earnedCertifications: {
              name: string;
              issuer: string;
              issuedOn: string | null;
              expiresOn: string | null;
              credentialUrl: string | null;
              verified: boolean;
            }[];
          };
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listCohorts: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "slug": "spring-2026-ml-cohort",
           *           "name": "Spring 2026 ML cohort",
           *           "description": "Twelve weeks from foundations to a deployed model.",
           *           "startsOn": "2026-04-01",
           *           "endsOn": "2026-06-30",
           *           "role": "member",
           *           "memberCount": 14
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: {
              slug: string;
              name: string;
              description: string | null;
              startsOn: string | null;
              endsOn: string | null;
              /** @enum {string} */
              role: "organizer" | "coach" | "member";
              memberCount: number;
            }[];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createCohort: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Spring 2026 ML cohort",
         *       "description": "Twelve weeks from foundations to a deployed model.",
         *       "startsOn": "2026-04-01",
         *       "endsOn": "2026-06-30"
         *     }
         */
        "application/json": {
          name: string;
          description?: string | null;
          startsOn?: string | null;
          endsOn?: string | null;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "slug": "spring-2026-ml-cohort",
           *       "name": "Spring 2026 ML cohort",
           *       "inviteCode": "K7PX-3QMA"
           *     }
           */
          "application/json": {
            slug: string;
            name: string;
            inviteCode: string;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  joinCohort: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "code": "K7PX-3QMA"
         *     }
         */
        "application/json": {
          code?: string;
          token?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "slug": "spring-2026-ml-cohort",
           *       "name": "Spring 2026 ML cohort"
           *     }
           */
          "application/json": {
            slug: string;
            name: string;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateCohort: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endsOn": "2026-07-15"
         *     }
         */
        "application/json": {
          name?: string;
          description?: string | null;
          startsOn?: string | null;
          endsOn?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "slug": "spring-2026-ml-cohort",
           *       "name": "Spring 2026 ML cohort",
           *       "description": "Twelve weeks from foundations to a deployed model.",
           *       "startsOn": "2026-04-01",
           *       "endsOn": "2026-07-15"
           *     }
           */
          "application/json": {
            slug: string;
            name: string;
            description: string | null;
            startsOn: string | null;
            endsOn: string | null;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  cohortDashboard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "cohort": {
           *         "slug": "spring-2026-ml-cohort",
           *         "name": "Spring 2026 ML cohort",
           *         "description": "Twelve weeks from foundations to a deployed model.",
           *         "startsOn": "2026-04-01",
           *         "endsOn": "2026-07-15",
           *         "role": "organizer",
           *         "memberCount": 14,
           *         "learnerCount": 12,
           *         "inviteCode": "K7PX-3QMA"
           *       },
           *       "you": null,
           *       "members": [
           *         {
           *           "userId": "7d3f1c52-8a4b-4e6f-9c2d-1b5a7e9f3c41",
           *           "name": "Ada Lovelace",
           *           "role": "member",
           *           "tier": {
           *             "number": 1,
           *             "name": "Foundations"
           *           },
           *           "nextTier": {
           *             "number": 2,
           *             "name": "Practitioner"
           *           },
           *           "nextTrack": "mlops",
           *           "metMilestones": [
           *             "8c2e4a6f-0b1d-4c3e-a5f7-1b3d5f7a9c26"
           *           ],
           *           "nextMilestone": {
           *             "id": "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28",
           *             "title": "Log 100 hours of study"
           *           },
           *           "hoursThisWeek": 4.5,
           *           "hoursThisMonth": 17,
           *           "inactive": false
           *         },
           *         {
           *           "userId": "4a6d8f1b-2c3e-4f5a-9b7c-6e8d0a2c4f13",
           *           "name": "Alan Turing",
           *           "role": "member"
           *         },
           *         {
           *           "userId": "2b8e4f17-6c3a-4d9e-8f1b-5a7c3e9d2b64",
           *           "name": "Grace Hopper",
           *           "role": "coach"
           *         }
           *       ],
           *       "tierDistribution": [
           *         {
           *           "tier": 1,
           *           "name": "Foundations",
           *           "count": 9
           *         },
           *         {
           *           "tier": 2,
           *           "name": "Practitioner",
           *           "count": 2
           *         }
           *       ],
           *       "notSharingProgress": 1,
           *       "weeklyHours": [
           *         {
           *           "weekStart": "2026-03-02",
           *           "hours": 38.5
           *         },
           *         {
           *           "weekStart": "2026-03-09",
           *           "hours": 41
           *         }
           *       ],
           *       "grid": {
           *         "tiers": [
           *           {
           *             "tier": {
           *               "number": 1,
           *               "name": "Foundations"
           *             },
           *             "track": null,
           *             "milestones": [
           *               {
           *                 "id": "8c2e4a6f-0b1d-4c3e-a5f7-1b3d5f7a9c26",
           *                 "title": "Python at level 2"
           *               }
           *             ]
           *           },
           *           {
           *             "tier": {
           *               "number": 2,
           *               "name": "Practitioner"
           *             },
           *             "track": null,
           *             "milestones": [
           *               {
           *                 "id": "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28",
           *                 "title": "Log 100 hours of study"
           *               }
           *             ]
           *           }
           *         ]
           *       },
           *       "leaderboard": [
           *         {
           *           "userId": "7d3f1c52-8a4b-4e6f-9c2d-1b5a7e9f3c41",
           *           "name": "Ada Lovelace",
           *           "hours": 17
           *         },
           *         {
           *           "userId": "4a6d8f1b-2c3e-4f5a-9b7c-6e8d0a2c4f13",
           *           "name": "Alan Turing",
           *           "hours": 12.5
           *         }
           *       ],
           *       "stuck": [
           *         {
           *           "userId": "4a6d8f1b-2c3e-4f5a-9b7c-6e8d0a2c4f13",
           *           "name": "Alan Turing",
           *           "reason": "same_milestone",
           *           "since": "2026-02-20",
           *           "milestone": {
           *             "id": "8c2e4a6f-0b1d-4c3e-a5f7-1b3d5f7a9c26",
           *             "title": "Python at level 2"
           *           }
           *         }
           *       ]
           *     }
           */
          "application/json": {
            cohort: {
              slug: string;
              name: string;
              description: string | null;
              startsOn: string | null;
              endsOn: string | null;
              /** @enum {string} */
              role: "organizer" | "coach" | "member";
              memberCount: number;
              learnerCount: number;
              inviteCode?: string;
            };
            you: {
              shareProgress: boolean;
              shareHours: boolean;
              leaderboard: boolean;
            } | null;
            members: {
              /** Format: uuid */
              userId: string;
              name: string | null;
              /** @enum {string} */
              role: "organizer" | "coach" | "member";
              tier?: {
                number: number;
                name: string;
              };
              nextTier?: {
                number: number;
                name: string;
              } | null;
              nextTrack?: string | null;
              metMilestones?: string[];
              nextMilestone?: {
                id: string;
                title: string;
              } | null;
              hoursThisWeek?: number;
              hoursThisMonth?: number;
              inactive?: boolean;
            }[];
            tierDistribution: {
              tier: number;
              name: string;
              count: number;
            }[];
            notSharingProgress: number;
            weeklyHours: {
              /** Format: date */
              weekStart: string;
              hours: number;
            }[];
            grid: {
              tiers: {
                tier: {
                  number: number;
                  name: string;
                };
                track: {
                  slug: string;
                  name: string;
                } | null;
                milestones: {
                  id: string;
                  title: string;
                }[];
              }[];
            };
            leaderboard: {
              /** Format: uuid */
              userId: string;
              name: string | null;
              hours: number;
            }[];
            stuck?: {
              /** Format: uuid */
              userId: string;
              name: string | null;
              /** @enum {string} */
              reason: "inactive" | "same_milestone";
              since: string | null;
              milestone?: {
                id: string;
                title: string;
              };
            }[];
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  cohortCsv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateMembership: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "leaderboard": false
         *     }
         */
        "application/json": {
          shareProgress?: boolean;
          shareHours?: boolean;
          leaderboard?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "shareProgress": true,
           *       "shareHours": true,
           *       "leaderboard": false
           *     }
           */
          "application/json": {
            shareProgress: boolean;
            shareHours: boolean;
            leaderboard: boolean;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  rotateInviteCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "inviteCode": "R2WD-8HNE"
           *     }
           */
          "application/json": {
            inviteCode: string;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  removeCohortMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  changeCohortMemberRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "role": "coach"
         *     }
         */
        "application/json": {
          /** @enum {string} */
          role: "organizer" | "coach" | "member";
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "userId": "7d3f1c52-8a4b-4e6f-9c2d-1b5a7e9f3c41",
           *       "role": "coach"
           *     }
           */
          "application/json": {
            /** Format: uuid */
            userId: string;
            /** @enum {string} */
            role: "organizer" | "coach" | "member";
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listCohortInvitations: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "email": "grace@example.com",
           *           "name": null,
           *           "status": "invited",
           *           "invitedAt": "2026-03-14T09:30:00.000Z",
           *           "joinedAt": null,
           *           "link": "https://epoch.example.com/cohorts/join?token=3c1e9a7f5b2d4e8a"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: {
              email: string;
              name: string | null;
              /** @enum {string} */
              status: "invited" | "joined";
              /** Format: date-time */
              invitedAt: string;
              joinedAt: string | null;
              /**
               * Format: uri
               * @description a pending invitation's join link, when it was not mailed
               */
              link?: string;
            }[];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  importCohortInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "emails": [
         *         "grace@example.com",
         *         "alan@example.com",
         *         "not-an-email"
         *       ]
         *     }
         */
        "application/json": {
          emails: string[];
        };
        "text/csv": string;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "invited": [
           *         "grace@example.com"
           *       ],
           *       "already": [
           *         "alan@example.com"
           *       ],
           *       "invalid": [
           *         {
           *           "row": 3,
           *           "email": "not-an-email",
           *           "reason": "is not an email address"
           *         }
           *       ]
           *     }
           */
          "application/json": {
            invited: string[];
            already: string[];
            invalid: {
              row: number;
              email: string;
              reason: string;
            }[];
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listCohortMilestones: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28",
           *           "title": "Ship a model behind an API",
           *           "description": "Any model, any framework; a public URL we can call.",
           *           "kind": "project",
           *           "criteria": {
           *             "count": 1
           *           },
           *           "dueOn": "2026-06-30",
           *           "completion": {
           *             "met": false,
           *             "attested": false
           *           }
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["CohortMilestone"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createCohortMilestone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "title": "Ship a model behind an API",
         *       "description": "Any model, any framework; a public URL we can call.",
         *       "kind": "project",
         *       "criteria": {
         *         "count": 1
         *       },
         *       "dueOn": "2026-06-30"
         *     }
         */
        "application/json": {
          title: string;
          description?: string | null;
          /** @enum {string} */
          kind: "attested" | "hours" | "skill" | "project" | "certification";
          criteria?: unknown;
          dueOn?: string | null;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28",
           *       "title": "Ship a model behind an API",
           *       "description": "Any model, any framework; a public URL we can call.",
           *       "kind": "project",
           *       "criteria": {
           *         "count": 1
           *       },
           *       "dueOn": "2026-06-30",
           *       "completion": {
           *         "done": 0,
           *         "of": 12
           *       }
           *     }
           */
          "application/json": components["schemas"]["CohortMilestone"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteCohortMilestone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateCohortMilestone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "dueOn": "2026-07-15"
         *     }
         */
        "application/json": {
          title?: string;
          description?: string | null;
          /** @enum {string} */
          kind?: "attested" | "hours" | "skill" | "project" | "certification";
          criteria?: unknown;
          dueOn?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28",
           *       "title": "Ship a model behind an API",
           *       "description": "Any model, any framework; a public URL we can call.",
           *       "kind": "project",
           *       "criteria": {
           *         "count": 1
           *       },
           *       "dueOn": "2026-07-15"
           *     }
           */
          "application/json": {
            /** Format: uuid */
            id: string;
            title: string;
            description: string | null;
            /** @enum {string} */
            kind: "attested" | "hours" | "skill" | "project" | "certification";
            criteria: {
              [key: string]: unknown;
            };
            dueOn: string | null;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  setCohortMilestoneAttestation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "attested": true
         *     }
         */
        "application/json": {
          attested: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28",
           *       "title": "Ship a model behind an API",
           *       "description": "Any model, any framework; a public URL we can call.",
           *       "kind": "attested",
           *       "criteria": {},
           *       "dueOn": "2026-06-30",
           *       "completion": {
           *         "met": true,
           *         "attested": true
           *       }
           *     }
           */
          "application/json": components["schemas"]["CohortMilestone"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listInvitations: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        direction?: "incoming" | "outgoing";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "direction": "incoming",
           *           "id": "b3f5a7c9-1d2e-4f6a-8b0c-2d4e6f8a0b17",
           *           "role": "mentee",
           *           "status": "pending",
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "from": {
           *             "id": "2b8e4f17-6c3a-4d9e-8f1b-5a7c3e9d2b64",
           *             "name": "Grace Hopper",
           *             "email": "grace@example.com"
           *           }
           *         },
           *         {
           *           "direction": "outgoing",
           *           "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *           "role": "coach",
           *           "status": "declined",
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "email": "alan@example.com"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["CoachingInvitation"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  invite: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "email": "grace@example.com",
         *       "role": "coach"
         *     }
         */
        "application/json": {
          /** Format: email */
          email: string;
          /** @enum {string} */
          role: "coach" | "mentee";
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62"
           *     }
           */
          "application/json": {
            /** Format: uuid */
            id: string;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  acceptInvitation: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "accepted",
           *       "coachId": "2b8e4f17-6c3a-4d9e-8f1b-5a7c3e9d2b64",
           *       "menteeId": "7d3f1c52-8a4b-4e6f-9c2d-1b5a7e9f3c41"
           *     }
           */
          "application/json": {
            /** @constant */
            status: "accepted";
            /** Format: uuid */
            coachId: string;
            /** Format: uuid */
            menteeId: string;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  declineInvitation: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "declined"
           *     }
           */
          "application/json": {
            /** @constant */
            status: "declined";
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listMentees: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "userId": "7d3f1c52-8a4b-4e6f-9c2d-1b5a7e9f3c41",
           *           "name": "Ada Lovelace",
           *           "email": "ada@example.com",
           *           "since": "2026-03-14T09:30:00.000Z",
           *           "headline": "Data analyst on the way to ML engineering",
           *           "tier": {
           *             "number": 1,
           *             "name": "Foundations"
           *           },
           *           "lastActiveOn": "2026-03-15",
           *           "openReviews": 1
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["Mentee"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  menteeProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "tier": {
           *         "number": 1,
           *         "name": "Foundations"
           *       },
           *       "nextTier": {
           *         "number": 2,
           *         "name": "Practitioner"
           *       },
           *       "track": "mlops",
           *       "milestones": [
           *         {
           *           "id": "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28",
           *           "tier": 2,
           *           "track": null,
           *           "title": "Log 100 hours of study",
           *           "kind": "hours",
           *           "met": false,
           *           "attested": false,
           *           "verified": false,
           *           "progress": {
           *             "current": 42.5,
           *             "target": 100
           *           }
           *         }
           *       ]
           *     }
           */
          "application/json": {
            tier: {
              number: number;
              name: string;
            };
            nextTier: {
              number: number;
              name: string;
            } | null;
            track: string | null;
            milestones: {
              /** Format: uuid */
              id: string;
              tier: number;
              track: string | null;
              title: string;
              kind: string;
              met: boolean;
              attested: boolean;
              verified: boolean;
              progress: {
                current: number;
                target: number;
              };
            }[];
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  verifyMilestone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
        milestoneId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "verified": true,
         *       "note": "Reviewed the repository together."
         *     }
         */
        "application/json": {
          verified: boolean;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "milestoneId": "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28",
           *       "verified": true,
           *       "verifiedBy": {
           *         "id": "2b8e4f17-6c3a-4d9e-8f1b-5a7c3e9d2b64",
           *         "name": "Grace Hopper"
           *       },
           *       "verifiedAt": "2026-03-15T18:05:12.000Z",
           *       "note": "Reviewed the repository together."
           *     }
           */
          "application/json": {
            /** Format: uuid */
            milestoneId: string;
            verified: boolean;
            verifiedBy: {
              /** Format: uuid */
              id: string;
              name: string | null;
            } | null;
            verifiedAt: string | null;
            note: string | null;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  endCoaching: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        coachId: string;
        menteeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  myReviews: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *           "userId": "7d3f1c52-8a4b-4e6f-9c2d-1b5a7e9f3c41",
           *           "coachId": "2b8e4f17-6c3a-4d9e-8f1b-5a7c3e9d2b64",
           *           "learnerName": "Ada Lovelace",
           *           "subjectType": "project",
           *           "subjectId": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *           "status": "changes_requested",
           *           "requestedAt": "2026-03-14T09:30:00.000Z",
           *           "decidedAt": "2026-03-15T18:05:12.000Z",
           *           "subjectTitle": "Drift monitor for a churn model",
           *           "subject": {
           *             "title": "Drift monitor for a churn model",
           *             "url": "https://github.com/example/drift-monitor",
           *             "demoUrl": null,
           *             "status": "shipped",
           *             "issuer": null,
           *             "milestone": null
           *           },
           *           "thread": [
           *             {
           *               "reviewId": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *               "authorId": "7d3f1c52-8a4b-4e6f-9c2d-1b5a7e9f3c41",
           *               "kind": "request",
           *               "body": "Is the drift threshold sensible?",
           *               "createdAt": "2026-03-14T09:30:00.000Z"
           *             },
           *             {
           *               "reviewId": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *               "authorId": "2b8e4f17-6c3a-4d9e-8f1b-5a7c3e9d2b64",
           *               "kind": "request_changes",
           *               "body": "PSI 0.2 will alert too late for weekly data; try 0.1 and add a test for it.",
           *               "createdAt": "2026-03-15T18:05:12.000Z"
           *             }
           *           ]
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["Review"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  requestReview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "subjectType": "project",
         *       "subjectId": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
         *       "coachId": "2b8e4f17-6c3a-4d9e-8f1b-5a7c3e9d2b64",
         *       "note": "Is the drift threshold sensible?"
         *     }
         */
        "application/json": {
          /** @enum {string} */
          subjectType: "milestone" | "project" | "certification";
          /** Format: uuid */
          subjectId: string;
          /** Format: uuid */
          coachId: string;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *       "status": "requested"
           *     }
           */
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @constant */
            status: "requested";
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  replyToReview: {
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
        /**
         * @example {
         *       "message": "Lowered the threshold to 0.1; have a look.",
         *       "requestAgain": true
         *     }
         */
        "application/json": {
          message: string;
          /** @default true */
          requestAgain?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *       "status": "requested"
           *     }
           */
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "requested" | "changes_requested" | "approved";
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  reviewQueue: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "e7a9c1b3-5d6f-4a8b-9c0d-3e5f7a9b1c48",
           *           "userId": "7d3f1c52-8a4b-4e6f-9c2d-1b5a7e9f3c41",
           *           "coachId": "2b8e4f17-6c3a-4d9e-8f1b-5a7c3e9d2b64",
           *           "learnerName": "Ada Lovelace",
           *           "subjectType": "milestone",
           *           "subjectId": "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28",
           *           "status": "requested",
           *           "requestedAt": "2026-03-14T09:30:00.000Z",
           *           "decidedAt": null,
           *           "subjectTitle": "Log 100 hours of study",
           *           "subject": {
           *             "title": "Log 100 hours of study",
           *             "url": null,
           *             "demoUrl": null,
           *             "status": null,
           *             "issuer": null,
           *             "milestone": {
           *               "met": false,
           *               "attested": true,
           *               "verified": false,
           *               "progress": {
           *                 "current": 42.5,
           *                 "target": 100
           *               },
           *               "attestationNote": "Most of my hours are in the study group log, not here."
           *             }
           *           },
           *           "thread": [
           *             {
           *               "reviewId": "e7a9c1b3-5d6f-4a8b-9c0d-3e5f7a9b1c48",
           *               "authorId": "7d3f1c52-8a4b-4e6f-9c2d-1b5a7e9f3c41",
           *               "kind": "request",
           *               "body": "Can you verify this from the study group log?",
           *               "createdAt": "2026-03-14T09:30:00.000Z"
           *             }
           *           ]
           *         }
           *       ],
           *       "nextCursor": "eyJhdCI6IjIwMjYtMDMtMTRUMDk6MzA6MDAuMDAwWiJ9"
           *     }
           */
          "application/json": {
            items: components["schemas"]["Review"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  decideReview: {
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
        /**
         * @example {
         *       "decision": "approve",
         *       "feedback": "Solid work: clear alerts and tests."
         *     }
         */
        "application/json": {
          /** @enum {string} */
          decision: "approve" | "request_changes";
          feedback: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *       "status": "approved"
           *     }
           */
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "requested" | "changes_requested" | "approved";
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listNotifications: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *           "kind": "review_decided",
           *           "title": "Your coach asked for changes",
           *           "link": "/coaching#review-9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *           "subjectType": "review",
           *           "subjectId": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *           "createdAt": "2026-03-15T18:05:12.000Z",
           *           "readAt": null
           *         },
           *         {
           *           "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *           "kind": "coaching_invitation",
           *           "title": "Grace Hopper offers to coach you",
           *           "link": "/coaching#invitations",
           *           "subjectType": "coaching_invitation",
           *           "subjectId": "b3f5a7c9-1d2e-4f6a-8b0c-2d4e6f8a0b17",
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "readAt": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "nextCursor": "eyJhdCI6IjIwMjYtMDMtMTRUMDk6MzA6MDAuMDAwWiJ9",
           *       "unread": 3
           *     }
           */
          "application/json": {
            items: components["schemas"]["Notification"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
            /** @description unread notifications in all pages */
            unread: number;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  readNotifications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "ids": [
         *         "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62"
         *       ]
         *     }
         */
        "application/json": {
          ids?: string[];
        };
      };
    };
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listSkills: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "skill": "python",
           *           "level": 3,
           *           "updatedAt": "2026-03-15T18:05:12.000Z"
           *         },
           *         {
           *           "skill": "pytorch",
           *           "level": 0,
           *           "updatedAt": null
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["SkillRating"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  setSkill: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        skillSlug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "level": 3
         *     }
         */
        "application/json": {
          level: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "skill": "python",
           *       "level": 3,
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["SkillRating"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subjectType: "milestone" | "skill";
        subjectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "subjectType": "skill",
           *       "subjectId": "pytorch",
           *       "body": "Start with the **60-minute blitz**, then the data loading tutorial.",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": {
            /** @enum {string} */
            subjectType: "milestone" | "skill";
            subjectId: string;
            body: string;
            updatedAt: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subjectType: "milestone" | "skill";
        subjectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "body": "Start with the **60-minute blitz**, then the data loading tutorial."
         *     }
         */
        "application/json": {
          body: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "subjectType": "skill",
           *       "subjectId": "pytorch",
           *       "body": "Start with the **60-minute blitz**, then the data loading tutorial.",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": {
            /** @enum {string} */
            subjectType: "milestone" | "skill";
            subjectId: string;
            body: string;
            updatedAt: string | null;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listResources: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *           "subjectType": "skill",
           *           "subjectId": "pytorch",
           *           "title": "PyTorch: Learn the Basics",
           *           "url": "https://pytorch.org/tutorials/beginner/basics/intro.html",
           *           "done": false,
           *           "sharedWithCoach": true,
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "updatedAt": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["Resource"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createResource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
         *       "subjectType": "skill",
         *       "subjectId": "pytorch",
         *       "title": "PyTorch: Learn the Basics",
         *       "url": "https://pytorch.org/tutorials/beginner/basics/intro.html",
         *       "sharedWithCoach": true
         *     }
         */
        "application/json": {
          /** Format: uuid */
          id?: string;
          /** @enum {string} */
          subjectType: "milestone" | "skill";
          subjectId: string;
          title: string;
          url: string;
          done?: boolean;
          sharedWithCoach?: boolean;
        };
      };
    };
    responses: {
      /** @description A repeat of this create with the same client-chosen id: the resource as first stored, nothing changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *       "subjectType": "skill",
           *       "subjectId": "pytorch",
           *       "title": "PyTorch: Learn the Basics",
           *       "url": "https://pytorch.org/tutorials/beginner/basics/intro.html",
           *       "done": false,
           *       "sharedWithCoach": true,
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Resource"];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *       "subjectType": "skill",
           *       "subjectId": "pytorch",
           *       "title": "PyTorch: Learn the Basics",
           *       "url": "https://pytorch.org/tutorials/beginner/basics/intro.html",
           *       "done": false,
           *       "sharedWithCoach": true,
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Resource"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getResource: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *       "subjectType": "skill",
           *       "subjectId": "pytorch",
           *       "title": "PyTorch: Learn the Basics",
           *       "url": "https://pytorch.org/tutorials/beginner/basics/intro.html",
           *       "done": false,
           *       "sharedWithCoach": true,
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Resource"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteResource: {
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
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateResource: {
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
        /**
         * @example {
         *       "done": true
         *     }
         */
        "application/json": {
          /** @enum {string} */
          subjectType?: "milestone" | "skill";
          subjectId?: string;
          title?: string;
          url?: string;
          done?: boolean;
          sharedWithCoach?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *       "subjectType": "skill",
           *       "subjectId": "pytorch",
           *       "title": "PyTorch: Learn the Basics",
           *       "url": "https://pytorch.org/tutorials/beginner/basics/intro.html",
           *       "done": true,
           *       "sharedWithCoach": true,
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "updatedAt": "2026-03-15T18:05:12.000Z"
           *     }
           */
          "application/json": components["schemas"]["Resource"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  menteeResources: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *           "subjectType": "skill",
           *           "subjectId": "pytorch",
           *           "title": "PyTorch: Learn the Basics",
           *           "url": "https://pytorch.org/tutorials/beginner/basics/intro.html",
           *           "done": false,
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "updatedAt": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              subjectType: "milestone" | "skill";
              subjectId: string;
              title: string;
              url: string;
              done: boolean;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  exportMe: {
    parameters: {
      query?: {
        format?: "json" | "csv";
        kind?: "skills" | "activities" | "certifications" | "projects" | "papers" | "events";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "format": "epoch-export",
           *       "version": 1,
           *       "exportedAt": "2026-03-15T18:05:12.000Z",
           *       "account": {
           *         "name": "Ada Lovelace",
           *         "email": "ada@example.com"
           *       },
           *       "profile": {
           *         "headline": "Data analyst on the way to ML engineering",
           *         "targetTrack": "mlops",
           *         "targetDate": "2026-12-31",
           *         "weeklyHoursGoal": 6,
           *         "timezone": "Europe/Berlin",
           *         "publicProfile": true,
           *         "slug": "ada-l"
           *       },
           *       "skills": [
           *         {
           *           "skill": "python",
           *           "level": 3,
           *           "updatedAt": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "skillHistory": [
           *         {
           *           "skill": "python",
           *           "level": 3,
           *           "changedAt": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "activities": [
           *         {
           *           "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *           "date": "2026-03-14",
           *           "minutes": 90,
           *           "kind": "course",
           *           "title": "Fast.ai lesson 3: neural network foundations",
           *           "path": "online",
           *           "skills": [
           *             "python",
           *             "pytorch"
           *           ],
           *           "notes": "Finished the notebook; the SGD section is worth a second pass.",
           *           "url": "https://course.fast.ai/Lessons/lesson3.html",
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "updatedAt": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "certifications": [],
           *       "projects": [
           *         {
           *           "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *           "title": "Drift monitor for a churn model",
           *           "summary": "Weekly data-drift report with Evidently, alerting when PSI exceeds 0.2.",
           *           "repoUrl": "https://github.com/example/drift-monitor",
           *           "demoUrl": null,
           *           "status": "shipped",
           *           "openSource": true,
           *           "track": "mlops",
           *           "skills": [
           *             "python",
           *             "sql"
           *           ],
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "updatedAt": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "papers": [],
           *       "events": [],
           *       "notes": [
           *         {
           *           "subjectType": "skill",
           *           "subjectId": "pytorch",
           *           "body": "Start with the **60-minute blitz**, then the data loading tutorial.",
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "updatedAt": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "resources": [
           *         {
           *           "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *           "subjectType": "skill",
           *           "subjectId": "pytorch",
           *           "title": "PyTorch: Learn the Basics",
           *           "url": "https://pytorch.org/tutorials/beginner/basics/intro.html",
           *           "done": false,
           *           "sharedWithCoach": true,
           *           "createdAt": "2026-03-14T09:30:00.000Z",
           *           "updatedAt": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "badges": [
           *         {
           *           "id": "4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90",
           *           "tier": 2,
           *           "track": null,
           *           "issuedAt": "2026-03-14T09:30:00.000Z",
           *           "revokedAt": null,
           *           "jwt": "eyJhbGciOiJFZERTQSIsImtpZCI6ImsxIn0.eyJ2YyI6e319.c2lnbmF0dXJl"
           *         }
           *       ]
           *     }
           */
          "application/json": {
            /** @constant */
            format: "epoch-export";
            /** @constant */
            version: 1;
            /** Format: date-time */
            exportedAt: string;
            account: {
              name: string | null;
              email: string;
            };
            profile: {
              [key: string]: unknown;
            };
            /** @description Your skill levels, as stored. */
            skills: {
              [key: string]: unknown;
            }[];
            /** @description Your skill level changes, as stored. */
            skillHistory: {
              [key: string]: unknown;
            }[];
            /** @description Your activities, as stored. */
            activities: {
              [key: string]: unknown;
            }[];
            /** @description Your certifications, as stored. */
            certifications: {
              [key: string]: unknown;
            }[];
            /** @description Your projects, as stored. */
            projects: {
              [key: string]: unknown;
            }[];
            /** @description Your papers, as stored. */
            papers: {
              [key: string]: unknown;
            }[];
            /** @description Your events, as stored. */
            events: {
              [key: string]: unknown;
            }[];
            /** @description Your notes, as stored. */
            notes: {
              [key: string]: unknown;
            }[];
            /** @description Your resource links, as stored. */
            resources: {
              [key: string]: unknown;
            }[];
            /** @description Your badges, each with its signed credential, as stored. */
            badges: {
              [key: string]: unknown;
            }[];
          } & {
            [key: string]: unknown;
          };
          "text/csv": string;
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  importMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "format": "epoch-export",
         *       "version": 1,
         *       "exportedAt": "2026-03-15T18:05:12.000Z",
         *       "skills": [
         *         {
         *           "skill": "python",
         *           "level": 3,
         *           "updatedAt": "2026-03-15T18:05:12.000Z"
         *         }
         *       ],
         *       "activities": [
         *         {
         *           "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
         *           "date": "2026-03-14",
         *           "minutes": 90,
         *           "kind": "course",
         *           "title": "Fast.ai lesson 3: neural network foundations"
         *         }
         *       ]
         *     }
         */
        "application/json": {
          /** @constant */
          format: "epoch-export";
          /** @constant */
          version: 1;
          exportedAt?: string;
          account?: {
            name?: string | null;
            email?: string;
          };
          profile?: {
            headline?: string | null;
            targetTrack?: ("mlops" | "responsible-ai" | "quantum-ml") | null;
            targetDate?: string | null;
            weeklyHoursGoal?: number;
            timezone?: components["schemas"]["TimeZone"];
            publicProfile?: boolean;
            slug?: string | null;
          };
          /** @default [] */
          skills?: {
            skill: string;
            level: number;
            updatedAt?: string | null;
          }[];
          /** @default [] */
          skillHistory?: {
            skill: string;
            level: number;
            /** Format: date-time */
            changedAt: string;
          }[];
          activities?: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD, between 1900-01-01 and 2999-12-31.
             */
            date: string;
            minutes: number;
            /** @enum {string} */
            kind: "course" | "reading" | "project" | "practice" | "event" | "other";
            title: string;
            path?: ("formal" | "online" | "projects") | null;
            skills?: (
              | "python"
              | "r"
              | "java"
              | "tensorflow"
              | "pytorch"
              | "sql"
              | "spark"
              | "hadoop"
              | "aws"
              | "gcp"
              | "azure"
              | "linear-algebra"
              | "calculus"
              | "probability"
              | "model-selection"
              | "hyperparameter-tuning"
              | "model-deployment"
              | "ml-cicd"
              | "model-monitoring"
              | "fairness"
              | "interpretability"
              | "ai-ethics"
              | "quantum-computing"
              | "quantum-ml-frameworks"
              | "neuromorphic-computing"
              | "communication"
              | "teamwork"
              | "networking"
              | "continuous-learning"
            )[];
            notes?: string | null;
            url?: string | null;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
          }[];
          certifications?: {
            /** Format: uuid */
            id: string;
            name: string;
            issuer: string;
            /** @enum {string} */
            status: "planned" | "in_progress" | "earned";
            issuedOn?: string | null;
            expiresOn?: string | null;
            credentialId?: string | null;
            credentialUrl?: string | null;
            skills?: (
              | "python"
              | "r"
              | "java"
              | "tensorflow"
              | "pytorch"
              | "sql"
              | "spark"
              | "hadoop"
              | "aws"
              | "gcp"
              | "azure"
              | "linear-algebra"
              | "calculus"
              | "probability"
              | "model-selection"
              | "hyperparameter-tuning"
              | "model-deployment"
              | "ml-cicd"
              | "model-monitoring"
              | "fairness"
              | "interpretability"
              | "ai-ethics"
              | "quantum-computing"
              | "quantum-ml-frameworks"
              | "neuromorphic-computing"
              | "communication"
              | "teamwork"
              | "networking"
              | "continuous-learning"
            )[];
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
          }[];
          projects?: {
            /** Format: uuid */
            id: string;
            title: string;
            summary?: string | null;
            repoUrl?: string | null;
            demoUrl?: string | null;
            /** @enum {string} */
            status: "idea" | "building" | "shipped";
            openSource?: boolean;
            track?: ("mlops" | "responsible-ai" | "quantum-ml") | null;
            skills?: (
              | "python"
              | "r"
              | "java"
              | "tensorflow"
              | "pytorch"
              | "sql"
              | "spark"
              | "hadoop"
              | "aws"
              | "gcp"
              | "azure"
              | "linear-algebra"
              | "calculus"
              | "probability"
              | "model-selection"
              | "hyperparameter-tuning"
              | "model-deployment"
              | "ml-cicd"
              | "model-monitoring"
              | "fairness"
              | "interpretability"
              | "ai-ethics"
              | "quantum-computing"
              | "quantum-ml-frameworks"
              | "neuromorphic-computing"
              | "communication"
              | "teamwork"
              | "networking"
              | "continuous-learning"
            )[];
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
          }[];
          papers?: {
            /** Format: uuid */
            id: string;
            title: string;
            url?: string | null;
            /** @enum {string} */
            status: "to_read" | "reading" | "read";
            readOn?: string | null;
            topic?: string | null;
            notes?: string | null;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
          }[];
          events?: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            kind: "conference" | "meetup" | "forum" | "talk";
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD, between 1900-01-01 and 2999-12-31.
             */
            date: string;
            url?: string | null;
            notes?: string | null;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
          }[];
          /** @default [] */
          notes?: {
            /** @enum {string} */
            subjectType: "milestone" | "skill";
            subjectId: string;
            body: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
          }[];
          /** @default [] */
          resources?: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            subjectType: "milestone" | "skill";
            subjectId: string;
            title: string;
            url: string;
            done?: boolean;
            sharedWithCoach?: boolean;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "activities": 1,
           *       "certifications": 0,
           *       "projects": 0,
           *       "papers": 0,
           *       "events": 0,
           *       "skills": 1,
           *       "skillHistory": 0,
           *       "notes": 0,
           *       "resources": 0,
           *       "message": "Added 1 activity and 1 skill level."
           *     }
           */
          "application/json": {
            activities: number;
            certifications: number;
            projects: number;
            papers: number;
            events: number;
            skills: number;
            skillHistory: number;
            notes: number;
            resources: number;
            message: string;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "url": "https://epoch.example.com/calendar/5b7e1c9a3f2d4e6a8c0b.ics"
           *     }
           */
          "application/json": {
            /**
             * Format: uri
             * @description The secret feed URL, `/calendar/{secret}.ics` on this server
             */
            url: string;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  rotateCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "url": "https://epoch.example.com/calendar/8d2f6a0c4e1b3a5c7e9d.ics"
           *     }
           */
          "application/json": {
            /**
             * Format: uri
             * @description The secret feed URL, `/calendar/{secret}.ics` on this server
             */
            url: string;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listMyBadges: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90",
           *           "tier": 2,
           *           "track": null,
           *           "issuedAt": "2026-03-14T09:30:00.000Z",
           *           "revokedAt": null,
           *           "url": "https://epoch.example.com/badges/4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              tier: number | null;
              track: string | null;
              /** Format: date-time */
              issuedAt: string;
              revokedAt: string | null;
              url: string;
            }[];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  claimBadge: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "tier": 2
         *     }
         */
        "application/json": {
          tier?: number;
          /** @enum {string} */
          track?: "mlops" | "responsible-ai" | "quantum-ml";
        };
      };
    };
    responses: {
      /** @description A repeat of this create with the same client-chosen id: the resource as first stored, nothing changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90",
           *       "url": "https://epoch.example.com/badges/4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90",
           *       "credential": {
           *         "@context": [
           *           "https://www.w3.org/ns/credentials/v2",
           *           "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
           *         ],
           *         "id": "https://epoch.example.com/badges/4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90",
           *         "type": [
           *           "VerifiableCredential",
           *           "OpenBadgeCredential"
           *         ],
           *         "issuer": {
           *           "id": "https://epoch.example.com/api/v1/badges/issuer",
           *           "type": [
           *             "Profile"
           *           ],
           *           "name": "Epoch"
           *         },
           *         "validFrom": "2026-03-14T09:30:00.000Z",
           *         "credentialSubject": {
           *           "type": [
           *             "AchievementSubject"
           *           ],
           *           "achievement": {
           *             "type": [
           *               "Achievement"
           *             ],
           *             "name": "Epoch tier 2: Practitioner"
           *           }
           *         }
           *       },
           *       "jwt": "eyJhbGciOiJFZERTQSIsImtpZCI6ImsxIn0.eyJ2YyI6e319.c2lnbmF0dXJl"
           *     }
           */
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @description The public verification page */
            url: string;
            /** @description The OpenBadgeCredential (Open Badges 3.0, VC data model 2.0) */
            credential: {
              [key: string]: unknown;
            };
            /** @description The credential signed as a VC-JWT */
            jwt: string;
          };
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90",
           *       "url": "https://epoch.example.com/badges/4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90",
           *       "credential": {
           *         "@context": [
           *           "https://www.w3.org/ns/credentials/v2",
           *           "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
           *         ],
           *         "id": "https://epoch.example.com/badges/4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90",
           *         "type": [
           *           "VerifiableCredential",
           *           "OpenBadgeCredential"
           *         ],
           *         "issuer": {
           *           "id": "https://epoch.example.com/api/v1/badges/issuer",
           *           "type": [
           *             "Profile"
           *           ],
           *           "name": "Epoch"
           *         },
           *         "validFrom": "2026-03-14T09:30:00.000Z",
           *         "credentialSubject": {
           *           "type": [
           *             "AchievementSubject"
           *           ],
           *           "achievement": {
           *             "type": [
           *               "Achievement"
           *             ],
           *             "name": "Epoch tier 2: Practitioner"
           *           }
           *         }
           *       },
           *       "jwt": "eyJhbGciOiJFZERTQSIsImtpZCI6ImsxIn0.eyJ2YyI6e319.c2lnbmF0dXJl"
           *     }
           */
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @description The public verification page */
            url: string;
            /** @description The OpenBadgeCredential (Open Badges 3.0, VC data model 2.0) */
            credential: {
              [key: string]: unknown;
            };
            /** @description The credential signed as a VC-JWT */
            jwt: string;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  revokeBadge: {
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
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  badgeIssuer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "@context": "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
           *       "id": "https://epoch.example.com/api/v1/badges/issuer",
           *       "type": [
           *         "Profile"
           *       ],
           *       "name": "Epoch",
           *       "url": "https://epoch.example.com"
           *     }
           */
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  badgeKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "kty": "OKP",
           *       "crv": "Ed25519",
           *       "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
           *       "kid": "k1"
           *     }
           */
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  publicBadge: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "credential": {
           *         "@context": [
           *           "https://www.w3.org/ns/credentials/v2",
           *           "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
           *         ],
           *         "id": "https://epoch.example.com/badges/4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90",
           *         "type": [
           *           "VerifiableCredential",
           *           "OpenBadgeCredential"
           *         ],
           *         "issuer": {
           *           "id": "https://epoch.example.com/api/v1/badges/issuer",
           *           "type": [
           *             "Profile"
           *           ],
           *           "name": "Epoch"
           *         },
           *         "validFrom": "2026-03-14T09:30:00.000Z",
           *         "credentialSubject": {
           *           "type": [
           *             "AchievementSubject"
           *           ],
           *           "achievement": {
           *             "type": [
           *               "Achievement"
           *             ],
           *             "name": "Epoch tier 2: Practitioner"
           *           }
           *         }
           *       },
           *       "jwt": "eyJhbGciOiJFZERTQSIsImtpZCI6ImsxIn0.eyJ2YyI6e319.c2lnbmF0dXJl",
           *       "status": "active",
           *       "verified": true
           *     }
           */
          "application/json": {
            /** @description The OpenBadgeCredential (Open Badges 3.0, VC data model 2.0) */
            credential: {
              [key: string]: unknown;
            };
            jwt: string;
            /** @enum {string} */
            status: "active" | "revoked";
            /** @description The signature checks with a key the issuer publishes, and the credential matches the Open Badges 3.0 schema */
            verified: boolean;
          };
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  jwks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "keys": [
           *         {
           *           "kty": "OKP",
           *           "crv": "Ed25519",
           *           "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
           *           "kid": "k1"
           *         }
           *       ]
           *     }
           */
          "application/json": {
            keys: {
              [key: string]: unknown;
            }[];
          };
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listMyWebhooks: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *           "url": "https://hooks.example.com/epoch",
           *           "events": [
           *             "tier.reached",
           *             "badge.issued"
           *           ],
           *           "active": true,
           *           "disabledAt": null,
           *           "failingSince": null,
           *           "createdAt": "2026-03-14T09:30:00.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["WebhookEndpoint"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createMyWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "url": "https://hooks.example.com/epoch",
         *       "events": [
         *         "tier.reached",
         *         "badge.issued"
         *       ]
         *     }
         */
        "application/json": {
          url: string;
          events: (
            | "tier.reached"
            | "track.completed"
            | "badge.issued"
            | "review.requested"
            | "review.decided"
            | "cohort.member_joined"
            | "cohort.member_left"
            | "cohort.milestone_completed"
          )[];
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *       "url": "https://hooks.example.com/epoch",
           *       "events": [
           *         "tier.reached",
           *         "badge.issued"
           *       ],
           *       "active": true,
           *       "disabledAt": null,
           *       "failingSince": null,
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
           *     }
           */
          "application/json": {
            /** Format: uuid */
            id: string;
            url: string;
            events: (
              | "tier.reached"
              | "track.completed"
              | "badge.issued"
              | "review.requested"
              | "review.decided"
              | "cohort.member_joined"
              | "cohort.member_left"
              | "cohort.milestone_completed"
            )[];
            /** @description false when turned off, or disabled after a day of failures */
            active: boolean;
            /** @description set when a day of failed deliveries disabled it; PATCH {active: true} re-enables */
            disabledAt: string | null;
            failingSince: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description the Standard Webhooks signing secret (whsec_…), shown only in this answer */
            secret: string;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteMyWebhook: {
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
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateMyWebhook: {
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
        /**
         * @example {
         *       "active": false
         *     }
         */
        "application/json": {
          url?: string;
          events?: (
            | "tier.reached"
            | "track.completed"
            | "badge.issued"
            | "review.requested"
            | "review.decided"
            | "cohort.member_joined"
            | "cohort.member_left"
            | "cohort.milestone_completed"
          )[];
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *       "url": "https://hooks.example.com/epoch",
           *       "events": [
           *         "tier.reached",
           *         "badge.issued"
           *       ],
           *       "active": false,
           *       "disabledAt": null,
           *       "failingSince": null,
           *       "createdAt": "2026-03-14T09:30:00.000Z"
           *     }
           */
          "application/json": components["schemas"]["WebhookEndpoint"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listMyWebhookDeliveries: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *           "event": "tier.reached",
           *           "attempt": 1,
           *           "status": "succeeded",
           *           "responseCode": 200,
           *           "error": null,
           *           "at": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listCohortWebhooks: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *           "url": "https://hooks.example.com/epoch",
           *           "events": [
           *             "tier.reached",
           *             "badge.issued"
           *           ],
           *           "active": true,
           *           "disabledAt": null,
           *           "failingSince": null,
           *           "createdAt": "2026-03-14T09:30:00.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["WebhookEndpoint"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createCohortWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "url": "https://hooks.example.com/epoch",
         *       "events": [
         *         "cohort.member_joined",
         *         "cohort.milestone_completed"
         *       ]
         *     }
         */
        "application/json": {
          url: string;
          events: (
            | "tier.reached"
            | "track.completed"
            | "badge.issued"
            | "review.requested"
            | "review.decided"
            | "cohort.member_joined"
            | "cohort.member_left"
            | "cohort.milestone_completed"
          )[];
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *       "url": "https://hooks.example.com/epoch",
           *       "events": [
           *         "cohort.member_joined",
           *         "cohort.milestone_completed"
           *       ],
           *       "active": true,
           *       "disabledAt": null,
           *       "failingSince": null,
           *       "createdAt": "2026-03-14T09:30:00.000Z",
           *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
           *     }
           */
          "application/json": {
            /** Format: uuid */
            id: string;
            url: string;
            events: (
              | "tier.reached"
              | "track.completed"
              | "badge.issued"
              | "review.requested"
              | "review.decided"
              | "cohort.member_joined"
              | "cohort.member_left"
              | "cohort.milestone_completed"
            )[];
            /** @description false when turned off, or disabled after a day of failures */
            active: boolean;
            /** @description set when a day of failed deliveries disabled it; PATCH {active: true} re-enables */
            disabledAt: string | null;
            failingSince: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description the Standard Webhooks signing secret (whsec_…), shown only in this answer */
            secret: string;
          };
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteCohortWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateCohortWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "events": [
         *         "cohort.member_joined"
         *       ]
         *     }
         */
        "application/json": {
          url?: string;
          events?: (
            | "tier.reached"
            | "track.completed"
            | "badge.issued"
            | "review.requested"
            | "review.decided"
            | "cohort.member_joined"
            | "cohort.member_left"
            | "cohort.milestone_completed"
          )[];
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62",
           *       "url": "https://hooks.example.com/epoch",
           *       "events": [
           *         "cohort.member_joined"
           *       ],
           *       "active": true,
           *       "disabledAt": null,
           *       "failingSince": null,
           *       "createdAt": "2026-03-14T09:30:00.000Z"
           *     }
           */
          "application/json": components["schemas"]["WebhookEndpoint"];
        };
      };
      /** @description Malformed JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not JSON (nor another media type the operation lists): see Content-Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listCohortWebhookDeliveries: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        slug: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59",
           *           "event": "tier.reached",
           *           "attempt": 1,
           *           "status": "succeeded",
           *           "responseCode": 200,
           *           "error": null,
           *           "at": "2026-03-15T18:05:12.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description pass as ?cursor= for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Missing or bad credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cross-site write with the session cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid fields (see error.fields) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Database unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
}
