import type { Metadata } from "next";
import { Card, PageHeader } from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import { listApiTokens } from "@/lib/auth/tokens";
import { TRACKS } from "@/lib/roadmap/content";
import { getMe } from "@/lib/users/accounts";
import { CreateTokenForm, PasswordForm, ProfileForm, RevokeTokenButton } from "./forms";

export const metadata: Metadata = { title: "Settings" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export default async function SettingsPage() {
  const actor = await requirePageActor("/settings");
  const [me, tokens] = await Promise.all([getMe(actor), listApiTokens(actor)]);
  const timezones = Intl.supportedValuesOf("timeZone");
  if (!timezones.includes(me.profile.timezone)) timezones.unshift(me.profile.timezone);

  return (
    <>
      <PageHeader title="Settings" description={`Signed in as ${me.email}`} />
      <div className="space-y-6">
        <Card title="Profile">
          <ProfileForm me={me} tracks={TRACKS} timezones={timezones} />
        </Card>
        <Card title="Password">
          <PasswordForm />
        </Card>
        <Card title="Personal access tokens">
          <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            For scripts and integrations: send <code className="font-mono">Authorization: Bearer &lt;token&gt;</code> to the{" "}
            <a href="/api/v1/openapi.json" className="underline">
              JSON API
            </a>
            . A revoked token stops working at once.
          </p>
          <CreateTokenForm />
          {tokens.length > 0 ? (
            <ul className="mt-5 divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Your tokens">
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
      </div>
    </>
  );
}
