/**
 * The names people see for the fields of forms and API bodies. Error messages
 * use these, never the keys: "Expiry date must be on or after the issue
 * date", not "expiresOn must be …". An API error's `fields` keeps the keys, for
 * programs. Pure, so client components can use it too.
 */
const LABELS: Record<string, string> = {
  id: "ID",
  date: "Date",
  minutes: "Minutes",
  kind: "Kind",
  title: "Title",
  path: "Learning path",
  skills: "Skills",
  skill: "Skill",
  notes: "Notes",
  url: "Link",
  name: "Name",
  issuer: "Issuer",
  status: "Status",
  issuedOn: "Issue date",
  expiresOn: "Expiry date",
  credentialId: "Credential ID",
  credentialUrl: "Credential URL",
  summary: "Summary",
  repoUrl: "Repository URL",
  demoUrl: "Demo URL",
  openSource: "Open-source contribution",
  track: "Specialization track",
  readOn: "Read on",
  topic: "Topic",
  headline: "Headline",
  targetTrack: "Target track",
  targetDate: "Target date",
  weeklyHoursGoal: "Weekly hours goal",
  timezone: "Time zone",
  publicProfile: "Public profile",
  slug: "Profile address",
  email: "Email",
  password: "Password",
  currentPassword: "Current password",
  newPassword: "New password",
  startsOn: "Start date",
  endsOn: "End date",
  description: "Description",
  code: "Invite code",
  shareProgress: "Share progress",
  shareHours: "Share hours",
  leaderboard: "Leaderboard",
  subjectType: "What to review",
  subjectId: "What to review",
  coachId: "Coach",
  note: "Note",
  feedback: "Feedback",
  decision: "Decision",
  level: "Level",
  attested: "Attested",
  verified: "Verified",
  role: "Role",
  dueOn: "Due date",
  criteria: "Criteria",
  limit: "Limit",
  cursor: "Cursor",
  body: "Request body",
  token: "Token",
  skillHistory: "Skill history",
  changedAt: "Changed at",
  updatedAt: "Updated at",
  createdAt: "Created at",
};

/** "weeklyHoursGoal" → "Weekly hours goal", for a key with no label of its own. */
function humanize(key: string): string {
  const words = key
    .replace(/[_-]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : key;
}

/**
 * A field's label. A nested path ("papers.3.topic") names its field and where
 * it sits: "Topic (papers, item 4)".
 */
export function fieldLabel(path: string): string {
  const parts = path.split(".");
  const last = [...parts].reverse().find((p) => !/^\d+$/.test(p)) ?? path;
  const label = Object.hasOwn(LABELS, last) ? LABELS[last]! : humanize(last);
  const index = parts.findIndex((p) => /^\d+$/.test(p));
  if (index > 0 && parts[index - 1] !== last)
    return `${label} (${parts[index - 1]}, item ${Number(parts[index]) + 1})`;
  if (index > 0) return `${label} (item ${Number(parts[index]) + 1})`;
  return label;
}

/** "Expiry date must be on or after the issue date": a field's label and why it was refused. */
export const fieldMessage = (field: string, why: string) => `${fieldLabel(field)} ${why}`;
