import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TreatyDiffError, isTreatyDiffError } from '../src/model/errors.js';
import { parseAkn } from '../src/parse/akn.js';
import { DEFAULT_XML_MAX_SIZE, XML_DEPTH_CEILING, decodeXmlReferences, parseXmlSafely, xmlTextContent } from '../src/parse/xml.js';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { thrownTreatyDiffError as thrown } from './support/errors.js';

const AKN = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';


function akn(body: string): string {
  return `<akomaNtoso xmlns="${AKN}"><act name="treaty"><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="en"/></FRBRExpression></identification></meta><body>${body}</body></act></akomaNtoso>`;
}

describe('entity tricks are refused before any expansion', () => {
  it('billion laughs → XML_UNSAFE at the DOCTYPE', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
      ']>',
      '<lolz>&lol9;</lolz>',
    ].join('\n');
    const e = thrown(() => parseXmlSafely(lol, { source: 'lol.xml' }));
    expect(e.code).toBe('XML_UNSAFE');
    expect([e.source, e.line, e.column]).toEqual(['lol.xml', 2, 1]);
    expect(e.hint).toMatch(/DOCTYPE/);
  });

  it('external entity (XXE) and a DOCTYPE SYSTEM identifier → XML_UNSAFE, nothing fetched', () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<a>&xxe;</a>';
    expect(thrown(() => parseXmlSafely(xxe))).toMatchObject({ code: 'XML_UNSAFE', line: 2, column: 1 });
    const sys = '<!DOCTYPE akomaNtoso SYSTEM "http://example.invalid/akn.dtd">\n<akomaNtoso/>';
    expect(thrown(() => parseXmlSafely(sys))).toMatchObject({ code: 'XML_UNSAFE', line: 1, column: 1 });
    const pub = '<!DOCTYPE a PUBLIC "-//X//DTD X//EN" "http://example.invalid/x.dtd"><a/>';
    expect(thrown(() => parseXmlSafely(pub)).code).toBe('XML_UNSAFE');
  });

  it('parameter entities → XML_UNSAFE naming them', () => {
    const pe = '<!DOCTYPE a [\n<!ENTITY % p SYSTEM "http://example.invalid/evil.dtd">\n%p;\n]>\n<a/>';
    const e = thrown(() => parseXmlSafely(pe));
    expect(e.code).toBe('XML_UNSAFE');
    expect(e.message).toMatch(/parameter entity/);
  });

  it('an entity used without any declaration is malformed, with its location', () => {
    expect(thrown(() => parseXmlSafely('<a>\n  x &nbsp; y</a>'))).toMatchObject({ code: 'XML_MALFORMED', line: 2, column: 5 });
  });

  it('a bare DOCTYPE without subset or identifier is harmless and accepted', () => {
    const d = parseXmlSafely('<!DOCTYPE a>\n<a>ok</a>');
    expect(xmlTextContent(d.root)).toBe('ok');
  });
});

