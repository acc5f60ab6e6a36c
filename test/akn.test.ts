import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Expression, Provision, Treaty } from '../src/model/types.js';
import { findProvision, provisionText } from '../src/model/content.js';
import { AKN_NAMESPACE, TD_NAMESPACE, aknFormat, looksLikeAkomaNtoso, parseAkn } from '../src/parse/akn.js';
import { parseText } from '../src/parse/text.js';
import { parseXmlSafely, xmlChildren } from '../src/parse/xml.js';
import { aknSerializer, serializeAkn, serializeAknExpressions } from '../src/render/treaty/akn.js';
import { thrownTreatyDiffError as thrown } from './support/errors.js';
import { parseJson } from '../src/parse/json.js';
import { serializeJson } from '../src/render/treaty/json.js';
import { serializeText } from '../src/render/treaty/text.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/akn/${name}`, import.meta.url), 'utf8');


/** An article in the model's key order (so JSON text, not just deep equality, can be compared). */
const art = (eId: string, content: Provision['content'], extra: Pick<Provision, 'num' | 'heading' | 'refersTo'> = {}): Provision => {
  const { refersTo, ...label } = extra;
  return { type: 'article', eId, ...label, content, children: [], ...(refersTo ? { refersTo } : {}) };
};

/** A hand-built synthetic treaty exercising every part of the model (made-up wording). */
function sampleTreaty(): Treaty {
  const en: Expression = {
    type: 'expression',
    id: 'en-synthetic',
    lang: 'en',
    grade: 'official-translation',
    source: { type: 'source', citation: 'Synthetic "Series" <No. 0> & Co', urls: ['https://example.org/x?a=1&b=2'], date: '2001-02-03' },
    label: "Synthetic 'label'",
    title: 'Synthetic Pact\nof Testing',
    translatedFrom: 'ko',
    meta: [{ type: 'meta', key: 'Title', value: '  leading and trailing  ' }, { type: 'meta', key: 'Title', value: 'repeated\tkey' }],
    notes: [{ type: 'gap', reason: 'signatures not in this witness' }, { type: 'text', value: ' trailing text' }],
    preamble: {
      type: 'preamble',
      eId: 'preamble',
      content: [{ type: 'text', value: 'The Synthetic Parties,' }],
      children: [
        { type: 'recital', eId: 'preamble__recital_1', content: [{ type: 'text', value: 'Wishing to test q\u0301 (no precomposed form) and 🙂🏽 and 한국어,' }], children: [] },
        { type: 'recital', eId: 'preamble__recital_2', num: '(b)', heading: 'Odd', content: [{ type: 'gap', reason: '' }], children: [] },
      ],
    },
    body: [
      art('art_1', [
        { type: 'text', value: '  Two leading spaces,\ta tab,\n\nan empty line and <markup> & "quotes" \'here\'' },
        { type: 'gap', reason: 'cut <off> & "there"' },
        { type: 'text', value: '\r carriage return kept\n' },
        { type: 'note', value: 'Editorial\nnote with two lines' },
      ], { num: 'Article One', heading: ' Scope ' }),
      {
        type: 'article',
        eId: 'art_2',
        num: 'Статья 2',
        content: [{ type: 'text', value: 'Стороны обязуются:' }],
        children: [
          {
            type: 'paragraph',
            eId: 'art_2__para_1',
            num: '1.',
            content: [],
            children: [
              { type: 'point', eId: 'art_2__para_1__point_a', num: 'а)', content: [{ type: 'text', value: '시험합니다' }], children: [] },
              { type: 'point', eId: 'art_2__para_1__point_b', num: 'б)', content: [], children: [] },
            ],
          },
        ],
      },
      art('rep_1', [{ type: 'text', value: 'A report of content.' }], { refersTo: ['art_1', 'art_3'] }),
      art('rep_2', [{ type: 'text', value: 'Empty refersTo kept.' }], { refersTo: [] }),
    ],
  };
  const ko: Expression = {
    type: 'expression', id: 'ko', lang: 'ko', grade: 'authentic', source: { type: 'source', citation: 'Synthetic archive' }, meta: [], notes: [], body: [art('art_1', [{ type: 'text', value: '제1조의 합성 본문' }], { num: '제1조' })],
  };
  return {
    type: 'treaty',
    id: 'synthetic-pact',
    titles: [{ type: 'title', lang: 'en', value: 'Synthetic Pact & <Test>' }, { type: 'title', lang: 'ko', value: '합성 조약' }],
    parties: [{ type: 'party', name: 'Republic of Alpha', short: 'ALPHA' }, { type: 'party', name: 'Kingdom of Beta' }],
    authenticLanguages: ['ko', 'ru'],
    signed: { date: '2001-02-03', place: 'Testville' },
    supersedes: ['older-synthetic-pact'],
    supersededBy: [],
    claims: [
      { type: 'claim', topic: 'entry-into-force', value: '2001-05-06', source: { type: 'source', citation: 'Gazette' }, note: 'two\nlines', preferred: true },
      { type: 'claim', topic: 'article-number', subject: 'art_4', value: '4', source: { type: 'source', citation: 'Wire', urls: [] }, preferred: false },
    ],
    expressions: [en, ko],
  };
}

