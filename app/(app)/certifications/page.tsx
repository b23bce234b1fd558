import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/current-user";
import { LABELS } from "../records/config";
import { Badge, ExternalLink, formatDate } from "../records/parts";
import { RecordScreen, type RecordItem } from "../records/record-screen";

export const metadata: Metadata = { title: "Certifications" };

function Certification({ item }: { item: RecordItem }) {
  const status = String(item.status);
  return (
    <>
      <p className="font-medium">{String(item.name)}</p>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{String(item.issuer)}</p>
      <div className="mt-1.5 flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
        <Badge tone={status === "earned" ? "good" : status === "in_progress" ? "brand" : "neutral"}>
          {LABELS.certificationStatus[status]}
        </Badge>
        {item.expired ? <Badge tone="bad">Expired — no longer counts</Badge> : null}
        {item.verified ? <Badge tone="good">Verified by your coach</Badge> : null}
        {item.expiringSoon ? <Badge tone="warn">Expires soon</Badge> : null}
        {item.issuedOn ? <span>Issued {formatDate(String(item.issuedOn))}</span> : null}
        {item.expiresOn ? (
          <span>
            {item.expired ? "Expired" : "Expires"} {formatDate(String(item.expiresOn))}
          </span>
        ) : null}
        {item.credentialId ? <span>ID {String(item.credentialId)}</span> : null}
        {item.credentialUrl ? (
          <ExternalLink href={String(item.credentialUrl)}>Credential</ExternalLink>
        ) : null}
      </div>
    </>
  );
}

export default async function CertificationsPage({ searchParams }: PageProps<"/certifications">) {
  const actor = await requirePageActor("/certifications");
  return (
    <RecordScreen
      kind="certifications"
      path="/certifications"
      title="Certifications"
      description="Planned, in progress and earned. Earned certifications count toward your tier until they expire; those expiring within 60 days are flagged."
      actor={actor}
      searchParams={await searchParams}
      renderItem={(item) => <Certification item={item} />}
      labelOf={(item) => String(item.name)}
      defaults={{ status: "planned" }}
      empty="No certifications yet. Professional certifications from major technology companies are valuable credentials."
    />
  );
}
