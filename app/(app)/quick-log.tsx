"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import {
  createContext,
  useActionState,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from "react";
import { Alert, buttonClass, Field, inputClass, secondaryButtonClass } from "@/app/components/ui";
import type { ActionState } from "@/lib/actions";
import { PROGRESS_QUERY_KEY } from "@/lib/progress/query-keys";
import { SKILL_AREAS } from "@/lib/roadmap/content";
import { SHORTCUTS, shortcutFor } from "@/lib/shortcuts";
import { quickLogAction } from "./records/actions";

/*
 * Log from anywhere (docs/DECISIONS.md, "Log from anywhere"): the L key or the "Log time"
 * button opens a dialog on every signed-in screen; "?" opens the list of shortcuts. Both are
 * native <dialog> elements opened with showModal(): the browser makes the rest of the page inert
 * (the focus stays inside), closes them on Escape, and they are labelled by their headings.
 */

type Open = (which: "quick-log" | "shortcuts") => void;
const QuickLogContext = createContext<Open>(() => {});

/** Single-key shortcuts can be turned off (WCAG 2.1.4), remembered in this browser. */
const SHORTCUTS_OFF_KEY = "epoch:single-key-shortcuts-off";

function readShortcutsOff(): boolean {
  try {
    return localStorage.getItem(SHORTCUTS_OFF_KEY) === "1";
  } catch {
    return false;
  }
}

