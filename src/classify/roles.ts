/**
 * Role-based frames: obligations recognised by the roles their words fill, not by phrases.
 *
 * Five rounds of phrase alternatives lifted each set they were fitted on and left fresh text near
 * 0.84: every new writer names help against an attack ("succour", "stand by", "come to the defence")
 * or territory denied to hostile forces in words no pattern listed. A role frame instead asks for one
 * word of each *class* a language's {@link RoleLexicon} defines, wherever they stand:
 *
 * - **mutual assistance** — an attack EVENT on a party (any attack, aggression, invasion, hostilities
 *   or victim-of word with a party in its clause, in either order, or an armed-attack / war trigger)
 *   named in the sentence, or in the sentence before it in the same text; a HELP act in an affirmed
 *   clause; and a party (the helper or the one helped) in that clause. The help word must not be
 *   deliberated on, withheld, or built up as a capacity ({@link RoleLexicon.notHelp}).
 * - **neutrality** — once such an event is named: a HELP act withheld (under a negator) from the
 *   ATTACKER (the aggressor, a State that has resorted to arms against the other, the said third
 *   State), or a stance of NEUTRALITY affirmed.
 * - **consultation** — once a threat, attack or crisis is named (a trigger of the lexicon): a CONTACT
 *   act (consult, take counsel, hold talks, apprise, notify, meet) with a party; not a dispute settled by
 *   consultation.
 * - **non-alliance** — under a negator, a PERMIT or JOIN act, an ASSET (territory, soil, airspace,
 *   ports, bases; alliances, blocs, coalitions) and a HOSTILE user or aim (hostile or third forces,
 *   the other's enemy, acts against the other), in one clause.
 *
 * - **structural readings** ({@link RoleLexicon.structural}, rounds 13 and 14) — no closed class of
 *   attack or help words: mutual assistance from a conditional naming a party and "the other" bound to
 *   act for it; crisis and general consultation from the Parties (or a reciprocal) bound to meet or
 *   exchange, crisis where the same negative-tested event reading ({@link conditionalEvent}) holds;
 *   neutrality from a party bound not to act towards one an attack relation designates; defence
 *   cooperation from a military object with a joint or standing predicate, no attack in view.
 *
 * The frames are written once here for every language; a language plugs in by giving its word
 * classes (`roles` in its lexicon file) and listing `roleFrames(roles)` among its frames. Like the
 * other frames they only fill in kinds the cues missed, so they add recall where the cues are silent
 * and cannot remove a kind a cue found.
 *
 * @module
 */
import type { FrameCue, RoleLexicon, Trigger } from './types.js';

/** Every trigger that names a threat, an attack or a crisis (all but `none`): crisis consultation needs one, standing cooperation none. */
export const CRISIS_TRIGGERS: readonly Trigger[] = ['armed-attack', 'state-of-war', 'imminent-threat', 'threat', 'situation-threatening-peace'];

/**
 * The role frames of a language, built from its word classes (see the module comment). Listed after
 * the language's own frames, so a kind its cues or frames already read is not read again.
 */
