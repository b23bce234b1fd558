import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Epoch — your path to AI/ML engineer", template: "%s · Epoch" },
  description:
    "Track the AI/ML engineer roadmap: rate your skills, log study time, record certifications, projects, papers and events, and see your career tier with the next steps.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so that its scripts carry the request's CSP nonce
  // (scripts/server.mjs); a prerendered page, such as the 404 page, would have scripts the policy blocks.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
