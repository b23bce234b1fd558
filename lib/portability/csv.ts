/** Spreadsheet apps run cells that start with these as formulas; a leading quote keeps them text. */
export function safeCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value)
    ? value.join(" ")
    : value instanceof Date
      ? value.toISOString()
      : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
