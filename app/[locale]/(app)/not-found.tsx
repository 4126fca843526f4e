import { NotFoundView } from "@/components/shell/not-found-view";

/** Inside the app shell: a reader who followed a dead link keeps the header and its navigation. */
export default function NotFound() {
  return <NotFoundView />;
}