export function roleFrames(roles: RoleLexicon): FrameCue[] {
  // The event role every frame below shares: `act` (an attack word, or also the attacker named) befalls a party.
  const attackOn = (act: RegExp): NonNullable<FrameCue['event']> => ({ act, gate: roles.attackGate, target: roles.party, link: roles.eventLink, linkAfter: roles.eventLinkAfter, condition: roles.condition });
  const frames: FrameCue[] = [
    {
      kind: 'mutual-assistance',
      frame: { act: roles.help, target: roles.party },
      event: attackOn(roles.attack),
      polarity: 'affirmed',
      // The event's words first: rarer than help words, so few sentences open the frames at all.
      gate: [roles.attackGate, roles.helpGate],
      unlessNear: roles.notHelp,
      context: 'previous',
      operative: true,
    },
    {
      // Help withheld from the attacker, once an attack is named: a negator, a help act, the attacker.
      kind: 'neutrality',
      frame: { act: roles.help, target: union(roles.attacker, roles.attackerRef) },
      // The attacker named ("a Power that has resorted to arms against the other") names the attack too.
      event: attackOn(union(roles.attack, roles.attacker)),
      polarity: 'negated',
      negator: roles.deny,
      negatorBeforeAct: true,
      gate: [roles.attackGate, roles.helpGate],
      operative: true,
    },
    {
      // Neutrality affirmed once a war or an attack is named ("its ally will maintain a strict neutrality").
      kind: 'neutrality',
      frame: { act: roles.neutral },
      event: attackOn(roles.attack),
      polarity: 'affirmed',
      gate: roles.neutral,
      operative: true,
    },
    {
      // Consulting or contacting the other once a threat, attack or crisis is named (crisis consultation):
      // "the two Governments shall at once take counsel together", "apprise one another".
      kind: 'consultation',
      frame: { act: roles.contact, target: roles.party },
      polarity: 'affirmed',
      gate: [roles.crisisGate, roles.contactGate],
      requires: CRISIS_TRIGGERS,
      unless: roles.notContact,
      operative: true,
    },
    {
      kind: 'non-alliance',
      frame: { act: roles.asset, predicate: roles.permit, target: roles.hostile },
      polarity: 'negated',
      negator: roles.deny,
      gate: [roles.assetGate, roles.hostile],
      operative: true,
    },
  ];
  const st = roles.structural;
  // Round 20: the same lending forbidden as a noun or a passive ("Предоставление аэродромов … для агрессии
  // против … не допускается"), unless its user is one at war with the other (ports refused to a belligerent: neutrality).
  if (st?.banned) frames.push({ ...frames[frames.length - 1]!, prohibition: st.banned, unless: st.foe });
  // Structure, not words: a conditional naming a party, and "the other" bound to act for it or its defence.
  if (st)
    frames.splice(1, 0, {
      kind: 'mutual-assistance',
      frame: { act: st.otherActs },
      event: { act: st.ifParty, gate: st.ifGate },
      polarity: 'affirmed',
      gate: [st.otherGate, st.ifGate],
      // What rules out its act is in `otherActs` itself (not withheld, deliberated on or left free): the
      // help classes' `notHelp` would read the words after the act ("the technical authorities") as its object.
      operative: true,
    });
  // Round 14: crisis and general consultation, and neutrality, read from structure too (see RoleLexicon.structural).
  if (st?.consult && st.consultGate) {
    if (st.crisis && st.crisisGate)
      frames.push({
        // A meeting or an exchange of the Parties once an event befalls a party or the region: crisis consultation.
        kind: 'consultation',
        frame: { act: st.consult },
        event: { act: st.crisis, gate: st.crisisGate },
        polarity: 'affirmed',
        // The event's words first: rarer than words of meeting and exchange.
        gate: [st.crisisGate, st.consultGate],
        crisis: true,
        unless: roles.notContact,
        operative: true,
      });
    if (st.topic && st.topicGate)
      frames.push({
        // The same on international questions or questions of mutual concern: general consultation.
        kind: 'consultation',
        frame: { act: st.consult, target: st.topic },
        polarity: 'affirmed',
        gate: [st.topicGate, st.consultGate],
        unless: roles.notContact,
        operative: true,
      });
  }
  if (st?.military && st.militaryGate && st.joint)
    frames.push({
      // A military object or body with a joint or standing predicate, no attack named: defence cooperation.
      kind: 'defense-cooperation',
      frame: { act: st.military, predicate: st.joint },
      polarity: 'affirmed',
      gate: st.militaryGate,
      // Standing cooperation: not where an attack, a war or a threat is in view (help, or crisis consultation on military measures).
      excludes: CRISIS_TRIGGERS,
      unless: st.notJoint,
      operative: true,
    });
  if (st?.foe && st.foeGate && st.withhold) {
    // A party bound not to act towards the one an attack relation designates: neutrality, whatever the verb.
    frames.push({ kind: 'neutrality', frame: { act: st.foe }, polarity: 'negated', negator: st.withhold, gate: st.foeGate, unless: st.notNeutral, operative: true });
    // The same towards "that Power", once a conditional names an attack on a party.
    frames.push({
      kind: 'neutrality',
      frame: { act: roles.attackerRef },
      event: { act: st.ifParty, gate: st.ifGate },
      polarity: 'negated',
      negator: st.withhold,
      // "the other" (the mutual-assistance reading's own first test) before the conditional words: one gate fewer to test per sentence.
      gate: [st.otherGate, st.ifGate],
      unless: st.notNeutral,
      operative: true,
    });
  }
  if (st?.foe && st.foeGate && st.backing)
    // Round 18: support of any kind negated or withheld, its beneficiary designated by an attack relation
    // (`foe`) or named by a back-reference (`attackerRef`: "that Power", the war itself: "that war") once
    // the sentence names a war, an attack or hostilities (`foeGate`): "shall lend the assailant no
    // support", "shall withhold from that Power all backing". Neutrality.
    frames.push({
      kind: 'neutrality',
      frame: { act: st.backing, target: union(st.foe, roles.attackerRef) },
      polarity: 'negated',
      negator: st.withhold,
      prohibition: st.banned,
      // The attack relation's words first (shared with the reading above), then the support words themselves.
      gate: [st.foeGate, st.backing],
      unless: st.notNeutral,
      operative: true,
    });
  if (st?.foe && st.foeGate && st.cutOff)
    // Round 21: ties with the attacker cut (cooperation, trade, supplies severed or stopped): neutrality.
    frames.push({ kind: 'neutrality', frame: { act: st.cutOff, target: st.foe }, polarity: 'affirmed', gate: [st.foeGate, st.cutOff], operative: true });
  if (st?.foe && st.foeGate && st.close)
    // Round 21: a territory or passage closed, denied or forbidden to the attacker: neutrality.
    frames.push({ kind: 'neutrality', frame: { act: st.close, predicate: roles.asset, target: st.foe }, polarity: 'affirmed', gate: [st.foeGate, st.close], operative: true });
  if (st?.onAll && st.allGate)
    // Round 15: an attack on one held to be an attack on both or all: mutual assistance.
    frames.push({ kind: 'mutual-assistance', frame: { act: st.onAll }, polarity: 'affirmed', gate: st.allGate, operative: true });
  if (st?.aimed && st.aimedGate)
    // Round 15: a party bound not to act on something aimed at the other, whatever the verb: non-alliance.
    // Round 20: or the act stated as a noun or a passive and forbidden (`banned`: "… не допускается", "… is prohibited").
    frames.push({ kind: 'non-alliance', frame: { act: st.aimed }, polarity: 'negated', negator: st.withhold, prohibition: st.banned, gate: st.aimedGate, unless: st.notAimed, operative: true });
  if (st?.strike && st.struck && st.struckGate)
    // Round 16: a party bound not to use force of any kind against the other, whatever the verb: non-aggression.
    frames.push({
      kind: 'non-aggression',
      frame: { act: st.strike, target: st.struck },
      polarity: 'negated',
      negator: st.forswear && st.withhold ? union(st.withhold, st.forswear) : (st.forswear ?? st.withhold),
      gate: st.struckGate,
      unless: st.notStrike,
      operative: true,
    });
  if (st?.dispute && st.disputeGate && st.settle && st.means)
    // Round 16: a dispute settled or referred by peaceful means, in any order: peaceful settlement.
    frames.push({
      kind: 'peaceful-settlement',
      frame: { act: st.dispute, predicate: st.settle, target: st.means },
      polarity: 'any',
      gate: st.disputeGate,
      unless: st.notSettle,
      operative: true,
    });
  if (st?.together && st.repel && st.repelGate)
    // Round 16: help given each other or jointly in repelling aggression, no conditional: mutual assistance.
    frames.push({
      kind: 'mutual-assistance',
      frame: { act: roles.help, predicate: st.together, target: st.repel },
      polarity: 'affirmed',
      gate: [st.repelGate, roles.helpGate],
      unlessNear: roles.notHelp,
      unless: st.notTogether,
      operative: true,
    });
  if (st?.neutralStance)
    // Neutrality affirmed once a conditional names an attack on a party: "shall remain strictly neutral".
    frames.push({ kind: 'neutrality', frame: { act: st.neutralStance }, event: { act: st.ifParty, gate: st.ifGate }, polarity: 'affirmed', gate: [st.otherGate, st.ifGate], operative: true });
  return frames;
}

