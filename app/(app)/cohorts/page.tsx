import type { Metadata } from "next";
import { ComingSoon } from "@/app/components/coming-soon";

export const metadata: Metadata = { title: "Cohorts" };

export default function CohortsPage() {
  return (
    <ComingSoon
      title="Cohorts"
      description="Bootcamp cohorts share one dashboard."
      plans={[
        "Create a cohort and invite learners with a link.",
        "See tier distribution, hours per week and who is stuck where — within what each member shares.",
      ]}
    />
  );
}
