import { mapSprite } from "@/lib/regions/map-sprite";

// The same bytes for everyone: public-domain boundary data (Natural Earth) vendored in the
// repository, no figures and nothing about any project, so no sign-in and no permission check.
// The figures and links stay on the permission-checked map page that draws these shapes.
export const dynamic = "force-static";

export function GET() {
  return new Response(mapSprite().svg, {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      // The page asks for it with a content hash in the query, so a changed geometry is a new URL.
      "cache-control": "public, max-age=31536000, immutable",
    },
  });
}
