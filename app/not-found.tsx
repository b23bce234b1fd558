import type { Metadata } from "next";
import { NotFoundScreen } from "./components/not-found-screen";

export const metadata: Metadata = { title: "Page not found" };

/** Any address the app does not know, and any page that calls notFound() without a 404 of its own. */
export default function NotFound() {
  return (
    <NotFoundScreen title="This page does not exist">
      <p>
        The address may be mistyped, or the page may have moved. Everything in Epoch is reachable
        from the home page and, once you are signed in, from your dashboard.
      </p>
    </NotFoundScreen>
  );
}
