import { describe, expect, it } from 'vitest';
import { sampleCatalogue } from '../test/fixtures';
import { type JsonLdNode, loadCatalogue, toCpsvAp } from './index';

/**
 * The CPSV-AP 3.2.0 SHACL shapes (releases/3.2.0/shacl/cpsv-ap-SHACL.ttl) for the classes exported:
 * minCount 1 (`required`), maxCount 1 (`single`), sh:class of referenced nodes (`classes`), rdf:langString.
 */
const SHAPES: Record<
  string,
  { required?: string[]; single?: string[]; classes?: Record<string, string[]>; langStrings?: string[] }
> = {
  'cpsv:PublicService': {
    required: ['dct:identifier', 'dct:title', 'dct:description', 'cv:hasCompetentAuthority'],
    single: ['dct:identifier', 'adms:status', 'cv:processingTime'],
    classes: {
      'cv:hasCompetentAuthority': ['cv:PublicOrganisation'],
      'cpsv:hasInput': ['cv:Evidence'],
      'cv:hasInputType': ['cv:EvidenceType'],
      'cv:holdsRequirement': ['cv:Requirement'],
      'cpsv:produces': ['cv:Output'],
      'cv:hasCost': ['cv:Cost'],
      'cv:hasChannel': ['cv:Channel'],
      'cv:hasLegalResource': ['eli:LegalResource'],
      'cv:isGroupedBy': ['cv:LifeEvent', 'cv:BusinessEvent'],
      'dct:requires': ['cpsv:PublicService'],
    },
    langStrings: ['dct:title', 'dct:description', 'dcat:keyword'],
  },
  'cv:PublicOrganisation': { required: ['skos:prefLabel', 'dct:spatial'], langStrings: ['skos:prefLabel'] },
  'cv:Requirement': {
    required: ['dct:identifier', 'dct:title'],
    single: ['dct:identifier'],
    classes: { 'cv:hasSupportingEvidence': ['cv:Evidence'], 'cv:hasEvidenceTypeList': ['cv:EvidenceTypeList'] },
    langStrings: ['dct:title'],
  },
  'cv:Evidence': {
    required: ['dct:identifier', 'dct:title'],
    single: ['dct:identifier', 'dct:type'],
    classes: { 'dct:conformsTo': ['cv:EvidenceType'], 'cv:supportsRequirement': ['cv:Requirement'] },
    langStrings: ['dct:title'],
  },
  'cv:EvidenceType': { required: ['dct:identifier'], single: ['dct:identifier'] },
  'cv:EvidenceTypeList': {
    required: ['cv:specifiesEvidenceType'],
    classes: { 'cv:specifiesEvidenceType': ['cv:EvidenceType'] },
  },
  'cv:Output': { required: ['dct:identifier', 'dct:title'], single: ['dct:identifier'], langStrings: ['dct:title'] },
  'cv:Cost': {
    required: ['dct:identifier'],
    single: ['dct:identifier', 'cv:hasValue', 'cv:currency', 'cv:ifAccessedThrough'],
    classes: { 'cv:ifAccessedThrough': ['cv:Channel'], 'cv:isDefinedBy': ['cv:PublicOrganisation'] },
    langStrings: ['dct:description'],
  },
  'cv:Channel': {
    required: ['dct:identifier'],
    single: ['dct:identifier', 'dct:type', 'cv:processingTime'],
    classes: { 'cpsv:hasInput': ['cv:Evidence'], 'cv:ownedBy': ['cv:PublicOrganisation'] },
  },
  'cv:LifeEvent': {
    required: ['dct:identifier', 'dct:title'],
    single: ['dct:identifier'],
    classes: { 'cv:hasRelatedService': ['cpsv:PublicService'] },
  },
  'cv:BusinessEvent': {
    required: ['dct:identifier', 'dct:title'],
    single: ['dct:identifier'],
    classes: { 'cv:hasRelatedService': ['cpsv:PublicService'] },
  },
  'eli:LegalResource': { langStrings: ['dct:title'] },
};

