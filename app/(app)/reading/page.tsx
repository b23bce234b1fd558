import type { Metadata } from "next";
import { ComingSoon } from "@/app/components/coming-soon";

export const metadata: Metadata = { title: "Reading" };

export default function ReadingPage() {
  return (
    <ComingSoon
      title="Reading"
      description="The papers you plan to read, are reading and have read."
      plans={[
        "Title, link, topic and your notes.",
        "Papers read count toward tier 3 and the specialization tracks.",
      ]}
    />
  );
}
