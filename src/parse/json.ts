/**
 * JSON input: the treaty model itself, validated strictly.
 *
 * `validateTreaty` checks every object against the model (types, required fields, enums, no unknown
 * keys, no `__proto__` / `constructor` / `prototype` keys anywhere, unique expression ids and eIds,
 * provision nesting at most {@link MAX_PROVISION_DEPTH}) and returns a fresh copy with the model's
 * key order, so the result is safe to use and serialises deterministically.
 *
 * @module
 */
import { TreatyDiffError, locate } from '../model/errors.js';
import { isValidEId } from '../model/eid.js';
import type {
  Claim, Expression, InlineNode, MetaEntry, Party, Provision, ProvisionType, Source, Title, Treaty, WitnessGrade,
} from '../model/types.js';
import { WITNESS_GRADES } from '../model/types.js';
import { isIsoCalendarDate } from '../text/languages.js';
import { normalizeInput } from '../text/normalize.js';
import type { InputFormat, ParseOptions, ParseResult } from './format.js';
import { DEFAULT_MAX_SIZE, checkInputSize } from './limits.js';

/** Default maximum JSON input size (UTF-8 bytes): 20 MB. */
export const DEFAULT_MAX_JSON_SIZE = DEFAULT_MAX_SIZE;
/** Deepest provision nesting accepted (article → paragraph → point is 3). */
export const MAX_PROVISION_DEPTH = 16;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const PROVISION_TYPES: readonly ProvisionType[] = ['preamble', 'recital', 'article', 'paragraph', 'point'];

type Obj = Record<string, unknown>;

class Checker {
  constructor(readonly sourceName: string | undefined) {}

  fail(path: string, message: string, hint?: string): never {
    throw new TreatyDiffError('INVALID_MODEL', `${path || '(root)'}: ${message}`, {
      ...(this.sourceName === undefined ? {} : { source: this.sourceName }),
      hint: hint ?? 'the JSON must be a treaty as serializeJson writes it (see the Treaty type in the API docs)',
    });
  }

  /**
   * Refuse a string holding an unpaired surrogate (`"\ud800"`): it is no character, and no output
   * format can write it; or a control character other than tab, line feed and carriage return
   * (`"\f"`), which is not text and which Akoma Ntoso output could not carry.
   */
  wellFormed(v: string, path: string): void {
    const control = JSON_CONTROL.exec(v);
    if (control) {
      const cu = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      this.fail(path, `contains the control character U+${cu} at character ${control.index + 1}: not text`,
        `remove the \\u${cu.toLowerCase()} escape (a page break from a PDF, say), or replace it with a space or \\n`);
    }
    const bad = LONE_SURROGATE.exec(v);
    if (bad) {
      const cu = bad[0].charCodeAt(0).toString(16).toUpperCase();
      this.fail(path, `contains an unpaired surrogate U+${cu} at character ${bad.index + 1}: not a Unicode character`,
        `fix the \\u${cu.toLowerCase()} escape: a high surrogate (\\ud800-\\udbff) must be followed by a low one (\\udc00-\\udfff), or write the character itself`);
    }
  }

  obj(v: unknown, path: string, type: string | undefined, allowed: readonly string[]): Obj {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(path, `expected an object${type ? ` of type "${type}"` : ''}, got ${describe(v)}`);
    const o = v as Obj;
    for (const k of Object.keys(o)) {
      if (FORBIDDEN_KEYS.has(k)) this.fail(path ? `${path}.${k}` : k, `the key "${k}" is not allowed`, 'remove the key: it could pollute object prototypes');
      if (!allowed.includes(k)) this.fail(path ? `${path}.${k}` : k, `unknown key "${k}"`, `allowed keys here: ${allowed.join(', ')}`);
    }
    if (type !== undefined && o.type !== type) this.fail(join(path, 'type'), `expected "${type}", got ${describe(o.type)}`);
    return o;
  }

  str(o: Obj, key: string, path: string, nonEmpty = false): string {
    const v = o[key];
    if (typeof v !== 'string') this.fail(join(path, key), `expected a string, got ${describe(v)}`);
    this.wellFormed(v, join(path, key));
    if (nonEmpty && v === '') this.fail(join(path, key), 'must not be empty');
    return v;
  }

  optStr(o: Obj, key: string, path: string): string | undefined {
    return o[key] === undefined ? undefined : this.str(o, key, path);
  }

  arr(o: Obj, key: string, path: string): unknown[] {
    const v = o[key];
    if (!Array.isArray(v)) this.fail(join(path, key), `expected an array, got ${describe(v)}`);
    return v;
  }

