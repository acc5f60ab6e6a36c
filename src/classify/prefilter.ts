/**
 * Cheap prefilters for cue patterns: a necessary condition, derived from the pattern itself, that a
 * sentence must meet before the pattern can match it.
 *
 * Every match of a pattern contains certain literal text: `\bconsult\w*` cannot match a sentence
 * without "consult", and `\b(?:extend|render)\w*\s+aid` none without "extend" or "render" (or
 * "aid"). {@link requiredLiterals} reads such a set from the pattern's source; {@link prefilterOf}
 * turns it into an alternation of literals (shared prefixes factored out) compiled with the
 * pattern's own flags, so case folding is exactly the pattern's. If the prefilter does not match,
 * the pattern cannot; if it does, the pattern is run as before — so results never change, only
 * patterns that cannot match are skipped. Nothing is hand-listed: a new cue gets its prefilter from
 * its own source.
 *
 * @module
 */

/** A set of literal strings at least one of which every match contains; `undefined` when none is known. */
type Need = string[] | undefined;

/** One parsed element of a sequence: a literal character, or something else with the literal set it guarantees. */
interface Atom {
  /** The literal character (a whole code point) when the atom is one. */
  char?: string;
  /** Literal set the atom guarantees when it matches at least once (groups). */
  need?: Need;
  /** Minimum repetitions (1 when unquantified). */
  min: number;
  /** Maximum repetitions (Infinity for `*`, `+`, `{n,}`). */
  max: number;
}

