import type { Metadata } from "next";
import { PageHeader } from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import {
  coachesWithoutLearning,
  listInvitations,
  listLinks,
  listMentees,
  type InvitationListItem,
} from "@/lib/coaching/coaching";
import { everyItem } from "@/lib/pagination";
import { decidedReviews, myReviews, reviewQueue } from "@/lib/coaching/review-lists";
import { reviewableSubjects } from "@/lib/coaching/review-subjects";
import { MyCoachesCard } from "./_components/coaches";
import { DecidedCard, JustDecidedNotice } from "./_components/decided";
import { InvitationsToYouCard, InviteCard } from "./_components/invitations";
import { MenteesCard } from "./_components/mentees";
import { MyReviewsCard } from "./_components/my-reviews";
import { ReviewQueueCard } from "./_components/review-queue";

export const metadata: Metadata = { title: "Coaching" };

type IncomingInvitation = Extract<InvitationListItem, { direction: "incoming" }>;
type OutgoingInvitation = Extract<InvitationListItem, { direction: "outgoing" }>;

export default async function CoachingPage({ searchParams }: PageProps<"/coaching">) {
  const actor = await requirePageActor("/coaching");
  const decidedParam = (await searchParams).decided;
  const [invitations, links, mentees, queue, decided, mine] = await Promise.all([
    everyItem((page) => listInvitations(actor, page)),
    listLinks(actor),
    everyItem((page) => listMentees(actor, page)),
    everyItem((page) => reviewQueue(actor, page)),
    decidedReviews(actor),
    everyItem((page) => myReviews(actor, page)),
  ]);
  // The review form is for someone with a coach: only they pay for evaluating their progress.
  const reviewable = links.coaches.length
    ? await reviewableSubjects(actor)
    : { projects: [], certifications: [], milestones: [] };
  const names = new Map<string, string>([
    [actor.userId, "You"],
    ...links.coaches.map((c) => [c.userId, c.name ?? c.email] as [string, string]),
    ...links.mentees.map((m) => [m.userId, m.name ?? m.email] as [string, string]),
  ]);
  const pendingIn = invitations.filter(
    (i): i is IncomingInvitation => i.direction === "incoming" && i.status === "pending",
  );
  const pendingOut = invitations.filter(
    (i): i is OutgoingInvitation => i.direction === "outgoing" && i.status === "pending",
  );
  // The coach's cards (queue, decisions, mentees) only for someone who coaches or has been
  // asked: a learner sees no empty "My mentees" or "Review queue".
  const coaches = mentees.length > 0 || queue.length > 0;
  // Such a coach's Dashboard link leads here: say when their own dashboard begins.
  const learningYet = !coaches || !(await coachesWithoutLearning(actor));
  const justDecided =
    typeof decidedParam === "string" ? decided.find((r) => r.id === decidedParam) : undefined;

  return (
    <>
      <PageHeader
        title="Coaching"
        description={
          coaches
            ? `Your review queue first: approve or ask for changes. Your mentees' progress is read-only.${
                learningYet
                  ? ""
                  : " Your own learning dashboard opens once you log study time or rate a skill."
              }`
            : "Coaches follow their mentees' progress read-only, review their work and verify milestones."
        }
      />
      {justDecided ? <JustDecidedNotice review={justDecided} /> : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        {coaches ? (
          <>
            <ReviewQueueCard queue={queue} names={names} />
            <DecidedCard decided={decided} />
            <MenteesCard mentees={mentees} coachId={actor.userId} />
          </>
        ) : null}

        <InvitationsToYouCard pending={pendingIn} />

        <MyCoachesCard coaches={links.coaches} reviewable={reviewable} learnerId={actor.userId} />

        {/* Someone with no coach who never asked has nothing to see here. */}
        {mine.length || links.coaches.length ? (
          <MyReviewsCard reviews={mine} names={names} />
        ) : null}

        <InviteCard waiting={pendingOut} />
      </div>
    </>
  );
}
