import { notFound } from "next/navigation";

// An unknown path inside a locale renders the localized not-found page, per request, with the
// page's CSP nonce; without this route Next.js serves its prerendered English 404, whose
// scripts carry no nonce and are refused.
export default function UnknownPage(): never {
  notFound();
}
