import { randomUUID } from "node:crypto";
import Link from "next/link";
import { Alert, Card, PageHeader, secondaryButtonClass } from "@/app/components/ui";
import type { Actor } from "@/lib/policy";
import { verifiedRecordIds } from "@/lib/coaching/coaching";
import { getRecord, listRecords } from "@/lib/records/crud";
import { RECORD_KINDS, withArticle, type RecordKindKey } from "@/lib/records/kinds";
import { createRecordAction, deleteRecordAction, updateRecordAction } from "./actions";
import { FORM_FIELDS } from "./config";
import { DeleteButton } from "./delete-button";
import { EditLink, EmptyState } from "./parts";
import { RecordForm } from "./record-form";

export type RecordItem = Record<string, unknown> & { id: string };

type Props = {
  kind: RecordKindKey;
  path: string;
  title: string;
  description: string;
  actor: Actor;
  searchParams: { edit?: string | string[]; cursor?: string | string[]; saved?: string | string[] };
  /** What one record shows in the list. */
  renderItem: (item: RecordItem) => React.ReactNode;
  /** The item's name in labels ("Delete …"). */
  labelOf: (item: RecordItem) => string;
  defaults?: Record<string, unknown>;
  empty: string;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * A list screen for one kind of record: the create form (or the edit form for
 * `?edit=<id>`), then the records, newest first, fifty at a time.
 */
export async function RecordScreen({
  kind,
  path,
  title,
  description,
  actor,
  searchParams,
  renderItem,
  labelOf,
  defaults = {},
  empty,
}: Props) {
  const def = RECORD_KINDS[kind];
  const editId = one(searchParams.edit);
  const cursor = one(searchParams.cursor);
  const [page, editing, verified] = await Promise.all([
    listRecords(def, actor, { limit: 50, cursor }),
    editId && /^[0-9a-f-]{36}$/i.test(editId)
      ? getRecord(def, actor, editId).catch(() => null)
      : null,
    kind === "projects" || kind === "certifications"
      ? verifiedRecordIds(actor.userId)
      : new Set<string>(),
  ]);
  const items = (page.items as RecordItem[]).map((item) => ({
    ...item,
    verified: verified.has(item.id),
  }));

  return (
    <>
      <PageHeader title={title} description={description} />
      {one(searchParams.saved) ? (
        <div className="mb-4">
          <Alert tone="success">{def.title} updated.</Alert>
        </div>
      ) : null}
      <Card
        title={editing ? `Edit ${def.singular}` : `Add ${withArticle(def.singular)}`}
        className="mb-6"
      >
        {editing ? (
          <RecordForm
            key={`edit-${editing.id}`}
            action={updateRecordAction.bind(null, kind, String(editing.id))}
            fields={FORM_FIELDS[kind]}
            values={editing}
            submitLabel="Save changes"
            cancelHref={path}
          />
        ) : (
          <RecordForm
            action={createRecordAction.bind(null, kind)}
            fields={FORM_FIELDS[kind]}
            values={defaults}
            newId={randomUUID()}
            submitLabel={`Add ${def.singular}`}
          />
        )}
      </Card>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" className="mb-3 text-lg font-semibold">
          Your {kind === "papers" ? "reading list" : kind}
        </h2>
        {items.length === 0 ? (
          <EmptyState>{empty}</EmptyState>
        ) : (
          <ul className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {items.map((item) => (
              <li
                key={item.id}
                className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between"
              >
                <div className="min-w-0 flex-1">{renderItem(item)}</div>
                <div className="flex shrink-0 items-center gap-1">
                  <EditLink href={`${path}?edit=${item.id}`} label={labelOf(item)} />
                  <DeleteButton
                    action={deleteRecordAction.bind(null, kind)}
                    id={item.id}
                    label={labelOf(item)}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-4 flex gap-3">
          {cursor ? (
            <Link href={path} className={secondaryButtonClass}>
              Newest
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link href={`${path}?cursor=${page.nextCursor}`} className={secondaryButtonClass}>
              Older
            </Link>
          ) : null}
        </div>
      </section>
    </>
  );
}
