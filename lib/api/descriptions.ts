import { RECORD_KINDS, withArticle, type RecordKindKey } from "../records/kinds";
import type { Operation } from "./operations/operation";

/**
 * The `description` of each operation in the OpenAPI document (and docs/API.md): what it does
 * and what to expect, beyond its one-line summary. The learner-record operations are the same
 * five per kind, so theirs are written once below; lib/api/descriptions.test.ts keeps this
 * list and the operations in step.
 */
export const OPERATION_DESCRIPTIONS: Record<string, string> = {
  health:
    "Answers 200 with `db: up` while the service and its database work, and 503 with `db: down` when the database cannot be reached. Monitors can poll it; it is never cached.",
  openapi:
    "This OpenAPI 3.1 document, generated from the same schemas the server validates with. Any cache may keep it for five minutes.",
  register:
    "Creates an account with an email, a password and a name, and answers the new user. Rate limited per client address (429 with Retry-After); an email already in use answers 409.",
  createToken:
    "Exchanges an email and password for a personal access token to send as `Authorization: Bearer`. The token is in this answer only; store it. Rate limited (429 with Retry-After).",
  listTokens:
    "Lists the caller's personal access tokens with when each was created and last used (to the minute); the tokens themselves are never shown again.",
  revokeToken:
    "Deletes one of the caller's tokens; the next request with it answers 401. Another user's token answers 404.",
  getMe:
    "The signed-in user: id, email, name, and profile settings such as the target track, weekly hours goal, timezone and public profile.",
  updateMe:
    "Changes the caller's name and profile settings; only the fields sent change. Invalid fields answer 422 and nothing changes.",
  deleteMe:
    "Deletes the account and everything it owns, after checking the password. An account without a password answers 422: set one first with a reset link.",
  changePassword:
    "Changes the password after checking the current one. Every other session and every personal access token of the account stops working.",
  requestPasswordReset:
    "Emails a one-time reset link when the address has an account. The answer is the same either way, so it does not reveal who has an account; rate limited (429 with Retry-After).",
  confirmPasswordReset:
    "Sets a new password with the token from a reset link, once and within an hour of asking. Every session and personal access token of the account ends.",
  listIdentities:
    "The sign-in providers (such as GitHub) linked to the caller's account, and whether it also has a password.",
  unlinkIdentity:
    "Unlinks one sign-in provider from the caller's account. Unlinking the last way in (no password and no other provider) answers 409.",
  roadmap:
    "The whole roadmap: tiers, tracks, skill areas, skills and milestones with their criteria. Public and the same for everyone; any cache may keep it for five minutes.",
  getProgress:
    "The caller's current tier, the next one, and each milestone's status and progress towards it, computed from their records and skill levels.",
  getPlan:
    "The unmet milestones between the caller and their target track (or the next tier), in the order to take them, with the hours still to log and whether the target date holds at the weekly hours goal.",
  setAttestation:
    "Checks off, or un-checks, a milestone the learner attests themselves. Milestones of other kinds answer 422; the tier is recomputed at once.",
  publicProfile:
    "A learner's public profile: only the fields they chose to show. A profile that is not public answers 404, exactly as one that does not exist.",
  createCohort:
    "Creates a cohort with a name and optional dates; the caller becomes its organizer and gets its invite code.",
  listCohorts: "The cohorts the caller belongs to, with their role in each.",
  joinCohort:
    "Joins a cohort with its invite code, or with the token of a personal invitation (only the invited email's account may use it: 403 otherwise; 409 once used). Joining again changes nothing.",
  updateCohort:
    "Renames the cohort or changes its dates; organizers only. Members answer 403, others 404.",
  cohortDashboard:
    "The cohort's dashboard: its members with only what each chose to share (progress, hours, leaderboard). Non-members answer 404.",
  cohortCsv:
    "The cohort's progress as a CSV download, with only what each member shares; organizers only.",
  updateMembership:
    "Chooses what the cohort sees of the caller: progress, hours, and a place on the leaderboard.",
  rotateInviteCode:
    "Makes a new invite code for the cohort; the old code stops working at once. Organizers only.",
  removeCohortMember:
    "An organizer removes a member, or a member leaves. The last organizer cannot leave (409).",
  changeCohortMemberRole:
    "Makes a member an organizer, a coach or a plain member; organizers only. The last organizer cannot step down (409).",
  importCohortInvitations:
    "Invites a list of emails, each with a personal join link, and reports per email whether it was invited, already invited or in the cohort, or invalid (with its row and reason). Organizers and cohort coaches.",
  listCohortInvitations:
    "The cohort's invitations, newest first, with their status and, while not mailed and not yet used, the join link. Organizers and cohort coaches.",
  listCohortMilestones:
    "The cohort's own milestones. A member sees their own completion; organizers and cohort coaches see how many of the members who share progress are done. Non-members answer 404.",
  createCohortMilestone:
    "Adds a milestone to the cohort (organizers and cohort coaches; a member answers 403). Its criteria depend on its kind: attested, hours, skill, project or certification.",
  updateCohortMilestone:
    "Changes a cohort milestone's title, due date or criteria; members' check-offs are kept. Organizers and cohort coaches.",
  deleteCohortMilestone:
    "Removes a cohort milestone and every member's check-off of it. Organizers and cohort coaches.",
  setCohortMilestoneAttestation:
    "A member checks off, or un-checks, an attested cohort milestone for themselves. Milestones of other kinds answer 422.",
  invite:
    "Invites someone by email to coach the caller (role coach) or to be coached by them (role mentee). The answer is the same whether or not the email has an account.",
  listInvitations:
    "The caller's coaching invitations: those sent to them (incoming) and those they sent (outgoing), with their status.",
  acceptInvitation:
    "The invitee accepts a coaching invitation, which starts the coaching link. Anyone else answers 404.",
  declineInvitation:
    "The invitee declines a coaching invitation; nothing is linked. Anyone else answers 404.",
  listMentees:
    "The caller's active mentees as their coach, each with tier, last activity and open review requests.",
  menteeProgress:
    "A mentee's progress, in the same shape as the caller's own progress. Answers 404 unless the caller actively coaches them.",
  verifyMilestone:
    "A coach verifies a mentee's milestone, or withdraws the verification. Only an active coach; anyone else answers 404.",
  endCoaching:
    "Either side ends a coaching link. The coach loses access to the mentee's data at once.",
  requestReview:
    "Asks an active coach to review a milestone, a project or a certification; the coach is notified.",
  myReviews: "The caller's review requests, each with its thread of feedback and replies.",
  replyToReview:
    "Answers the coach's feedback on a review request and, unless `requestAgain` is false, asks for another look.",
  reviewQueue: "The review requests waiting for the caller as a coach, oldest first.",
  decideReview:
    "A coach approves a review request, which verifies its subject, or asks for changes, with feedback either way.",
  listNotifications: "The caller's latest notifications, newest first, and how many are unread.",
  readNotifications:
    "Marks the given notifications read, or every notification of the caller when no ids are given. Ids that are not the caller's are ignored.",
  listSkills:
    "The caller's level (0–4) on every skill of the roadmap, 0 when never rated, with each skill's past levels.",
  setSkill:
    "Rates one of the caller's skills from 0 to 4. Every change is kept in the skill's history; an unknown skill answers 404.",
  getNote:
    "The caller's private Markdown note on a milestone (by id) or a skill (by slug); an empty body when there is none.",
  putNote:
    "Writes the caller's note on a milestone or skill, up to 20,000 characters of Markdown. A blank body removes the note.",
  listResources:
    "The caller's resource links (articles, courses, videos) on milestones and skills, newest first.",
  createResource:
    "Adds a resource link to a milestone or a skill. Idempotent with a client-chosen id: a repeat answers 200 with the first body.",
  getResource: "One of the caller's resource links; another user's answers 404.",
  updateResource:
    "Changes fields of a resource link, such as its title, whether it is done, or whether the caller's coach may see it.",
  deleteResource: "Deletes one of the caller's resource links.",
  menteeResources:
    "The resource links a mentee shared with their coach, newest first. Answers 404 unless the caller actively coaches them.",
  exportMe:
    "Everything the caller owns as one JSON document (which import reads back), or one kind of record as CSV with `?format=csv&kind=…`.",
  importMe:
    "Reads an export document into the caller's account. Ids are kept, so importing the same document twice adds nothing; the answer counts what was added per kind.",
  getCalendarFeed:
    "The URL of the caller's private iCalendar feed (their events, cohort milestone due dates, certification expiry dates), made on first asking. Anyone with the URL can read the feed.",
  rotateCalendarFeed:
    "Makes a new URL for the caller's calendar feed; the old URL answers 404 at once.",
  claimBadge:
    "Claims the signed Open Badges 3.0 credential for a tier the caller holds or a track they completed: 201 with the badge, 200 with the same badge when claimed before, 422 when not reached.",
  listMyBadges: "The caller's badges, revoked ones included, oldest first.",
  revokeBadge:
    "Revokes one of the caller's badges: from now on its status says revoked, for good. Another user's badge answers 404.",
  badgeIssuer:
    "The issuer's Open Badges profile, which every badge names as its `issuer.id`. Public.",
  badgeKey:
    "One of the issuer's public signing keys as a JWK, current or retired: the key a badge's JWT header `kid` names. Public.",
  publicBadge:
    "A badge as anyone can verify it: the credential, its VC-JWT, its status (active or revoked) and whether the signature verifies. Public and never cached.",
  jwks: "The issuer's public signing keys, current and retired, as a JWK Set. Public.",
  listMyWebhooks: "The caller's webhook endpoints, with their events and whether they are active.",
  createMyWebhook:
    "Registers an HTTPS endpoint on a public address for the chosen events. The signing secret is in this answer only; deliveries carry the Standard Webhooks headers.",
  updateMyWebhook:
    "Changes an endpoint's URL, events or whether it is active. `{active: true}` re-enables one that was disabled after a day of failures.",
  deleteMyWebhook: "Removes one of the caller's endpoints and its delivery log.",
  listMyWebhookDeliveries:
    "An endpoint's delivery attempts, newest first, each with its event, status and the response code it got.",
  listCohortWebhooks:
    "The cohort's webhook endpoints; organizers only (members answer 403, others 404).",
  createCohortWebhook:
    "Registers an HTTPS endpoint for the cohort's events (organizers). Deliveries carry only what each member shares with the cohort; the signing secret is in this answer only.",
  updateCohortWebhook:
    "Changes one of the cohort's endpoints: URL, events, or whether it is active (organizers).",
  deleteCohortWebhook: "Removes one of the cohort's endpoints and its delivery log (organizers).",
  listCohortWebhookDeliveries:
    "One of the cohort's endpoints' delivery attempts, newest first, with their response codes (organizers).",
};

