import "server-only";

import { geoConicEqualArea, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

import corridor from "./geo/corridor.topo.json" with { type: "json" };

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 560;

/** `small`: too small to point at (a city region), so the map adds a dot at its centre. */
export type RegionShape = { code: string; d: string; centroid: [number, number]; small: boolean };
export type MapShapes = { regions: RegionShape[]; backdrop: string[] };

let cached: MapShapes | null = null;

/**
 * The corridor's regions as SVG path data, projected once per process: the shapes and the
 * projection never change, so every request reuses the same strings and the page ships no
 * map library to the browser. An equal-area conic centred on 100°E keeps the Russian Far East
 * and north-east China at their true relative sizes.
 */
export function mapShapes(): MapShapes {
  if (cached) return cached;
  const topo = corridor as unknown as Topology;
  const regions = feature(topo, topo.objects.regions as GeometryCollection) as FeatureCollection<Geometry>;
  const backdrop = feature(topo, topo.objects.backdrop as GeometryCollection) as FeatureCollection<Geometry>;
  const projection = geoConicEqualArea()
    .rotate([-100, 0])
    .parallels([35, 60])
    .fitExtent(
      [
        [8, 8],
        [MAP_WIDTH - 8, MAP_HEIGHT - 8],
      ],
      regions,
    );
  // Whole pixels: half a pixel is invisible at this size, and the geometry file stays small.
  const path = geoPath(projection).digits(0);
  const d = (f: Feature<Geometry>) => path(f) ?? "";
  cached = {
    regions: regions.features.map((f) => ({
      code: String(f.id),
      d: d(f),
      centroid: path.centroid(f) as [number, number],
      small: path.area(f) < 40,
    })),
    backdrop: backdrop.features.map(d),
  };
  return cached;
}
