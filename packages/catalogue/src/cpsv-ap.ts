// Export to the EU Core Public Service Vocabulary Application Profile (CPSV-AP 3.2.0) as JSON-LD, so a
// Chinese catalogue can be published to any European-style service portal. Mandatory properties follow the
// CPSV-AP 3.2.0 SHACL shapes (e.g. PublicService: identifier, title, description, hasCompetentAuthority;
// PublicOrganisation: prefLabel, spatial; Requirement/Evidence/Output/Event: identifier, title; EvidenceType,
// Cost, Channel: identifier). The OR-of-ANDs of evidence types uses CCCEV 2's EvidenceTypeList, which shares
// CPSV-AP's namespace; CPSV-AP's shapes are open, so the extra nodes do not break validation.

import { itemCode } from './item-code';
import { NATIONAL_ITEM_TYPES } from './item-types';
import type { Bundle, Catalogue, Item, TimeLimit } from './types';
import { latestItems } from './versions';

/** A JSON-LD node: `@id`, `@type` and properties. */
export interface JsonLdNode {
  '@id': string;
  '@type': string;
  [property: string]: unknown;
}

/** A JSON-LD document with a context and a flat graph. */
export interface JsonLdDocument {
  '@context': Record<string, string>;
  '@graph': JsonLdNode[];
}

/** Options of {@link toCpsvAp}. */
export interface CpsvApOptions {
  /** The IRI prefix for minted node ids, e.g. `https://zwfw.example.gov.cn/id/`; default `urn:govkit:`. */
  baseIri?: string;
}

const CONTEXT = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  eli: 'http://data.europa.eu/eli/ontology#',
  adms: 'http://www.w3.org/ns/adms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

/** ADMS status vocabulary for the item status. */
const STATUS = {
  active: 'http://purl.org/adms/status/Completed',
  suspended: 'http://purl.org/adms/status/Deprecated',
  cancelled: 'http://purl.org/adms/status/Withdrawn',
} as const;

const zh = (value: string) => ({ '@language': 'zh', '@value': value });
const ref = (id: string) => ({ '@id': id });

/** ISO 8601 duration for `cv:processingTime`; working days have no exact duration, so none is given. */
function duration(limit: TimeLimit): string | undefined {
  switch (limit.unit) {
    case 'natural-day':
      return `P${limit.value}D`;
    case 'month':
      return `P${limit.value}M`;
    case 'year':
      return `P${limit.value}Y`;
    case 'working-day':
      return undefined;
  }
}

/**
 * Exports a catalogue (latest version of each item) as CPSV-AP 3.2.0 JSON-LD: each item becomes a
 * `cpsv:PublicService` with its competent authority (`cv:PublicOrganisation`), requirements
 * (`cv:Requirement` with supporting `cv:Evidence` conforming to `cv:EvidenceType`, alternatives as CCCEV
 * evidence-type lists), outputs (`cv:Output`), costs (`cv:Cost`), channels (`cv:Channel`, each with its own
 * inputs) and legal resources (`eli:LegalResource`); life/business-event themes and bundles become
 * `cv:LifeEvent` / `cv:BusinessEvent` grouping their services, and bundle dependencies `dct:requires`.
 *
 * @example
 * ```ts
 * const doc = toCpsvAp(catalogue, { baseIri: 'https://zwfw.example.gov.cn/id/' });
 * JSON.stringify(doc); // publish as application/ld+json
 * ```
 */
