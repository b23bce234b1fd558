import type { Metadata } from "next";
import { ComingSoon } from "@/app/components/coming-soon";

export const metadata: Metadata = { title: "Skills" };

export default function SkillsPage() {
  return (
    <ComingSoon
      title="Skills"
      description="Rate every skill of the roadmap from 0 (none) to 4 (expert)."
      plans={[
        "Every skill by area — programming, ML frameworks, data, cloud, mathematics, ML practice, responsible AI, emerging and professional — with your level.",
        "A change saves at once and is kept as history, for charts over time.",
      ]}
    />
  );
}