const values = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Every violation of {@link SHAPES} in a graph, as readable strings. */
function violations(graph: JsonLdNode[]): string[] {
  const byId = new Map(graph.map((n) => [n['@id'], n]));
  const out: string[] = [];
  for (const node of graph) {
    const shape = SHAPES[node['@type']];
    if (!shape) {
      out.push(`${node['@id']}: unknown class ${node['@type']}`);
      continue;
    }
    for (const p of shape.required ?? []) if (values(node[p]).length === 0) out.push(`${node['@id']}: missing ${p}`);
    for (const p of shape.single ?? []) if (values(node[p]).length > 1) out.push(`${node['@id']}: more than one ${p}`);
    for (const p of shape.langStrings ?? [])
      for (const v of values(node[p]))
        if (
          typeof (v as { '@language'?: unknown })['@language'] !== 'string' ||
          typeof (v as { '@value'?: unknown })['@value'] !== 'string'
        )
          out.push(`${node['@id']}: ${p} is not a language-tagged string`);
    for (const [p, classes] of Object.entries(shape.classes ?? {}))
      for (const v of values(node[p])) {
        const target = byId.get((v as { '@id': string })['@id']);
        if (!target || !classes.includes(target['@type']))
          out.push(`${node['@id']}: ${p} does not point to ${classes.join('|')}`);
      }
  }
  return out;
}

describe('toCpsvAp', () => {
  const input = sampleCatalogue();
  input.themes.push({ id: 'birth', name: '出生', kind: 'life-event', code: 'LE-BIRTH' });
  input.items[2]!.themes.push('birth');
  const doc = toCpsvAp(loadCatalogue(input), { baseIri: 'https://zwfw.example.gov.cn/id/' });
  const graph = doc['@graph'];
  const ofType = (t: string) => graph.filter((n) => n['@type'] === t);

  it('emits every class the profile needs', () => {
    for (const t of Object.keys(SHAPES)) expect(ofType(t).length, t).toBeGreaterThan(0);
    expect(ofType('cpsv:PublicService')).toHaveLength(3);
  });

  it('satisfies the CPSV-AP 3.2.0 shapes', () => {
    expect(violations(graph)).toEqual([]);
  });

  it('the shape check catches a missing mandatory property', () => {
    const broken = graph.map((n) => (n['@type'] === 'cv:PublicOrganisation' ? { ...n, 'dct:spatial': undefined } : n));
    expect(violations(broken)).toContain(
      'https://zwfw.example.gov.cn/id/organisation/91310110666007217T: missing dct:spatial',
    );
  });

  it('maps the Chinese model faithfully', () => {
    const food = ofType('cpsv:PublicService').find(
      (n) => (n['dct:title'] as { '@value': string })['@value'] === '食品经营许可（新办）',
    )!;
    expect(food['adms:status']).toEqual({ '@id': 'http://purl.org/adms/status/Completed' });
    expect(food['cv:processingTime']).toBeUndefined(); // working days have no ISO 8601 duration
    expect((food['dct:requires'] as unknown[]).length).toBe(1);
    const identity = ofType('cv:Requirement').find(
      (n) => n['dct:identifier'] === `${food['dct:identifier']}/identity-of-representative`,
    )!;
    expect((identity['cv:hasEvidenceTypeList'] as unknown[]).length).toBe(2); // e-licence OR copy
    const cost = ofType('cv:Cost')[0]!;
    expect(cost['cv:hasValue']).toEqual({ '@type': 'xsd:double', '@value': 200 });
    const hygiene = ofType('cpsv:PublicService').find((n) => n['cv:processingTime'])!;
    expect(hygiene['cv:processingTime']).toEqual({ '@type': 'xsd:duration', '@value': 'P10D' });
    const used = new Set(
      JSON.stringify(doc)
        .match(/"[a-z]+:[A-Za-z]+"/g)
        ?.map((s) => s.slice(1).split(':')[0]!),
    );
    for (const prefix of used)
      if (!['https', 'http', 'urn'].includes(prefix)) expect(doc['@context'], prefix).toHaveProperty(prefix);
  });
});