  strArr(o: Obj, key: string, path: string): string[] {
    return this.arr(o, key, path).map((x, i) => {
      if (typeof x !== 'string') this.fail(`${join(path, key)}[${i}]`, `expected a string, got ${describe(x)}`);
      this.wellFormed(x, `${join(path, key)}[${i}]`);
      return x;
    });
  }

  source(v: unknown, path: string): Source {
    const o = this.obj(v, path, 'source', ['type', 'citation', 'urls', 'date']);
    const s: Source = { type: 'source', citation: this.str(o, 'citation', path) };
    if (o.urls !== undefined) s.urls = this.strArr(o, 'urls', path);
    const date = this.optStr(o, 'date', path);
    if (date !== undefined) s.date = date;
    return s;
  }

  inline(v: unknown, path: string): InlineNode {
    const t = typeof v === 'object' && v !== null ? (v as Obj).type : undefined;
    if (t === 'text') return { type: 'text', value: this.str(this.obj(v, path, 'text', ['type', 'value']), 'value', path) };
    if (t === 'gap') return { type: 'gap', reason: this.str(this.obj(v, path, 'gap', ['type', 'reason']), 'reason', path) };
    if (t === 'note') return { type: 'note', value: this.str(this.obj(v, path, 'note', ['type', 'value']), 'value', path) };
    return this.fail(path, `expected an inline node (type "text", "gap" or "note"), got ${describe(v)}`);
  }

  inlines(o: Obj, key: string, path: string): InlineNode[] {
    return this.arr(o, key, path).map((x, i) => this.inline(x, `${join(path, key)}[${i}]`));
  }

  provision(v: unknown, path: string, depth: number, eIds: Map<string, string>): Provision {
    if (depth > MAX_PROVISION_DEPTH) this.fail(path, `provisions nested deeper than ${MAX_PROVISION_DEPTH} levels`);
    const o = this.obj(v, path, undefined, ['type', 'eId', 'num', 'heading', 'content', 'children', 'refersTo']);
    const type = o.type;
    if (typeof type !== 'string' || !(PROVISION_TYPES as readonly string[]).includes(type))
      this.fail(join(path, 'type'), `expected one of ${PROVISION_TYPES.join(', ')}, got ${describe(type)}`);
    const eId = this.str(o, 'eId', path, true);
    if (!isValidEId(eId)) this.fail(`${path}.eId`, `${JSON.stringify(eId)} is not a well-formed eId`, 'eIds look like preamble, art_1, art_1__para_2, art_1__para_2__point_a');
    const prev = eIds.get(eId);
    if (prev !== undefined) this.fail(`${path}.eId`, `duplicate eId ${JSON.stringify(eId)} (also at ${prev})`);
    eIds.set(eId, `${path}.eId`);
    const p: Provision = { type: type as ProvisionType, eId, content: [], children: [] };
    const num = this.optStr(o, 'num', path);
    if (num !== undefined) p.num = num;
    const heading = this.optStr(o, 'heading', path);
    if (heading !== undefined) p.heading = heading;
    p.content = this.inlines(o, 'content', path);
    p.children = this.arr(o, 'children', path).map((c, i) => this.provision(c, `${path}.children[${i}]`, depth + 1, eIds));
    if (o.refersTo !== undefined) p.refersTo = this.strArr(o, 'refersTo', path);
    // Keep the model's key order: type, eId, num, heading, content, children, refersTo.
    const { content, children, refersTo, ...head } = p;
    return { ...head, content, children, ...(refersTo ? { refersTo } : {}) };
  }

  expression(v: unknown, path: string): Expression {
    const o = this.obj(v, path, 'expression', ['type', 'id', 'lang', 'grade', 'source', 'label', 'title', 'translatedFrom', 'meta', 'notes', 'preamble', 'body']);
    const grade = o.grade;
    if (typeof grade !== 'string' || !(WITNESS_GRADES as readonly string[]).includes(grade))
      this.fail(`${path}.grade`, `expected one of ${WITNESS_GRADES.join(', ')}, got ${describe(grade)}`);
    const e: Expression = {
      type: 'expression',
      id: this.str(o, 'id', path, true),
      lang: this.str(o, 'lang', path, true),
      grade: grade as WitnessGrade,
      source: this.source(o.source, `${path}.source`),
      meta: [],
      notes: [],
      body: [],
    };
    for (const k of ['label', 'title', 'translatedFrom'] as const) {
      const s = this.optStr(o, k, path);
      if (s !== undefined) e[k] = s;
    }
    const meta: MetaEntry[] = this.arr(o, 'meta', path).map((m, i) => {
      const mp = `${path}.meta[${i}]`;
      const mo = this.obj(m, mp, 'meta', ['type', 'key', 'value']);
      return { type: 'meta', key: this.str(mo, 'key', mp), value: this.str(mo, 'value', mp) };
    });
    const notes = this.inlines(o, 'notes', path);
    const eIds = new Map<string, string>();
    const preamble = o.preamble === undefined ? undefined : this.provision(o.preamble, `${path}.preamble`, 1, eIds);
    const body = this.arr(o, 'body', path).map((p, i) => this.provision(p, `${path}.body[${i}]`, 1, eIds));
    const { meta: _m, notes: _n, body: _b, ...head } = e;
    return { ...head, meta, notes, ...(preamble ? { preamble } : {}), body };
  }

