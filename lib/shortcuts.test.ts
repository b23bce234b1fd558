import { describe, expect, it } from "vitest";
import { isEditableTarget, shortcutFor } from "./shortcuts";

const el = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, ...extra });
const withRole = (role: string) => ({
  tagName: "DIV",
  getAttribute: (n: string) => (n === "role" ? role : null),
});

describe("isEditableTarget", () => {
  it("is true in text fields, text areas, selects and editable content", () => {
    for (const type of ["text", "number", "email", "search", "date", "password", ""])
      expect(isEditableTarget(el("INPUT", { type })), type).toBe(true);
    expect(isEditableTarget(el("TEXTAREA"))).toBe(true);
    expect(isEditableTarget(el("SELECT"))).toBe(true);
    expect(isEditableTarget(el("DIV", { isContentEditable: true }))).toBe(true);
    expect(isEditableTarget(withRole("textbox"))).toBe(true);
    expect(isEditableTarget(withRole("combobox"))).toBe(true);
  });

  it("is false on buttons, links, checkboxes, the page itself and nothing", () => {
    expect(isEditableTarget(el("BUTTON"))).toBe(false);
    expect(isEditableTarget(el("A"))).toBe(false);
    expect(isEditableTarget(el("INPUT", { type: "checkbox" }))).toBe(false);
    expect(isEditableTarget(el("INPUT", { type: "radio" }))).toBe(false);
    expect(isEditableTarget(el("BODY", { isContentEditable: false }))).toBe(false);
    expect(isEditableTarget(withRole("button"))).toBe(false);
    expect(isEditableTarget(null)).toBe(false);
  });
});

describe("shortcutFor", () => {
  const body = el("BODY");
  it("maps l to the quick log and ? to the shortcuts sheet", () => {
    expect(shortcutFor({ key: "l" }, body)).toBe("quick-log");
    expect(shortcutFor({ key: "?" }, body)).toBe("shortcuts");
    expect(shortcutFor({ key: "?" }, el("BUTTON"))).toBe("shortcuts");
  });

  it("takes L in either case (Caps Lock), ignores other keys and any key with Ctrl, Cmd or Alt", () => {
    expect(shortcutFor({ key: "L" }, body)).toBe("quick-log");
    expect(shortcutFor({ key: "k" }, body)).toBeNull();
    expect(shortcutFor({ key: "/" }, body)).toBeNull();
    expect(shortcutFor({ key: "l", ctrlKey: true }, body)).toBeNull();
    expect(shortcutFor({ key: "l", metaKey: true }, body)).toBeNull();
    expect(shortcutFor({ key: "l", altKey: true }, body)).toBeNull();
  });

  it("does nothing while typing, composing, repeating or after another handler", () => {
    expect(shortcutFor({ key: "l" }, el("INPUT", { type: "text" }))).toBeNull();
    expect(shortcutFor({ key: "?" }, el("TEXTAREA"))).toBeNull();
    expect(shortcutFor({ key: "l", isComposing: true }, body)).toBeNull();
    expect(shortcutFor({ key: "l", repeat: true }, body)).toBeNull();
    expect(shortcutFor({ key: "l", defaultPrevented: true }, body)).toBeNull();
  });
});
