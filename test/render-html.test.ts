import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTreaties } from '../src/diff/index.js';
import type { Lineage, LineageStep, ObligationChange } from '../src/compare/types.js';
import type { Expression, Provision, Treaty } from '../src/model/types.js';
import {
  htmlComparisonFromDiff,
  renderHtmlReport,
  renderHtmlReportData,
  reportChange,
  type HtmlReportData,
  type HtmlReportPair,
  type HtmlReportUnit,
} from '../src/render/report/html.js';
import { describeLadderTimeline, eIdReadable, escapeXml, ladderTimelineOf, renderLadderSvg, type LadderTimeline } from '../src/render/report/svg.js';
import { renderLineageText } from '../src/render/report/text.js';

// Synthetic clauses only (Examplia / Samplestan): no treaty wording.
const EVIL = `<script>alert("x")</script> & 'quoted' "double"`;

function unit(eId: string, lang: string, text: string, gaps: string[] = [], grade: HtmlReportUnit['grade'] = 'official-translation'): HtmlReportUnit {
  return { type: 'html-report-unit', eId, num: eId.replace(/^art_/, ''), lang, grade, citation: `Synthetic source ${eId}`, text, gaps };
}

const timeline: LadderTimeline = {
  type: 'ladder-timeline',
  columns: [
    { type: 'ladder-column', treatyId: 'ex-1950', label: '1950', sublabel: 'Examplia–Samplestan' },
    { type: 'ladder-column', treatyId: 'ex-1990', label: '1990' },
    { type: 'ladder-column', treatyId: 'ex-2020', label: '2020' },
  ],
  threads: [
    {
      type: 'ladder-thread',
      id: 'mutual-assistance',
      label: 'mutual assistance',
      points: [
        { type: 'ladder-point', column: 0, rung: 5, provision: 'Art 1', grade: 'official-translation' },
        { type: 'ladder-point', column: 1, rung: 1, provision: 'reports', grade: 'report' },
        { type: 'ladder-point', column: 2, rung: 5, provision: 'Art 4', grade: 'unofficial-translation' },
      ],
    },
    {
      type: 'ladder-thread',
      id: 'consultation',
      label: EVIL,
      points: [{ type: 'ladder-point', column: 2, rung: 3, provision: 'Art 3', grade: 'authentic' }],
    },
  ],
};

const redlinePair: HtmlReportPair = {
  type: 'html-report-pair',
  relation: 'renumbered',
  score: 0.5,
  flags: ['cross-grade', 'partial-witness'],
  left: [unit('art_1', 'en', 'Examplia shall help Samplestan at once.')],
  right: [unit('art_4', 'en', 'Examplia shall help Samplestan under the charter…', ['rest of the synthetic clause'], 'unofficial-translation')],
  diff: {
    a: 'Examplia shall help Samplestan at once.',
    b: 'Examplia shall help Samplestan under the charter…',
    parts: [
      { type: 'equal', value: 'Examplia shall help Samplestan ', aStart: 0, bStart: 0 },
      { type: 'delete', value: 'at once.', aStart: 31 },
      { type: 'insert', value: 'under the charter…', bStart: 31 },
    ],
  },
  leftObligations: [{ type: 'html-report-obligation', kind: 'mutual-assistance', commitment: 5 }],
  rightObligations: [{ type: 'html-report-obligation', kind: 'mutual-assistance', commitment: 4 }],
  changes: [
    {
      type: 'html-report-change',
      change: 'weakened',
      before: { type: 'html-report-obligation', kind: 'mutual-assistance', commitment: 5 },
      after: { type: 'html-report-obligation', kind: 'mutual-assistance', commitment: 4 },
      fields: ['conditions'],
    },
  ],
};

const movePair: HtmlReportPair = {
  type: 'html-report-pair',
  relation: 'modified',
  score: 0.8,
  flags: [],
  left: [unit('art_2', 'en', 'alpha beta gamma')],
  right: [unit('art_2', 'en', 'gamma Alpha beta')],
  diff: {
    a: 'alpha beta gamma',
    b: 'gamma Alpha beta',
    parts: [
      { type: 'insert', value: 'gamma ', bStart: 0, moveId: 'mv-7' },
      { type: 'equal', value: 'alpha beta', aStart: 0, bStart: 6, bValue: 'Alpha beta' },
      { type: 'delete', value: ' gamma', aStart: 10, moveId: 'mv-7' },
    ],
  },
  leftObligations: [],
  rightObligations: [],
  changes: [],
};

