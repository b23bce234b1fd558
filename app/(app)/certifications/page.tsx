import type { Metadata } from "next";
import { ComingSoon } from "@/app/components/coming-soon";

export const metadata: Metadata = { title: "Certifications" };

export default function CertificationsPage() {
  return (
    <ComingSoon
      title="Certifications"
      description="Planned, in progress and earned certifications."
      plans={[
        "Issuer, dates, credential id and link, and the skills each covers.",
        "Expired certifications stop counting; those expiring within 60 days are flagged.",
      ]}
    />
  );
}
