// SVG paths for maps drawn at build time. The region spans under 4° of latitude, so a planar
// equirectangular projection scaled by cos(mean latitude) is faithful enough and, unlike a
// spherical projection, does not care about ring winding. Paths use whole pixels and relative
// moves, dropping points that round onto the previous one: invisible at screen size, and it
// makes the home page's map less than half the bytes.

import type { Feature, Geometry, Position } from 'geojson';

export interface Frame {
  width: number;
  height: number;
  path: (f: Feature<Geometry>) => string;
  project: (lon: number, lat: number) => [number, number];
}

export function ringsOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Polygon': return geometry.coordinates;
    case 'MultiPolygon': return geometry.coordinates.flat();
    case 'LineString': return [geometry.coordinates];
    case 'MultiLineString': return geometry.coordinates;
    default: return [];
  }
}

export function frameFor(features: Feature<Geometry>[], width: number, padding = 4): Frame {
  const points = features.flatMap((f) => (f.geometry ? ringsOf(f.geometry).flat() : []));
  const [x0, x1] = [Math.min(...points.map((p) => p[0]!)), Math.max(...points.map((p) => p[0]!))];
  const [y0, y1] = [Math.min(...points.map((p) => p[1]!)), Math.max(...points.map((p) => p[1]!))];
  const kx = Math.cos(((y0 + y1) / 2) * (Math.PI / 180));
  const scale = (width - 2 * padding) / ((x1 - x0) * kx);
  const height = Math.ceil((y1 - y0) * scale + 2 * padding);
  const project = (lon: number, lat: number): [number, number] => [
    Math.round((lon - x0) * kx * scale + padding),
    Math.round((y1 - lat) * scale + padding),
  ];
  const path = (f: Feature<Geometry>) => {
    if (!f.geometry) return '';
    const closed = f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
    let d = '';
    let [cx, cy] = [0, 0];
    for (const ring of ringsOf(f.geometry)) {
      const pts = ring.map((p) => project(p[0]!, p[1]!)).filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
      if (pts.length < (closed ? 3 : 2)) continue;
      const [first, ...rest] = pts;
      d += `M${first![0]} ${first![1]}`;
      [cx, cy] = first!;
      let segment = '';
      for (const [x, y] of rest) {
        segment += `${segment ? ' ' : ''}${x - cx} ${y - cy}`;
        [cx, cy] = [x, y];
      }
      if (segment) d += `l${segment}`;
      if (closed) d += 'z';
    }
    return d.replace(/ -/g, '-');
  };
  return { width, height, project, path };
}