/** The five record operations' descriptions, the same for every kind but for its nouns. */
function recordDescription(id: string): string | undefined {
  const match = /^(list|create|get|update|remove)([A-Z]\w*)$/.exec(id);
  const key = match?.[2] && (match[2].toLowerCase() as RecordKindKey);
  const kind = key ? RECORD_KINDS[key] : undefined;
  if (!match || !kind) return undefined;
  const one = withArticle(kind.singular);
  switch (match[1]) {
    case "list":
      return `The caller's ${kind.key}, newest first, a page at a time: pass \`nextCursor\` back as \`?cursor=\` for the next page.`;
    case "create":
      return `Records ${one}. Send a client-chosen \`id\` to make retries safe: a repeat with the same id answers 200 with the first body and creates nothing.`;
    case "get":
      return `One of the caller's ${kind.key}; another user's answers 404.`;
    case "update":
      return `Changes the fields sent of ${one}; the others stay. Invalid fields answer 422 and nothing changes.`;
    case "remove":
      return `Deletes ${one} of the caller's; another user's answers 404.`;
  }
  return undefined;
}

/**
 * The description of an operation, by its operationId. One not described yet falls back to its
 * summary (lib/api/descriptions.test.ts fails until it is written).
 */
export function operationDescription(id: string, o: Pick<Operation, "summary">): string {
  return OPERATION_DESCRIPTIONS[id] ?? recordDescription(id) ?? o.summary;
}

/** Whether an operation has a description of its own (not its summary). */
export const isDescribed = (id: string) =>
  Boolean(OPERATION_DESCRIPTIONS[id] ?? recordDescription(id));
