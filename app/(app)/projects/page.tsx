import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/current-user";
import { LABELS } from "../records/config";
import { Badge, ExternalLink } from "../records/parts";
import { RecordScreen, type RecordItem } from "../records/record-screen";

export const metadata: Metadata = { title: "Projects" };

function Project({ item }: { item: RecordItem }) {
  const status = String(item.status);
  return (
    <>
      <p className="font-medium">{String(item.title)}</p>
      <div className="mt-1.5 flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
        <Badge tone={status === "shipped" ? "good" : status === "building" ? "brand" : "neutral"}>
          {LABELS.projectStatus[status]}
        </Badge>
        {item.openSource ? <Badge tone="brand">Open source</Badge> : null}
        {item.verified ? <Badge tone="good">Verified by your coach</Badge> : null}
        {item.track ? <Badge>{LABELS.track[String(item.track)]}</Badge> : null}
        {item.repoUrl ? <ExternalLink href={String(item.repoUrl)}>Repository</ExternalLink> : null}
        {item.demoUrl ? <ExternalLink href={String(item.demoUrl)}>Demo</ExternalLink> : null}
      </div>
      {item.summary ? (
        <p className="mt-2 whitespace-pre-line text-sm text-zinc-700 dark:text-zinc-300">
          {String(item.summary)}
        </p>
      ) : null}
    </>
  );
}

export default async function ProjectsPage({ searchParams }: PageProps<"/projects">) {
  const actor = await requirePageActor("/projects");
  return (
    <RecordScreen
      kind="projects"
      path="/projects"
      title="Projects"
      description="Your portfolio, from idea to shipped. Shipped projects count toward your tier; open-source contributions count as much as credentials."
      actor={actor}
      searchParams={await searchParams}
      renderItem={(item) => <Project item={item} />}
      labelOf={(item) => String(item.title)}
      defaults={{ status: "idea" }}
      empty="No projects yet. Start one: a project that solves a real problem is the strongest evidence you can show."
    />
  );
}