  claim(v: unknown, path: string): Claim {
    const o = this.obj(v, path, 'claim', ['type', 'topic', 'subject', 'value', 'source', 'note', 'preferred']);
    const c: Claim = { type: 'claim', topic: this.str(o, 'topic', path), value: '', source: { type: 'source', citation: '' } };
    const subject = this.optStr(o, 'subject', path);
    if (subject !== undefined) c.subject = subject;
    c.value = this.str(o, 'value', path);
    c.source = this.source(o.source, `${path}.source`);
    const note = this.optStr(o, 'note', path);
    if (note !== undefined) c.note = note;
    if (o.preferred !== undefined) {
      if (typeof o.preferred !== 'boolean') this.fail(`${path}.preferred`, `expected a boolean, got ${describe(o.preferred)}`);
      c.preferred = o.preferred;
    }
    const { value, source, note: n, preferred, ...head } = c;
    return { ...head, value, source, ...(n !== undefined ? { note: n } : {}), ...(preferred !== undefined ? { preferred } : {}) };
  }

  treaty(v: unknown): Treaty {
    const o = this.obj(v, '', 'treaty', ['type', 'id', 'titles', 'parties', 'authenticLanguages', 'signed', 'supersedes', 'supersededBy', 'claims', 'expressions']);
    const id = this.str(o, 'id', '', true);
    const titles: Title[] = this.arr(o, 'titles', '').map((x, i) => {
      const p = `titles[${i}]`;
      const t = this.obj(x, p, 'title', ['type', 'lang', 'value']);
      return { type: 'title', lang: this.str(t, 'lang', p), value: this.str(t, 'value', p) };
    });
    const parties: Party[] = this.arr(o, 'parties', '').map((x, i) => {
      const p = `parties[${i}]`;
      const t = this.obj(x, p, 'party', ['type', 'name', 'short']);
      const party: Party = { type: 'party', name: this.str(t, 'name', p) };
      const short = this.optStr(t, 'short', p);
      if (short !== undefined) party.short = short;
      return party;
    });
    const t: Treaty = {
      type: 'treaty',
      id,
      titles,
      parties,
      authenticLanguages: this.strArr(o, 'authenticLanguages', ''),
      claims: [],
      expressions: [],
    };
    if (o.signed !== undefined) {
      const s = this.obj(o.signed, 'signed', undefined, ['date', 'place']);
      const signed: { date?: string; place?: string } = {};
      const date = this.optStr(s, 'date', 'signed');
      // The date of signature orders lineages and is written as AKN's xsd:date: a calendar day.
      if (date !== undefined && !isIsoCalendarDate(date)) this.fail('signed.date', `"${date.slice(0, 40)}" is not a calendar date in the form YYYY-MM-DD`, 'write the date of signature as YYYY-MM-DD, e.g. "1961-07-06", or leave it out and record the printed form as a claim on topic "signature"');
      if (date !== undefined) signed.date = date;
      const place = this.optStr(s, 'place', 'signed');
      if (place !== undefined) signed.place = place;
      t.signed = signed;
    }
    if (o.supersedes !== undefined) t.supersedes = this.strArr(o, 'supersedes', '');
    if (o.supersededBy !== undefined) t.supersededBy = this.strArr(o, 'supersededBy', '');
    const claims = this.arr(o, 'claims', '').map((c, i) => this.claim(c, `claims[${i}]`));
    const ids = new Map<string, number>();
    const expressions = this.arr(o, 'expressions', '').map((e, i) => {
      const x = this.expression(e, `expressions[${i}]`);
      const prev = ids.get(x.id);
      if (prev !== undefined) this.fail(`expressions[${i}].id`, `duplicate expression id ${JSON.stringify(x.id)} (also expressions[${prev}])`);
      ids.set(x.id, i);
      return x;
    });
    const { claims: _c, expressions: _e, ...head } = t;
    return { ...head, claims, expressions };
  }
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'object') return 'an object';
  if (v === undefined) return 'nothing (missing)';
  return `${typeof v} ${String(v)}`;
}

