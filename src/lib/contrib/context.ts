// The validator's knowledge of the territory, built from the observatory's own tables:
// commune codes, and a point-in-commune test on the published boundaries.

import rewind from '@turf/rewind';
import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Context } from './validate.ts';

export function territoryContext(
  communeCodes: string[],
  boundaries: Feature<Polygon | MultiPolygon, { code: string }>[],
  known: { offices: Iterable<string>; associations: Iterable<string> },
  today: string,
): Context {
  // d3-geo is spherical and wants clockwise exterior rings: the opposite of RFC 7946.
  const byCode = new Map(boundaries.map((f) => [f.properties.code, rewind(f, { reverse: true }) as Feature]));
  return {
    communes: new Set(communeCodes),
    contains: (code, lon, lat) => { const f = byCode.get(code); return f ? geoContains(f, [lon, lat]) : true; },
    offices: new Set(known.offices),
    associations: new Set(known.associations),
    today,
  };
}