describe('serializeAkn → parseAkn round trip', () => {
  it('a whole treaty with several expressions comes back equal (documentCollection)', () => {
    const t = sampleTreaty();
    const xml = serializeAkn(t);
    expect(xml).toContain('<documentCollection name="treaty">');
    // eIds are unique in the whole document: inside a component they carry its eId as prefix.
    const eIds = [...xml.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(eIds).size).toBe(eIds.length);
    expect(eIds).toContain('cmp_2__art_1');
    const r = parseAkn(xml);
    expect(r.treaty).toEqual(t);
    expect(JSON.stringify(r.treaty)).toBe(JSON.stringify(t));
    expect(r.diagnostics).toEqual([]);
  });

  it('one expression: a single act that carries the treaty record', () => {
    const t = sampleTreaty();
    const xml = serializeAkn(t, { expressionId: 'en-synthetic' });
    expect(xml).toContain('<act name="treaty">');
    expect(xml).not.toContain('documentCollection');
    expect(parseAkn(xml).treaty).toEqual({ ...t, expressions: [t.expressions[0]] });
    const single = { ...t, expressions: [t.expressions[1]!] };
    expect(serializeAkn(single)).toContain('<act name="treaty">');
    expect(parseAkn(serializeAkn(single)).treaty).toEqual(single);
  });

  it('serializeAknExpressions: one document per expression, each round-trips', () => {
    const t = sampleTreaty();
    const docs = serializeAknExpressions(t);
    expect(docs.map((d) => d.expressionId)).toEqual(['en-synthetic', 'ko']);
    for (const [i, d] of docs.entries()) expect(parseAkn(d.xml).treaty).toEqual({ ...t, expressions: [t.expressions[i]] });
  });

  it('is deterministic and indented', () => {
    const a = serializeAkn(sampleTreaty());
    expect(serializeAkn(sampleTreaty())).toBe(a);
    expect(a.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso ')).toBe(true);
    expect(a).toMatch(/\n {4}<meta>\n/);
    expect(a.endsWith('</akomaNtoso>\n')).toBe(true);
  });

  it('an unknown expression id is a BAD_OPTION error listing the ids', () => {
    const e = thrown(() => serializeAkn(sampleTreaty(), { expressionId: 'fr' }));
    expect(e.code).toBe('BAD_OPTION');
    expect(e.hint).toContain('en-synthetic, ko');
  });
});

describe('AKN structure written', () => {
  const t = sampleTreaty();
  const doc = parseXmlSafely(serializeAkn(t, { expressionId: 'en-synthetic' }));
  const find = (el: typeof doc.root, local: string): typeof doc.root[] => {
    const out: (typeof doc.root)[] = [];
    const go = (e: typeof doc.root) => {
      if (e.local === local) out.push(e);
      for (const c of xmlChildren(e)) go(c);
    };
    go(el);
    return out;
  };
  const attr = (e: typeof doc.root, name: string) => e.attributes.find((a) => a.name === name)?.value;

  it('root, namespaces, FRBR identification', () => {
    expect(doc.root.local).toBe('akomaNtoso');
    expect(doc.root.ns).toBe(AKN_NAMESPACE);
    expect(attr(doc.root, 'xmlns:td')).toBe(TD_NAMESPACE);
    const work = find(doc.root, 'FRBRWork')[0]!;
    expect(attr(find(work, 'FRBRthis')[0]!, 'value')).toBe('/akn/int/treaty/2001-02-03/synthetic-pact/!main');
    expect(attr(find(work, 'FRBRuri')[0]!, 'value')).toBe('/akn/int/treaty/2001-02-03/synthetic-pact');
    expect(find(work, 'FRBRdate').map((d) => [attr(d, 'date'), attr(d, 'name')])).toEqual([['2001-02-03', 'signature']]);
    expect(find(work, 'FRBRauthor')).toHaveLength(2);
    expect(attr(find(work, 'FRBRcountry')[0]!, 'value')).toBe('int');
    const expr = find(doc.root, 'FRBRExpression')[0]!;
    expect(attr(find(expr, 'FRBRlanguage')[0]!, 'language')).toBe('en');
    expect(attr(find(expr, 'FRBRtranslation')[0]!, 'fromLanguage')).toBe('ko');
    expect(find(doc.root, 'FRBRManifestation')).toHaveLength(1);
  });

  it('eIds on every provision, num as printed, gaps as omissis, notes as noteRef + meta/notes', () => {
    const eIds = ['article', 'paragraph', 'point', 'recital'].flatMap((n) => find(doc.root, n)).map((e) => attr(e, 'eId'));
    expect(eIds.sort()).toEqual(['art_1', 'art_2', 'art_2__para_1', 'art_2__para_1__point_a', 'art_2__para_1__point_b', 'preamble__recital_1', 'preamble__recital_2', 'rep_1', 'rep_2']);
    expect(find(doc.root, 'num').map((n) => n.children.map((c) => (c.type === 'text' ? c.value : '')).join(''))).toContain('Статья 2');
    expect(find(doc.root, 'omissis').map((o) => attr(o, 'title'))).toContain('cut <off> & "there"');
    const refs = find(doc.root, 'noteRef').map((r) => attr(r, 'href'));
    const notes = find(find(doc.root, 'meta')[0]!, 'note').filter((n) => n.ns === AKN_NAMESPACE).map((n) => `#${attr(n, 'eId')}`);
    expect(refs).toEqual(notes);
    expect(refs.length).toBe(1);
  });

  it('each line of text is one <p>; points nest in paragraphs; intro before sub-provisions', () => {
    const xml = serializeAkn(t, { expressionId: 'en-synthetic' });
    // Whitespace a reader would take for layout is written under xml:space="preserve".
    expect(xml).toContain('<p xml:space="preserve">  Two leading spaces,\ta tab,</p>\n');
    expect(xml).toContain('<p/>\n');
    expect(xml).toContain('&lt;markup&gt; &amp; "quotes" \'here\'<omissis title="cut &lt;off&gt; &amp; &quot;there&quot;"/>&#13; carriage return kept</p>');
    expect(xml).toMatch(/<intro>\s*<p>Стороны обязуются:<\/p>\s*<\/intro>\s*<paragraph eId="art_2__para_1">/);
    expect(xml).toContain('td:refersTo="art_1 art_3"');
  });

  it('characters XML 1.0 cannot carry are refused with INVALID_MODEL naming the provision, never dropped', () => {
    for (const bad of ['\u0000', '\u0007', '\uFFFF', '\uD800']) {
      const t2 = sampleTreaty();
      t2.expressions[0]!.body[0]!.content = [{ type: 'text', value: `x${bad}y` }];
      const e = thrown(() => serializeAkn(t2));
      expect(e.code).toBe('INVALID_MODEL');
      expect(e.message).toContain('art_1');
    }
  });
});

describe('parseAkn on Akoma Ntoso from other tools', () => {
  it('prefixed namespace, chapter wrapper, inline markup, numeric references: no text lost, flattening reported', () => {
    const r = parseAkn(fixture('other-tool-prefixed.xml'), { source: 'other.xml' });
    const t = r.treaty;
    expect(t.id).toBe('synthetic-sample-accord');
    expect(t.signed).toEqual({ date: '1999-09-09' });
    const e = t.expressions[0]!;
    expect(e).toMatchObject({ id: 'en', lang: 'en', grade: 'official-translation', translatedFrom: 'ko', title: 'Synthetic Sample Accord — Test Edition' });
    expect(e.source.citation).toBe('Synthetic Sample Series, vol. 0');
    expect(provisionText(findProvision(e, 'art_1')!)).toBe('The Test Parties shall exchange sample data as set out in Article 2.');
    // The authorial footnote is a note in place, the chapter heading a note in front of the first article.
    expect(findProvision(e, 'art_1')!.content.filter((n) => n.type === 'note')).toEqual([
      { type: 'note', value: 'chapter: Chapter I General sample provisions' },
      { type: 'note', value: 'Synthetic footnote.' },
    ]);
    const para = findProvision(e, 'art_2__para_1')!;
    expect(provisionText(para)).toBe('Sample data comprise:\nplaceholder figures;\ndummy tables…');
    expect(para.children.map((c) => [c.type, c.num])).toEqual([['point', '(a)'], ['point', '(b)']]);
    expect(findProvision(e, 'art_2__para_1__list_1__point_b')!.content).toContainEqual({ type: 'gap', reason: 'remainder of point (b) not in this test witness' });
    expect(provisionText(findProvision(e, 'art_2__para_2')!)).toBe('Nothing in this sample binds anyone…');
    expect(e.preamble!.children.map((c) => provisionText(c))).toEqual([
      'Desiring to exercise a parser with synthetic recitals,',
      'Noting that ABC stands for nothing at all,',
      'Have agreed as follows:',
    ]);
    expect(e.preamble!.children[1]!.eId).toBe('preamble__recital_2');
    expect(provisionText(findProvision(e, 'hcontainer_1')!)).toBe('This synthetic accord enters into force on no date at all.');
    expect(e.notes).toEqual([{ type: 'text', value: 'Done in two synthetic copies.' }]);
    const codes = r.diagnostics.map((d) => `${d.code} ${d.message}`);
    for (const name of ['<b>', '<i>', '<ref>', '<formula>']) expect(codes.some((c) => c.startsWith('AKN_MARKUP_FLATTENED') && c.includes(name))).toBe(true);
    expect(codes.some((c) => c.startsWith('AKN_CONTAINER_WALKED') && c.includes('<chapter>'))).toBe(true);
    expect(codes.some((c) => c.startsWith('AKN_CONTAINER_MAPPED') && c.includes('<hcontainer>'))).toBe(true);
    expect(r.diagnostics.every((d) => d.source === 'other.xml' && typeof d.line === 'number')).toBe(true);
    const bold = r.diagnostics.find((d) => d.message.startsWith('<b>'))!;
    expect([bold.line, bold.severity]).toEqual([51, 'warning']);
  });

  it('only a FRBRWork date named as the signature, in the calendar and YYYY-MM-DD, is the signature date; others are claims, with BAD_DATE or AKN_DATE_NOT_SIGNATURE', () => {
    const doc = (date: string) => `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><meta><identification source="#me">
<FRBRWork><FRBRthis value="/akn/int/treaty/x/amity"/><FRBRuri value="/akn/int/treaty/x/amity"/><FRBRdate date="${date}" name="signature"/><FRBRauthor href="#me"/><FRBRcountry value="int"/></FRBRWork>
</identification></meta><body><article eId="art_1"><num>Article 1</num><content><p>The Parties shall consult each other.</p></content></article></body></act></akomaNtoso>`;
    for (const bad of ['1961-02-30', '1961-13-01', '6 July 1961', '1961', '1961-07-06T10:00:00']) {
      const r = parseAkn(doc(bad), { source: 'amity.xml' });
      expect(r.treaty.signed).toBeUndefined();
      // Nothing lost: the value as printed is a claim on topic 'signature'.
      expect(r.treaty.claims.map((c) => [c.topic, c.value])).toEqual([['signature', bad]]);
      const d = r.diagnostics.find((x) => x.code === 'BAD_DATE')!;
      expect(d).toMatchObject({ severity: 'warning', source: 'amity.xml', line: 2 });
      expect(d.message).toContain(`"${bad}"`);
      expect(d.hint).toContain('YYYY-MM-DD');
    }
    // The treaty record's <td:signed> likewise; its place is kept.
    const recorded = serializeAkn(sampleTreaty()).replace('date="2001-02-03" place=', 'date="2001-02-31" place=');
    expect(recorded).toContain('2001-02-31');
    const r = parseAkn(recorded);
    expect(r.treaty.signed).toEqual({ place: 'Testville' });
    expect(r.diagnostics.find((x) => x.code === 'BAD_DATE')?.message).toContain('"2001-02-31"');
    expect(r.treaty.claims.filter((c) => c.topic === 'signature').map((c) => c.value)).toEqual(['2001-02-31']);
    // A date named otherwise (a file's generation, entry into force) is never the date of signature.
    const generated = parseAkn(doc('2000-02-29').replace('name="signature"', 'name="Generation"'));
    expect(generated.treaty.signed).toBeUndefined();
    expect(generated.treaty.claims.map((c) => [c.topic, c.value])).toEqual([['generation', '2000-02-29']]);
    expect(generated.diagnostics.find((x) => x.code === 'AKN_DATE_NOT_SIGNATURE')).toMatchObject({ severity: 'info', line: 2 });
    const inForce = parseAkn(doc('2000-02-29').replace('name="signature"/>', 'name="entryIntoForce"/><FRBRdate date="1999-12-31" name="signature"/>'));
    expect(inForce.treaty.signed).toEqual({ date: '1999-12-31' });
    expect(inForce.treaty.claims.map((c) => [c.topic, c.value])).toEqual([['entry-into-force', '2000-02-29']]);
    // xsd:date may carry a time zone: the day is the signature date.
    for (const tz of ['1988-07-14Z', '1988-07-14+02:00']) expect(parseAkn(doc(tz)).treaty.signed).toEqual({ date: '1988-07-14' });
    const good = parseAkn(doc('2000-02-29'));
    expect(good.treaty.signed).toEqual({ date: '2000-02-29' });
    expect(good.diagnostics.some((x) => x.code === 'BAD_DATE')).toBe(false);
  });

  it('collection with Russian, Korean and a report: records, notes, gaps, NBSP reference', () => {
    const r = parseAkn(fixture('collection-ru-ko.xml'));
    expect(r.diagnostics).toEqual([]);
    const t = r.treaty;
    expect(t.expressions.map((e) => [e.id, e.lang, e.grade])).toEqual([['ru', 'ru', 'authentic'], ['ko', 'ko', 'authentic'], ['en-report', 'en', 'report']]);
    expect(t.claims).toEqual([{ type: 'claim', topic: 'entry-into-force', value: '2011-01-01', source: { type: 'source', citation: 'Synthetic Gazette No. 0' }, preferred: true }]);
    const ru = t.expressions[0]!.body[0]!;
    expect(ru.content).toEqual([
      { type: 'text', value: 'Стороны обмениваются тестовыми данными' },
      { type: 'note', value: 'Редакционное примечание: текст синтетический.' },
      { type: 'text', value: ' незамедлительно.\nВторая строка\u00A0статьи' },
      { type: 'gap', reason: 'конец статьи отсутствует' },
    ]);
    const rep = t.expressions[2]!;
    expect(rep.body[0]!.refersTo).toEqual(['art_1']);
    expect(rep.source.urls).toEqual(['https://example.org/wire?id=1&lang=en']);
    expect(rep.translatedFrom).toBe('ru');
    // What we read we write back the same way.
    expect(parseAkn(serializeAkn(t)).treaty).toEqual(t);
  });

  it('a cross-heading is a note before the next provision, and the text writer never gives an unnumbered provision a real article\'s number (rv21 6)', () => {
    const xml = `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta><body>
      <article eId="art_3"><num>Article 3</num><content><p>The Parties shall consult each other.</p></content></article>
      <hcontainer eId="hcontainer_1" name="crossheading"><heading>Miscellaneous</heading></hcontainer>
      <section eId="sec_1"><num>Section 1</num><content><p>Each Party shall keep a register.</p></content></section>
      <article eId="art_4"><num>Article 4</num><content><p>This Treaty shall remain in force for twenty years.</p></content></article>
    </body></act></akomaNtoso>`;
    const r = parseAkn(xml, { source: 'edge.xml' });
    const e = r.treaty.expressions[0]!;
    expect(e.body.map((p) => p.eId)).toEqual(['art_3', 'sec_1', 'art_4']);
    expect(e.body[1]!.content[0]).toEqual({ type: 'note', value: 'hcontainer crossheading: Miscellaneous' });
    const text = serializeText(r.treaty, { lossy: true });
    expect(text).toMatch(/^Article 3-1$/m);
    expect(text).not.toMatch(/^Article 5/m);
    // Read back, the real Article 4 is art_4 again (not a second Article 4, art_4-2).
    expect(parseText(text).treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_3', 'art_3_1', 'art_4']);
  });

  it('sections, <br/>, CDATA, tabs and edge spaces', () => {
    const r = parseAkn(fixture('sections-default-ns.xml'), { source: 'sections.xml' });
    const e = r.treaty.expressions[0]!;
    expect(e.title).toBe('A synthetic pact laid out in sections');
    expect(e.body.map((p) => [p.type, p.eId, p.num])).toEqual([['article', 'sec_1', '1'], ['article', 'sec_2', '2']]);
    expect(e.body[0]!.heading).toBe('Definitions');
    expect(e.body[0]!.children.map((c) => [c.type, c.eId])).toEqual([['paragraph', 'sec_1__subsec_1'], ['paragraph', 'sec_1__subsec_2']]);
    // XML whitespace is layout: a tab is a space, the line's edges are trimmed; <br/> is a line break.
    expect(provisionText(e.body[0]!.children[0]!)).toBe('In this pact, "sample" means\na made-up thing.');
    expect(provisionText(e.body[0]!.children[1]!)).toBe('Text with <angle> & ampersand kept literally.');
    expect(e.source.citation).toBe('sections.xml');
    expect(r.diagnostics.filter((d) => d.code === 'AKN_CONTAINER_MAPPED').map((d) => d.message)).toEqual([
      '<section> read as an article (2×)',
      '<subsection> read as a paragraph (2×)',
    ]);
  });

  it('an indented, wrapped <p> (xmllint --format) reads as the same words as one on one line; xml:space="preserve" keeps it as written', () => {
    const doc = (p: string, att = '') =>
      `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"${att}><body><article eId="art_1"><num>\n    Article 1\n  </num><heading>  Mutual   aid </heading><content>${p}</content></article></body></act></akomaNtoso>`;
    const one = parseAkn(doc('<p>If Ruritania is attacked, Freedonia shall help it <i>at once</i>.</p>')).treaty.expressions[0]!.body[0]!;
    const wrapped = parseAkn(doc('\n      <p>\n        If Ruritania is attacked,\n        Freedonia shall help it\t<i>at once</i>.\n      </p>\n    ')).treaty.expressions[0]!.body[0]!;
    expect(wrapped).toEqual(one);
    expect(provisionText(wrapped)).toBe('If Ruritania is attacked, Freedonia shall help it at once.');
    expect([wrapped.num, wrapped.heading]).toEqual(['Article 1', 'Mutual aid']);
    const kept = parseAkn(doc('<p>  two  spaces </p>', ' xml:space="preserve"')).treaty.expressions[0]!.body[0]!;
    expect(provisionText(kept)).toBe('  two  spaces ');
    expect(kept.num).toBe('\n    Article 1\n  ');
    // and the writer says so where the model needs it, so the model comes back exactly.
    const back = parseAkn(serializeAkn(parseAkn(doc('<p>  two  spaces </p>', ' xml:space="preserve"')).treaty)).treaty.expressions[0]!.body[0]!;
    expect(back).toEqual(kept);
  });

  it('omissis: title attribute or text inside; both → title wins and the text is reported', () => {
    const body = (inner: string) =>
      `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><body><article eId="art_1"><content><p>x${inner}</p></content></article></body></act></akomaNtoso>`;
    const gap = (inner: string) => parseAkn(body(inner)).treaty.expressions[0]!.body[0]!.content[1];
    expect(gap('<omissis title="why"/>')).toEqual({ type: 'gap', reason: 'why' });
    expect(gap('<omissis>because <i>so</i></omissis>')).toEqual({ type: 'gap', reason: 'because so' });
    const r = parseAkn(body('<omissis title="t">text</omissis>'));
    expect(r.treaty.expressions[0]!.body[0]!.content[1]).toEqual({ type: 'gap', reason: 't' });
    expect(r.diagnostics.map((d) => d.code)).toContain('AKN_OMISSIS_TEXT');
  });

  it('generated eIds follow the number; duplicate eIds are an error with location', () => {
    const doc = (arts: string) => `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><body>${arts}</body></act></akomaNtoso>`;
    const r = parseAkn(doc('<article><num>Article V</num><content><p>a</p></content></article><article><num>제7조</num><paragraph><num>(c)</num><content><p>b</p></content></paragraph></article>'));
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_5', 'art_7']);
    expect(r.treaty.expressions[0]!.body[1]!.children[0]!.eId).toBe('art_7__para_c');
    const e = thrown(() => parseAkn(doc('<article eId="art_1"/>\n<article eId="art_1"/>'), { source: 'd.xml' }));
    expect(e).toMatchObject({ code: 'DUPLICATE_EID', source: 'd.xml', line: 2 });
  });

  it('an unresolved noteRef is kept (as a note holding the reference) and reported', () => {
    const xml = `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><body><article eId="art_1"><content><p>a<noteRef href="#nowhere"/></p></content></article></body></act></akomaNtoso>`;
    const r = parseAkn(xml);
    expect(r.treaty.expressions[0]!.body[0]!.content).toEqual([{ type: 'text', value: 'a' }, { type: 'note', value: '#nowhere' }]);
    expect(r.diagnostics.map((d) => d.code)).toContain('AKN_NOTE_UNRESOLVED');
  });

  it('another namespace on the root is read with a warning; onDiagnostic receives every diagnostic', () => {
    const seen: string[] = [];
    const r = parseAkn('<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act name="treaty"><body/></act></akomaNtoso>', { onDiagnostic: (d) => seen.push(d.code) });
    expect(seen).toEqual(r.diagnostics.map((d) => d.code));
    expect(seen).toContain('AKN_NAMESPACE');
  });

  it('a declared non-UTF encoding is reported (the input arrives already decoded)', () => {
    const r = parseAkn(`<?xml version="1.0" encoding="ISO-8859-1"?>\n<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><body/></act></akomaNtoso>`);
    expect(r.diagnostics.find((d) => d.code === 'AKN_ENCODING')).toMatchObject({ severity: 'warning', line: 1 });
    expect(parseAkn(serializeAkn(sampleTreaty())).diagnostics).toEqual([]);
  });

  it('a collection without treaty-diff records: prefixed component eIds are read back unprefixed, sources from references', () => {
    const comp = (n: number, lang: string) =>
      `<component eId="cmp_${n}"><act name="treaty"><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="${lang}"/></FRBRExpression></identification>` +
      `<references source="#x"><TLCReference eId="cmp_${n}__source" name="source" href="/x" showAs="Synthetic source ${n}"/></references></meta>` +
      `<body><article eId="cmp_${n}__art_1"><num>1</num><content><p>Synthetic text ${n}</p></content></article></body></act></component>`;
    const xml = `<akomaNtoso xmlns="${AKN_NAMESPACE}"><documentCollection name="treaty"><collectionBody>${comp(1, 'ru')}${comp(2, 'ko')}${comp(3, 'ru')}</collectionBody></documentCollection></akomaNtoso>`;
    const t = parseAkn(xml).treaty;
    expect(t.expressions.map((e) => [e.id, e.source.citation, e.body[0]!.eId])).toEqual([
      ['ru', 'Synthetic source 1', 'art_1'], ['ko', 'Synthetic source 2', 'art_1'], ['ru-2', 'Synthetic source 3', 'art_1'],
    ]);
    // Without records nothing says these texts are authentic: as for plain text, it is not assumed.
    expect(t.expressions.map((e) => e.grade)).toEqual(['unofficial-translation', 'unofficial-translation', 'unofficial-translation']);
    expect(t.authenticLanguages).toEqual([]);
  });

  it('without a witness record or FRBRtranslation the grade is unofficial-translation, with a warning (not only with -v)', () => {
    const doc = (lang: string) =>
      `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty">${lang ? `<meta><identification source="#x"><FRBRExpression><FRBRlanguage language="${lang}"/></FRBRExpression></identification></meta>` : ''}<body><article eId="art_1"><content><p>x</p></content></article></body></act></akomaNtoso>`;
    for (const [lang, tag] of [['', 'en'], ['en', 'en']] as const) {
      const r = parseAkn(doc(lang), { source: 'n.xml' });
      expect(r.treaty.expressions[0]).toMatchObject({ lang: tag, grade: 'unofficial-translation' });
      const d = r.diagnostics.find((x) => x.code === 'AKN_NO_WITNESS_RECORD')!;
      expect(d).toMatchObject({ severity: 'warning', source: 'n.xml' });
      expect(d.message).toMatch(/authenticity is never assumed/);
      expect(d.hint).toMatch(/grade="authentic"/);
      expect(r.treaty.authenticLanguages).toEqual([]);
    }
    expect(parseAkn(doc('')).diagnostics.find((x) => x.code === 'AKN_NO_WITNESS_RECORD')!.message).toMatch(/language not declared/);
  });

  it('without FRBRlanguage the language is guessed from the script (so the text is classified), with AKN_NO_LANGUAGE saying so', () => {
    const doc = (text: string) => `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><body><article eId="art_1"><content><p>${text}</p></content></article></body></act></akomaNtoso>`;
    for (const [text, lang] of [['The Parties shall consult each other.', 'en'], ['Стороны консультируются.', 'ru'], ['쌍방은 협의한다.', 'ko'], ['1. 2.', 'und']] as const) {
      const r = parseAkn(doc(text), { source: 'n.xml' });
      expect(r.treaty.expressions[0]!.lang, text).toBe(lang);
      expect(r.treaty.expressions[0]!.id, text).toBe(lang);
      const d = r.diagnostics.find((x) => x.code === 'AKN_NO_LANGUAGE')!;
      expect(d.message, text).toContain(lang === 'und' ? 'no letters' : `read as '${lang}'`);
    }
  });

  it('an FRBRlanguage that names no language is said and the script guessed; a name is read as its tag; a script that contradicts it is said (rv21 4)', () => {
    const doc = (language: string) => `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="${language}"/></FRBRExpression></identification></meta><body><article eId="art_1"><content><p>체약 일방이 무력침공을 당하는 경우 체약 상대방은 지체없이 군사적 원조를 제공한다.</p></content></article></body></act></akomaNtoso>`;
    const read = (language: string) => {
      const r = parseAkn(doc(language), { source: 'l.xml' });
      return [r.treaty.expressions[0]!.lang, r.diagnostics.filter((d) => /^LANGUAGE_|AKN_NO_LANGUAGE/.test(d.code)).map((d) => `${d.severity} ${d.code}`)];
    };
    expect(read('kor')).toEqual(['ko', []]);
    expect(read('Korean')).toEqual(['ko', []]);
    expect(read('xx')).toEqual(['ko', ['warning LANGUAGE_UNKNOWN', 'info AKN_NO_LANGUAGE']]);
    expect(read('')).toEqual(['ko', ['warning LANGUAGE_UNKNOWN', 'info AKN_NO_LANGUAGE']]);
    expect(read('eng')).toEqual(['en', ['warning LANGUAGE_MISMATCH']]);
  });

  it('ISO 639-2 language codes (eng, rus, kor) are read as BCP 47, with an info diagnostic', () => {
    const xml = `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="eng"/><FRBRtranslation href="/x" fromLanguage="rus"/></FRBRExpression></identification></meta><body/></act></akomaNtoso>`;
    const r = parseAkn(xml);
    expect(r.treaty.expressions[0]).toMatchObject({ lang: 'en', translatedFrom: 'ru', grade: 'unofficial-translation' });
    expect(r.diagnostics.filter((d) => d.code === 'AKN_LANGUAGE_CODE').map((d) => d.severity)).toEqual(['info', 'info']);
  });

  it('text in foreign elements outside the body is kept with the expression notes and reported', () => {
    const xml = `<akomaNtoso xmlns="${AKN_NAMESPACE}" xmlns:x="urn:x"><act name="treaty"><body/><x:annex>Synthetic annex text</x:annex></act></akomaNtoso>`;
    const r = parseAkn(xml);
    expect(r.treaty.expressions[0]!.notes).toEqual([{ type: 'text', value: 'Synthetic annex text' }]);
    expect(r.diagnostics.map((d) => d.code)).toContain('AKN_OUTSIDE_BODY');
  });

  it('options.id names a treaty that has no record and no work URI', () => {
    const xml = `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><body/></act></akomaNtoso>`;
    expect(parseAkn(xml, { id: 'given-id' }).treaty.id).toBe('given-id');
    expect(parseAkn(xml).treaty.id).toBe('treaty');
  });

  it('CRLF input, a BOM and decomposed (NFD) text are normalised at the edge', () => {
    const t = sampleTreaty();
    const xml = serializeAkn(t);
    expect(parseAkn('\uFEFF' + xml.replace(/\n/g, '\r\n')).treaty).toEqual(t);
    const nfd = parseAkn(xml.replaceAll('Synthetic Pact &amp; &lt;Test&gt;', 'Cafe\u0301 Pact'));
    expect(nfd.treaty.titles[0]!.value).toBe('Caf\u00E9 Pact');
  });
});

describe('format hooks', () => {
  it('aknFormat detects AKN with or without a prefix, not other XML', () => {
    expect(aknFormat.name).toBe('akn');
    expect(aknFormat.extensions).toEqual(['xml', 'akn']);
    expect(looksLikeAkomaNtoso(fixture('other-tool-prefixed.xml'))).toBe(true);
    expect(aknFormat.detect(fixture('sections-default-ns.xml'))).toBe(true);
    expect(aknFormat.detect('<?xml version="1.0"?><html/>')).toBe(false);
    expect(aknFormat.detect('# Title: x\n\nArticle 1\n')).toBe(false);
    expect(aknFormat.parse(fixture('collection-ru-ko.xml')).treaty.id).toBe('synthetic-test-pact');
  });

  it('aknSerializer writes the whole treaty, or one expression', () => {
    expect(aknSerializer.name).toBe('akn');
    expect(aknSerializer.extension).toBe('xml');
    const t = sampleTreaty();
    expect(aknSerializer.serialize(t)).toBe(serializeAkn(t));
    expect(aknSerializer.serialize(t, { expressionId: 'ko' })).toBe(serializeAkn(t, { expressionId: 'ko' }));
  });
});

describe('the real witnesses in data/sources', () => {
  const dir = new URL('../data/sources/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

  it('there are witness files to test', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of files) {
    it(`text → model → AKN → model is exact: ${file}`, () => {
      const parsed = parseText(readFileSync(new URL(file, dir), 'utf8'), { source: file }).treaty;
      const xml = serializeAkn(parsed);
      const back = parseAkn(xml, { source: file });
      expect(back.treaty).toEqual(parsed);
      expect(back.diagnostics).toEqual([]);
      // And the AKN of the re-read model is byte-identical: nothing drifts on a second pass.
      expect(serializeAkn(back.treaty)).toBe(xml);
      // Every expression alone, too (what the corpus build writes to data/akn/).
      for (const d of serializeAknExpressions(parsed)) {
        expect(parseAkn(d.xml).treaty.expressions).toEqual(parsed.expressions.filter((e) => e.id === d.expressionId));
      }
    });
  }

  it('every gap and note of the witnesses is in the AKN (as omissis / noteRef), none merged into text', () => {
    for (const file of files) {
      const parsed = parseText(readFileSync(new URL(file, dir), 'utf8'), { source: file }).treaty;
      const xml = serializeAkn(parsed);
      const count = (type: 'gap' | 'note') => JSON.stringify(parsed).split(`"type":"${type}"`).length - 1;
      expect(xml.split('<omissis ').length - 1).toBe(count('gap'));
      expect(xml.split('<noteRef ').length - 1).toBe(count('note'));
      // Header lines (kept verbatim in meta/proprietary) may mention the convention; the document text may not.
      expect(xml.replace(/<meta>[\s\S]*?<\/meta>/g, '')).not.toContain('[MISSING:');
    }
  });
});

describe('the generated corpus files in data/akn', () => {
  const root = new URL('../data/akn/', import.meta.url);
  const treaties = readdirSync(root).sort();

  for (const id of treaties) {
    it(`each data/akn/${id}/*.xml is its corpus treaty restricted to that witness`, () => {
      const corpus = JSON.parse(readFileSync(new URL(`../data/corpus/${id}.json`, import.meta.url), 'utf8')) as Treaty;
      const files = readdirSync(new URL(`${id}/`, root)).filter((f) => f.endsWith('.xml')).sort();
      expect(files.length).toBe(corpus.expressions.length);
      for (const f of files) {
        const r = parseAkn(readFileSync(new URL(`${id}/${f}`, root), 'utf8'), { source: f });
        const e = corpus.expressions.find((x) => `${x.id}.xml` === f);
        expect(r.treaty).toEqual({ ...corpus, expressions: [e] });
        expect(r.diagnostics).toEqual([]);
      }
    });
  }
});

describe('a documentCollection whose signatories are marked on the collection (rv18 7)', () => {
  it('reads the collection\'s signatories as the parties, though its component names only its author', () => {
    const xml = `<akomaNtoso xmlns="${AKN_NAMESPACE}"><documentCollection name="treaty"><meta><identification source="#x">
<FRBRWork><FRBRthis value="/akn/int/treaty/1988-04-12/rf/!main"/><FRBRuri value="/akn/int/treaty/1988-04-12/rf"/><FRBRdate date="1988-04-12" name="signature"/><FRBRauthor href="#ruritania" as="#signatory"/><FRBRauthor href="#freedonia" as="#signatory"/></FRBRWork>
</identification><references source="#x"><TLCOrganization eId="ruritania" href="/o/ruritania" showAs="Kingdom of Ruritania"/><TLCOrganization eId="freedonia" href="/o/freedonia" showAs="Republic of Freedonia"/></references></meta>
<collectionBody><component eId="cmp_1"><act name="treaty"><meta><identification source="#x"><FRBRWork><FRBRthis value="/akn/int/treaty/1988-04-12/rf/!main"/><FRBRauthor href="#ruritania"/></FRBRWork><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
<body><article eId="art_1"><num>Article 1</num><content><p>The Parties shall consult each other.</p></content></article></body></act></component></collectionBody></documentCollection></akomaNtoso>`;
    const r = parseAkn(xml, { source: 'coll.xml' });
    expect(r.treaty.parties.map((p) => p.name)).toEqual(['Kingdom of Ruritania', 'Republic of Freedonia']);
    expect(r.diagnostics.some((d) => d.code === 'AKN_PARTIES_NOT_READ')).toBe(false);
  });
});

describe('an annex (<attachments>) (rv18 6)', () => {
  it('is kept with the notes as its text only - not its own FRBR metadata, not one warning per element', () => {
    const xml = `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
<body><article eId="art_1"><num>Article 1</num><content><p>The Parties shall consult each other.</p></content></article></body>
<conclusions><p>Done at Strelsau on 12 April 1988.</p></conclusions>
<attachments><attachment><doc name="annex"><meta><identification source="#x">
<FRBRWork><FRBRthis value="/akn/int/treaty/1988/rf/annex_1/!main"/><FRBRuri value="/akn/int/treaty/1988/rf/annex_1"/><FRBRdate date="1988-04-12" name="signature"/><FRBRauthor href="#x"/></FRBRWork>
</identification></meta><preface><docTitle>Annex I</docTitle></preface><mainBody><paragraph eId="para_1"><num>1.</num><content><p>The Parties shall hold joint exercises every year.</p></content></paragraph></mainBody></doc></attachment></attachments>
</act></akomaNtoso>`;
    const r = parseAkn(xml, { source: 'annex.xml' });
    expect(r.treaty.expressions[0]!.notes).toEqual([{ type: 'text', value: 'Done at Strelsau on 12 April 1988.\nAnnex I\n1.\nThe Parties shall hold joint exercises every year.' }]);
    expect(r.diagnostics.filter((d) => d.code === 'AKN_MARKUP_FLATTENED')).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === 'AKN_OUTSIDE_BODY').map((d) => d.message)).toEqual(["<attachments> (annexes) text kept with the expression's notes: not aligned, compared or classified"]);
  });
});

describe('ids from other producers', () => {
  const doc = (articles: string) => `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta><body>
${articles}
</body></act></akomaNtoso>`;

  it('an id the model cannot hold (AKN 2.0 id="art1", free-form, huge) is replaced from the <num>, with AKN_EID_REPLACED, so the model writes out', () => {
    for (const id of ['art1', 'Article One', 'x'.repeat(300)]) {
      const r = parseAkn(doc(`<article id="${id}"><num>Article 3</num><content><p>The Parties shall consult each other.</p></content></article>`), { source: 'old.xml' });
      const art = r.treaty.expressions[0]!.body[0]!;
      expect(art.eId).toBe('art_3');
      const d = r.diagnostics.find((x) => x.code === 'AKN_EID_REPLACED')!;
      expect(d).toMatchObject({ severity: 'warning', source: 'old.xml', line: 2 });
      expect(d.message.length).toBeLessThan(200);
      // The model the reader returns is valid: JSON and AKN output work and read back the same.
      expect(parseAkn(serializeAkn(r.treaty)).treaty).toEqual(r.treaty);
    }
  });

  it('an article eId spelling its number otherwise (art_IV, art_1a, art_1bis) is read as every format makes it, so text writes the printed number and versions align by number (rv18 1)', async () => {
    const { serializeText } = await import('../src/render/treaty/text.js');
    const { compareTreaties } = await import('../src/compare/index.js');
    const { classifyTreaty } = await import('../src/classify/index.js');
    const body = (ids: [string, string, string, string]) =>
      doc(`<article eId="${ids[0]}"><num>Article 1</num><content><p>The Parties shall consult each other.</p></content></article>
<article eId="${ids[1]}"><num>Article 1 bis</num><content><p>Neither Party shall join any alliance directed against the other.</p></content></article>
<article eId="${ids[2]}"><num>Article 1a</num><content><p>The Parties shall develop trade.</p></content></article>
<article eId="${ids[3]}"><num>Article IV</num><content><p>This Treaty enters into force on signature.</p></content></article>`);
    const r = parseAkn(body(['art_1', 'art_1bis', 'art_1a', 'art_IV']), { source: 'nums.xml', id: 'a' });
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1', 'art_1_bis', 'art_1_a', 'art_4']);
    expect(r.diagnostics.filter((d) => d.code === 'AKN_EID_CANONICAL').map((d) => [d.severity, d.line])).toEqual([['info', 3], ['info', 4], ['info', 5]]);
    // Plain text prints each article's own number and reads back the same treaty; classification keeps document order.
    const text = serializeText(r.treaty);
    expect(text.split('\n').filter((l) => l.startsWith('Article'))).toEqual(['Article 1', 'Article 1 bis', 'Article 1a', 'Article IV']);
    expect(parseText(text, { id: 'a' }).treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1', 'art_1_bis', 'art_1_a', 'art_4']);
    expect(classifyTreaty(r.treaty).provisions.map((p) => p.eId)).toEqual(['art_1', 'art_1_bis', 'art_1_a', 'art_4']);
    // Two files that differ only in how the eId is spelled are the same treaty.
    const other = parseAkn(body(['art_1', 'art_1_bis', 'art_1_a', 'art_4']), { id: 'b' }).treaty;
    expect(compareTreaties(r.treaty, other).alignment.links.map((l) => l.relation)).toEqual(['same', 'same', 'same', 'same']);
    // An eId that names another number than its <num> takes its printed number's eId, with a warning
    // (rv21 12; it was kept as given); a second article of a number stays as given.
    const renamed = parseAkn(doc('<article eId="art_5"><num>Article 6</num><content><p>One.</p></content></article>\n<article eId="art_6-2"><num>Article 6</num><content><p>Two.</p></content></article>'));
    expect(renamed.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_6', 'art_6-2']);
    expect(renamed.diagnostics.filter((d) => d.code === 'AKN_EID_NUM_MISMATCH')).toHaveLength(1);
    // Its paragraphs and points follow the article's eId.
    const nested = parseAkn(doc('<article eId="art_IV"><num>Article IV</num><paragraph eId="art_IV__para_1"><num>1.</num><content><p>One.</p></content></paragraph><paragraph eId="art_IV__para_2"><num>2.</num><list eId="art_IV__para_2__list_1"><intro><p>Two:</p></intro><point eId="art_IV__para_2__list_1__point_a"><num>(a)</num><content><p>a;</p></content></point></list></paragraph></article>')).treaty;
    expect(JSON.stringify(nested)).not.toContain('art_IV');
    expect(nested.expressions[0]!.body[0]!.children.map((c) => c.eId)).toEqual(['art_4__para_1', 'art_4__para_2']);
  });

  it('a number that appears again (chapters restarting at Article 1, a misprint) is read with a warning as art_4-2, never art_4_2 (Article 4-2)', () => {
    const r = parseAkn(doc('<article><num>Article 4</num><content><p>One.</p></content></article>\n<article><num>Article 4</num><content><p>Two.</p></content></article>'), { source: 'dup.xml' });
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_4', 'art_4-2']);
    const d = r.diagnostics.find((x) => x.code === 'AKN_DUPLICATE_NUMBER')!;
    expect(d).toMatchObject({ severity: 'warning', source: 'dup.xml', line: 3 });
    expect(d.message).toContain('first at line 2');
    expect(parseAkn(serializeAkn(r.treaty)).treaty).toEqual(r.treaty);
  });

  it('an eId that names another number than its <num> is said; the article takes the eId of its printed number where free (rv21 12)', async () => {
    const r = parseAkn(doc('<article eId="art_2"><num>Article 1</num><content><p>One.</p></content></article>\n<article><num>Article 2</num><content><p>Two.</p></content></article>\n<article eId="art_4"><num>Article 4</num><paragraph eId="art_4__para_2"><num>1.</num><content><p>First.</p></content></paragraph><paragraph><num>2.</num><content><p>Second.</p></content></paragraph></article>'), { source: 'clash.xml' });
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1', 'art_2', 'art_4']);
    expect(r.diagnostics.find((x) => x.code === 'AKN_EID_NUM_MISMATCH')).toMatchObject({ severity: 'warning', line: 2, message: expect.stringContaining('identified as art_1') });
    // A paragraph whose number's eId another paragraph holds: the message says so, not "appears again".
    const dup = r.diagnostics.find((x) => x.code === 'AKN_DUPLICATE_NUMBER')!;
    expect(dup.message).toMatch(/paragraph number "2\." has the eId art_4__para_2, which the paragraph at line 4 \(printed "1\."\) already holds/);
    // Compared with the same articles in plain text, numbered 1–4, nothing is renumbered.
    const { compareTreaties } = await import('../src/compare/index.js');
    const plain = parseText('Pact\n\nArticle 1\nOne.\n\nArticle 2\nTwo.\n\nArticle 4\n1. First.\n\n2. Second.\n', { id: 'plain' }).treaty;
    expect(compareTreaties(r.treaty, plain).diff.alignment.links.filter((l) => l.relation === 'renumbered')).toEqual([]);
  });

  it('a letter after the number is an inserted article: Article 12(b) is art_12_b, next to Article 12', () => {
    const r = parseAkn(doc('<article><num>Article 12</num><content><p>One.</p></content></article>\n<article><num>Article 12(b)</num><content><p>Two.</p></content></article>\n<article><num>Article 12c</num><content><p>Three.</p></content></article>'));
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_12', 'art_12_b', 'art_12_c']);
    expect(r.diagnostics.some((x) => x.code === 'AKN_DUPLICATE_NUMBER')).toBe(false);
  });

  it('soft hyphens are removed from the text and reported once (SOFT_HYPHEN), as in plain text (rv13 1)', () => {
    const r = parseAkn(doc('<article><num>Article 1</num><content><p>The Parties shall con\u00ADsult and as\u00ADsist.</p></content></article>'));
    expect(r.treaty.expressions[0]!.body[0]!.content).toEqual([{ type: 'text', value: 'The Parties shall consult and assist.' }]);
    expect(r.diagnostics.filter((x) => x.code === 'SOFT_HYPHEN').map((x) => [x.severity, x.message])).toEqual([['info', '2 soft hyphen(s) (U+00AD) removed, the first in this <p>']]);
  });

  it('a Cyrillic letter after the number is an inserted article: Статья 12(б) is art_12_b, as the plain-text reader reads it', () => {
    const r = parseAkn(doc('<article><num>Статья 12</num><content><p>Один.</p></content></article>\n<article><num>Статья 12(б)</num><content><p>Два.</p></content></article>'));
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_12', 'art_12_b']);
    expect(r.diagnostics.some((x) => x.code === 'AKN_DUPLICATE_NUMBER')).toBe(false);
  });

  it('points get the ids the plain-text reader gives them (roman, Cyrillic, Hangul markers)', () => {
    const pts = (nums: string[]) => doc(`<article><num>Article 1</num><paragraph><num>1.</num><list>${nums.map((n) => `<point><num>${n}</num><content><p>x</p></content></point>`).join('')}</list></paragraph></article>`);
    const ids = (nums: string[]) => parseAkn(pts(nums)).treaty.expressions[0]!.body[0]!.children[0]!.children.map((c) => c.eId.replace('art_1__para_1__', ''));
    expect(ids(['(i)', '(ii)', '(iii)', '(iv)', '(v)', '(vi)'])).toEqual(['point_i', 'point_ii', 'point_iii', 'point_iv', 'point_v', 'point_vi']);
    const text = parseText('Pact\n\nArticle 1\n\n1. The Parties agree:\n(i) x\n(ii) x\n(iii) x\n(iv) x\n(v) x\n(vi) x\n').treaty.expressions[0]!.body[0]!.children[0]!.children.map((c) => c.eId.replace('art_1__para_1__', ''));
    expect(ids(['(i)', '(ii)', '(iii)', '(iv)', '(v)', '(vi)'])).toEqual(text);
    expect(ids(['а)', 'б)'])).toEqual(['point_a', 'point_b']);
    expect(ids(['가.', '나.'])).toEqual(['point_ga', 'point_na']);
  });
});

describe('editorial markup inside text', () => {
  it('<del> text is not treaty text (a note and AKN_DELETED_TEXT), <remark> is a note, <ins> text is text', () => {
    const r = parseAkn(`<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><body><article eId="art_1"><num>Article 1</num><content><p>The Parties shall <del>not</del> consult <ins>each other</ins> at once.<remark>wording as corrected in 1990</remark></p></content></article></body></act></akomaNtoso>`, { source: 'ed.xml' });
    const art = r.treaty.expressions[0]!.body[0]!;
    expect(provisionText(art)).toBe('The Parties shall  consult each other at once.');
    expect(art.content.filter((n) => n.type === 'note').map((n) => (n as { value: string }).value)).toEqual(['deleted: not', 'wording as corrected in 1990']);
    expect(r.diagnostics.find((d) => d.code === 'AKN_DELETED_TEXT')).toMatchObject({ severity: 'warning', source: 'ed.xml', line: 1 });
  });
});

describe('conclusions', () => {
  const doc = (closing: string) =>
    `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta><body><article eId="art_1"><num>Article 1</num><content><p>The Parties shall consult each other.</p></content></article></body><conclusions><p>${closing}</p></conclusions></act></akomaNtoso>`;
  it('a change in the closing text (which language prevails) is not lost: diffTreaties warns and quotes both', async () => {
    const { diffTreaties } = await import('../src/diff/treaty.js');
    const a = parseAkn(doc('Done at Strelsau in two originals, both texts being equally authentic.')).treaty;
    const b = parseAkn(doc('Done at Strelsau in two originals. In case of divergence the Freedonian text shall prevail.')).treaty;
    const w = diffTreaties(a, b).warnings.find((d) => d.code === 'CLOSING_TEXT_NOT_COMPARED')!;
    expect(w.severity).toBe('warning');
    expect(w.message).toContain('equally authentic');
    expect(w.message).toContain('Freedonian text shall prevail');
    expect(diffTreaties(a, a).warnings.some((d) => d.code === 'CLOSING_TEXT_NOT_COMPARED')).toBe(false);
    // A long shared opening: the warning quotes where the texts differ, side by side.
    const opening = 'IN WITNESS WHEREOF the undersigned, being duly authorised thereto by their respective Governments, have signed this Treaty and have affixed thereto their seals. Done at Strelsau in two originals. ';
    const long = (end: string) => parseAkn(doc(opening + end)).treaty;
    const lw = diffTreaties(long('All texts being equally authentic.'), long('In case of divergence the English text shall prevail.')).warnings.find((d) => d.code === 'CLOSING_TEXT_NOT_COMPARED')!;
    expect(lw.message).toMatch(/left \(.*equally authentic.*\| right \(.*English text shall prevail/);
  });
});

describe('title and parties in the standard places', () => {
  it('treaty-diff AKN without its proprietary record still gives the title (FRBRname) and parties (FRBRauthor signatories)', () => {
    const t = parseText('# Title: Pact of Ruritania and Freedonia\n# Parties: Republic of Ruritania; Kingdom of Freedonia\n# Language: English\n\nArticle 1\n\nThe Parties shall consult each other.\n').treaty;
    const xml = serializeAkn(t);
    expect(xml).toContain('<FRBRname value="Pact of Ruritania and Freedonia"/>');
    const bare = parseAkn(xml.replace(/<proprietary[\s\S]*?<\/proprietary>/, ''));
    expect(bare.treaty.titles.map((x) => x.value)).toEqual(['Pact of Ruritania and Freedonia']);
    expect(bare.treaty.parties.map((p) => p.name)).toEqual(['Republic of Ruritania', 'Kingdom of Freedonia']);
  });

  it('a person who signs is no party, a repeated signatory is one party, and organisations not marked as signatories are reported', () => {
    const refs = '<references source="#x"><TLCPerson eId="signer" href="/p/signer" showAs="A. Signer"/><TLCOrganization eId="rur" href="/o/rur" showAs="Republic of Ruritania"/><TLCOrganization eId="fre" href="/o/fre" showAs="Kingdom of Freedonia"/></references>';
    const doc = (authors: string) => `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><meta><identification source="#x"><FRBRWork><FRBRthis value="/akn/int/treaty/x"/>${authors}</FRBRWork><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification>${refs}</meta><body><article eId="art_1"><content><p>x</p></content></article></body></act></akomaNtoso>`;
    const r = parseAkn(doc('<FRBRauthor href="#signer" as="#signatory"/><FRBRauthor href="#rur" as="#signatory"/><FRBRauthor href="#rur" as="#signatory"/><FRBRauthor href="#fre" as="#signatory"/>'));
    expect(r.treaty.parties.map((p) => p.name)).toEqual(['Republic of Ruritania', 'Kingdom of Freedonia']);
    expect(r.diagnostics.find((d) => d.code === 'AKN_SIGNATORY_UNRESOLVED')?.message).toContain('<TLCPerson>');
    const unmarked = parseAkn(doc('<FRBRauthor href="#rur"/>'));
    expect(unmarked.treaty.parties).toEqual([]);
    expect(unmarked.diagnostics.find((d) => d.code === 'AKN_PARTIES_NOT_READ')?.message).toContain('"Kingdom of Freedonia"');
  });

  it('a signatory that names no reference is reported, not dropped silently', () => {
    const r = parseAkn(`<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><meta><identification source="#x"><FRBRWork><FRBRthis value="/akn/int/treaty/x"/><FRBRauthor href="#nobody" as="#signatory"/></FRBRWork><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta><body><article eId="art_1"><content><p>x</p></content></article></body></act></akomaNtoso>`);
    expect(r.treaty.parties).toEqual([]);
    expect(r.diagnostics.find((d) => d.code === 'AKN_SIGNATORY_UNRESOLVED')?.message).toContain('#nobody');
  });
});

describe('control characters XML allows', () => {
  it('DEL and C1 controls in text are removed and reported, a run between two words read as a space', () => {
    const r = parseAkn(`<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><body><article eId="art_1"><num>Article 1</num><content><p>The Parties shall consult&#x7f;each other.&#x96;</p></content></article></body></act></akomaNtoso>`, { source: 'c.xml' });
    expect(provisionText(r.treaty.expressions[0]!.body[0]!)).toBe('The Parties shall consult each other.');
    expect(r.diagnostics.filter((d) => d.code === 'CONTROL_CHARACTER').length).toBeGreaterThan(0);
    // and the model it gives writes out as JSON and reads back
    expect(parseJson(serializeJson(r.treaty)).treaty).toEqual(r.treaty);
  });
});
