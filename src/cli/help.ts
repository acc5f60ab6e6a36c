/**
 * Help texts: one short usage line and a full `--help` page (with examples) per command.
 *
 * @module
 */

/** Help for one command. */
export interface CommandHelp {
  /** One line: `treaty-diff compare A B [--format text|md|html|json] [--out FILE]`. */
  usage: string;
  /** A few words for the command list of `treaty-diff --help`. */
  brief: string;
  /** One sentence saying what the command does. */
  summary: string;
  /** Option lines, already aligned. */
  options: string[];
  /** Example invocations with a comment each. */
  examples: string[];
  /** Values `--format` (or `--to` for convert) accepts; the first is the default. Empty: no format option. */
  formats: readonly string[];
  /** How many positional arguments the command takes: `[min, max]` (max `Infinity` for lists). */
  arity: readonly [number, number];
  /** What the positional arguments are, for the "missing …" message. */
  operands: string;
}

const COMMON = [
  '  --out FILE            write the result to FILE instead of stdout',
  '  --color, --no-color   force ANSI colour on/off (default: on when stdout is a terminal;',
  '                        NO_COLOR and FORCE_COLOR are honoured)',
  '  -v, --verbose         also print informational parse notes (inferred grades, language codes)',
  '  --max-size BYTES      refuse input files larger than BYTES (default 20971520; see SECURITY.md)',
  '  --max-depth LEVELS    refuse XML nested deeper than LEVELS (default 200, at most 1000)',
  '  --debug               print stack traces of internal errors',
  '  -h, --help            show this help',
];

/** `--langs`, for the commands that read witnesses (classify, compare, lineage). */
const LANGS = [
  '  --langs LIST          witness languages in order of preference, e.g. ko,ru to read the authentic',
  '                        Korean and Russian texts before an English translation (default: en, then',
  '                        the treaty\'s authentic languages, then any other language with a lexicon);',
  '                        where a witness has only gaps, the next witness with words is read',
];

const INPUTS = 'INPUT is a corpus id (see `treaty-diff corpus list`), a treaty file (.txt, .xml/.akn, .json) or a directory (every treaty file in it). An existing path wins over a corpus id; write ./NAME to force a path.';

