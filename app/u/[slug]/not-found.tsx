import { NotFoundScreen } from "@/app/components/not-found-screen";

/** A profile address that no one uses, or whose owner has not made the profile public. */
export default function ProfileNotFound() {
  return (
    <NotFoundScreen title="No public profile here">
      <p>
        No one shares a public profile at this address. Its owner may have turned the profile off or
        changed its address: ask them for the current link.
      </p>
    </NotFoundScreen>
  );
}
