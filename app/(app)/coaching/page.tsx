import type { Metadata } from "next";
import { ComingSoon } from "@/app/components/coming-soon";

export const metadata: Metadata = { title: "Coaching" };

export default function CoachingPage() {
  return (
    <ComingSoon
      title="Coaching"
      description="Coaches review their mentees' work and verify milestones."
      plans={[
        "Invite a coach or a mentee by email; both sides accept.",
        "Ask your coach to review a milestone, project or certification; approved work shows as verified.",
      ]}
    />
  );
}
