import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { cameThroughFrontDoor, FRONT_DOOR_HEADER } from "@/lib/front-door.mjs";
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
  // Started some other way than scripts/server.mjs, the page would go out without its policy.
  if (!cameThroughFrontDoor((await headers()).get(FRONT_DOOR_HEADER))) {
    throw new Error(
      "Pages are served only through the app's own server (npm start, npm run dev, or node scripts/start.mjs); this one was started another way (docs/ARCHITECTURE.md, The front door).",
    );
  }
  return (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