/**
 * The structural event reading (rounds 13 and 14), one helper for every language and every reading
 * that uses it: a conditional clause naming `subject` in which no word of `notEvent` (the negative
 * event test: a request, a dispute, an economic matter, a disaster …) stands. `opener` is a
 * conditional that stands before its clause ("if", "should", "Если"), read up to the clause's first
 * `,` `;` or `:`; `closer` one that ends it ("…면", "…경우에는"), read from `subject` to it.
 * Mutual assistance passes the language's events that are no crisis together with a threat alone;
 * crisis consultation the first only: a threat is a crisis, not an attack.
 */
export function conditionalEvent(p: { opener: string; subject: string; notEvent: string; flags: string } | { closer: string; subject: string; notEvent: string; flags: string }): RegExp {
  if ('opener' in p) return new RegExp(String.raw`${p.opener}\s+(?![^,;:]{0,160}?${p.notEvent})[^,;:]{0,80}?${p.subject}`, p.flags);
  return new RegExp(String.raw`${p.subject}(?:(?!${p.notEvent})[^,;:]){0,60}?${p.closer}`, p.flags);
}

/** One pattern matching what either matches (the flags of the first). */
function union(a: RegExp, b: RegExp): RegExp {
  return new RegExp(`(?:${a.source})|(?:${b.source})`, a.flags);
}
