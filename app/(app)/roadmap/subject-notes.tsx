"use client";

import dynamic from "next/dynamic";
import { useActionState, useState } from "react";
import { Alert, inputClass, secondaryButtonClass } from "@/app/components/ui";
import type { ActionState } from "@/lib/actions";
import { NOTE_MAX_LENGTH, notesCount } from "@/lib/notes/count";
import {
  addResourceAction,
  deleteResourceAction,
  saveNoteAction,
  setResourceFlagAction,
} from "./actions";

/**
 * The note as Markdown, parsed in the browser and loaded with the first panel opened: the
 * parser never runs on the server and is not in the roadmap's first-load JavaScript
 * (app/components/note-markdown.tsx says why).
 */
const NoteMarkdown = dynamic(
  () => import("@/app/components/note-markdown").then((m) => m.NoteMarkdown),
  {
    ssr: false,
    loading: () => <p className="text-xs text-zinc-600 dark:text-zinc-400">Loading your note…</p>,
  },
);

export type SubjectNotesData = {
  body: string;
  resources: { id: string; title: string; url: string; done: boolean; sharedWithCoach: boolean }[];
};

const smallButton =
  "rounded-md border border-zinc-300 px-2 py-1 text-xs font-medium text-zinc-700 hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800";

function Message({ state }: { state: ActionState }) {
  return state.message ? (
    <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>
  ) : null;
}

function Flag({
  id,
  flag,
  value,
  label,
}: {
  id: string;
  flag: "done" | "sharedWithCoach";
  value: boolean;
  label: string;
}) {
  const [, action, pending] = useActionState(setResourceFlagAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="flag" value={flag} />
      <input type="hidden" name="value" value={String(!value)} />
      <button type="submit" className={smallButton} disabled={pending} aria-pressed={value}>
        {label}
      </button>
    </form>
  );
}

function DeleteResource({ id, title }: { id: string; title: string }) {
  const [, action, pending] = useActionState(deleteResourceAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        className={smallButton}
        disabled={pending}
        aria-label={`Delete ${title}`}
      >
        Delete
      </button>
    </form>
  );
}

/**
 * A learner's private note and resource links on one milestone or skill, folded under a
 * "Notes" toggle that shows their count. Plain forms with server actions (docs/FORMS.md).
 */
export function SubjectNotes({
  subjectType,
  subjectId,
  subjectTitle,
  data,
  defaultOpen = false,
}: {
  subjectType: "milestone" | "skill";
  subjectId: string;
  subjectTitle: string;
  data: SubjectNotesData;
  defaultOpen?: boolean;
}) {
  const [noteState, saveNote, saving] = useActionState(saveNoteAction, {});
  const [addState, addResource, adding] = useActionState(addResourceAction, {});
  const count = notesCount(data);
  const base = `${subjectType}-${subjectId}`;
  // The panel is built when opened: the roadmap has a hundred subjects, and rendering every
  // closed panel's forms made the page four times heavier (docs/PERFORMANCE.md, 2026-12-05).
  const [open, setOpen] = useState(defaultOpen);
  const typedBody =
    typeof noteState.submitted?.body === "string" ? noteState.submitted.body : data.body;
  return (
    <details
      className="group mt-1.5"
      open={defaultOpen || undefined}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-notes={base}
    >
      <summary className="cursor-pointer select-none text-xs font-medium text-brand-700 hover:underline dark:text-brand-300">
        {count ? `Notes (${count})` : "Add notes"}
        <span className="sr-only"> for {subjectTitle}</span>
      </summary>
      {open ? (
        <div className="mt-2 space-y-3 rounded-lg border border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-800 dark:bg-zinc-900/50">
          {data.body.trim() ? (
            <div aria-label="Your note">
              <NoteMarkdown body={data.body} idPrefix={base} />
            </div>
          ) : null}
          {/* Keyed by the stored text: after a save the form shows what was saved (docs/FORMS.md). */}
          <form key={data.body} action={saveNote} className="space-y-2">
            <input type="hidden" name="subjectType" value={subjectType} />
            <input type="hidden" name="subjectId" value={subjectId} />
            <label htmlFor={`${base}-note`} className="block text-xs font-medium">
              Your private note{" "}
              <span className="font-normal text-zinc-500">(Markdown: **bold**, lists, links)</span>
            </label>
            <textarea
              id={`${base}-note`}
              name="body"
              rows={3}
              maxLength={NOTE_MAX_LENGTH}
              defaultValue={typedBody}
              aria-invalid={noteState.fields?.body ? true : undefined}
              className={inputClass}
            />
            <div className="flex flex-wrap items-center gap-2">
              <button type="submit" disabled={saving} className={secondaryButtonClass + " !py-1.5"}>
                {saving ? "Saving…" : "Save note"}
              </button>
              <Message state={noteState} />
            </div>
          </form>

          <div>
            <h4 className="text-xs font-medium">Your resources</h4>
            {data.resources.length ? (
              <ul className="mt-1 space-y-1.5">
                {data.resources.map((r) => (
                  <li key={r.id} className="flex flex-wrap items-center gap-2 text-sm">
                    <a
                      href={r.url}
                      rel="noopener nofollow ugc"
                      target="_blank"
                      className={
                        "min-w-0 break-words text-brand-700 underline dark:text-brand-300 " +
                        (r.done ? "line-through opacity-70" : "")
                      }
                    >
                      {r.title}
                    </a>
                    {r.sharedWithCoach ? (
                      <span className="rounded bg-brand-100 px-1.5 text-xs text-brand-800 dark:bg-brand-900 dark:text-brand-200">
                        Shared with coach
                      </span>
                    ) : null}
                    <span className="ml-auto flex gap-1">
                      <Flag
                        id={r.id}
                        flag="done"
                        value={r.done}
                        label={r.done ? "Not done" : "Done"}
                      />
                      <Flag
                        id={r.id}
                        flag="sharedWithCoach"
                        value={r.sharedWithCoach}
                        label={r.sharedWithCoach ? "Unshare" : "Share with coach"}
                      />
                      <DeleteResource id={r.id} title={r.title} />
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">None yet.</p>
            )}
          </div>

          <form key={data.resources.length} action={addResource} className="space-y-2">
            <input type="hidden" name="subjectType" value={subjectType} />
            <input type="hidden" name="subjectId" value={subjectId} />
            <div className="grid gap-2 sm:grid-cols-2">
              <div>
                <label htmlFor={`${base}-title`} className="block text-xs font-medium">
                  Resource title
                </label>
                <input
                  id={`${base}-title`}
                  name="title"
                  required
                  maxLength={200}
                  defaultValue={String(addState.submitted?.title ?? "")}
                  aria-invalid={addState.fields?.title ? true : undefined}
                  className={inputClass}
                />
              </div>
              <div>
                <label htmlFor={`${base}-url`} className="block text-xs font-medium">
                  Link (http or https)
                </label>
                <input
                  id={`${base}-url`}
                  name="url"
                  type="url"
                  required
                  maxLength={2048}
                  placeholder="https://"
                  defaultValue={String(addState.submitted?.url ?? "")}
                  aria-invalid={addState.fields?.url ? true : undefined}
                  className={inputClass}
                />
              </div>
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <label className="flex items-center gap-1.5 text-xs">
                <input type="checkbox" name="sharedWithCoach" />
                Shared with my coach
              </label>
              <button type="submit" disabled={adding} className={secondaryButtonClass + " !py-1.5"}>
                {adding ? "Adding…" : "Add resource"}
              </button>
              <Message state={addState} />
            </div>
          </form>
        </div>
      ) : null}
    </details>
  );
}
