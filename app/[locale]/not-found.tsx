import { NotFoundView } from "@/components/shell/not-found-view";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <NotFoundView />
    </main>
  );
}
