// Revives the JSON that scripts/dev/pyast-json.py prints (CPython's AST) into pyts's node objects.
import { BytesConstant, ELLIPSIS, ImaginaryConstant, type ConstantValue } from './constant.js';
import { NODE_SPECS, type FieldSpec, type Module, type Node, type NodeType } from './generated/nodes.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const POSITION_KEYS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

/** Parses the JSON text of a whole tree (usually a Module) into nodes. */
export function moduleFromJson(text: string): Module {
  const node = nodeFromJson(JSON.parse(text) as Json);
  if (node._type !== 'Module') throw new Error(`expected a Module, got ${node._type}`);
  return node;
}

/** Revives one already-parsed JSON value holding a node. */
export function nodeFromJson(json: Json): Node {
  if (json === null || typeof json !== 'object' || Array.isArray(json) || typeof json._type !== 'string') {
    throw new Error(`not an AST node: ${JSON.stringify(json)?.slice(0, 80)}`);
  }
  const type = json._type as NodeType;
  const spec = NODE_SPECS[type];
  if (!spec) throw new Error(`unknown node type ${type}`);
  // Keys are written in one fixed order (type, fields, positions) so nodes of a kind share a shape.
  const node: Record<string, unknown> = { _type: type };
  for (const field of spec.fields) node[field.name] = fieldFromJson(field, json[field.name], type);
  if (spec.positioned) {
    for (const key of POSITION_KEYS) node[key] = json[key] ?? null;
  }
  return node as unknown as Node;
}

function fieldFromJson(field: FieldSpec, value: Json | undefined, owner: string): unknown {
  // Fields newer than the python3 that produced the JSON (3.12's type_params) are absent: empty.
  if (value === undefined) return field.kind === 'list' || field.kind === 'optlist' ? [] : null;
  if (field.type === 'constant') return constantFromJson(value);
  if (value === null) {
    if (field.kind === 'one') throw new Error(`${owner}.${field.name} is required but null`);
    return null;
  }
  if (Array.isArray(value)) return value.map((item) => (item === null ? null : valueFromJson(item)));
  return valueFromJson(value);
}

function valueFromJson(value: Json): unknown {
  if (typeof value === 'object' && value !== null) return nodeFromJson(value);
  return value;
}

/** Decodes a constant tagged by pyast-json.py ({"$int": "..."} and friends). */
export function constantFromJson(value: Json | undefined): ConstantValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`untagged constant ${JSON.stringify(value)}`);
  const tagged = value as JsonObject;
  if (typeof tagged.$int === 'string') return BigInt(tagged.$int);
  if (typeof tagged.$float === 'string') return floatFromRepr(tagged.$float);
  if (typeof tagged.$complex === 'string') return new ImaginaryConstant(floatFromRepr(tagged.$complex));
  if (typeof tagged.$bytes === 'string') return new BytesConstant(Uint8Array.from(Buffer.from(tagged.$bytes, 'hex')));
  if (tagged.$ellipsis === true) return ELLIPSIS;
  throw new Error(`unknown constant tag ${JSON.stringify(value)}`);
}

function floatFromRepr(repr: string): number {
  if (repr === 'inf') return Infinity;
  if (repr === '-inf') return -Infinity;
  if (repr === 'nan') return NaN;
  return Number(repr);
}
