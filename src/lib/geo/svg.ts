// SVG paths for a static map drawn at build time. The region spans under 4° of latitude, so
// a planar equirectangular projection scaled by cos(mean latitude) is faithful enough and,
// unlike d3's spherical projections, does not care about ring winding.

import { geoPath, geoTransform } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';

export interface Frame {
  width: number;
  height: number;
  path: (f: Feature<Geometry>) => string;
  project: (lon: number, lat: number) => [number, number];
}

export function frameFor(features: Feature<Geometry>[], width: number, padding = 4): Frame {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
    } else (c as unknown[]).forEach(visit);
  };
  for (const f of features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  const kx = Math.cos(((y0 + y1) / 2) * (Math.PI / 180));
  const scale = (width - 2 * padding) / ((x1 - x0) * kx);
  const height = Math.ceil((y1 - y0) * scale + 2 * padding);
  const project = (lon: number, lat: number): [number, number] => [
    Math.round(((lon - x0) * kx * scale + padding) * 10) / 10,
    Math.round(((y1 - lat) * scale + padding) * 10) / 10,
  ];
  const transform = geoTransform({
    point(lon, lat) { this.stream.point(...project(lon, lat)); },
  });
  const generator = geoPath(transform);
  return { width, height, project, path: (f) => generator(f) ?? '' };
}
