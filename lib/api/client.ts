/** The browser side of the JSON API: same-origin fetch with the session cookie. */

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function apiFetch<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { "content-type": "application/json", ...init?.headers },
      credentials: "same-origin",
    });
  } catch {
    throw new ApiRequestError(0, "You appear to be offline.");
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) {
    throw new ApiRequestError(
      response.status,
      body?.error?.message ?? `The server answered ${response.status}.`,
    );
  }
  return body as T;
}

/** Every item of a list of the API, following `nextCursor` page after page. */
export async function apiFetchEveryItem<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page: { items: T[]; nextCursor: string | null } = await apiFetch(
      `${path}${path.includes("?") ? "&" : "?"}${query}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
