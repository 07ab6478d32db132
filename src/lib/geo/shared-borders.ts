// Length of the border each pair of areas of a topology shares, from the arcs they both use
// (a shared border is stored once in a TopoJSON topology). Pure: used at build time to pick
// a commune's closest neighbours for the comparator, and testable on a hand-made topology.

import { geoLength } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';

const EARTH_RADIUS_KM = 6371.0088;

/** The arcs' coordinates in degrees (undoing quantisation and delta encoding). */
function decodedArcs(topology: Topology): [number, number][][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc as [number, number][];
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as [number, number];
    });
  });
}

/** Every arc index a polygon or multipolygon geometry uses (~i, a reversed arc, is arc i). */
function arcIndices(arcs: unknown): number[] {
  if (typeof arcs === 'number') return [arcs < 0 ? ~arcs : arcs];
  return Array.isArray(arcs) ? arcs.flatMap(arcIndices) : [];
}

/**
 * For each area (by the `key` of its properties), the areas it shares a border with and the
 * length of that border in kilometres, longest first.
 */
export function sharedBorders(topology: Topology, object: string, key = 'code'): Map<string, { code: string; km: number }[]> {
  const collection = topology.objects[object] as GeometryCollection<Record<string, string>>;
  const users = new Map<number, string[]>();
  const codes = collection.geometries.map((g) => String((g.properties as Record<string, string> | undefined)?.[key]));
  collection.geometries.forEach((g, i) => {
    for (const a of new Set(arcIndices((g as { arcs?: unknown }).arcs))) {
      const list = users.get(a) ?? [];
      list.push(codes[i]!);
      users.set(a, list);
    }
  });
  const arcs = decodedArcs(topology);
  const pairs = new Map<string, Map<string, number>>(codes.map((c) => [c, new Map()]));
  for (const [a, list] of users) {
    if (list.length !== 2) continue;
    const km = geoLength({ type: 'LineString', coordinates: arcs[a]! }) * EARTH_RADIUS_KM;
    const [p, q] = list as [string, string];
    pairs.get(p)!.set(q, (pairs.get(p)!.get(q) ?? 0) + km);
    pairs.get(q)!.set(p, (pairs.get(q)!.get(p) ?? 0) + km);
  }
  return new Map([...pairs].map(([code, m]) => [code, [...m].map(([c, km]) => ({ code: c, km })).sort((x, y) => y.km - x.km || x.code.localeCompare(y.code))]));
}
