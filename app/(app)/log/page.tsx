import type { Metadata } from "next";
import { ComingSoon } from "@/app/components/coming-soon";

export const metadata: Metadata = { title: "Study log" };

export default function StudyLogPage() {
  return (
    <ComingSoon
      title="Study log"
      description="Log your study time, fast from the keyboard."
      plans={[
        "Quick entry: date (today in your time zone), minutes, kind, learning path, skills, notes and a link.",
        "Your sessions grouped by week, with totals against your weekly goal.",
      ]}
    />
  );
}