export function toCpsvAp(catalogue: Catalogue<unknown, string>, options: CpsvApOptions = {}): JsonLdDocument {
  const base = options.baseIri ?? 'urn:govkit:';
  const graph = new Map<string, JsonLdNode>();
  const put = (node: JsonLdNode) => {
    if (!graph.has(node['@id'])) graph.set(node['@id'], node);
    return ref(node['@id']);
  };
  const items = latestItems(catalogue);
  const serviceId = (code: string) => `${base}service/${encodeURIComponent(code)}`;
  const region = (code: string) => `${base}region/${code}`;
  const evidenceTypeId = (id: string) => `${base}evidence-type/${encodeURIComponent(id)}`;
  const evidenceTypes = new Map(catalogue.evidenceTypes.map((e) => [e.id, e]));
  const putEvidenceType = (id: string) => {
    const e = evidenceTypes.get(id);
    return put({
      '@id': evidenceTypeId(id),
      '@type': 'cv:EvidenceType',
      'dct:identifier': id,
      ...(e ? { 'dct:title': zh(e.name), 'cv:evidenceTypeClassification': ref(`${base}evidence-kind/${e.kind}`) } : {}),
    });
  };

  for (const item of items) {
    const code = itemCode(item);
    const sid = serviceId(code);
    const body = item.implementingBody;
    const authority = put({
      '@id': `${base}organisation/${body.creditCode}`,
      '@type': 'cv:PublicOrganisation',
      'dct:identifier': body.creditCode,
      'skos:prefLabel': zh(body.name),
      'dct:spatial': ref(region(body.regionCode)),
    });
    const requirements = item.materials.map((m) => {
      const rid = `${sid}/requirement/${encodeURIComponent(m.id)}`;
      const evidence = [...new Set(m.evidence.flat())].map((typeId) =>
        put({
          '@id': `${rid}/evidence/${encodeURIComponent(typeId)}`,
          '@type': 'cv:Evidence',
          'dct:identifier': `${code}/${m.id}/${typeId}`,
          'dct:title': zh(evidenceTypes.get(typeId)?.name ?? m.name),
          'dct:conformsTo': putEvidenceType(typeId),
          'cv:supportsRequirement': ref(rid),
        }),
      );
      const lists = m.evidence.map((set, k) =>
        put({
          '@id': `${rid}/evidence-type-list/${k + 1}`,
          '@type': 'cv:EvidenceTypeList',
          'dct:identifier': `${code}/${m.id}/${k + 1}`,
          'cv:specifiesEvidenceType': set.map(putEvidenceType),
        }),
      );
      put({
        '@id': rid,
        '@type': 'cv:Requirement',
        'dct:identifier': `${code}/${m.id}`,
        'dct:title': zh(m.name),
        'dct:type': ref(`${base}necessity/${m.necessity}`),
        'cv:hasSupportingEvidence': evidence,
        'cv:hasEvidenceTypeList': lists,
      });
      return { id: rid, evidence, channels: m.channels };
    });
    const channels = item.handlingForm.map((c) =>
      put({
        '@id': `${sid}/channel/${c}`,
        '@type': 'cv:Channel',
        'dct:identifier': `${code}/${c}`,
        'dct:type': ref(`${base}channel-type/${c}`),
        'cv:ownedBy': authority,
        // Channel-specific inputs: the evidence of the materials asked for on this channel.
        'cpsv:hasInput': requirements.filter((r) => !r.channels || r.channels.includes(c)).flatMap((r) => r.evidence),
      }),
    );
    const typeName = NATIONAL_ITEM_TYPES.find((t) => t.code === item.type)?.name.zh;
    const promised = duration(item.promisedLimit);
    put({
      '@id': sid,
      '@type': 'cpsv:PublicService',
      'dct:identifier': code,
      'dct:title': item.nameEn ? [zh(item.name), { '@language': 'en', '@value': item.nameEn }] : zh(item.name),
      'dct:description': zh(item.description ?? `${item.name}（${typeName ?? item.type}），实施主体：${body.name}`),
      'cv:hasCompetentAuthority': authority,
      'adms:status': ref(STATUS[item.status]),
      'dct:type': ref(`${base}item-type/${item.type}`),
      'dct:audience': item.audience.map((a) => ref(`${base}audience/${a}`)),
      'dct:spatial': ref(region(body.regionCode)),
      ...(item.keywords?.length ? { 'dcat:keyword': item.keywords.map(zh) } : {}),
      ...(promised ? { 'cv:processingTime': { '@type': 'xsd:duration', '@value': promised } } : {}),
      'cv:holdsRequirement': requirements.map((r) => ref(r.id)),
      'cpsv:hasInput': requirements.flatMap((r) => r.evidence),
      'cv:hasInputType': [...new Set(item.materials.flatMap((m) => m.evidence.flat()))].map(putEvidenceType),
      'cpsv:produces': item.results.map((r) =>
        put({
          '@id': `${sid}/output/${encodeURIComponent(r.id)}`,
          '@type': 'cv:Output',
          'dct:identifier': `${code}/${r.id}`,
          'dct:title': zh(r.name),
          'dct:type': ref(`${base}output-type/${r.type}`),
        }),
      ),
      'cv:hasCost': item.fees.items.map((f) =>
        put({
          '@id': `${sid}/cost/${encodeURIComponent(f.id)}`,
          '@type': 'cv:Cost',
          'dct:identifier': `${code}/${f.id}`,
          'dct:description': zh(`${f.name}：${f.standard}`),
          ...(f.amountFen !== undefined
            ? {
                'cv:hasValue': { '@type': 'xsd:double', '@value': f.amountFen / 100 },
                'cv:currency': ref('http://publications.europa.eu/resource/authority/currency/CNY'),
              }
            : {}),
          'cv:isDefinedBy': authority,
          ...(f.channels?.length === 1 ? { 'cv:ifAccessedThrough': ref(`${sid}/channel/${f.channels[0]}`) } : {}),
        }),
      ),
      'cv:hasChannel': channels,
      'cv:hasLegalResource': item.legalBasis.map((b) =>
        put({
          '@id':
            b.uri ??
            `${base}legal-resource/${encodeURIComponent(b.title)}${b.article ? `/${encodeURIComponent(b.article)}` : ''}`,
          '@type': 'eli:LegalResource',
          'dct:title': zh(b.article ? `${b.title}${b.article}` : b.title),
          ...(b.documentNumber ? { 'dct:identifier': b.documentNumber } : {}),
        }),
      ),
      'cv:isGroupedBy': [] as unknown[],
      'dct:requires': [] as unknown[],
    });
  }
  groupByEvents(catalogue, items, base, serviceId, graph);
  return { '@context': { ...CONTEXT }, '@graph': [...graph.values()] };
}

