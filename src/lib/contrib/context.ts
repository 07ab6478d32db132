// The validator's knowledge of the territory, built from the observatory's own tables:
// commune codes and names, and a point-in-commune test on the published boundaries.

import rewind from '@turf/rewind';
import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { fold, type Context } from './validate.ts';

export interface CommuneName { code: string; name_fr: string; name_ar: string }

/** Folded French and Arabic names to the codes they name (a name may be shared). */
export function communeNameIndex(communes: Iterable<CommuneName>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const c of communes) {
    for (const name of new Set([fold(c.name_fr), fold(c.name_ar)])) if (name) index.set(name, [...(index.get(name) ?? []), c.code]);
  }
  return index;
}

export function territoryContext(
  communeCodes: string[],
  boundaries: Feature<Polygon | MultiPolygon, { code: string }>[],
  known: { offices: Iterable<string>; associations: Iterable<string> },
  today: string,
  names: Iterable<CommuneName> = [],
): Context {
  // d3-geo is spherical and wants clockwise exterior rings: the opposite of RFC 7946.
  const byCode = new Map(boundaries.map((f) => [f.properties.code, rewind(f, { reverse: true }) as Feature]));
  return {
    communes: new Set(communeCodes),
    communeNames: communeNameIndex(names),
    contains: (code, lon, lat) => { const f = byCode.get(code); return f ? geoContains(f, [lon, lat]) : true; },
    offices: new Set(known.offices),
    associations: new Set(known.associations),
    today,
  };
}
