import {
  type OperationExample,
  RECORD,
  INVITATION,
  NEXT_PAGE,
  ITEM,
  CREATED,
  UPDATED,
} from "./shared";

/** The examples of the operations in operations/notifications.ts, by operationId. */
export const notificationExamples: Record<string, OperationExample> = {
  listNotifications: {
    response: {
      items: [
        {
          id: RECORD,
          kind: "review_decided",
          title: "Your coach asked for changes",
          link: `/coaching#review-${ITEM}`,
          subjectType: "review",
          subjectId: ITEM,
          createdAt: UPDATED,
          readAt: null,
        },
        {
          id: ITEM,
          kind: "coaching_invitation",
          title: "Grace Hopper offers to coach you",
          link: "/coaching#invitations",
          subjectType: "coaching_invitation",
          subjectId: INVITATION,
          createdAt: CREATED,
          readAt: UPDATED,
        },
      ],
      nextCursor: NEXT_PAGE,
      unread: 3,
    },
  },
  readNotifications: { request: { ids: [ITEM] } },
};
