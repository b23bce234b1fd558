import type { Metadata } from "next";
import { Card, PageHeader } from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import { listApiTokens } from "@/lib/auth/tokens";
import { everyItem } from "@/lib/pagination";
import { TRACKS } from "@/lib/roadmap/content";
import { getMe } from "@/lib/users/accounts";
import { timeZoneChoices } from "@/lib/users/timezone";
import { CalendarFeedSection } from "./calendar-feed";
import { BadgesSection } from "./badges";
import { DeleteAccountForm, ImportForm } from "./data-forms";
import { CreateTokenForm, PasswordForm, ProfileForm, RevokeTokenButton } from "./forms";
import { WebhooksSection } from "./webhooks";
import { SignInMethods } from "./sign-in-methods";

const CSV_KINDS = [
  ["skills", "Skill levels"],
  ["activities", "Study log"],
  ["certifications", "Certifications"],
  ["projects", "Projects"],
  ["papers", "Reading"],
  ["events", "Events"],
] as const;

export const metadata: Metadata = { title: "Settings" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export default async function SettingsPage() {
  const actor = await requirePageActor("/settings");
  const [me, tokens] = await Promise.all([
    getMe(actor),
    everyItem((page) => listApiTokens(actor, page)),
  ]);
  const timezones = timeZoneChoices(me.profile.timezone);

  return (
    <>
      <PageHeader title="Settings" description={`Signed in as ${me.email}`} />
      <div className="space-y-6">
        <Card title="Profile">
          <ProfileForm me={me} tracks={TRACKS} timezones={timezones} />
        </Card>
        <SignInMethods actor={actor} />
        <Card title="Password">
          <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            Changing it signs out your other browsers and revokes your personal access tokens.
          </p>
          <PasswordForm />
        </Card>
        <Card title="Personal access tokens">
          <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            For scripts and integrations: send{" "}
            <code className="font-mono">Authorization: Bearer &lt;token&gt;</code> to the{" "}
            <a href="/api/v1/openapi.json" className="underline">
              JSON API
            </a>
            . A revoked token stops working at once.
          </p>
          <CreateTokenForm />
          {tokens.length > 0 ? (
            <ul
              className="mt-5 divide-y divide-zinc-200 dark:divide-zinc-800"
              aria-label="Your tokens"
            >
              {tokens.map((t) => (
                <li key={t.id} className="flex items-center justify-between gap-3 py-3">
                  <div className="min-w-0">
                    <p className="truncate text-sm font-medium">{t.name}</p>
                    <p className="text-xs text-zinc-600 dark:text-zinc-400">
                      Created {dateFormat.format(t.createdAt)} ·{" "}
                      {t.lastUsedAt ? `last used ${dateFormat.format(t.lastUsedAt)}` : "never used"}
                    </p>
                  </div>
                  <RevokeTokenButton id={t.id} name={t.name} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">No tokens yet.</p>
          )}
        </Card>
        <CalendarFeedSection actor={actor} />
        <BadgesSection actor={actor} />
        <WebhooksSection actor={actor} />
        <Card title="Your data">
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
            Everything you keep in Epoch is yours to take with you.
          </p>
          <div className="mb-5 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <a
              href="/api/v1/me/export"
              download
              className="font-semibold text-brand-700 underline dark:text-brand-300"
            >
              Download everything (JSON)
            </a>
            <span className="text-zinc-600 dark:text-zinc-400">CSV:</span>
            {CSV_KINDS.map(([kind, label]) => (
              <a
                key={kind}
                href={`/api/v1/me/export?format=csv&kind=${kind}`}
                download
                className="text-brand-700 underline dark:text-brand-300"
              >
                {label}
              </a>
            ))}
          </div>
          <ImportForm />
        </Card>
        <Card title="Delete account" className="border-red-200 dark:border-red-900">
          <p className="mb-4 text-sm text-zinc-700 dark:text-zinc-300">
            This removes your account, every record and rating, and your cohort and coaching
            memberships. Download your data first if you want to keep it.
          </p>
          <DeleteAccountForm />
        </Card>
      </div>
    </>
  );
}