/** Control characters a model string may not hold (tab, line feed and carriage return are allowed). */
const JSON_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Check that `value` is a treaty in the model's shape and return a fresh, canonically ordered copy.
 * Throws `INVALID_MODEL` naming the JSON path of the first problem (`expressions[2].body[0].eId`).
 */
export function validateTreaty(value: unknown, source?: string): Treaty {
  return new Checker(source).treaty(value);
}

/**
 * UTF-16 offset of the first JSON syntax error in `s` (an iterative scan: deep nesting cannot overflow
 * the stack), or `undefined` if `s` is valid JSON.
 */
export function jsonSyntaxErrorOffset(s: string): number | undefined {
  let i = 0;
  const n = s.length;
  const ws = () => {
    while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const stack: ('[' | '{')[] = [];
  // States: expect a value; after a value (expect , or closer); expect a key.
  let state: 'value' | 'after' | 'key' | 'firstValue' | 'firstKey' = 'value';
  for (;;) {
    ws();
    if (state === 'value' || state === 'firstValue') {
      if (i >= n) return i;
      const c = s[i]!;
      if (state === 'firstValue' && c === ']') {
        stack.pop();
        i++;
        state = 'after';
      } else if (c === '{') {
        stack.push('{');
        i++;
        state = 'firstKey';
      } else if (c === '[') {
        stack.push('[');
        i++;
        state = 'firstValue';
      } else if (c === '"') {
        const e = scanString(s, i);
        if (e < 0) return -e - 1;
        i = e;
        state = 'after';
      } else {
        const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(s.slice(i, i + 400));
        if (!m) return i;
        i += m[0].length;
        state = 'after';
      }
    } else if (state === 'key' || state === 'firstKey') {
      if (i >= n) return i;
      if (state === 'firstKey' && s[i] === '}') {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (s[i] !== '"') return i;
      const e = scanString(s, i);
      if (e < 0) return -e - 1;
      i = e;
      ws();
      if (s[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i >= n ? undefined : i;
      if (i >= n) return i;
      const c = s[i]!;
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((c === ']' && top === '[') || (c === '}' && top === '{')) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}

/** End index of the string starting at `i`, or `-(offset + 1)` of the error. */
function scanString(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -(j + 1);
    if (c === 0x5c) {
      const e = s[j + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(s.slice(j + 2, j + 6))) return -(j + 1);
        j += 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 2;
      else return -(j + 1);
    } else j++;
  }
  return -(s.length + 1);
}

/**
 * Parse a treaty from JSON text (the model as `serializeJson` writes it). Throws `BAD_JSON` with
 * line and column for syntax errors, `INVALID_MODEL` with the JSON path for shape errors,
 * `EMPTY_DOCUMENT` and `INPUT_TOO_LARGE`.
 */
export function parseJson(source: string, options: ParseOptions = {}): ParseResult {
  const where = options.source === undefined ? {} : { source: options.source };
  const max = options.maxSize ?? DEFAULT_MAX_JSON_SIZE;
  checkInputSize(source, max, options.source);
  const text = normalizeInput(source);
  if (text.trim() === '') throw new TreatyDiffError('EMPTY_DOCUMENT', 'the document is empty', { ...where, line: 1, column: 1, hint: 'give a JSON treaty as written by serializeJson' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = jsonSyntaxErrorOffset(text) ?? Number(/position (\d+)/.exec((e as Error).message)?.[1] ?? 0);
    const { line, column } = locate(text, at);
    throw new TreatyDiffError('BAD_JSON', `invalid JSON: ${(e as Error).message}`, { ...where, line, column, offset: at, hint: 'check the JSON syntax at this position', cause: e });
  }
  const treaty = validateTreaty(value, options.source);
  return { type: 'parse-result', treaty, diagnostics: [] };
}

/** The JSON {@link InputFormat} (`json`, extension `json`): content starting with `{`. */
export const jsonFormat: InputFormat = {
  name: 'json',
  extensions: ['json'],
  detect: (source) => source.replace(/^\uFEFF/, '').trimStart().startsWith('{'),
  parse: (source, options) => parseJson(source, options),
};