const evilPair: HtmlReportPair = {
  type: 'html-report-pair',
  relation: 'added',
  score: 0,
  flags: ['report-witness'],
  left: [],
  right: [{ ...unit('art_9', 'en', EVIL, [], 'report'), citation: EVIL, num: EVIL }],
  leftObligations: [],
  rightObligations: [{ type: 'html-report-obligation', kind: EVIL, commitment: 2, detail: EVIL }],
  changes: [{ type: 'html-report-change', change: 'added', after: { type: 'html-report-obligation', kind: EVIL }, fields: [EVIL], note: EVIL }],
};

const cyrKo: HtmlReportPair = {
  type: 'html-report-pair',
  relation: 'removed',
  score: 0,
  flags: [],
  left: [unit('art_5', 'ru', 'Синтетическая статья … без пропуска'), unit('art_6', 'ko', '합성 조항 …', ['끝부분 없음'], 'authentic')],
  right: [],
  leftObligations: [],
  rightObligations: [],
  changes: [],
};

const data: HtmlReportData = {
  type: 'html-report-data',
  title: `Synthetic report ${EVIL}`,
  lead: EVIL,
  notes: [EVIL],
  timeline,
  comparisons: [
    {
      type: 'html-report-comparison',
      left: { type: 'html-report-treaty', id: 'ex-1950', title: `Synthetic 1950 ${EVIL}`, label: '1950' },
      right: { type: 'html-report-treaty', id: 'ex-2020', title: 'Synthetic 2020', label: '2020' },
      pairs: [redlinePair, movePair, evilPair, cyrKo],
      warnings: [EVIL],
    },
  ],
};