export function QuickLogProvider({
  kinds,
  children,
}: {
  kinds: readonly { value: string; label: string }[];
  children: React.ReactNode;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const logRef = useRef<HTMLDialogElement>(null);
  const sheetRef = useRef<HTMLDialogElement>(null);
  // Where the focus was before a dialog opened, to give it back on close.
  const returnTo = useRef<HTMLElement | null>(null);
  // A new form (empty fields, no old errors) each time the dialog opens.
  const [session, setSession] = useState(0);
  // The form exists only while the dialog is open: no second "Minutes" field on the page.
  const [logOpen, setLogOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [shortcutsOff, setShortcutsOff] = useState(false);

  const open = useCallback<Open>((which) => {
    const dialog = (which === "quick-log" ? logRef : sheetRef).current;
    if (!dialog || dialog.open) return;
    // One dialog at a time: the sheet's own "Log time" closes it first.
    for (const other of [logRef.current, sheetRef.current])
      if (other?.open && other !== dialog) other.close();
    if (!returnTo.current) {
      const active = document.activeElement;
      returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    if (which === "quick-log") {
      setSession((n) => n + 1);
      setLogOpen(true);
      setAnnouncement("");
    } else setShortcutsOff(readShortcutsOff());
    dialog.showModal();
    if (which === "quick-log")
      dialog.querySelector<HTMLInputElement>("#quick-log-minutes")?.focus();
  }, []);

  const onClose = useCallback(() => {
    if (!logRef.current?.open) setLogOpen(false);
    if (logRef.current?.open || sheetRef.current?.open) return;
    const target = returnTo.current;
    returnTo.current = null;
    // The element may have been re-rendered away by a refresh: then the main content.
    if (target?.isConnected) target.focus();
    else document.getElementById("main")?.focus();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (readShortcutsOff()) return;
      if (logRef.current?.open || sheetRef.current?.open) return;
      const which = shortcutFor(event, event.target instanceof Element ? event.target : null);
      if (!which) return;
      event.preventDefault();
      open(which);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  const saved = useCallback(
    (message: string) => {
      logRef.current?.close();
      setAnnouncement(message);
      // The screen behind shows the new activity: its server data, and the progress query.
      router.refresh();
      void queryClient.invalidateQueries({ queryKey: PROGRESS_QUERY_KEY });
    },
    [router, queryClient],
  );

  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement(""), 10_000);
    return () => clearTimeout(timer);
  }, [announcement]);

  const toggleShortcuts = (off: boolean) => {
    try {
      if (off) localStorage.setItem(SHORTCUTS_OFF_KEY, "1");
      else localStorage.removeItem(SHORTCUTS_OFF_KEY);
    } catch {
      // Storage refused (a private window): the choice lasts for this page only.
    }
    setShortcutsOff(off);
  };

  return (
    <QuickLogContext.Provider value={open}>
      {children}
      <dialog
        ref={logRef}
        aria-labelledby="quick-log-heading"
        onClose={onClose}
        className={dialogClass}
      >
        <div className="flex items-start justify-between gap-4">
          <h2 id="quick-log-heading" className="text-lg font-semibold">
            Log study time
          </h2>
          <CloseButton onClick={() => logRef.current?.close()} />
        </div>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Logged for today. Press Enter to save, Escape to cancel.
        </p>
        {logOpen ? (
          <QuickLogForm
            key={session}
            kinds={kinds}
            onSaved={saved}
            onCancel={() => logRef.current?.close()}
          />
        ) : null}
      </dialog>
      <dialog
        ref={sheetRef}
        aria-labelledby="shortcuts-title"
        onClose={onClose}
        className={dialogClass}
      >
        <div className="flex items-start justify-between gap-4">
          <h2 id="shortcuts-title" className="text-lg font-semibold">
            Keyboard shortcuts
          </h2>
          <CloseButton onClick={() => sheetRef.current?.close()} autoFocus />
        </div>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          On every screen, except while typing in a field.
        </p>
        <dl className="mt-4 divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
          {SHORTCUTS.map((s) => (
            <div key={s.keys} className="flex items-center justify-between gap-4 py-2">
              <dt>
                <kbd className={kbdClass}>{s.keys}</kbd>
              </dt>
              <dd>{s.label}</dd>
            </div>
          ))}
        </dl>
        <label className="mt-4 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={!shortcutsOff}
            onChange={(e) => toggleShortcuts(!e.currentTarget.checked)}
            className="h-4 w-4 accent-brand-600"
          />
          Use single-key shortcuts (L and ?)
        </label>
      </dialog>
      {/* The confirmation, read out by screen readers; also shown, for everyone. */}
      <div
        role="status"
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-4 z-30 flex justify-center px-4"
      >
        {announcement ? (
          <p
            data-testid="quick-log-confirmation"
            className="pointer-events-auto rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-2 text-sm font-medium text-emerald-800 shadow-lg dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
          >
            {announcement}
          </p>
        ) : null}
      </div>
    </QuickLogContext.Provider>
  );
}

const dialogClass =
  "m-auto w-[min(32rem,calc(100vw-2rem))] max-h-[calc(100dvh-2rem)] overflow-y-auto rounded-xl border border-zinc-200 bg-white p-5 text-zinc-900 shadow-xl backdrop:bg-zinc-950/50 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100";
const kbdClass =
  "inline-block min-w-7 rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 text-center font-mono text-xs dark:border-zinc-700 dark:bg-zinc-800";

function CloseButton({ onClick, autoFocus }: { onClick: () => void; autoFocus?: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      autoFocus={autoFocus}
      aria-label="Close"
      className="-m-1 inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-lg text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800"
    >
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
      >
        <path d="M6 6l12 12M18 6L6 18" />
      </svg>
    </button>
  );
}

function QuickLogForm({
  kinds,
  onSaved,
  onCancel,
}: {
  kinds: readonly { value: string; label: string }[];
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(quickLogAction, {});
  // One id per opening, as the study log's form has: a submit sent twice logs once.
  const [id] = useState(() => globalThis.crypto?.randomUUID?.() ?? "");
  const handled = useRef<ActionState | null>(null);
  useEffect(() => {
    if (state.ok && handled.current !== state) {
      handled.current = state;
      onSaved(state.message ?? "Activity saved.");
    }
  }, [state, onSaved]);
  // Opened: Minutes first. Refused: the first field it names, so the error is read out where
  // it is fixed.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) return;
    const first = state.fields
      ? ["minutes", "kind", "title", "skills"].find((f) => state.fields?.[f])
      : "minutes";
    if (first) formRef.current?.querySelector<HTMLElement>(`#quick-log-${first}`)?.focus();
  }, [state]);

  const err = (name: string) => state.fields?.[name];
  const sent = (state.ok ? {} : (state.submitted ?? {})) as Record<string, unknown>;
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  const described = (name: string) => (err(name) ? `quick-log-${name}-error` : undefined);
  const labels: Record<string, string> = {
    minutes: "Minutes",
    kind: "Kind",
    title: "What did you do?",
    skills: "Skill",
  };
  const message = (name: string) => (err(name) ? `${labels[name]} ${err(name)}.` : undefined);

  return (
    <form
      ref={formRef}
      // React resets a form after its action: a refusal remounts it with what was sent (docs/FORMS.md).
      key={JSON.stringify(sent)}
      action={formAction}
      noValidate
      className="mt-4 space-y-4"
      onKeyDown={(e) => {
        // Enter saves from the selects too (a text field's Enter submits by itself).
        if (e.key === "Enter" && e.target instanceof HTMLSelectElement) {
          e.preventDefault();
          e.currentTarget.requestSubmit();
        }
      }}
    >
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {state.message && !state.ok ? <Alert>{state.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-[8rem_minmax(0,1fr)]">
        <Field id="quick-log-minutes" label="Minutes" error={message("minutes")}>
          <input
            id="quick-log-minutes"
            name="minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            required
            placeholder="45"
            defaultValue={text(sent.minutes)}
            aria-invalid={Boolean(err("minutes"))}
            aria-describedby={described("minutes")}
            className={inputClass}
          />
        </Field>
        <Field id="quick-log-kind" label="Kind" error={message("kind")}>
          <select
            id="quick-log-kind"
            name="kind"
            required
            defaultValue={text(sent.kind) || "practice"}
            aria-invalid={Boolean(err("kind"))}
            aria-describedby={described("kind")}
            className={inputClass}
          >
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="quick-log-title" label="What did you do?" error={message("title")}>
        <input
          id="quick-log-title"
          name="title"
          type="text"
          required
          maxLength={300}
          placeholder="e.g. Backprop chapter, exercises 1–4"
          defaultValue={text(sent.title)}
          aria-invalid={Boolean(err("title"))}
          aria-describedby={described("title")}
          className={inputClass}
        />
      </Field>
      <Field id="quick-log-skills" label="Skill (optional)" error={message("skills")}>
        <select
          id="quick-log-skills"
          name="skills"
          defaultValue={Array.isArray(sent.skills) ? text(sent.skills[0]) : ""}
          aria-invalid={Boolean(err("skills"))}
          aria-describedby={described("skills")}
          className={inputClass}
        >
          <option value="">None</option>
          {SKILL_AREAS.map((area) => (
            <optgroup key={area.slug} label={area.name}>
              {area.skills.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <div className="flex flex-wrap justify-end gap-3">
        <button type="button" onClick={onCancel} className={secondaryButtonClass}>
          Cancel
        </button>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Saving…" : "Log it"}
        </button>
      </div>
    </form>
  );
}

/** The visible way in, for mouse and touch: opens the same dialog as the L key. */
export function QuickLogButton({ className = "" }: { className?: string }) {
  const open = useContext(QuickLogContext);
  return (
    <button
      type="button"
      onClick={() => open("quick-log")}
      aria-keyshortcuts="L"
      className={`inline-flex items-center justify-center gap-1.5 rounded-lg bg-brand-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 ${className}`}
    >
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        className="h-4 w-4"
        fill="none"
        stroke="currentColor"
        strokeWidth={2.2}
      >
        <path d="M12 5v14M5 12h14" />
      </svg>
      Log time
    </button>
  );
}

/** Opens the shortcuts sheet, for those who do not know the "?" key. */
export function ShortcutsButton() {
  const open = useContext(QuickLogContext);
  return (
    <button
      type="button"
      onClick={() => open("shortcuts")}
      aria-keyshortcuts="?"
      className="rounded text-sm text-zinc-600 underline-offset-2 hover:underline dark:text-zinc-400"
    >
      Keyboard shortcuts <kbd className={kbdClass}>?</kbd>
    </button>
  );
}
