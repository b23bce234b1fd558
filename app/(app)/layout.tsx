import { headers } from "next/headers";
import { Logo } from "../components/ui";
import { Providers } from "../providers";
import { currentViewer, requirePageViewer } from "@/lib/auth/current-user";
import { orUnavailable } from "@/lib/unavailable";
import { OPEN_IN_AREAS } from "@/lib/signed-in-areas.mjs";
import { CONTENT_VERSION } from "@/lib/roadmap/content";
import { AppChrome } from "./app-chrome";
import { QuickLogProvider } from "./quick-log";
import { FORM_FIELDS } from "./records/config";

const ACTIVITY_KINDS = FORM_FIELDS.activities.find((f) => f.name === "kind")?.options ?? [];

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const path = (await headers()).get("x-pathname") ?? "/dashboard";
  // An invite link is open to signed-out visitors too (scripts/lib/page-front.mjs lets it through).
  if (OPEN_IN_AREAS.test(path.split("?")[0]!) && !(await orUnavailable(path, currentViewer))) {
    return (
      <Providers>
        <header className="border-b border-zinc-200 px-4 py-3 sm:px-6 dark:border-zinc-800">
          <Logo />
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:px-6 lg:py-10">
          {children}
        </main>
      </Providers>
    );
  }
  const { me, unread } = await requirePageViewer(path);

  return (
    <Providers>
      <QuickLogProvider kinds={ACTIVITY_KINDS}>
        <AppChrome
          name={me.name}
          email={me.email}
          userId={me.id}
          unread={unread}
          contentVersion={CONTENT_VERSION}
        >
          {children}
        </AppChrome>
      </QuickLogProvider>
    </Providers>
  );
}