describe('renderHtmlReportData', () => {
  const html = renderHtmlReportData(data);

  it('is a complete, self-contained document', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toMatch(/<title>Synthetic report &lt;script&gt;/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i);
    // The only URL is the SVG namespace, which is an identifier, not a request.
    const urls = html.match(/https?:\/\/[^\s"'<>]+/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
  });

  it('escapes text from every field', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain(`"double"`);
    expect(html).not.toContain(`'quoted'`);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &quot;double&quot;');
    // every start of a tag is one the renderer wrote: no element named after input text
    const tags = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()));
    for (const t of tags) expect(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'h4', 'p', 'nav', 'strong', 'ul', 'li', 'a', 'div', 'main', 'span', 'section', 'figure', 'figcaption', 'svg', 'desc', 'rect', 'line', 'text', 'tspan', 'g', 'circle', 'polygon', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col', 'del', 'ins', 'sup', 'small', 'br', 'footer']).toContain(t);
  });

  it('escapes any string in any field (property)', () => {
    const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'nav', 'strong', 'ul', 'li', 'a', 'div', 'main', 'span', 'section', 'figure', 'figcaption', 'svg', 'desc', 'rect', 'line', 'text', 'tspan', 'g', 'circle', 'polygon', 'path', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col', 'del', 'ins', 'sup', 'small', 'br', 'footer']);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 40 }), (x, y) => {
        const u = { ...unit('art_1', x, `${x}${y}`, [y]), citation: y, witnessId: x };
        const d: HtmlReportData = {
          type: 'html-report-data',
          title: x,
          lead: y,
          notes: [x],
          timeline: { ...timeline, columns: timeline.columns.map((c) => ({ ...c, label: x })), threads: [{ ...timeline.threads[0]!, label: y, id: x }] },
          comparisons: [{ type: 'html-report-comparison', left: { type: 'html-report-treaty', id: x, title: y, label: x }, right: { type: 'html-report-treaty', id: y, title: x, label: y }, warnings: [y], notes: [x], witnesses: [{ type: 'html-report-witness', side: 'left', id: x, lang: y, grade: 'report', citation: x }], pairs: [{ ...redlinePair, left: [u], right: [u], diff: { a: u.text, b: u.text, parts: [{ type: 'equal', value: u.text, aStart: 0, bStart: 0 }] } }] }],
        };
        const out = renderHtmlReportData(d);
        for (const m of out.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)) expect(allowed.has(m[1]!.toLowerCase())).toBe(true);
        expect(out).toContain(`<title>${escapeXml(x)}</title>`);
        expect(out).toContain(escapeXml(y));
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and depends only on the data', () => {
    expect(renderHtmlReportData(JSON.parse(JSON.stringify(data)) as HtmlReportData)).toBe(html);
  });

  it('marks deleted and inserted words in their columns', () => {
    expect(html).toContain('Examplia shall help Samplestan <del>at once.</del>');
    expect(html).toMatch(/Examplia shall help Samplestan <ins>under the charter<span class="gap"[^>]*>\[MISSING: rest of the synthetic clause\]<\/span><\/ins>/);
  });

  it('labels both ends of a move with the same id and links them', () => {
    expect(html).toContain('<ins class="moved" data-move="m1" id="cmp-1-m1-b"');
    expect(html).toContain('<del class="moved" data-move="m1" id="cmp-1-m1-a"');
    expect(html).toContain('href="#cmp-1-m1-a"');
    expect(html).toContain('href="#cmp-1-m1-b"');
  });

  it('shows rung 0 only for kinds on the assistance ladder', () => {
    const pair: HtmlReportPair = { ...movePair, rightObligations: [{ type: 'html-report-obligation', kind: 'non-alliance', commitment: 0 }, { type: 'html-report-obligation', kind: 'consultation', commitment: 0, detail: 'general' }] };
    const out = renderHtmlReportData({ type: 'html-report-data', title: 'Synthetic', notes: [], comparisons: [{ ...data.comparisons[0]!, pairs: [pair] }] });
    expect(out).toContain('<span class="ob"><span class="ob-kind">non-alliance</span></span>');
    expect(out).toContain('<span class="ob-kind">consultation <small>(general)</small></span><span class="ob-rung">rung 0</span>');
  });

  it('strikes a run of changed words as one phrase, not word by word', () => {
    const pair: HtmlReportPair = {
      ...movePair,
      left: [unit('art_7', 'en', 'one two three four')],
      right: [unit('art_7', 'en', 'uno two dos four')],
      diff: {
        a: 'one two three four',
        b: 'uno two dos four',
        parts: [
          { type: 'delete', value: 'one', aStart: 0 },
          { type: 'insert', value: 'uno', bStart: 0 },
          { type: 'equal', value: ' ', aStart: 3, bStart: 3 },
          { type: 'delete', value: 'two', aStart: 4 },
          { type: 'insert', value: 'two', bStart: 4 },
          { type: 'equal', value: ' ', aStart: 7, bStart: 7 },
          { type: 'delete', value: 'three', aStart: 8 },
          { type: 'insert', value: 'dos', bStart: 8 },
          { type: 'equal', value: ' four', aStart: 13, bStart: 11 },
        ],
      },
    };
    const out = renderHtmlReportData({ type: 'html-report-data', title: 'Synthetic', notes: [], comparisons: [{ ...data.comparisons[0]!, pairs: [pair] }] });
    expect(out).toContain('<p class="text" lang="en"><del>one two three</del> four</p>');
    expect(out).toContain('<p class="text" lang="en"><ins>uno two dos</ins> four</p>');
  });

  it('shows each side its own text where parts compared equal under loose options', () => {
    expect(html).toContain('<sup class="move-label"><a href="#cmp-1-m1-a">m1</a></sup>Alpha beta</p>');
    expect(html).toContain('<p class="text" lang="en">alpha beta<del class="moved"');
  });

  it('shows gaps as gaps and keeps ellipses that are not gaps', () => {
    expect(html).toContain('Синтетическая статья … без пропуска');
    expect(html).toContain('합성 조항 <span class="gap"');
    expect(html).toContain('[MISSING: 끝부분 없음]');
  });

  it('sets lang on every provision text', () => {
    expect(html).toContain('<p class="text" lang="ru">Синтетическая');
    expect(html).toContain('<p class="text" lang="ko">합성');
    const texts = html.match(/<p class="text"[^>]*>/g) ?? [];
    expect(texts.length).toBe(7); // 2 redline + 2 move + 1 added + 2 removed units
    for (const t of texts) expect(t).toMatch(/lang="(en|ru|ko)"/);
  });

  it('counts relations and obligation changes in the summary', () => {
    const row = (name: string) => new RegExp(`<tr><th scope="row">${name}</th><td>(\\d+)</td></tr>`).exec(html)?.[1];
    expect(row('renumbered')).toBe('1');
    expect(row('modified')).toBe('1');
    expect(row('same')).toBe('0');
    expect(row('weakened')).toBe('1');
    expect(row('strengthened')).toBe('0');
    expect(html).toContain('<tfoot><tr><th scope="row">total</th><td>4</td></tr></tfoot>');
  });

  it('shows witness grades and rungs as text, not colour only', () => {
    expect(html).toContain('>official translation</span>');
    expect(html).toContain('>unofficial translation</span>');
    expect(html).toContain('>report (not the text)</span>');
    expect(html).toContain('>authentic text</span>');
    expect(html).toContain('<span class="ob-rung">rung 5</span>');
    expect(html).toContain('<span class="rungs">5 → 4</span>');
  });

  it('warns where a report-grade or partial witness was compared', () => {
    expect(html).toContain('flag-report-witness');
    expect(html).toContain('flag-partial-witness');
    expect(html).toContain('flag-cross-grade');
  });

  it('has one h1, sections with h2, and table headers', () => {
    expect(html.match(/<h1[ >]/g)?.length).toBe(1);
    expect(html.match(/<h2[ >]/g)?.length).toBe(2);
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    levels.forEach((l, i) => expect(l - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1)); // no skipped heading level
    expect(html).toContain('<th scope="col">1950 (earlier)</th>');
    expect(html).toContain('@media print');
  });
});

