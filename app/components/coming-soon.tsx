import { Card, PageHeader } from "./ui";

/** A screen whose feature has not shipped yet: says so plainly, and what it will do. */
export function ComingSoon({
  title,
  description,
  plans,
}: {
  title: string;
  description: string;
  plans: string[];
}) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <Card>
        <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">Coming soon</p>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          This screen is being built. Here is what it will do:
        </p>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-zinc-700 dark:text-zinc-300">
          {plans.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </Card>
    </>
  );
}
