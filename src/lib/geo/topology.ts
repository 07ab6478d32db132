// Web boundaries from the upstream commune polygons: one topology whose communes,
// provinces and region share the same arcs, so simplification moves a shared border once
// and neighbouring polygons stay glued (no gaps, no overlaps).

import rewind from '@turf/rewind';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export type AreaFeature = Feature<Polygon | MultiPolygon, { code: string }>;

export interface WebTopologyOptions {
  /** Share of arc vertices to keep, the heaviest first (Visvalingam weights), 0..1. */
  keepShare: number;
  /** Quantisation of the output grid, per axis. */
  quantization: number;
  provinceOf: (communeDigits: string) => string;
  regionCode: string;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
export function rewindFeatures<F extends AreaFeature>(features: F[]): F[] {
  return features.map((f) => rewind(f, { reverse: false }) as F);
}

export function buildWebTopology(communes: FeatureCollection<Polygon | MultiPolygon, { code: string }>, options: WebTopologyOptions): Topology {
  const sorted = [...communes.features].sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  const input: FeatureCollection = { type: 'FeatureCollection', features: rewindFeatures(sorted) };
  const base = topology({ communes: input }, 1e6) as Topology;
  const pre = presimplify(base as never);
  const simplified = simplify(pre, quantile(pre, options.keepShare));
  const topo = quantize(simplified, options.quantization) as unknown as Topology;

  const collection = topo.objects.communes as GeometryCollection<{ code: string }>;
  const geometries = collection.geometries as (GeometryObject<{ code: string }> & { arcs: number[][] | number[][][] })[];
  const groups = new Map<string, typeof geometries>();
  for (const g of geometries) {
    const key = options.provinceOf((g.properties as { code: string }).code);
    groups.set(key, [...(groups.get(key) ?? []), g]);
  }
  const provinces = [...groups.keys()].sort().map((code) => ({
    ...mergeArcs(topo, groups.get(code)! as never),
    properties: { code },
  }));
  const region = { ...mergeArcs(topo, geometries as never), properties: { code: options.regionCode } };
  topo.objects.provinces = { type: 'GeometryCollection', geometries: provinces } as GeometryCollection;
  topo.objects.region = { type: 'GeometryCollection', geometries: [region] } as GeometryCollection;
  delete topo.bbox;
  return topo;
}

export function featuresOf(topo: Topology, object: string): AreaFeature[] {
  const fc = feature(topo, topo.objects[object] as GeometryCollection<{ code: string }>) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  return fc.features;
}