/** Life/business-event themes and bundles as Events linked both ways with their services. */
function groupByEvents(
  catalogue: Catalogue<unknown, string>,
  items: Item<unknown, string>[],
  base: string,
  serviceId: (code: string) => string,
  graph: Map<string, JsonLdNode>,
) {
  const link = (eventId: string, codes: readonly string[]) => {
    for (const code of codes)
      (graph.get(serviceId(code))?.['cv:isGroupedBy'] as unknown[] | undefined)?.push(ref(eventId));
  };
  const event = (
    id: string,
    type: 'cv:LifeEvent' | 'cv:BusinessEvent',
    identifier: string,
    title: string,
    codes: string[],
  ) => {
    graph.set(id, {
      '@id': id,
      '@type': type,
      'dct:identifier': identifier,
      'dct:title': zh(title),
      'cv:hasRelatedService': codes.map((c) => ref(serviceId(c))),
    });
    link(id, codes);
  };
  for (const t of catalogue.themes) {
    if (t.kind !== 'life-event' && t.kind !== 'business-event') continue;
    const codes = items.filter((i) => i.themes.includes(t.id)).map(itemCode);
    event(
      `${base}event/${encodeURIComponent(t.id)}`,
      t.kind === 'life-event' ? 'cv:LifeEvent' : 'cv:BusinessEvent',
      t.code ?? t.id,
      t.name,
      codes,
    );
  }
  const kindOf = new Map(catalogue.themes.map((t) => [t.id, t.kind]));
  for (const b of catalogue.bundles) {
    const codes = b.members.map((m) => m.item).filter((c) => graph.has(serviceId(c)));
    const business = b.themes.some((t) => kindOf.get(t) === 'business-event');
    event(
      `${base}bundle/${encodeURIComponent(b.id)}`,
      business ? 'cv:BusinessEvent' : 'cv:LifeEvent',
      b.code ?? b.id,
      b.name,
      codes,
    );
    requiresLinks(b, serviceId, graph);
  }
}

/** A member that depends on another requires that service (dct:requires). */
function requiresLinks(b: Bundle, serviceId: (code: string) => string, graph: Map<string, JsonLdNode>) {
  for (const m of b.members)
    for (const dep of m.dependsOn ?? []) {
      const list = graph.get(serviceId(m.item))?.['dct:requires'] as unknown[] | undefined;
      if (list && !list.some((r) => (r as { '@id': string })['@id'] === serviceId(dep))) list.push(ref(serviceId(dep)));
    }
}