describe('eIdReadable', () => {
  it('reads eIds as a person would', () => {
    expect(eIdReadable('art_1__para_2')).toBe('Art 1 para 2');
    expect(eIdReadable('preamble')).toBe('Preamble');
    expect(eIdReadable('rep_contact')).toBe('rep_contact');
  });
});

describe('renderLadderSvg', () => {
  const svg = renderLadderSvg(timeline, { idPrefix: 't' });

  it('labels all six rungs and every column', () => {
    for (const label of ['none', 'contact only', 'crisis consultation', 'conditional mutual', 'automatic mutual assistance']) expect(svg).toContain(label);
    expect(svg.match(/class="rung-label"/g)?.length).toBe(6);
    expect(svg.match(/class="column-label"/g)?.length).toBe(3);
  });

  it('draws report-based points hollow and their segments dashed', () => {
    const points = svg.match(/<g class="ladder-point[^"]*"[^>]*>/g) ?? [];
    expect(points).toHaveLength(4);
    expect(points.filter((p) => p.includes('report-based'))).toEqual([expect.stringContaining('data-grade="report"')]);
    const segments = svg.match(/<line class="thread-segment[^"]*"[^>]*>/g) ?? [];
    expect(segments).toHaveLength(2); // one thread of three points, one of one point
    expect(segments.every((s) => s.includes('report-based') && s.includes('stroke-dasharray'))).toBe(true);
  });

  it('has an accessible title and a description of the data, escaped', () => {
    expect(svg).toContain('<title id="t-title">');
    expect(svg).toContain('aria-labelledby="t-title t-desc"');
    const desc = /<desc id="t-desc">([^<]*)<\/desc>/.exec(svg)?.[1];
    expect(desc).toContain('mutual assistance: 1950 Art 1: rung 5');
    expect(desc).toContain('1990 reports: rung 1 (contact only), from reports');
    expect(svg).not.toContain('<script>');
  });

  it('leaves threads that never leave rung 0 off the chart but names them', () => {
    const withFlat: LadderTimeline = {
      ...timeline,
      threads: [...timeline.threads, { type: 'ladder-thread', id: 'non-alliance', label: 'non-alliance', points: [{ type: 'ladder-point', column: 0, rung: 0, provision: 'Art 2', grade: 'official-translation' }] }],
    };
    const out = renderLadderSvg(withFlat);
    expect(out).not.toContain('data-thread="non-alliance"');
    expect(out).toContain('Not on the ladder (rung 0 throughout): non-alliance.');
  });

  it('is deterministic and clamps out-of-range rungs onto the ladder', () => {
    expect(renderLadderSvg(timeline, { idPrefix: 't' })).toBe(svg);
    const odd: LadderTimeline = { ...timeline, threads: [{ ...timeline.threads[0]!, points: [{ type: 'ladder-point', column: 0, rung: 9, provision: 'X', grade: 'authentic' }] }] };
    expect(renderLadderSvg(odd)).toContain('data-rung="5"');
    expect(describeLadderTimeline({ ...timeline, threads: [] })).toMatch(/No obligations/);
  });
});

