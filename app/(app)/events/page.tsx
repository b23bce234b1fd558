import type { Metadata } from "next";
import { ComingSoon } from "@/app/components/coming-soon";

export const metadata: Metadata = { title: "Events" };

export default function EventsPage() {
  return (
    <ComingSoon
      title="Events"
      description="Conferences, meetups, forums and talks you gave."
      plans={[
        "Events attended count toward tier 3: networking is part of the roadmap.",
      ]}
    />
  );
}
