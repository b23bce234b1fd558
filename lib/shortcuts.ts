/**
 * The signed-in screens' single-key shortcuts (docs/DECISIONS.md, "Log from anywhere"): which
 * key press means what. Pure, so the rule "never while typing" is tested without a browser.
 */

export type Shortcut = "quick-log" | "shortcuts";

/** What the shortcuts sheet lists, in order. */
export const SHORTCUTS: readonly { keys: string; label: string; action?: Shortcut }[] = [
  { keys: "L", label: "Log study time", action: "quick-log" },
  { keys: "?", label: "Show keyboard shortcuts", action: "shortcuts" },
  { keys: "Esc", label: "Close a dialog" },
];

/** Input types that take typed text: a letter there is text, not a shortcut. */
const TEXT_INPUTS = new Set([
  "",
  "text",
  "search",
  "email",
  "url",
  "tel",
  "password",
  "number",
  "date",
  "datetime-local",
  "month",
  "week",
  "time",
]);
const TEXT_ROLES = new Set(["textbox", "searchbox", "combobox", "spinbutton"]);

/** The little of an element the rule reads (a DOM element has all of it). */
export type TargetLike = {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
  getAttribute?: (name: string) => string | null;
} | null;

/** True where a key press is typing: text fields, selects, editable content. */
export function isEditableTarget(target: TargetLike): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? "").toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return TEXT_INPUTS.has((target.type ?? "").toLowerCase());
  if (target.isContentEditable) return true;
  const role = target.getAttribute?.("role");
  return role ? TEXT_ROLES.has(role) : false;
}

export type KeyLike = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
  repeat?: boolean;
};

/**
 * The shortcut a key press asks for, or null: none with Ctrl, Cmd or Alt (the browser's and
 * assistive technology's), none while typing, composing or holding a key down, none that
 * something else already handled. Shift is allowed: "?" is Shift+/ on most layouts.
 */
export function shortcutFor(event: KeyLike, target: TargetLike): Shortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.isComposing || event.defaultPrevented || event.repeat) return null;
  if (isEditableTarget(target)) return null;
  // L with Shift or Caps Lock too: nothing else on the page uses it.
  if (event.key === "l" || event.key === "L") return "quick-log";
  if (event.key === "?") return "shortcuts";
  return null;
}
