import { isCalendarDay, parseInstant } from '../../../notebook/dates';
import { utf8Length } from '../../../notebook/importFields';

// A tiny JSON Schema (2020-12) checker for the keywords docs/notebook.schema.json uses. It throws
// on any keyword it does not know, so the schema cannot quietly grow a rule nobody checks.

type Schema = Record<string, unknown>;
const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description', '$comment']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;
}

const hasType = (value: unknown, type: string) => typeOf(value) === type || (type === 'number' && typeOf(value) === 'integer');

const FORMATS: Record<string, (s: string) => boolean> = {
  'date-time': (s) => parseInstant(s) !== null,
  date: isCalendarDay,
};

/** The paths where `value` breaks `schema`; empty when it conforms. */
export function check(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const resolve = (ref: string): Schema => {
    const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
    const target = name && (root.$defs as Record<string, Schema>)[name];
    if (!target) throw new Error(`unresolvable $ref ${ref}`);
    return target;
  };
  const passes = (schema: Schema, v: unknown) => visit(schema, v, '', []).length === 0;

  function visit(schema: Schema, v: unknown, path: string, out: string[]): string[] {
    const bad = (why: string) => out.push(`${path || '/'}: ${why}`);
    for (const [keyword, arg] of Object.entries(schema)) {
      if (ANNOTATIONS.has(keyword) || keyword === 'then') continue;
      const s = arg as Schema;
      switch (keyword) {
        case '$ref': visit(resolve(arg as string), v, path, out); break;
        case 'type': if (![arg].flat().some((t) => hasType(v, t as string))) bad(`not ${String(arg)}`); break;
        case 'const': if (v !== arg) bad(`not ${JSON.stringify(arg)}`); break;
        case 'enum': if (!(arg as unknown[]).includes(v)) bad('not in enum'); break;
        case 'oneOf': if ((arg as Schema[]).filter((sub) => passes(sub, v)).length !== 1) bad('not exactly one of oneOf'); break;
        case 'anyOf': if (!(arg as Schema[]).some((sub) => passes(sub, v))) bad('none of anyOf'); break;
        case 'allOf': for (const sub of arg as Schema[]) visit(sub, v, path, out); break;
        case 'not': if (passes(s, v)) bad('matches not'); break;
        case 'if': visit(passes(s, v) ? ((schema.then as Schema) ?? {}) : {}, v, path, out); break;
        case 'minimum': if (typeof v === 'number' && v < (arg as number)) bad('below minimum'); break;
        case 'maximum': if (typeof v === 'number' && v > (arg as number)) bad('above maximum'); break;
        case 'minLength': if (typeof v === 'string' && [...v].length < (arg as number)) bad('too short'); break;
        case 'maxLength': if (typeof v === 'string' && v.length > (arg as number) && [...v].length > (arg as number)) bad('too long'); break;
        case 'x-maxUtf8Bytes': if (typeof v === 'string' && utf8Length(v) > (arg as number)) bad('too many bytes'); break;
        case 'pattern': if (typeof v === 'string' && !new RegExp(arg as string, 'u').test(v)) bad('pattern'); break;
        case 'format': if (typeof v === 'string' && !FORMATS[arg as string]!(v)) bad(`not a ${String(arg)}`); break;
        case 'maxItems': if (Array.isArray(v) && v.length > (arg as number)) bad('too many items'); break;
        case 'items': if (Array.isArray(v)) v.forEach((item, i) => visit(s, item, `${path}/${i}`, out)); break;
        case 'required': if (isObject(v)) for (const k of arg as string[]) if (!Object.hasOwn(v, k)) bad(`missing ${k}`); break;
        case 'properties': if (isObject(v)) for (const [k, sub] of Object.entries(s)) if (Object.hasOwn(v, k)) visit(sub as Schema, v[k], `${path}/${k}`, out); break;
        case 'additionalProperties':
          if (isObject(v)) for (const k of Object.keys(v)) {
            if (Object.hasOwn((schema.properties as object) ?? {}, k)) continue;
            if (arg === false) bad(`unknown property ${k}`);
            else visit(s, v[k], `${path}/${k}`, out);
          }
          break;
        case 'propertyNames': if (isObject(v)) for (const k of Object.keys(v)) visit(s, k, `${path}/${k} (name)`, out); break;
        default: throw new Error(`schemaCheck does not know the keyword "${keyword}"`);
      }
    }
    return out;
  }
  return visit(root, value, '', errors);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