describe('prototype pollution', () => {
  for (const name of ['__proto__', 'constructor', 'prototype']) {
    it(`<${name}> as element and as attribute name → XML_UNSAFE, prototypes untouched`, () => {
      const asTag = `<a>\n  <${name}><polluted>yes</polluted></${name}>\n</a>`;
      expect(thrown(() => parseXmlSafely(asTag))).toMatchObject({ code: 'XML_UNSAFE', line: 2, column: 4 });
      const asAttr = `<a ${name}="x" polluted="yes"/>`;
      expect(thrown(() => parseXmlSafely(asAttr))).toMatchObject({ code: 'XML_UNSAFE', line: 1, column: 4 });
      const prefixed = `<a xmlns:p="urn:x"><p:${name} p:polluted="yes"/></a>`;
      expect(thrown(() => parseXmlSafely(prefixed)).code).toBe('XML_UNSAFE');
      expect(thrown(() => parseAkn(akn(`<article eId="art_1" ${name}="1"/>`))).code).toBe('XML_UNSAFE');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  }

  it('names that are Object.prototype members stay ordinary names', () => {
    const d = parseXmlSafely('<toString hasOwnProperty="1"><valueOf>v</valueOf></toString>');
    expect(d.root.name).toBe('toString');
    expect(d.root.attributes).toEqual([{ name: 'hasOwnProperty', local: 'hasOwnProperty', value: '1' }]);
    expect(d.root.children[0]).toMatchObject({ type: 'element', name: 'valueOf' });
  });
});

describe('nesting depth', () => {
  it('10,000-deep nesting → clean XML_TOO_DEEP at the first element over the limit', () => {
    const deep = '<a>'.repeat(10_000) + '</a>'.repeat(10_000);
    const e = thrown(() => parseXmlSafely(deep));
    expect(e.code).toBe('XML_TOO_DEEP');
    expect([e.line, e.column]).toEqual([1, 200 * 3 + 1]);
    expect(thrown(() => parseAkn(deep)).code).toBe('XML_TOO_DEEP');
  });

  // An article whose text nests `<i>` `depth` levels deep inside its `<p>` (the document itself adds 8 levels).
  const deepAkn = (depth: number) => `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body><article eId="art_1"><num>1</num><content><p>${'<i>'.repeat(depth)}deep${'</i>'.repeat(depth)}</p></content></article></body></act></akomaNtoso>`;

  it('a document as deep as the ceiling allows is read; past it the option is refused (rv21 5)', () => {
    const r = parseAkn(deepAkn(XML_DEPTH_CEILING - 10), { maxDepth: XML_DEPTH_CEILING });
    expect(r.treaty.expressions[0]!.body[0]!.content).toEqual([{ type: 'text', value: 'deep' }]);
    expect(thrown(() => parseAkn(deepAkn(5), { maxDepth: XML_DEPTH_CEILING + 1 })).code).toBe('BAD_OPTION');
  });

  it('a stack that runs out below the limit is XML_TOO_DEEP, not a bare RangeError (rv21 5)', () => {
    // A small stack (as in a browser worker): the same document, a quarter of Node's default stack.
    const script = `import { parseAkn } from './src/parse/akn.ts';
const xml = ${JSON.stringify(deepAkn(XML_DEPTH_CEILING - 10))};
try { parseAkn(xml, { maxDepth: ${XML_DEPTH_CEILING} }); console.log('read'); } catch (e) { console.log(e.constructor.name + ' ' + (e.code ?? '')); }`;
    const r = spawnSync(process.execPath, ['--stack-size=200', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) });
    expect(r.stdout.trim()).toBe('TreatyDiffError XML_TOO_DEEP');
  });

  it('provisions nested deeper than the model holds are refused where they stand, not by the JSON writer later (rv21 11)', () => {
    const list = (d: number): string => (d === 0 ? '<p>last</p>' : `<list><intro><p>level ${d}:</p></intro><point><num>(a)</num>${list(d - 1)}</point></list>`);
    const doc = (d: number) => `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body><article eId="art_1"><num>1</num><paragraph><num>1.</num>${list(d)}</paragraph></article></body></act></akomaNtoso>`;
    // Article, paragraph and 14 points: 16 levels, the model's limit.
    expect(() => parseAkn(doc(14))).not.toThrow();
    const e = thrown(() => parseAkn(doc(15), { source: 'deep.xml' }));
    expect([e.code, e.source, typeof e.line, typeof e.column]).toEqual(['PROVISIONS_TOO_DEEP', 'deep.xml', 'number', 'number']);
    expect(e.message).toMatch(/provisions nest deeper than 16 levels/);
  });

  it('the limit is an option', () => {
    const xml = '<a>'.repeat(300) + '</a>'.repeat(300);
    expect(thrown(() => parseXmlSafely(xml)).code).toBe('XML_TOO_DEEP');
    expect(parseXmlSafely(xml, { maxDepth: 300 }).root.name).toBe('a');
    expect(thrown(() => parseXmlSafely(xml, { maxDepth: 299 })).code).toBe('XML_TOO_DEEP');
    expect(thrown(() => parseXmlSafely('<a/>', { maxDepth: 1e9 })).code).toBe('BAD_OPTION');
  });
});

describe('well-formedness', () => {
  it('an unclosed tag → XML_MALFORMED at the tag', () => {
    expect(thrown(() => parseXmlSafely('<a>\n  <b>text\n</a>'))).toMatchObject({ code: 'XML_MALFORMED', line: 3, column: 1 });
    const e = thrown(() => parseXmlSafely('<a>\n<b>'));
    expect(e).toMatchObject({ code: 'XML_MALFORMED', line: 2, column: 1 });
    expect(e.message).toMatch(/unclosed tag '<b>'/);
  });

  it('mismatched tags → XML_MALFORMED with line and column', () => {
    const e = thrown(() => parseXmlSafely('<a>\n  <p><b>x</p></b>\n</a>', { source: 'm.xml' }));
    expect(e).toMatchObject({ code: 'XML_MALFORMED', source: 'm.xml', line: 2, column: 10 });
    expect(e.message).toMatch(/expected '<\/b>' \(opened at line 2, column 6\) but found '<\/p>'/);
  });

  it('two roots, stray text, bare ampersand, unquoted attribute', () => {
    expect(thrown(() => parseXmlSafely('<a/><b/>'))).toMatchObject({ code: 'XML_MALFORMED', line: 1, column: 5 });
    expect(thrown(() => parseXmlSafely('<a/>\ntail'))).toMatchObject({ code: 'XML_MALFORMED', line: 2, column: 1 });
    expect(thrown(() => parseXmlSafely('<a>Q & A</a>'))).toMatchObject({ code: 'XML_MALFORMED', line: 1, column: 6 });
    expect(thrown(() => parseXmlSafely('<a x=1/>')).code).toBe('XML_MALFORMED');
  });

  it('each well-formedness error has its own hint, at the offending place', () => {
    const cases: [string, number, number, RegExp, RegExp][] = [
      ['<a b=1/>', 1, 6, /must be quoted/, /b="…"/],
      ['<a b="1"c="2"/>', 1, 9, /separated by whitespace/, /space before 'c'/],
      ['<a/>\n<b/>', 2, 1, /second root element/, /one root/],
      ['hello\n<a/>', 1, 1, /text before the root/, /starts with its root element.*--from text/],
      ['<a/>\ntail', 2, 1, /text after the root/, /ends with the end tag/],
      ['<a b="1" b="2"/>', 1, 10, /'b' appears twice/, /only once per element/],
      ['<a b/>', 1, 4, /has no value/, /b="…"/],
    ];
    for (const [xml, line, column, message, hint] of cases) {
      const e = thrown(() => parseXmlSafely(xml, { source: 'h.xml' }));
      expect(e, xml).toMatchObject({ code: 'XML_MALFORMED', source: 'h.xml', line, column });
      expect(e.message, xml).toMatch(message);
      expect(e.hint, xml).toMatch(hint);
      expect(e.hint, xml).not.toMatch(/every tag is closed/);
    }
  });

  it('empty input → EMPTY_DOCUMENT', () => {
    expect(thrown(() => parseXmlSafely('')).code).toBe('EMPTY_DOCUMENT');
    expect(thrown(() => parseAkn(' \n ')).code).toBe('EMPTY_DOCUMENT');
  });
});

describe('non-Akoma Ntoso XML', () => {
  it('well-formed XML with another root → NOT_AKOMA_NTOSO with a hint', () => {
    const e = thrown(() => parseAkn('<?xml version="1.0"?>\n<html><body><p>hi</p></body></html>', { source: 'page.html' }));
    expect(e).toMatchObject({ code: 'NOT_AKOMA_NTOSO', source: 'page.html', line: 2, column: 1 });
    expect(e.hint).toMatch(/akomaNtoso/);
  });

  it('an akomaNtoso root holding no document → NOT_AKOMA_NTOSO', () => {
    expect(thrown(() => parseAkn(`<akomaNtoso xmlns="${AKN}"><foo/></akomaNtoso>`)).code).toBe('NOT_AKOMA_NTOSO');
  });
});

describe('size limit', () => {
  it('a 50 MB input is refused by the default 20 MB limit before parsing', () => {
    const big = '<a>' + 'x'.repeat(50 * 1024 * 1024) + '</a>';
    const e = thrown(() => parseXmlSafely(big, { source: 'big.xml' }));
    expect(e).toMatchObject({ code: 'INPUT_TOO_LARGE', source: 'big.xml' });
    expect(e.hint).toMatch(/--max-size.*maxSize/);
    expect(thrown(() => parseAkn(big)).code).toBe('INPUT_TOO_LARGE');
    expect(DEFAULT_XML_MAX_SIZE).toBe(20 * 1024 * 1024);
  });

  it('the limit is configurable and counts UTF-8 bytes', () => {
    const xml = `<a>${'한'.repeat(100)}</a>`; // 7 + 300 bytes, 107 UTF-16 units
    expect(thrown(() => parseXmlSafely(xml, { maxSize: 306 })).code).toBe('INPUT_TOO_LARGE');
    expect(xmlTextContent(parseXmlSafely(xml, { maxSize: 307 }).root)).toBe('한'.repeat(100));
    expect(thrown(() => parseAkn(akn('<article eId="art_1"/>'), { maxSize: 50 })).code).toBe('INPUT_TOO_LARGE');
  });
});

describe('character references', () => {
  it('numeric references decode (hex, decimal, astral), predefined entities too', () => {
    const d = parseXmlSafely('<a t="&#x2014;&#65;&quot;">&#x2014; &#65;&#x42;&#67; &#x1F600; &lt;&gt;&amp;&apos;&quot;</a>');
    expect(xmlTextContent(d.root)).toBe('— ABC 😀 <>&\'"');
    expect(d.root.attributes[0]!.value).toBe('—A"');
    expect(decodeXmlReferences('&amp;#65;')).toBe('&#65;');
  });

  it('a reference decoding to a combining mark is composed (NFC)', () => {
    expect(xmlTextContent(parseXmlSafely('<a>e&#x301;</a>').root)).toBe('\u00E9');
  });

  it('&#0;, C0 controls, U+FFFE and lone surrogates are rejected with their location, never deleted', () => {
    for (const ref of ['&#0;', '&#x0;', '&#1;', '&#xFFFE;', '&#xD800;', '&#xDFFF;', '&#56320;', '&#x110000;']) {
      const e = thrown(() => parseXmlSafely(`<a>\n  ok ${ref} ok</a>`));
      expect(e).toMatchObject({ code: 'XML_MALFORMED', line: 2, column: 6 });
    }
    expect(thrown(() => parseXmlSafely('<a x="&#0;"/>'))).toMatchObject({ code: 'XML_MALFORMED', line: 1, column: 7 });
  });

  it('raw control characters and unpaired surrogates in the input are malformed, located', () => {
    expect(thrown(() => parseXmlSafely('<a>\nx\u0000</a>'))).toMatchObject({ code: 'XML_MALFORMED', line: 2, column: 2 });
    expect(thrown(() => parseXmlSafely('<a>\uD800</a>'))).toMatchObject({ code: 'XML_MALFORMED', line: 1, column: 4 });
  });

  it('tabs and newlines in attribute values: literal ones normalise to spaces, referenced ones survive', () => {
    expect(parseXmlSafely('<a t="x\ty\nz" u="x&#9;y&#10;z"/>').root.attributes.map((a) => a.value)).toEqual(['x y z', 'x\ty\nz']);
  });

  it('CDATA keeps references literally', () => {
    expect(xmlTextContent(parseXmlSafely('<a><![CDATA[&#0; &amp; <b>]]></a>').root)).toBe('&#0; &amp; <b>');
  });
});

describe('arbitrary input', () => {
  const errorOrResult = (s: string) => {
    try {
      parseAkn(s);
    } catch (e) {
      if (!isTreatyDiffError(e)) throw e;
    }
    try {
      parseXmlSafely(s);
    } catch (e) {
      if (!isTreatyDiffError(e)) throw e;
    }
  };

  it('any string → a result or a TreatyDiffError', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => errorOrResult(s)), { seed: 7, numRuns: 1500 });
  });

  it('Akoma Ntoso-shaped trees of any nesting → a result or a TreatyDiffError', () => {
    const names = [
      'act', 'meta', 'identification', 'FRBRExpression', 'FRBRlanguage', 'notes', 'note', 'proprietary', 'td:treaty', 'td:expression', 'td:source',
      'preface', 'longTitle', 'docTitle', 'preamble', 'recitals', 'recital', 'citations', 'formula', 'body', 'mainBody', 'chapter', 'section',
      'hcontainer', 'article', 'paragraph', 'list', 'intro', 'wrapUp', 'point', 'num', 'heading', 'subheading', 'content', 'p', 'b', 'omissis',
      'noteRef', 'authorialNote', 'br', 'conclusions', 'documentCollection', 'collectionBody', 'component', 'attachments', 'x:unknown',
    ];
    const attrs = fc.constantFrom('', ' eId="art_1"', ' eId="dup"', ' title="why"', ' href="#note_1"', ' td:type="point"', ' td:refersTo="art_1 art_2"', ' language="ko"', ' grade="bogus"');
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('text', ' ', '&#x2014;', 'Статья', '제1조'),
        fc.tuple(fc.constantFrom(...names), attrs, fc.array(tie('node'), { maxLength: 4 })).map(([n, a, kids]) => `<${n}${a}>${kids.join('')}</${n}>`),
      ),
    })).node;
    let parsed = 0;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), fc.boolean(), (kids, inAct) => {
        const inner = inAct ? `<act name="treaty">${kids.join('')}</act>` : kids.join('');
        const xml = `<akomaNtoso xmlns="${AKN}" xmlns:td="urn:treaty-diff:1.0" xmlns:x="urn:x">${inner}</akomaNtoso>`;
        try {
          const r = parseAkn(xml);
          expect(r.treaty.type).toBe('treaty');
          parsed++;
        } catch (e) {
          if (!isTreatyDiffError(e)) throw e;
        }
      }),
      { seed: 5, numRuns: 2000 },
    );
    // Most generated documents are readable: the property exercised the reader, not only the error path.
    expect(parsed).toBeGreaterThan(1000);
  });

  it('XML-shaped strings → a result or a TreatyDiffError', () => {
    const token = fc.constantFrom(
      '<', '>', '/', '</', '/>', '<a>', '</a>', '<p>', '</p>', '<akomaNtoso>', '</akomaNtoso>', '<act name="treaty">', '</act>', '<body>', '</body>',
      '<article eId="art_1">', '</article>', '<omissis title="x"/>', '<noteRef href="#n"/>', '&', '&amp;', '&#0;', '&#x41;', '&#xD800;', '<!--', '-->',
      '<![CDATA[', ']]>', '<!DOCTYPE a>', '<!DOCTYPE a [<!ENTITY x "y">]>', '<?xml version="1.0"?>', '"', "'", '=', ' ', '\n', 'x', 'ü', '한', '😀',
      ` xmlns="${AKN}"`, ' xmlns:p="urn:p"', '<p:x>', '</p:x>', '<__proto__>', ' constructor="1"',
    );
    fc.assert(fc.property(fc.array(token, { maxLength: 40 }), (parts) => errorOrResult(parts.join(''))), { seed: 11, numRuns: 1500 });
  });
});