describe('htmlComparisonFromDiff over a real treaty diff', () => {
  // Two synthetic treaties (Examplia–Samplestan): article 1 reworded and renumbered to 2, a new article 1, a gap.
  const expr = (id: string, articles: Provision[]): Expression => ({
    type: 'expression',
    id: 'en',
    lang: 'en',
    grade: id === 'ex-2020' ? 'unofficial-translation' : id === 'ex-1990' ? 'report' : 'official-translation',
    source: { type: 'source', citation: `Synthetic source for ${id}` },
    meta: [],
    notes: [],
    body: articles,
  });
  const art = (n: number, content: Provision['content']): Provision => ({ type: 'article', eId: `art_${n}`, num: String(n), content, children: [] });
  const treaty = (id: string, year: string, articles: Provision[]): Treaty => ({
    type: 'treaty',
    id,
    titles: [{ type: 'title', lang: 'en', value: `Synthetic Treaty of Examplia and Samplestan (${year})` }],
    parties: [{ type: 'party', name: 'Examplia', short: 'EX' }, { type: 'party', name: 'Samplestan', short: 'SA' }],
    authenticLanguages: ['en'],
    signed: { date: `${year}-01-01` },
    claims: [],
    expressions: [expr(id, articles)],
  });
  const older = treaty('ex-1950', '1950', [
    art(1, [{ type: 'text', value: 'Should either Party be attacked by any third state, the other Party shall at once render all the aid at its disposal.' }]),
    art(2, [{ type: 'text', value: 'The Parties shall settle every dispute between them by peaceful means and by negotiation.' }]),
  ]);
  const newer = treaty('ex-2020', '2020', [
    art(1, [{ type: 'text', value: 'The Parties shall settle every dispute between them by peaceful means and by negotiation.' }]),
    art(2, [
      { type: 'text', value: 'Should either Party be attacked by any third state, the other Party shall render all the aid at its disposal under the charter' },
      { type: 'gap', reason: 'remainder not in the synthetic source' },
    ]),
  ]);
  const diff = diffTreaties(older, newer);
  const view = htmlComparisonFromDiff(diff, older, newer, {
    obligationsOf: (side, eId) => (eId === (side === 'left' ? 'art_1' : 'art_2') ? [{ type: 'html-report-obligation', kind: 'mutual-assistance', commitment: 5 }] : []),
  });
  const html = renderHtmlReportData({ type: 'html-report-data', title: 'Synthetic', comparisons: [view], notes: [] });

  it('labels treaties by year and parties and keeps every link', () => {
    expect(view.left.label).toBe('1950 EX–SA');
    expect(view.pairs).toHaveLength(diff.alignment.links.length);
  });

  it('redlines the reworded article and shows its gap with the reason', () => {
    const pair = view.pairs.find((p) => p.left.some((u) => u.eId === 'art_1') && p.right.some((u) => u.eId === 'art_2'));
    expect(pair?.diff).toBeDefined();
    expect(pair?.right[0]?.gaps).toEqual(['remainder not in the synthetic source']);
    expect(html).toMatch(/<del>at once ?<\/del>/);
    expect(html).toMatch(/<ins>[^<]*under the charter/);
    expect(html).toContain('[MISSING: remainder not in the synthetic source]');
    expect(html).toContain('<span class="ob-rung">rung 5</span>');
  });

  it('does not redline against a report of the content', () => {
    const reported = treaty('ex-1990', '1990', [art(1, [{ type: 'text', value: 'Reportedly, should either Party be attacked by any third state, the other Party would only make contact.' }])]);
    const v = htmlComparisonFromDiff(diffTreaties(older, reported), older, reported);
    const pair = v.pairs.find((p) => p.left.length > 0 && p.right.length > 0);
    expect(pair?.right[0]?.grade).toBe('report');
    expect(pair?.diff).toBeUndefined();
    const out = renderHtmlReportData({ type: 'html-report-data', title: 'Synthetic', comparisons: [v], notes: [] });
    expect(out).toContain('no word diff: a report is not treaty wording');
    expect(out.slice(out.indexOf('<table class="sxs"'))).not.toMatch(/<del|<ins/); // the key above the tables shows examples
  });
});