/** Characters that stand for themselves after a backslash. */
const IDENTITY_ESCAPE = /^[\^$\\.*+?()[\]{}|/\-'"’ ,;:!#%&<>=@`~]$/u;

/** Characters that begin a quantifier. */
const QUANTIFIER_START = new Set(['*', '+', '?', '{']);

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  /** Parse the whole source: an alternation. */
  parse(): Need {
    const need = this.alternation();
    if (this.i !== this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`);
    return need;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  /** Code point at the cursor, advanced past. */
  private next(): string {
    const cp = String.fromCodePoint(this.src.codePointAt(this.i)!);
    this.i += cp.length;
    return cp;
  }

  private alternation(): Need {
    const branches: Need[] = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === undefined)) return undefined;
    return [...new Set(branches.flatMap((b) => b!))];
  }

  /** A sequence of atoms up to `|`, `)` or the end, reduced to its most selective literal set. */
  private sequence(): Need {
    const atoms: Atom[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      atoms.push(this.quantified(this.atom()));
    }
    return best(candidates(atoms));
  }

  /** One atom: a literal character, a group, a class, an escape or an assertion (zero width: `max` 0). */
  private atom(): Atom {
    const c = this.next();
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return { min: 1, max: 1 };
    }
    if (c === '.') return { min: 1, max: 1 };
    if (c === '^' || c === '$') return { min: 0, max: 0 };
    if (c === '\\') return this.escape();
    if (QUANTIFIER_START.has(c) && c !== '{') throw new Error(`nothing to repeat at ${this.i - 1}`);
    return { char: c, min: 1, max: 1 };
  }

  private group(): Atom {
    const src = this.src;
    let kind: 'group' | 'look' = 'group';
    if (src.startsWith('?:', this.i)) this.i += 2;
    else if (src.startsWith('?=', this.i) || src.startsWith('?!', this.i)) {
      this.i += 2;
      kind = 'look';
    } else if (src.startsWith('?<=', this.i) || src.startsWith('?<!', this.i)) {
      this.i += 3;
      kind = 'look';
    } else if (src.startsWith('?<', this.i)) {
      const close = src.indexOf('>', this.i);
      if (close === -1) throw new Error('unterminated group name');
      this.i = close + 1;
    } else if (src[this.i] === '?') throw new Error(`unsupported group at ${this.i}`);
    const need = this.alternation();
    if (this.peek() !== ')') throw new Error('unterminated group');
    this.i++;
    // A lookaround consumes nothing: it guarantees no text of the match.
    return kind === 'look' ? { min: 0, max: 0 } : { need, min: 1, max: 1 };
  }

  private skipClass(): void {
    while (this.i < this.src.length) {
      const c = this.next();
      if (c === '\\') this.next();
      else if (c === ']') return;
    }
    throw new Error('unterminated character class');
  }

  private escape(): Atom {
    const c = this.next();
    if (c === 'b' || c === 'B') return { min: 0, max: 0 };
    if ('dDwWsS'.includes(c)) return { min: 1, max: 1 };
    if (c === 'p' || c === 'P') {
      if (this.peek() === '{') this.i = this.src.indexOf('}', this.i) + 1;
      return { min: 1, max: 1 };
    }
    if (c === 'k') {
      this.i = this.src.indexOf('>', this.i) + 1;
      return { min: 0, max: Infinity };
    }
    if (/^[0-9]$/u.test(c)) {
      while (/^[0-9]$/u.test(this.peek() ?? '')) this.i++;
      return { min: 0, max: Infinity };
    }
    if (c === 'n') return { char: '\n', min: 1, max: 1 };
    if (c === 't') return { char: '\t', min: 1, max: 1 };
    if (c === 'x' || c === 'u' || c === 'c' || c === 'r' || c === 'f' || c === 'v') {
      // A character written as an escape: treated as an unknown character (its digits skipped).
      const digits = c === 'x' ? /^[0-9a-fA-F]{2}/u : c === 'u' ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/u : c === 'c' ? /^[A-Za-z]/u : /^/u;
      const m = digits.exec(this.src.slice(this.i));
      if (!m) throw new Error(`unsupported escape \\${c}`);
      this.i += m[0].length;
      return { min: 1, max: 1 };
    }
    if (IDENTITY_ESCAPE.test(c)) return { char: c, min: 1, max: 1 };
    throw new Error(`unsupported escape \\${c}`);
  }

  private quantified(atom: Atom): Atom {
    const c = this.peek();
    let min = 1;
    let max = 1;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(this.src.slice(this.i));
      if (!m) return atom;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return atom;
    if (this.peek() === '?') this.i++;
    return { ...atom, min: atom.min * min, max: atom.max * max };
  }
}

/**
 * Literal sets a sequence guarantees: each maximal run of single literal characters (a character
 * repeated at least once ends its run), and the set of every group that must match at least once.
 */
function candidates(atoms: readonly Atom[]): string[][] {
  const out: string[][] = [];
  let run = '';
  const flush = () => {
    if (run) out.push([run]);
    run = '';
  };
  for (const a of atoms) {
    if (a.max === 0) {
      // Zero-width (\b, ^, lookarounds): the characters either side are adjacent in the match,
      // but keep it simple and safe — end the run.
      flush();
    } else if (a.char !== undefined && a.min >= 1) {
      run += a.char;
      if (a.min !== 1 || a.max !== 1) flush();
    } else {
      flush();
      if (a.need && a.min >= 1) out.push(a.need);
    }
  }
  flush();
  return out;
}

/**
 * How selective a literal is: its length, with characters from U+1100 on (Hangul, CJK) counting
 * twice — one Hangul syllable says about as much as two Latin or Cyrillic letters.
 */
function weight(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! >= 0x1100 ? 2 : 1;
  return w;
}

/** Selectivity of a set: that of its least selective literal. */
const setWeight = (set: readonly string[]) => Math.min(...set.map(weight));

/** The most selective set: the highest {@link setWeight}, then the fewest strings. */
function best(sets: readonly string[][]): Need {
  let pick: string[] | undefined;
  for (const s of sets) if (!pick || setWeight(s) > setWeight(pick) || (setWeight(s) === setWeight(pick) && s.length < pick.length)) pick = s;
  return pick;
}

/**
 * Literal strings at least one of which every match of `re` contains, read from its source;
 * `undefined` when the source guarantees none (or uses syntax this reader does not know).
 */
export function requiredLiterals(re: RegExp): string[] | undefined {
  try {
    return new Parser(re.source).parse();
  } catch {
    return undefined;
  }
}

/** Least {@link weight} worth a prefilter: one- and two-letter literals occur in almost every sentence. */
const MIN_WEIGHT = 3;

/** Escape the syntax characters of a literal (valid with and without the `u` flag). */
const escapeLiteral = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');

/**
 * The literals as one alternation with shared prefixes factored out (`напада|нападут` →
 * `напад(?:а|ут)`): fewer alternatives to try at each position of a sentence. A literal that has a
 * shorter one of the set as a prefix is dropped — every string containing it contains the shorter
 * one. Branches split on exact code points only, so case folding is left to the flags as before.
 */
export function literalTrie(literals: readonly string[]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const w of literals) {
    let n = root;
    for (const ch of w) {
      let m = n.next.get(ch);
      if (!m) n.next.set(ch, (m = { end: false, next: new Map() }));
      n = m;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    if (n.end) return '';
    const parts = [...n.next].map(([ch, m]) => escapeLiteral(ch) + emit(m));
    return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  };
  return emit(root);
}

/**
 * A prefilter for `re`: a regular expression with `re`'s flags (less `g` and `y`) that matches
 * every string `re` matches — the literals from {@link requiredLiterals} as one alternation (prefixes
 * shared, see {@link literalTrie}). Returns `undefined` when the guaranteed literals are too short to
 * reject much (under three Latin or Cyrillic letters, or two Hangul syllables).
 */
export function prefilterOf(re: RegExp): RegExp | undefined {
  const need = requiredLiterals(re);
  if (!need || need.length === 0 || setWeight(need) < MIN_WEIGHT) return undefined;
  return new RegExp(literalTrie(need), re.flags.replace(/[gy]/gu, ''));
}
