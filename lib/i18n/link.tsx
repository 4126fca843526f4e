"use client";

import { createNavigation } from "next-intl/navigation";

import { routing } from "./routing";

/**
 * next-intl's Link, always as the client component it renders in the end. Its Server Component
 * variant awaits the request's locale afresh for every link, so each link on a page suspended the
 * render once and became a chunk of its own in the RSC payload (28 on the project list, one per
 * row on the ranking; bench:web). Rendered from a server component, this is a plain client
 * element instead; the client variant reads the locale from NextIntlClientProvider and produces
 * the same localized href.
 */
const navigation = createNavigation(routing);
export const Link = navigation.Link;
