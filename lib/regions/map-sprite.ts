import "server-only";

import { createHash } from "node:crypto";

import { MAP_HEIGHT, MAP_WIDTH, mapShapes } from "./map-shapes";

let cached: { svg: string; href: string } | null = null;

/**
 * The corridor's geometry as one SVG document of shapes (`<g id="CN-HL">`, `<g id="backdrop">`)
 * that the map page draws with `<use href="…#CN-HL">`. The path data is the largest part of the
 * map (about 100 KB); inline it would go out twice per view, in the HTML and again in the RSC
 * payload. As a separate file it goes out once and the browser caches it: the `href` carries a
 * hash of the content, so a changed geometry is a new address. A region's shape sets no fill or
 * stroke of its own, so each `<use>` colours it; the dot of a small region keeps its outline.
 */
export function mapSprite(): { svg: string; href: string } {
  if (cached) return cached;
  const shapes = mapShapes();
  const regions = shapes.regions.map(
    (s) =>
      `<g id="${s.code}"><path d="${s.d}"/>${
        s.small ? `<circle cx="${s.centroid[0].toFixed(1)}" cy="${s.centroid[1].toFixed(1)}" r="5" stroke="#0f172a" stroke-width="1"/>` : ""
      }</g>`,
  );
  const backdrop = shapes.backdrop.map((d) => `<path d="${d}"/>`).join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><defs>` +
    `<g id="backdrop" fill="#e5e7eb" stroke="#94a3b8" stroke-width="0.6">${backdrop}</g>${regions.join("")}</defs></svg>`;
  const version = createHash("sha256").update(svg).digest("hex").slice(0, 12);
  cached = { svg, href: `/maps/corridor.svg?v=${version}` };
  return cached;
}
