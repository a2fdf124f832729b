/**
 * The Metadata API's own grammar, read from the WSDL that jsforce ships (API 47.0), so that metadata files can be
 * checked offline the way a deploy parses them: unknown elements and elements out of sequence order are rejected
 * ("Element … invalid at this location"), required elements must be present, enumerations and booleans must hold
 * a valid value.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export interface SchemaElement {
  name: string;
  /** Local type name without prefix: a complex type, a simple type, or an xsd primitive such as 'boolean'. */
  type: string;
  primitive: boolean;
  required: boolean;
  repeated: boolean;
}

export interface MetadataSchema {
  version: string;
  /** Sequence of each complex type, base type's elements first. */
  sequence(type: string): SchemaElement[] | undefined;
  enumeration(type: string): string[] | undefined;
  hasType(type: string): boolean;
}

type Node = Record<string, any>;

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

export function wsdlPath(): string {
  const require = createRequire(import.meta.url);
  const path = join(dirname(require.resolve('jsforce/package.json')), 'src', 'api', 'metadata', 'wsdl.xml');
  if (!existsSync(path)) throw new Error(`Metadata API WSDL not found at ${path} (jsforce layout changed?)`);
  return path;
}

/**
 * Elements added to the Metadata API after version 47 that this project meets (retrieves write them), each placed
 * after the element it follows in the current schema. Add to this list deliberately, from the current documentation.
 */
export const NEWER_ELEMENTS: Record<string, { name: string; after: string; type: string }[]> = {
  CustomApplication: [{ name: 'isNavTabPersistenceDisabled', after: 'isNavPersonalizationDisabled', type: 'boolean' }]
};

let cached: MetadataSchema | undefined;

export function loadMetadataSchema(): MetadataSchema {
  if (cached) return cached;
  const text = readFileSync(wsdlPath(), 'utf8');
  const version = /Metadata API version ([\d.]+)/.exec(text)?.[1] ?? 'unknown';
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true }).parse(text);
  const schema = doc.definitions.types.schema as Node;
  const own = new Map<string, { base?: string; elements: SchemaElement[] }>();
  for (const ct of asArray<Node>(schema.complexType)) {
    const ext = ct.complexContent?.extension as Node | undefined;
    const seq = (ext ? ext.sequence : ct.sequence) as Node | undefined;
    const elements = asArray<Node>(seq?.element).map((e) => {
      const qtype = String(e['@type']);
      return {
        name: String(e['@name']),
        type: localName(qtype),
        primitive: qtype.startsWith('xsd:'),
        required: e['@minOccurs'] !== '0',
        repeated: e['@maxOccurs'] === 'unbounded'
      };
    });
    own.set(String(ct['@name']), { base: ext ? localName(String(ext['@base'])) : undefined, elements });
  }
  const enums = new Map<string, string[]>();
  for (const st of asArray<Node>(schema.simpleType)) {
    const values = asArray<Node>(st.restriction?.enumeration).map((e) => String(e['@value']));
    if (values.length) enums.set(String(st['@name']), values);
  }
  const flattened = new Map<string, SchemaElement[]>();
  const sequence = (type: string): SchemaElement[] | undefined => {
    if (flattened.has(type)) return flattened.get(type);
    const t = own.get(type);
    if (!t) return undefined;
    const all = [...(t.base ? (sequence(t.base) ?? []) : []), ...t.elements];
    for (const extra of NEWER_ELEMENTS[type] ?? []) {
      const at = all.findIndex((e) => e.name === extra.after);
      if (at >= 0 && !all.some((e) => e.name === extra.name))
        all.splice(at + 1, 0, {
          name: extra.name,
          type: extra.type,
          primitive: true,
          required: false,
          repeated: false
        });
    }
    flattened.set(type, all);
    return all;
  };
  cached = { version, sequence, enumeration: (t) => enums.get(t), hasType: (t) => own.has(t) };
  return cached;
}

/** A child in document order: its tag, its children (element nodes) and its text. */
export interface OrderedElement {
  tag: string;
  children: OrderedElement[];
  text: string;
}

const orderedParser = new XMLParser({ preserveOrder: true, ignoreAttributes: true, parseTagValue: false });

/** Parses XML keeping document order (the Metadata API is order-sensitive). Returns the root element. */
export function parseOrdered(xmlText: string): OrderedElement | undefined {
  const convert = (node: Node): OrderedElement | undefined => {
    const tag = Object.keys(node).find((k) => k !== ':@');
    if (!tag || tag === '#text' || tag.startsWith('?')) return undefined;
    const raw = asArray<Node>(node[tag]);
    const children = raw.map(convert).filter((c): c is OrderedElement => c !== undefined);
    const text = raw
      .filter((r) => '#text' in r)
      .map((r) => String(r['#text']))
      .join('')
      .trim();
    return { tag, children, text };
  };
  const top = (orderedParser.parse(xmlText) as Node[]).map(convert).filter((n) => n !== undefined);
  return top[0];
}

/**
 * Validates one element against a complex type of the schema. `path` names the element for messages,
 * e.g. "Report > columns[2] > field".
 */
export function validateAgainstSchema(
  schema: MetadataSchema,
  type: string,
  element: OrderedElement,
  path = type
): string[] {
  const problems: string[] = [];
  const seq = schema.sequence(type);
  if (!seq) return [`${path}: type ${type} is not in the Metadata API schema`];
  let position = 0;
  const seen = new Map<string, number>();
  for (const child of element.children) {
    const index = seq.findIndex((e) => e.name === child.tag);
    const count = (seen.get(child.tag) ?? 0) + 1;
    seen.set(child.tag, count);
    const where = `${path} > ${child.tag}${count > 1 ? `[${count}]` : ''}`;
    if (index < 0) {
      problems.push(`${where}: unknown element (not in ${type} for API ${schema.version})`);
      continue;
    }
    if (index < position) {
      problems.push(`${where}: out of order; ${type} expects it before <${seq[position].name}>`);
    } else if (index === position && count > 1 && !seq[index].repeated) {
      problems.push(`${where}: appears more than once`);
    }
    position = Math.max(position, index);
    problems.push(...validateValue(schema, seq[index], child, where));
  }
  for (const e of seq) {
    if (e.required && e.name !== 'fullName' && !seen.has(e.name))
      problems.push(`${path}: missing required <${e.name}>`);
  }
  return problems;
}

function validateValue(schema: MetadataSchema, spec: SchemaElement, child: OrderedElement, where: string): string[] {
  if (!spec.primitive && schema.hasType(spec.type)) {
    return validateAgainstSchema(schema, spec.type, child, where);
  }
  if (child.children.length > 0 && spec.type !== 'anyType')
    return [`${where}: expected a ${spec.type} value, found elements`];
  const value = child.text;
  const allowed = spec.primitive ? undefined : schema.enumeration(spec.type);
  if (allowed && !allowed.includes(value)) return [`${where}: "${value}" is not a valid ${spec.type}`];
  if (spec.type === 'boolean' && value !== 'true' && value !== 'false')
    return [`${where}: "${value}" is not true/false`];
  if ((spec.type === 'int' || spec.type === 'double') && !/^-?\d+(\.\d+)?$/.test(value))
    return [`${where}: "${value}" is not a number`];
  return [];
}
