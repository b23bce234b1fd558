import { profile } from "./accounts";
import { progress, tier1 } from "./roadmap";
import {
  type OperationExample,
  USER,
  COACH,
  MILESTONE,
  INVITATION,
  ITEM,
  CREATED,
  UPDATED,
} from "./shared";

/** The examples of the operations in operations/coaching.ts, by operationId. */
export const coachingExamples: Record<string, OperationExample> = {
  invite: { request: { email: "grace@example.com", role: "coach" }, response: { id: ITEM } },
  listInvitations: {
    response: {
      items: [
        {
          direction: "incoming",
          id: INVITATION,
          role: "mentee",
          status: "pending",
          createdAt: CREATED,
          from: { id: COACH, name: "Grace Hopper", email: "grace@example.com" },
        },
        {
          direction: "outgoing",
          id: ITEM,
          role: "coach",
          status: "declined",
          createdAt: CREATED,
          email: "alan@example.com",
        },
      ],
      nextCursor: null,
    },
  },
  acceptInvitation: { response: { status: "accepted", coachId: COACH, menteeId: USER } },
  declineInvitation: { response: { status: "declined" } },
  listMentees: {
    response: {
      items: [
        {
          userId: USER,
          name: "Ada Lovelace",
          email: "ada@example.com",
          since: CREATED,
          headline: profile.headline,
          tier: tier1,
          lastActiveOn: "2026-03-15",
          openReviews: 1,
        },
      ],
      nextCursor: null,
    },
  },
  menteeProgress: { response: progress },
  verifyMilestone: {
    request: { verified: true, note: "Reviewed the repository together." },
    response: {
      milestoneId: MILESTONE,
      verified: true,
      verifiedBy: { id: COACH, name: "Grace Hopper" },
      verifiedAt: UPDATED,
      note: "Reviewed the repository together.",
    },
  },
  endCoaching: {},
};