/** Help pages by command name. */
export const HELP: Record<string, CommandHelp> = {
  parse: {
    formats: ['json', 'akn', 'text'],
    arity: [1, 1],
    operands: 'FILE (a treaty file or corpus id)',
    brief: 'parse a treaty file and print the model (json, akn, text)',
    usage: 'treaty-diff parse FILE [--format json|akn|text] [--from text|akn|json] [--out FILE]',
    summary: 'Parse a treaty file (plain text, Akoma Ntoso or JSON) and print the model. Warnings go to stderr.',
    options: [
      '  --format F            output: json (the model, default), akn (Akoma Ntoso 3.0), text',
      '  --from F              input format when the extension does not say: text, akn, json',
      '  --id ID               treaty id to use when the input gives none (default: file name)',
      '  --expression ID       for akn/text output: which witness to write (default: best-graded)',
      ...COMMON,
    ],
    examples: [
      'treaty-diff parse 1961-ussr-dprk                     # a built-in corpus treaty as JSON',
      'treaty-diff parse my-treaty.txt --format akn --out my-treaty.akn.xml   # your own text as Akoma Ntoso',
    ],
  },
  convert: {
    formats: ['json', 'akn', 'text'],
    arity: [1, 1],
    operands: 'FILE (a treaty file or corpus id)',
    brief: 'convert a treaty between plain text, Akoma Ntoso and JSON',
    usage: 'treaty-diff convert FILE --to text|akn|json [--from text|akn|json] [--out FILE]',
    summary: 'Convert a treaty between plain text, Akoma Ntoso XML and JSON.',
    options: [
      '  --to F                output format: text, akn, json (required)',
      '  --from F              input format when the extension does not say',
      '  --id ID               treaty id to use when the input gives none',
      '  --expression ID       for akn/text output: which witness to write (default: best-graded)',
      ...COMMON,
    ],
    examples: [
      'treaty-diff convert my-treaty.txt --to akn --out my-treaty.xml',
      'treaty-diff convert my-treaty.xml --to text',
    ],
  },
  classify: {
    formats: ['json', 'md', 'text', 'csv'],
    arity: [1, Infinity],
    operands: 'INPUT (a corpus id, treaty file or directory)',
    brief: 'typed obligations of every article',
    usage: 'treaty-diff classify INPUT [INPUT …] [--format json|md|text|csv] [--langs LIST] [--out FILE]',
    summary: 'Typed obligations of every article (kind, ladder rung, trigger, response, conditions, evidence). ' + INPUTS,
    options: [
      '  --format F            json (stable contract, default; one treaty: one object, several: an array),',
      '                        md, text, csv (ATOP-style rows, one per obligation)',
      ...LANGS,
      ...COMMON,
    ],
    examples: [
      'treaty-diff classify 1961-ussr-dprk                   # the 1961 treaty from the built-in corpus',
      'treaty-diff classify my-treaty.txt --format csv --out coding.csv',
      'treaty-diff classify 1961-ussr-dprk 2000-russia-dprk 2024-russia-dprk --format csv   # one CSV for all three',
      'treaty-diff classify 1961-ussr-dprk --langs ru,ko --format text   # read the authentic texts',
    ],
  },
  compare: {
    formats: ['text', 'md', 'html', 'json'],
    arity: [2, 2],
    operands: 'A and B (two corpus ids or treaty files)',
    brief: 'align, diff and compare the obligations of two treaties',
    usage: 'treaty-diff compare A B [--format text|md|html|json] [--langs LIST] [--out FILE]',
    summary: 'Align two treaties, diff the words of each aligned pair and compare their obligations. ' + INPUTS,
    options: [
      '  --format F            text (default), md (Markdown), html (self-contained report), json',
      ...LANGS,
      ...COMMON,
    ],
    examples: [
      'treaty-diff compare 1961-ussr-dprk 2024-russia-dprk',
      'treaty-diff compare 1961-ussr-dprk 2024-russia-dprk --format html --out report.html',
      'treaty-diff compare old.txt new.xml --format md',
    ],
  },
  lineage: {
    formats: ['text', 'md', 'html', 'json'],
    arity: [1, Infinity],
    operands: 'inputs: at least two treaties (corpus ids, files or a directory)',
    brief: 'each obligation across successive treaties',
    usage: 'treaty-diff lineage A B [C …] [--format text|md|html|json] [--langs LIST] [--out FILE]',
    summary: 'The story of each obligation across successive treaties, in the order given. ' + INPUTS,
    options: [
      '  --format F            text (default), md, html, json',
      ...LANGS,
      ...COMMON,
    ],
    examples: [
      'treaty-diff lineage 1961-ussr-dprk 2000-russia-dprk 2024-russia-dprk',
      'treaty-diff lineage 1961-ussr-dprk 2000-russia-dprk 2024-russia-dprk --format json',
    ],
  },
  corpus: {
    formats: ['text', 'json'],
    arity: [1, 1],
    operands: 'subcommand: corpus list',
    brief: 'list the built-in corpus: witnesses, coverage, dates',
    usage: 'treaty-diff corpus list [--format text|json]',
    summary: 'The built-in corpus: each treaty with its witnesses and grades, coverage (articles present / known total, gaps) and lifecycle dates.',
    options: ['  --format F            text (default) or json', ...COMMON],
    examples: ['treaty-diff corpus list', 'treaty-diff corpus list --format json'],
  },
  demo: {
    formats: [],
    arity: [0, 0],
    operands: '',
    brief: 'quick tour of the built-in corpus and the 1961 → 2000 → 2024 lineage',
    usage: 'treaty-diff demo [--out FILE]',
    summary: 'Quick tour: what the corpus holds and lacks, the 1961 → 2000 → 2024 lineage in the terminal, and the HTML report written to treaty-diff-report.html.',
    options: [
      '  --out FILE            where to write the HTML report (default treaty-diff-report.html)',
      '  --color, --no-color   force ANSI colour on/off',
      '  --debug               print stack traces of internal errors',
      '  -h, --help            show this help',
    ],
    examples: ['npm run demo', 'treaty-diff demo --out /tmp/report.html'],
  },
};

/** The command names in the order help lists them. */
export const COMMANDS = ['parse', 'convert', 'classify', 'compare', 'lineage', 'corpus', 'demo'] as const;

/** The top-level `treaty-diff --help` page. */
export function mainHelp(version: string): string {
  const lines = [
    `treaty-diff ${version} — compare successor treaties: alignment, word diffs, typed obligation changes`,
    '',
    'Usage: treaty-diff <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.padEnd(10)} ${HELP[c]!.brief}`),
    '',
    'Options:',
    '  -h, --help      help (also `treaty-diff <command> --help`)',
    '  -V, --version   print the version',
    '',
    'Exit codes: 0 success, 1 bad input, 2 usage error, 70 internal error.',
    '',
    'Examples:',
    '  treaty-diff demo',
    '  treaty-diff corpus list',
    '  treaty-diff compare 1961-ussr-dprk 2024-russia-dprk --format md',
    '  treaty-diff lineage 1961-ussr-dprk 2000-russia-dprk 2024-russia-dprk',
    '',
  ];
  return lines.join('\n');
}

/** The full help page of one command. */
export function commandHelp(command: string): string {
  const h = HELP[command];
  if (!h) return '';
  return [`Usage: ${h.usage}`, '', h.summary, '', 'Options:', ...h.options, '', 'Examples:', ...h.examples.map((e) => '  ' + e), ''].join('\n');
}

/** The short usage shown after a usage error. */
export function shortUsage(command?: string): string {
  const h = command ? HELP[command] : undefined;
  if (h) return `usage: ${h.usage}\nRun \`treaty-diff ${command} --help\` for details.`;
  return `usage: treaty-diff <${COMMANDS.join('|')}> [options]\nRun \`treaty-diff --help\` for details.`;
}
