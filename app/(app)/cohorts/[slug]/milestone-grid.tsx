"use client";

/**
 * Members × the next tier's milestones. A client component although nothing
 * here is interactive: the page then carries the rows' data, not every cell
 * twice (HTML and RSC payload).
 */
export function MilestoneGrid({
  milestones,
  rows,
}: {
  milestones: { id: string; title: string }[];
  rows: { userId: string; name: string | null; met: string[] }[];
}) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky left-0 bg-white py-2 pr-3 text-left font-medium dark:bg-zinc-900"
            >
              Member
            </th>
            {milestones.map((m) => (
              <th
                key={m.id}
                scope="col"
                className="min-w-24 px-1 py-2 text-left align-bottom text-xs font-medium text-zinc-600 dark:text-zinc-400"
              >
                {m.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {rows.map((row) => (
            <tr key={row.userId}>
              <th
                scope="row"
                className="sticky left-0 bg-white py-2 pr-3 text-left font-normal dark:bg-zinc-900"
              >
                {row.name}
              </th>
              {milestones.map((m) => {
                const met = row.met.includes(m.id);
                return (
                  <td key={m.id} className="px-1 py-2">
                    <span
                      className={met ? "text-emerald-700 dark:text-emerald-400" : "text-zinc-400"}
                      aria-label={met ? "met" : "not yet"}
                    >
                      {met ? "✓" : "·"}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
