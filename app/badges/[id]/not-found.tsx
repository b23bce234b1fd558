import { NotFoundScreen } from "@/app/components/not-found-screen";

/** A badge address that names no badge Epoch issued. */
export default function BadgeNotFound() {
  return (
    <NotFoundScreen title="No badge here">
      <p>
        Epoch has not issued a badge at this address. Check the link with the person who shared it:
        a badge&apos;s address ends with its full identifier.
      </p>
    </NotFoundScreen>
  );
}
