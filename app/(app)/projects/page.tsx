import type { Metadata } from "next";
import { ComingSoon } from "@/app/components/coming-soon";

export const metadata: Metadata = { title: "Projects" };

export default function ProjectsPage() {
  return (
    <ComingSoon
      title="Projects"
      description="Your portfolio, from idea to shipped."
      plans={[
        "Repository and demo links, open-source contributions, track and skills.",
        "Shipped projects count toward your tier and show on your public profile.",
      ]}
    />
  );
}