describe('report views of compare-stage results (hand-built synthetic results)', () => {
  const step = (treaty: string, over: Partial<LineageStep>): LineageStep => ({ type: 'lineage-step', treaty, eIds: [], rung: 0, flags: [], evidence: [], ...over });
  const lin: Lineage = {
    type: 'lineage',
    treaties: [
      { id: '1950-ex-sa', title: 'Synthetic 1950' },
      { id: '1990-ex-sa', title: 'Synthetic 1990' },
      { id: '2020-ex-sa', title: 'Synthetic 2020' },
    ],
    threads: [
      {
        type: 'lineage-thread',
        id: 'assistance@1950-ex-sa#art_1',
        family: 'assistance',
        steps: [
          step('1950-ex-sa', { eIds: ['art_1'], kind: 'mutual-assistance', rung: 5, grade: 'official-translation', lang: 'en' }),
          step('1990-ex-sa', { eIds: ['rep_contact'], kind: 'consultation', rung: 1, grade: 'report', lang: 'en', flags: ['report-witness'], change: 'reframed' }),
          step('2020-ex-sa', { eIds: ['art_4'], kind: 'mutual-assistance', rung: 5, grade: 'unofficial-translation', lang: 'en', change: 'reframed' }),
        ],
      },
      {
        type: 'lineage-thread',
        id: 'consultation@2020-ex-sa#art_3',
        family: 'consultation',
        steps: [step('1950-ex-sa', {}), step('1990-ex-sa', {}), step('2020-ex-sa', { eIds: ['art_3'], kind: 'consultation', crisis: true, rung: 3, grade: 'authentic', lang: 'ko', change: 'added' })],
      },
    ],
    warnings: [{ type: 'diagnostic', severity: 'warning', code: 'LINEAGE_REPORT', message: 'the 1990 step rests on reports' }],
  };

  it('turns a lineage into a timeline: columns by year, report-based and absent points', () => {
    const t = ladderTimelineOf(lin);
    expect(t.columns.map((c) => c.label)).toEqual(['1950', '1990', '2020']);
    const [ma, cons] = t.threads;
    expect(ma!.label).toBe('mutual assistance');
    expect(ma!.points.map((p) => [p.rung, p.provision, p.grade])).toEqual([
      [5, 'Art 1', 'official-translation'],
      [1, 'reports', 'report'],
      [5, 'Art 4', 'unofficial-translation'],
    ]);
    expect(cons!.points.filter((p) => p.absent).map((p) => p.column)).toEqual([0, 1]);
    const svg = renderLadderSvg(t);
    expect(renderLadderSvg(lin)).toBe(svg); // a lineage is drawn through the same timeline
    expect(svg.match(/class="ladder-point absent"/g)).toHaveLength(2);
    expect(svg).toContain('1990 reports: reframed, rung 1 (contact only), from reports');
  });

  it('renders a lineage alone as a report with the timeline and the lineage warnings', () => {
    const html = renderHtmlReport(lin);
    expect(html).toContain('<svg');
    expect(html).toContain('the 1990 step rests on reports');
    expect(html).toContain('<title>Treaty comparison: 1950 → 1990 → 2020</title>');
  });

  it('an absent step says what the text and Markdown lineages say: removed or not, uncertain or certain, and its flags (rv22 F9)', () => {
    const withDrops: Lineage = {
      ...lin,
      threads: [
        { type: 'lineage-thread', id: 'non-aggression@1950-ex-sa#art_2', family: 'non-aggression', steps: [
          step('1950-ex-sa', { eIds: ['art_2'], kind: 'non-aggression', rung: 0, grade: 'authentic', lang: 'en' }),
          step('1990-ex-sa', { change: 'removed', uncertain: true, flags: ['partial-witness'], vsPrevious: ['partial-witness'] }),
          step('2020-ex-sa', { change: 'removed' }),
        ] },
      ],
      warnings: [],
    };
    const html = renderHtmlReport(withDrops);
    const row = html.slice(html.indexOf('<table class="ladder-table"'), html.indexOf('</table>', html.indexOf('<table class="ladder-table"')));
    const cells = [...row.matchAll(/<td class="absent">(.*?)<\/td>/g)].map((m) => m[1]!);
    expect(cells).toHaveLength(2);
    expect(cells[0]).toContain('not in the text this witness has');
    expect(cells[0]).toContain('removed (uncertain: text missing)');
    expect(cells[0]).toContain('vs previous: partial-witness');
    expect(cells[1]).toMatch(/^absent<br><span class="cell-change">removed<\/span>$/);
    // Text and Markdown: an uncertain absence is "?", not "no".
    expect(renderLineageText(withDrops)).toContain('present: yes → ? → no');
    expect(renderLineageText(withDrops)).toMatch(/non-aggression\s+non-aggression 0 → \? → —/);
  });

  /** The lineage above with one mutual-assistance thread of these steps, and no warnings. */
  const assistanceOnly = (steps: LineageStep[]): Lineage => ({
    ...lin,
    threads: [{ type: 'lineage-thread', id: 'assistance@1950-ex-sa#art_1', family: 'assistance', steps }],
    warnings: [],
  });

  it('keeps the cross-language flags of lineage steps (as text and Markdown show them): table, chart and a warning', () => {
    const xl = assistanceOnly([
      step('1950-ex-sa', { eIds: ['art_1'], kind: 'mutual-assistance', rung: 5, grade: 'authentic', lang: 'en' }),
      step('1990-ex-sa', { eIds: ['art_1'], kind: 'mutual-assistance', rung: 5, grade: 'authentic', lang: 'ru', flags: ['cross-language'], change: 'unchanged' }),
      step('2020-ex-sa', { eIds: ['art_1'], kind: 'mutual-assistance', rung: 5, grade: 'authentic', lang: 'ko', flags: ['cross-language'], change: 'unchanged' }),
    ]);
    const t = ladderTimelineOf(xl);
    expect(t.threads[0]!.points.map((p) => p.flags)).toEqual([undefined, ['cross-language'], ['cross-language']]);
    const html = renderHtmlReport(xl);
    expect(html.match(/vs previous: cross-language/g)!.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain('<strong>cross-language</strong>: the two sides are read in different languages');
    expect(html).toContain('(1950 → 1990; 1990 → 2020)');
    expect(renderLadderSvg(t)).toContain('from authentic (ko) (vs previous: cross-language)');
  });

  it('labels only the comparison with the previous step "vs previous" (vsPrevious), not the step\'s own reading (rv13 10)', () => {
    const own = assistanceOnly([
      step('1950-ex-sa', { eIds: ['art_1'], kind: 'mutual-assistance', rung: 5, grade: 'report', lang: 'en', flags: ['report-witness'], reading: ['report-witness'], vsPrevious: [] }),
      step('1990-ex-sa', { eIds: ['art_1'], kind: 'mutual-assistance', rung: 5, grade: 'authentic', lang: 'en', flags: ['report-witness'], reading: [], vsPrevious: ['report-witness'], change: 'unchanged' }),
    ]);
    expect(ladderTimelineOf(own).threads[0]!.points.map((p) => p.flags)).toEqual([undefined, ['report-witness']]);
  });

  it('reports typed changes with rungs, details and quoted evidence', () => {
    const change: ObligationChange = {
      type: 'obligation-change',
      change: 'weakened',
      kinds: { before: 'mutual-assistance', after: 'consultation' },
      fields: ['kind', 'response'],
      rung: { before: 5, after: 1 },
      details: ['response: military-and-other-assistance → contact'],
      before: { type: 'obligation-side', treaty: 'a', eIds: ['art_1'], eId: 'art_1', kind: 'mutual-assistance', commitment: 5, witness: { expressionId: 'en', lang: 'en', grade: 'official-translation' }, evidence: [{ type: 'evidence-span', field: 'trigger', start: 0, end: 8, text: 'attacked' }, { type: 'evidence-span', field: 'response', start: 20, end: 32, text: 'give all aid' }] },
      after: { type: 'obligation-side', treaty: 'b', eIds: ['rep_contact'], eId: 'rep_contact', kind: 'consultation', commitment: 1, crisis: true, witness: { expressionId: 'rep', lang: 'en', grade: 'report' }, evidence: [] },
      left: ['art_1'],
      right: ['rep_contact'],
      flags: ['report-witness'],
    };
    const r = reportChange(change);
    expect(r).toMatchObject({ change: 'weakened', before: { kind: 'mutual-assistance', commitment: 5 }, after: { kind: 'consultation', commitment: 1, detail: 'crisis' } });
    expect(r.evidence).toEqual(['before response “give all aid”']); // evidence of the changed fields only
    const html = renderHtmlReportData({ ...data, comparisons: [{ ...data.comparisons[0]!, pairs: [{ ...redlinePair, changes: [r] }] }] });
    expect(html).toContain('<span class="change-type">weakened</span> mutual-assistance → consultation <span class="rungs">5 → 1</span>');
    expect(html).toContain('<span class="ev">before response “give all aid”</span>');
  });
});
