import { notFound } from "next/navigation";

/** Any address no page matches: the (app) not-found page, so the header stays. */
export default function UnknownPage() {
  notFound();
}
