/**
 * Generalisation of the obligation classifier, measured on sets it was not tuned on.
 *
 * - tuned: test/fixtures/obligations/{en,ru,ko}.json — the set the rules were first written against;
 * - held-out 1: en-heldout.json — written after the first rules, used once to diagnose issue 5;
 * - held-out 2: heldout-2.json — written (and committed alone) before any rule change for issue 5.
 *   Its misses showed which classes of phrasing failed, and the issue-5 rules were written for those
 *   classes (never for its sentences verbatim); so its figures after that change are optimistic.
 * - held-out 3: heldout-3.json — written after the issue-5 rule change and measured untouched once
 *   (micro P 0.698 / R 0.714, rung 11/17). Round 2 then wrote rules for the classes of phrasing it
 *   missed (never its sentences verbatim), so its figures after round 2 are optimistic too.
 * - held-out 4: heldout-4.json — written and committed alone before any round-2 rule change, and
 *   measured once after round 2 (micro P/R 0.881, rung 12/17); round 3 then wrote rules for the
 *   classes of phrasing it missed, so its figures after round 3 are optimistic.
 * - held-out 5: heldout-5.json — 104 items (60 en, 22 ru, 22 ko) written from the vocabulary alone by
 *   someone who had not read the rules, committed before round 3, and measured once after round 3
 *   with no rule changed after seeing it: micro P 0.767 / R 0.814, rung 52/58, crisis 20/22. Per
 *   security kind (P/R): mutual assistance 0.90/0.90, consultation 1.00/0.91, neutrality 1.00/0.62,
 *   non-aggression 1.00/0.60, non-alliance 1.00/0.79. Round 4 then wrote rules for the classes it
 *   missed, so its figures after round 4 are optimistic.
 * - held-out 6: heldout-6.json — 133 items (74 en, 29 ru, 30 ko) written the same way and committed
 *   before round 4, measured once after round 4 with no rule changed after seeing it: micro P 0.789 /
 *   R 0.806, rung 72/83, crisis 29/30. Per security kind (P/R): mutual assistance 0.91/0.81,
 *   consultation 0.97/0.93, neutrality 1.00/0.64, non-aggression 1.00/0.45, non-alliance 1.00/0.85.
 *   Round 5 then wrote rules for the classes it missed, so its figures after round 5 are optimistic.
 * - held-out 7: heldout-7.json — 158 items (86 en, 36 ru, 36 ko) written the same way and committed
 *   before round 5 (0d02731), measured once after round 5 (830dd2c) with no rule changed after seeing
 *   it: micro P 0.785 / R 0.771, rung 70/81, crisis 27/28. Per security kind (P/R): mutual
 *   assistance 1.00/0.69, consultation 1.00/0.89, neutrality 1.00/0.75, non-aggression 1.00/0.44,
 *   non-alliance 1.00/0.76. Round 6 then wrote rules for the classes it missed (order-free frame
 *   cues), so its figures after round 6 are optimistic.
 * - held-out 8: heldout-8.json — 176 items (97 en, 40 ru, 39 ko) written the same way and committed
 *   before round 6 (e90c55f), measured once after round 6 (79eaca5) with no rule changed after seeing
 *   it: micro P 0.841 / R 0.841, rung 78/103, crisis 35/39. Per security kind (P/R): mutual
 *   assistance 0.93/0.77, consultation 1.00/0.92, neutrality 0.93/0.68, non-aggression 0.92/0.65,
 *   non-alliance 1.00/0.91 — the untouched estimate after round 6: recall up on every security kind
 *   but consultation (non-aggression 0.44 → 0.65, non-alliance 0.76 → 0.91), a few false positives
 *   where there were none, and still short of 0.9 on three kinds. Round 7 then wrote rules for the
 *   classes it missed, so its figures after round 7 are optimistic.
 * - held-out 9: heldout-9.json — 199 items (117 en, 41 ru, 41 ko) written the same way and committed
 *   before round 7 (6f7c062), measured once after round 7 (86a62bc) with no rule changed after seeing
 *   it: micro P 0.860 / R 0.918, rung 75/85, crisis 39/40. Per security kind (P/R): mutual
 *   assistance 1.00/0.92, consultation 1.00/1.00, neutrality 1.00/0.90, non-aggression 0.84/0.89,
 *   non-alliance 0.92/0.96 — the untouched estimate after round 7: four of the five security kinds
 *   reach 0.9 on both; non-aggression and the non-security kinds (defense-cooperation R 0.64,
 *   cooperation P 0.72, principles P 0.50) do not. Five of its 199 sentences also occur in earlier
 *   sets (stock clauses: one in the tuned set, four in held-out sets 6–8), scored as they stand.
 *   Round 8 then wrote rules for the classes it missed, so its figures after round 8 are optimistic.
 * - held-out 10: heldout-10.json — 177 items (105 en, 36 ru, 36 ko) written by hand the same way (asked
 *   for uncommon wording, long sentences and parties named indirectly), finished before round 8's first
 *   commit and kept outside the repository while round 8 ran; committed (2718632) and measured once
 *   after round 8 (f29d69b) with no rule changed after seeing it: micro P 0.821 / R 0.821, rung 57/75,
 *   crisis 29/31. Per security kind (P/R): mutual assistance 0.89/0.70, consultation 0.93/0.90,
 *   neutrality 0.94/0.89, non-aggression 0.94/0.85, non-alliance 1.00/0.78 — the untouched estimate
 *   after round 8. With set 9 (0.860 / 0.918 after round 7) it puts fresh text at about 0.82–0.86
 *   micro precision, 0.82–0.92 recall: short of the issue's 0.9 per kind. Round 9 then wrote rules for
 *   the classes it missed, so its figures after round 9 are optimistic.
 * - held-out 11: heldout-11.json — 165 items (93 en, 36 ru, 36 ko) written by hand the same way,
 *   finished before round 9's first commit and kept outside the repository while round 9 ran;
 *   committed (b77278f) and measured once after round 9 (c984414) with no rule changed after seeing
 *   it: micro P 0.842 / R 0.818, rung 66/85, crisis 26/28. Per security kind (P/R): mutual
 *   assistance 0.96/0.68, consultation 1.00/0.96, neutrality 1.00/0.83, non-aggression 1.00/0.93,
 *   non-alliance 1.00/0.70. Seven of its sentences also occur in earlier held-out sets (stock
 *   clauses), scored as they stand. Four untouched sets in a row (0.841/0.841, 0.860/0.918,
 *   0.821/0.821, 0.842/0.818): each round lifts the set it reads to ~0.99 and fresh text stays near
 *   0.84 — precise, but recall on mutual assistance and non-alliance phrasings it has not seen is ~0.7.
 *   Round 10 (structural: role-based frames — an attack event that befalls a party, a helper and a
 *   help act read from per-language word classes, neutrality, crisis consultation and non-alliance
 *   likewise, and a look-back to the sentence before) was developed on the tuned set and sets 1–9,
 *   then scored once on sets 10 and 11 before being changed after them: set 11 first look 0.855 /
 *   0.841 (MA 0.90/0.79, non-alliance 1.00/0.74). It then used sets 10 and 11, so their figures
 *   after round 10 are optimistic.
 * - held-out 12: heldout-12.json — 172 items (95 en, 39 ru, 38 ko), and
 * - held-out 13: heldout-13.json — 165 items (68 en, 50 ru, 47 ko): written independently by two
 *   writers who never read the rules, while round 10 was being written, kept outside the repository
 *   and sealed (branches sealed/heldout-12, sealed/heldout-13; committed in e7a8111) before round 10
 *   (last rule commit 40e6112) was measured; round 10's author never saw them. Both were scored with
 *   the round-9 rules (0c5bb27) and with round 10, the same text before and after: set 12 micro P/R
 *   0.743 / 0.727 → 0.802 / 0.798, rung 85 → 90 / 109; set 13 0.808 / 0.818 → 0.846 / 0.871, rung
 *   97 → 103 / 118. Pooled (337 items), per security kind (P/R) round 9 → round 10: mutual
 *   assistance 0.97/0.78 → 0.97/0.88, consultation 0.98/0.81 → 0.98/0.88, neutrality 1.00/0.85 →
 *   1.00/0.94, non-aggression 0.93/0.77 → 0.93/0.80, non-alliance 0.97/0.71 → 0.93/0.84; micro
 *   0.775/0.771 → 0.824/0.833. The structural round lifted recall on fresh text by 5–13 points on
 *   every security kind at a cost of at most 0.04 precision; still short of 0.9 recall on three.
 *   Round 11 then wrote rules for the classes sets 12 and 13 missed (0.947 / 0.966 pooled after it),
 *   so their figures after round 11 are optimistic.
 * - held-out 14: heldout-14.json — 165 items (82 en, 41 ru, 42 ko), written while round 11 was, by a
 *   writer who never read the rules and was asked for treaty families less used so far and for
 *   ordinary clauses easy to over-read; sealed (branch sealed/heldout-14) before round 11 (last rule
 *   commit 85fe687) was measured. Round-10 rules (b0e6dbe) → round 11 on the same text: micro P/R
 *   0.553 / 0.560 → 0.561 / 0.571, rung 93 → 93 / 116, crisis 24 / 33. Per security kind (P/R)
 *   after round 11: mutual assistance 0.97/0.78, consultation 1.00/0.55, neutrality 0.86/0.71,
 *   non-aggression 0.50/0.25, non-alliance 0.82/0.50; `other` 0.06 precision. Round 11 lifted sets
 *   12 and 13 from 0.82 to 0.95 and set 14 by one point: fitting the classes one set missed does not
 *   carry to text of another style, and this set's archaic and literary wording ("assailed without
 *   provocation", "brandish its forces", "a league of States") is far from every earlier set's.
 * - held-out 15: heldout-15.json — 166 items (85 en, 41 ru, 40 ko), modern register (treaties and
 *   security texts since 1990), and
 * - held-out 16: heldout-16.json — 162 items (82 en, 40 ru, 40 ko), older register (1815–1960), other
 *   sources than set 14: written independently by two writers who never read the rules, while round
 *   12 was, and sealed (branches sealed/heldout-15, sealed/heldout-16) before it was measured; round
 *   12's author never saw them. Round 12 widened the role classes from words mined from every labelled
 *   set (scripts/mine-role-words.mts), added structural readings and pruned phrase alternatives; it
 *   read sets 12–14 (set 14: 0.561 / 0.571 → 0.901 / 0.923). On these two sets, round-11 rules
 *   (cea55bc) → round 12 (9929798), micro P/R: set 15 0.754 / 0.805 → 0.776 / 0.823, rung 78 → 78 /
 *   88, crisis 24 / 27; set 16 0.637 / 0.665 → 0.659 / 0.683, rung 57 → 59 / 86, crisis 18 → 20 / 30.
 *   Pooled (328 items), per security kind (P/R) after round 12: mutual assistance 0.91/0.78,
 *   consultation 1.00/0.77, neutrality 0.92/0.75, non-aggression 0.93/0.87, non-alliance 0.97/0.83;
 *   `other` 0.18 precision. +34 points on the set the round read, +2 on fresh text: the misses are
 *   words no class has yet ("descent upon", "drawn into hostilities", "на выручку", "덮치면"), so
 *   widening closed word classes from labelled text does not reach 0.9 on unseen wording.
 * - held-out 17: heldout-17.json — 176 items (83 en, 47 ru, 46 ko), modern register, other sources
 *   than set 15, and
 * - held-out 18: heldout-18.json — 174 items (84 en, 44 ru, 46 ko), older register (1815–1975), other
 *   sources than sets 14 and 16: written by two more writers who never read the rules, while round 13
 *   was, and sealed (branches sealed/heldout-17, sealed/heldout-18) before it was measured. Round 13
 *   added one structural reading of mutual assistance (a conditional naming a party whose event no
 *   negative test rules out, then "the other" bound to act for the first or its defence — no attack or
 *   help word list needed); it read sets 1–16 (set 16 mutual assistance R 0.64 → 0.85). Round-12
 *   rules (6673705) → round 13 (6c31ea3), micro P/R: set 17 0.697 / 0.737 → 0.699 / 0.743, rung 80 →
 *   81 / 102; set 18 0.711 / 0.731 → 0.718 / 0.743, rung 134 → 135 / 163; pooled (350) 0.704 / 0.734
 *   → 0.708 / 0.743. Mutual assistance pooled 0.98 / 0.74 → 0.97 / 0.78 (3 more found, 1 false);
 *   other kinds unchanged: consultation 1.00 / 0.68, neutrality 1.00 / 0.69, non-aggression 0.92 /
 *   1.00, non-alliance 0.94 / 0.83; `other` 0.15 precision. The structural reading carried to fresh
 *   text (+4 points of recall on the kind it reads) where class widening had carried 1–2 points overall.
 * - held-out 19: heldout-19.json — 167 items (83 en, 42 ru, 42 ko), modern register, sources earlier
 *   modern sets used little (African Union, SADC, ECOWAS, Central American, Gulf, CSTO/SCO, recent
 *   Asian mutual-defence and partnership texts), with more consultation (29) and neutrality (20), and
 * - held-out 20: heldout-20.json — 173 items (84 en, 43 ru, 46 ko), older register (1815–1975), sources
 *   earlier older sets used little (congress-era alliances, Dreikaiserbund and Reinsurance, Triple
 *   Alliance, Little/Balkan/Baltic Ententes, Saadabad, interwar Soviet pacts, Arab League, 1950–1971
 *   Soviet and Chinese treaties), with 38 consultation and 20 neutrality items: written by two more
 *   writers who never read the rules, while round 14 was, and sealed (branches sealed/heldout-19,
 *   sealed/heldout-20) before it was measured. Round 14 added structural readings of consultation
 *   (the Parties or a reciprocal bound to meet or exchange; crisis by a conditional-event reading
 *   shared with round 13's mutual-assistance reading and its negative event test), neutrality (a
 *   party bound not to act towards a party an attack relation designates) and defence cooperation
 *   (a military body or object with a joint or standing verb); it read sets 1–18. Round-13 rules
 *   (f17d4bb) → round 14 (bdb3be9), micro P/R: set 19 0.653 / 0.669 → 0.690 / 0.710, rung 82 / 103
 *   both; set 20 0.599 / 0.613 → 0.637 / 0.659, rung 123 → 127 / 163, crisis 20 → 25 / 38; pooled
 *   (340) 0.626 / 0.640 → 0.663 / 0.684. Per kind pooled: consultation 1.00 / 0.61 → 1.00 / 0.69,
 *   neutrality 0.97 / 0.70 → 0.97 / 0.80, defence cooperation 0.67 / 0.24 → 0.77 / 0.59; unchanged:
 *   mutual assistance 0.92 / 0.72, non-aggression 0.83 / 0.76, non-alliance 1.00 / 0.49, peaceful
 *   settlement 1.00 / 0.56; `other` precision 0.14 → 0.16. The hardest sets so far (round-13 rules
 *   scored 0.708 / 0.743 on sets 17–18, 0.626 / 0.640 here); the structural readings carried +4
 *   points overall and +8 to +35 points of recall on the kinds they read, none on the others.
 * - held-out 21: heldout-21.json — 178 items (87 en, 47 ru, 44 ko), modern register, and
 * - held-out 22: heldout-22.json — 173 items (85 en, 44 ru, 44 ko), older register (1815–1975), both with
 *   more non-alliance (26, 30) and mutual-assistance (39, 35) items: written by two more writers who
 *   never read the rules, while round 15 was, and sealed (sealed/heldout-21, sealed/heldout-22) before
 *   it was measured. Round 15 added a structural reading of non-alliance (a party bound not to act
 *   where something is aimed against the other) for Russian and Korean only — the English one cost 7–9%
 *   of English classification time and was withdrawn — and "an attack on one is an attack on all" in
 *   all three languages; it read sets 1–20 (sets 19–20: non-alliance R 0.49 → 0.63). Round-14 rules
 *   (fe25d77) → round 15 (4ee8697), micro P/R: set 21 0.693 / 0.744 unchanged, rung 61 / 75; set 22
 *   0.517 / 0.520 → 0.529 / 0.532, rung 69 → 70 / 96; pooled (351) 0.609 / 0.634 → 0.615 / 0.640;
 *   mutual assistance 0.90 / 0.70 → 0.90 / 0.72, non-alliance 0.89 / 0.55 → 0.89 / 0.57, the rest
 *   unchanged. A reading withdrawn from English (most of the items) carried almost nothing to fresh text.
 * - held-out 23: heldout-23.json — 175 items (88 en, 45 ru, 42 ko), modern register (1990 to today), and
 * - held-out 24: heldout-24.json — 185 items (92 en, 48 ru, 45 ko), older register (1815–1975), both with
 *   more non-aggression (20, 23) and peaceful-settlement (11, 15) items: written by two more writers
 *   who never read the rules, while round 16 was, and sealed (sealed/heldout-23, sealed/heldout-24)
 *   before it was measured. Round 16 first pruned phrase alternatives the structural readings made
 *   redundant (each removal keeping every labelled set's kinds, rungs and crisis flags), then read
 *   non-alliance structurally in English too (behind a rarer first test), non-aggression (a party
 *   bound not to use force of any kind against the other), peaceful settlement (a dispute word, a
 *   settling verb and a peaceful means) and help bound with no conditional where what is repelled is
 *   an attack; it read sets 1–22. Round-15 rules (77a2ebb) → round 16 (8bce973), micro P/R: set 23
 *   0.799 / 0.858 → 0.795 / 0.858, rung 81 / 94 both; set 24 0.702 / 0.717 → 0.723 / 0.750, rung 88
 *   → 89 / 104; pooled (360) 0.751 / 0.786 → 0.759 / 0.803. Per kind pooled: peaceful settlement
 *   1.00 / 0.69 → 1.00 / 0.85, mutual assistance 0.95 / 0.85 → 0.95 / 0.87, non-aggression 0.84 /
 *   0.74 → 0.80 / 0.77 (non-alliance clauses also read as non-aggression); unchanged: consultation
 *   1.00 / 0.85, neutrality 0.96 / 0.83, non-alliance 0.97 / 0.89, defence cooperation 0.94 / 0.80.
 *   One sentence round 15 read right was lost to the pruning ("undertakes to go to the defence of the
 *   other, should the latter be made the object of an armed aggression"): pruning checked against
 *   labelled text overfits as rules written for it do. Both sets score higher than sets 21–22 did
 *   under the same rules (0.751 / 0.786 against 0.609 / 0.634): how hard a fresh set is varies as
 *   much as a round moves it.
 * - held-out 25: heldout-25.json — 165 items (80 en, 42 ru, 43 ko), modern register, and
 * - held-out 26: heldout-26.json — 165 items (80 en, 43 ru, 42 ko), older register (1815–1975), both with
 *   more consultation (30, 35), neutrality (20, 20) and defence cooperation (15, 15): written by two
 *   more writers who never read the rules, while round 17 was, and sealed (sealed/heldout-25,
 *   sealed/heldout-26) before it was measured. Round 17 made structural non-aggression need a force
 *   act of the party itself (a pact or base aimed against the other is non-alliance only), widened
 *   the attack-to-party reach (30 → 40 characters, restoring what round 16's pruning lost), and added
 *   consultation, neutrality and defence-cooperation words and subjects from the misses of sets 21–24;
 *   it read sets 1–24 (sets 23–24: 0.759 / 0.803 → 0.785 / 0.822, optimistic). Round-16 rules
 *   (fe5b3f2) → round 17 (33daa88), micro P/R: set 25 0.726 / 0.784 → 0.731 / 0.790, rung 42 → 43 /
 *   59; set 26 0.634 / 0.673 unchanged, rung 63 / 80; pooled (330) 0.680 / 0.728 → 0.683 / 0.731: one
 *   more mutual-assistance sentence found. Per kind pooled after round 17: mutual assistance 0.94 /
 *   0.85, consultation 0.98 / 0.75, neutrality 1.00 / 0.53, non-aggression 0.89 / 0.89, non-alliance
 *   0.69 / 0.71, defence cooperation 0.82 / 0.77, peaceful settlement 1.00 / 0.54. Words taken from
 *   the misses of used sets carried to fresh text as little as in rounds 11–12.
 * - held-out 27: heldout-27.json — 166 items (81 en, 44 ru, 41 ko), modern register, and
 * - held-out 28: heldout-28.json — 162 items (79 en, 42 ru, 41 ko), older register (1815–1975), both with
 *   more neutrality (26, 27), non-alliance (22, 23) and peaceful settlement (15, 16): written by two
 *   more writers who never read the rules, while round 18 was, and sealed (sealed/heldout-27,
 *   sealed/heldout-28) before it was measured. Round 18 read neutrality from structure (support of any
 *   kind withheld from one an attack relation designates), widened peaceful settlement's dispute
 *   shapes and older verbs and means, kept non-alliance apart from the party's own force act, and
 *   added consultation on dealings with third Powers; it read sets 1–26 (sets 25–26: 0.683 / 0.731 →
 *   0.741 / 0.789, optimistic). Round-17 rules (e05b2e2) → round 18 (8ebc6df), micro P/R: set 27
 *   0.704 / 0.717 → 0.710 / 0.723, rung 80 / 91; set 28 0.698 / 0.698 → 0.706 / 0.710, rung 59 / 73;
 *   pooled (328) 0.701 / 0.707 → 0.708 / 0.716. Per kind pooled after round 18: mutual assistance
 *   0.97 / 0.88, consultation 0.98 / 0.79, neutrality 1.00 / 0.62 (0.58 before), non-aggression 0.72 /
 *   0.78, non-alliance 0.78 / 0.62, defence cooperation 0.83 / 0.83, peaceful settlement 1.00 / 0.81
 *   (0.77 before). A structural reading of neutrality that lifted used sets 25–26 from 0.53 to 0.68
 *   recall lifted fresh text by four points.
 * - held-out 29: heldout-29.json — 162 items (81 en, 41 ru, 40 ko), modern register, and
 * - held-out 30: heldout-30.json — 164 items (81 en, 42 ru, 41 ko), older register (1815–1975), both with
 *   more non-alliance (31, 30), neutrality (23, 24) and sentences that bind no one (25, 27): written by
 *   two more writers who never read the rules, while round 19 was, and sealed (sealed/heldout-29,
 *   sealed/heldout-30) before it was measured. Round 19 widened English non-alliance's aim (aimed,
 *   pointed at the other) and the statements of no commitment in every language (a duty disclaimed by
 *   the verb alone, "against no third State", не направлен против, 제3국을 겨냥하지), so that they bear
 *   no `other`. Round-18 rules (8ebc6df) → round 19 (38990a3), micro P/R: set 29 0.741 / 0.846 → 0.754
 *   / 0.846, rung 62 / 71; set 30 0.741 / 0.816 → 0.745 / 0.816, rung 70 / 81; pooled (326) 0.741 /
 *   0.831 → 0.750 / 0.831, the gain all fewer false `other` (no security kind changed). Per kind pooled
 *   after round 19: mutual assistance 0.86 / 0.83, consultation 1.00 / 0.85, neutrality 1.00 / 0.81,
 *   non-aggression 0.75 / 0.92, non-alliance 1.00 / 0.75, defence cooperation 0.75 / 0.90, peaceful
 *   settlement 1.00 / 0.75; `other` right 0.18 of the times it is reported.
 * - held-out 31: heldout-31.json — 173 items (87 en, 44 ru, 42 ko), modern register, and
 * - held-out 32: heldout-32.json — 174 items (83 en, 45 ru, 46 ko), older register (1815–1975), both with
 *   more non-alliance (30, 31), neutrality (21, 25) and sentences that bind no one (28, 26): written by
 *   two more writers who never read the rules, while round 20 was, and sealed (sealed/heldout-31,
 *   sealed/heldout-32) before it was measured (one Korean item of set 31 that its writer flagged as a
 *   near-copy of an earlier set was removed before sealing). Round 20 read prohibitions stated after
 *   the act (не допускается, is prohibited, shall not be permitted) and Russian and Korean non-alliance
 *   from its aim. Round-19 rules (13d1f91) → round 20 (dd71d83), micro P/R: set 31 0.619 / 0.723 → 0.633
 *   / 0.735, rung 61 → 60 / 75; set 32 0.669 / 0.731 → 0.701 / 0.762, rung 70 / 85; pooled (347) 0.643 /
 *   0.727 → 0.667 / 0.749. Per kind pooled after round 20: mutual assistance 0.90 / 0.90 (0.82 / 0.90
 *   before), consultation 0.96 / 0.82, neutrality 0.97 / 0.65 (0.96 / 0.59), non-aggression 0.70 / 0.88
 *   (0.68 / 0.88), non-alliance 0.97 / 0.64 (0.97 / 0.56), defence cooperation 0.56 / 0.91, peaceful
 *   settlement 1.00 / 0.79; `other` right 0.15 of the times it is reported.
 * - held-out 33: heldout-33.json — 243 items (119 en, 63 ru, 61 ko), modern register, and
 * - held-out 34: heldout-34.json — 234 items (114 en, 60 ru, 60 ko), older register (1815–1975), both with
 *   more consultation (47, 42), mutual assistance (42, 38), non-alliance (38, 31) and neutrality (28, 28):
 *   written by two more writers who never read the rules, while round 21 was, kept outside the
 *   repository and sealed by their SHA-256 in a commit on main (2280548) before round 21 was measured
 *   (the sealed/* branches of earlier rounds did not survive a later checkout; their order in the history
 *   stands). Round 21 read non-alliance aims by the harm they would do, neutrality as ties cut with and
 *   territory closed to the attacker, consultation and settlement in passive and nominal forms, and
 *   principles as rights; it read sets 1–32 (31–32: 0.667 / 0.749 → 0.755 / 0.851, optimistic). Round-20
 *   rules (b13ac73) → round 21 (74f820d), micro P/R: set 33 0.785 / 0.854 → 0.785 / 0.858, rung 81 → 80 /
 *   110; set 34 0.693 / 0.787 → 0.701 / 0.805, rung 77 / 106; pooled (477) 0.740 / 0.822 → 0.744 / 0.833.
 *   Per kind pooled after round 21: mutual assistance 0.92 / 0.74, consultation 1.00 / 0.84, neutrality
 *   0.98 / 0.86 (0.98 / 0.77 before), non-aggression 0.85 / 0.76, non-alliance 0.83 / 0.87, defence
 *   cooperation 0.74 / 0.71, peaceful settlement 0.93 / 0.93; `other` right 0.19 of the times it is
 *   reported. The round's neutrality readings carried (+9 points of recall on fresh text); its
 *   non-alliance, consultation, settlement and principles readings, which lifted the sets they were
 *   written on, carried nothing here.
 * - held-out 35: heldout-35.json — 213 items (99 en, 56 ru, 58 ko), modern register, and
 * - held-out 36: heldout-36.json — 230 items (117 en, 57 ru, 56 ko), older register (1815–1975): written by
 *   two more writers who never read the rules (asked not to repeat sets 33–34), while round 22 was,
 *   kept outside the repository and sealed by their SHA-256 in commits on main (766c38c, 774583f)
 *   before round 22 was measured. Round 22 pruned 232 alternatives no labelled sentence read and added
 *   readings for the classes sets 33–34 missed (definitions and present states bind no one, word of a
 *   danger passed on, summit meetings, help in arms against any comer, armed forces as cooperators,
 *   territory withheld or closed); it read sets 1–34 (33–34: 0.744 / 0.833 → 0.828 / 0.900, optimistic).
 *   Round-21 rules (dcb2f8f) → round 22 (a6f027b), micro P/R: set 35 0.765 / 0.820 → 0.768 / 0.815,
 *   rung 76 / 96; set 36 0.681 / 0.741 → 0.677 / 0.737, rung 66 / 96; pooled (443) 0.722 / 0.779 →
 *   0.720 / 0.774. Per kind pooled after round 22: mutual assistance 0.92 / 0.78, consultation 1.00 /
 *   0.77, neutrality 1.00 / 0.81 (0.83 before), non-aggression 0.95 / 0.81 (0.83 before), non-alliance
 *   0.89 / 0.70, defence cooperation 0.81 / 0.75, peaceful settlement 1.00 / 0.87; `other` right 0.11 of
 *   the times it is reported. Nothing the round added carried to fresh text but the definitions (two
 *   false reports fewer), and two Korean sentences the round-21 rules read (a no-first-use pledge, a stop
 *   to arms sales to the attacker) were lost with pruned alternatives: rounds fitted to a set's words, and
 *   pruning by what labelled sentences read, do not generalise.
 * - held-out 37: heldout-37.json — 230 items (111 en, 60 ru, 59 ko), modern register, and
 * - held-out 38: heldout-38.json — 227 items (113 en, 57 ru, 57 ko), older register: written by two more
 *   writers who never read the rules (asked not to repeat sets 33–36), while round 23 was, kept outside
 *   the repository and sealed by their SHA-256 in commits on main (d00b661, 7b3ed74) before either
 *   round was scored on them. Round 23 added, instead of words, a second-chance reading for sentences
 *   the rules leave unplaced, by classes of meaning and their roles (a hostile event and help aimed at
 *   the attacked party; passing word to each other; ports, passage or supplies closed to the side at
 *   war; bases, coalitions or groups aimed at the other), in all three languages; it read sets 1–36
 *   (35–36: 0.720 / 0.774 → 0.799 / 0.859, optimistic). Round-22 rules (560c419) → round 23 (34a992d),
 *   micro P/R: set 37 0.710 / 0.787 → 0.731 / 0.810, rung 72 → 74 / 94; set 38 0.694 / 0.757 → 0.740 /
 *   0.806, rung 76 → 79 / 102; pooled (457) 0.702 / 0.772 → 0.735 / 0.808. Per kind pooled, before →
 *   after: mutual assistance 0.93 / 0.87 → 0.91 / 0.90, consultation 1.00 / 0.76 → 0.96 / 0.86,
 *   neutrality 1.00 / 0.69 → 1.00 / 0.78, non-aggression 0.90 / 0.82 (unchanged), non-alliance 0.92 /
 *   0.71 → 0.93 / 0.74, defence cooperation 0.89 / 0.83 (unchanged), peaceful settlement 1.00 / 0.87
 *   (unchanged); `other` right 0.07 of the times it is reported. The first round in several whose
 *   gain carried to fresh text: readings by classes of meaning generalise where words fitted to a set
 *   did not.
 * - held-out 39: heldout-39.json — 225 items (110 en, 57 ru, 58 ko), modern register, and
 * - held-out 40: heldout-40.json — 215 items (106 en, 55 ru, 54 ko), older register: two more writers who
 *   never read the rules (asked not to repeat sets 33–38), writing while round 24 was; kept outside the
 *   repository and sealed by SHA-256 in commits on main (93eb0f7, 35682f3) before either round was scored
 *   on them. Round 24 added a binding test for the `other` fallback (a sentence that binds no one —
 *   definition, disclaimer, recital, statement of fact — carries no kind) and broader non-alliance
 *   classes (a target of enmity or harm; joining or admitting) to the second-chance reading; on the used
 *   sets 37–38 it read 0.735 / 0.808 → 0.800 / 0.842 (optimistic). Round 23 (1a0aeb1) → round 24
 *   (d39b76a), micro P/R: set 39 0.674 / 0.722 → 0.688 / 0.731, rung 65 → 65 / 96; set 40 0.730 /
 *   0.771 → 0.769 / 0.794, rung 75 → 75 / 102; pooled (440) 0.701 / 0.746 → 0.727 / 0.762. Per kind
 *   pooled, before → after: non-alliance 0.86 / 0.74 → 0.85 / 0.85; `other` false reports 96 → 80;
 *   every other kind unchanged — mutual assistance 0.85 / 0.82, consultation 0.95 / 0.74, neutrality
 *   0.98 / 0.73, non-aggression 0.95 / 0.74, defence cooperation 0.74 / 0.61, peaceful settlement 1.00 /
 *   0.82. Fresh text keeps finding wording no class covers: recall, not precision, is short of 0.9.
 * - held-out 41: heldout-41.json — 227 items (114 en, 56 ru, 57 ko), modern register, and
 * - held-out 42: heldout-42.json — 212 items (97 en, 56 ru, 59 ko), older register: two more writers who never
 *   read the rules (asked not to repeat sets 33–40), writing while round 25 was; sealed by SHA-256 in
 *   commits on main (bc73b68, 502f161) before any round was scored on them. Round 24's rules, untouched:
 *   set 41 0.766 / 0.821, rung 83 / 102; set 42 0.763 / 0.785, rung 81 / 100; pooled (439) 0.764 / 0.803 —
 *   per kind mutual assistance 0.94 / 0.84, consultation 0.98 / 0.90, neutrality 1.00 / 0.84,
 *   non-aggression 0.94 / 0.70, non-alliance 0.88 / 0.83, defence cooperation 0.79 / 0.70, peaceful
 *   settlement 0.95 / 0.78. Round 25 widened the second-chance classes from sets 39–40's misses (39–40:
 *   0.727 / 0.762 → 0.815 / 0.856, optimistic) and read conditions by class; on 41–42 the whole round gave
 *   0.771 / 0.813, rung 168: its widenings (+8.9 kB, slower) carried little and were not taken. What was
 *   taken — a follow-on sentence's conditions narrow the assistance before it, regions "within …",
 *   limits read by class — leaves every kind as it was and reads rung 166 / 202 (164 before).
 * - held-out 43: heldout-43.json — 203 items (96 en, 54 ru, 53 ko), modern register, and
 * - held-out 44: heldout-44.json — 203 items (99 en, 55 ru, 49 ko), older register: two more writers who never
 *   read the rules (asked not to repeat sets 33–42; told that periodic meetings are general consultation, as
 *   every earlier set codes them), writing in session 15 while no round ran; sealed by SHA-256 in commits on
 *   main (ae7444a, 06f3754) before they were scored. The session's start (e99c26f): set 43 0.763 / 0.813, set
 *   44 0.691 / 0.745, pooled (406) 0.727 / 0.779, rung 152 / 190. With session 15's readings (periodic
 *   meetings as general consultation, titles of instruments set aside, neutrality denied read as none), written
 *   before the sets were seen: 0.773 / 0.823 and 0.705 / 0.760, pooled 0.739 / 0.792 — consultation recall
 *   0.79 → 0.86, every other kind as it was: mutual assistance 0.96 / 0.90, neutrality 1.00 / 0.81,
 *   non-aggression 0.82 / 0.75, non-alliance 0.90 / 0.74, defence cooperation 0.84 / 0.64, peaceful
 *   settlement 0.95 / 0.76.
 * - held-out 45: heldout-45.json — 217 items (103 en, 59 ru, 55 ko), modern register, and
 * - held-out 46: heldout-46.json — 221 items (101 en, 60 ru, 60 ko), older register: two more writers who never
 *   read the rules (asked not to repeat sets 33–44, and for more non-aggression and defence cooperation, the
 *   weakest kinds), writing in session 16 while its round was; sealed by SHA-256 in commits on main (b455c6c,
 *   29efd9c) before they were scored. The round (7f7ce9f) read classes sets 2–44 code and no cue read: force
 *   forsworn (en "forswear / abjure / eschew …", ru "отрекаются от силы", ko "무력에 호소하지 아니한다"),
 *   neutrality beside another security kind, defence cooperation by class (soldiers in relief work, military
 *   academies, intelligence shared, the defence industry, combined manoeuvres); on sets 2–44 it read pooled tp
 *   6631 → 6739, fp 1063 → 1000 (optimistic). Session start (7766acf) → round: set 45 0.779 / 0.837 → 0.795 /
 *   0.865, set 46 0.740 / 0.767 → 0.759 / 0.789, pooled (438) 0.760 / 0.801 → 0.777 / 0.826, rung 151 / 180
 *   both. Per kind, before → after: defence cooperation 0.89 / 0.49 → 0.91 / 0.68, neutrality 0.97 / 0.78 →
 *   0.97 / 0.80, non-aggression 0.96 / 0.80 → 0.96 / 0.81; unchanged: mutual assistance 0.94 / 0.94,
 *   consultation 0.95 / 0.88, non-alliance 0.87 / 0.83, peaceful settlement 0.96 / 0.82. The defence
 *   cooperation classes carried (nine more found, no false report); the non-aggression wordings mostly did not.
 * - held-out 47: heldout-47.json — 230 items (105 en, 63 ru, 62 ko), modern register, and
 * - held-out 48: heldout-48.json — 211 items (95 en, 59 ru, 57 ko), older register: two more writers who never
 *   read the rules (asked not to repeat sets 33–46), writing while round 24 was (classes from sets 45–46's
 *   misses); sealed by SHA-256 in commits on main (32a8189, 2ad806d) before they were scored. Session start
 *   (7766acf) → round 23 (3068562) → round 24 (6bab4ca): set 47 0.650 / 0.694 → 0.668 / 0.716 → 0.672 /
 *   0.721, rung 75 / 96 throughout; set 48 0.712 / 0.739 → 0.728 / 0.763 (round 24 unchanged), rung 65 / 86;
 *   pooled (441) 0.679 / 0.716 → 0.697 / 0.739 → 0.699 / 0.741. Per kind after round 24: mutual assistance
 *   0.83 / 0.74, consultation 0.94 / 0.83, neutrality 0.98 / 0.83 (0.77 at the start), non-aggression 0.90 /
 *   0.70 (0.69), non-alliance 0.86 / 0.71, defence cooperation 0.90 / 0.75 (0.63), peaceful settlement 0.94 /
 *   0.60 (0.56). Round 23's classes carried again (ten more found, seven fewer false); round 24's, fitted to
 *   45–46's words, carried one sentence.
 * - held-out 49: heldout-49.json — 231 items (115 en, 58 ru, 58 ko), modern register, and
 * - held-out 50: heldout-50.json — 214 items (103 en, 55 ru, 56 ko), older register: two more writers who never
 *   read the rules (asked not to repeat sets 33–48), writing while round 25 was (classes from sets 47–48's
 *   misses); sealed by SHA-256 in commits on main (2ddcdc2, 6d0c1ec) before they were scored. Session start
 *   (7766acf) → round 24 (2b65f83) → round 25 (32239b7): set 49 0.677 / 0.713 → 0.700 / 0.753 → unchanged,
 *   rung 71 / 91; set 50 0.689 / 0.721 → 0.705 / 0.744 → unchanged, rung 73 / 93; pooled (445) 0.683 / 0.717
 *   → 0.702 / 0.749. Per kind now: mutual assistance 0.94 / 0.80, consultation 0.91 / 0.77, neutrality 0.98 /
 *   0.85 (0.79 at the start), non-aggression 0.83 / 0.72 (0.67), non-alliance 0.84 / 0.68, defence
 *   cooperation 0.90 / 0.77 (0.60), peaceful settlement 1.00 / 0.72. Round 23's classes carried a third time;
 *   round 25's (the Pacific formula worded otherwise, disputes "not settled by negotiation") found nothing here.
 * - held-out 51: heldout-51.json — 212 items (92 en, 61 ru, 59 ko), modern register, and
 * - held-out 52: heldout-52.json — 212 items (99 en, 57 ru, 56 ko), older register: two more writers who never
 *   read the rules (asked not to repeat sets 33–50), writing while round 26 was (non-alliance made to the
 *   other's harm, from sets 2–50's misses); sealed by SHA-256 in commits on main (2d8636f, 3c8dbfb) before they
 *   were scored. Session start (7766acf) → round 25 (7ea7d0f) → round 26 (f74c15e): set 51 0.764 / 0.825 →
 *   0.786 / 0.868 → unchanged, rung 71 / 88; set 52 0.729 / 0.759 → 0.758 / 0.797 → 0.760 / 0.807, rung 75 → 76
 *   / 95; pooled (424) 0.747 / 0.792 → 0.772 / 0.833 → 0.773 / 0.837. Per kind now: mutual assistance 0.87 /
 *   0.83, consultation 0.95 / 0.88, neutrality 1.00 / 0.98 (0.91 at the start), non-aggression 0.98 / 0.81
 *   (0.73), non-alliance 0.84 / 0.84 (0.80), defence cooperation 0.91 / 0.73 (0.51), peaceful settlement 0.95 /
 *   0.83.
 * - held-out 53: heldout-53.json — 220 items (101 en, 59 ru, 60 ko), modern register, and
 * - held-out 54: heldout-54.json — 267 items (112 en, 75 ru, 80 ko), older register: session 17, two writers who
 *   never read the rules (asked not to repeat sets 33–52), writing while round 27 was (from sets 2–52's misses:
 *   military occurrences passed to the other, standing meetings at other intervals, four classes of
 *   non-alliance); sealed by SHA-256 in commits on main (94ab13e, 62f740b) before they were scored. Session start
 *   (ce3b970) → round 27 (fb5c3b8): set 53 0.697 / 0.743 → 0.702 / 0.748, rung 67 / 86; set 54 0.628 / 0.676 →
 *   0.642 / 0.691, rung 76 / 105; pooled (487) 0.659 / 0.706 → 0.669 / 0.716 (non-alliance R 0.705 → 0.770,
 *   consultation 0.709 → 0.721). Round 28 (695a6e6) then wrote rules for the classes they missed, so their
 *   figures after it are optimistic (pooled 0.700 / 0.754).
 * - held-out 55: heldout-55.json — 215 items (103 en, 57 ru, 55 ko), modern register, and
 * - held-out 56: heldout-56.json — 219 items (103 en, 59 ru, 57 ko), older register: two more writers (asked not
 *   to repeat sets 33–54), writing while round 27 was committed and round 28 written (a neutral's duties, force
 *   named as military means, disputes by other names); sealed (4262171, f808969) before they were scored.
 *   Session start (ce3b970) → round 27 → round 28: set 55 0.774 / 0.810 → 0.785 / 0.829 → 0.795 / 0.843, rung
 *   83 → 84 / 102; set 56 0.586 / 0.636 → 0.601 / 0.654 → unchanged, rung 63 → 64 / 87; pooled (434) 0.679 /
 *   0.723 → 0.692 / 0.742 → 0.697 / 0.749. Per kind now (start in brackets): mutual assistance 0.93 / 0.80
 *   (0.80), consultation 0.93 / 0.87 (0.78), neutrality 0.97 / 0.75 (0.75), non-aggression 0.90 / 0.66 (0.64),
 *   non-alliance 0.76 / 0.74 (0.72), defence cooperation 0.90 / 0.78 (0.78), peaceful settlement 1.00 / 0.63
 *   (0.54). Round 27's consultation classes carried (+7 tp); round 28's little (+3 tp, −2 fp). Round 29 (dc5dd3f)
 *   then wrote rules for the classes they missed, so their figures after it are optimistic.
 * - held-out 57: heldout-57.json — 223 items (101 en, 63 ru, 59 ko), modern register, and
 * - held-out 58: heldout-58.json — 244 items (115 en, 67 ru, 62 ko), older register: two more writers (asked not
 *   to repeat sets 33–56), writing while round 29 was (the other named by its title, help refused to the
 *   attacker, force renounced as a noun, questions of a treaty's meaning); sealed (2749633, 10e20f7) before they
 *   were scored. Session start (ce3b970) → round 28 (d97b308) → round 29 (2eeb894): set 57 0.682 / 0.747 → 0.694
 *   / 0.769 → 0.695 / 0.774, rung 75 → 76 / 93; set 58 0.676 / 0.747 → 0.692 / 0.768 → 0.696 / 0.772, rung 81 →
 *   82 / 97; pooled (467) 0.679 / 0.747 → 0.693 / 0.769 → 0.695 / 0.773. Per kind now (start in brackets):
 *   mutual assistance 0.87 / 0.87 (0.87), consultation 0.95 / 0.86 (0.80), neutrality 0.91 / 0.82 (0.80),
 *   non-aggression 0.91 / 0.66 (0.62), non-alliance 0.80 / 0.83 (0.75), peaceful settlement 1.00 / 0.72 (0.72).
 *   Round 27's classes carried a third time (consultation, non-alliance); rounds 28 and 29 one or two sentences.
 * - held-out 59: heldout-59.json — 231 items (113 en, 60 ru, 58 ko), modern register, and
 * - held-out 60: heldout-60.json — 221 items (112 en, 55 ru, 54 ko), older register: two more writers (asked not
 *   to repeat sets 33–58), writing while round 30 was (session 18: non-aggression by the armed bodies that carry
 *   force and the deeds they do, across the boundary, forsworn by other words); sealed (e3e1b30, eb6c52e) before
 *   they were scored. Session start (bbe9022) → round 30 (2295a16): set 59 0.714 / 0.778 → 0.718 / 0.782, rung
 *   65 / 87; set 60 0.674 / 0.717 → 0.688 / 0.735, rung 79 / 95; pooled (452) 0.695 / 0.748 → 0.704 / 0.759. Per
 *   kind now (start in brackets): mutual assistance 0.95 / 0.79 (0.79), consultation 0.91 / 0.79 (0.79),
 *   neutrality 0.98 / 0.84 (0.84), non-aggression 0.94 / 0.77 (0.68), non-alliance 0.89 / 0.76 (0.76), peaceful
 *   settlement 1.00 / 0.84 (0.84). Round 30's class carried 5 of the 18 non-aggression sentences missed at start.
 * - held-out 61: heldout-61.json — 248 items (119 en, 63 ru, 66 ko), modern register, and
 * - held-out 62: heldout-62.json — 223 items (99 en, 62 ru, 62 ko), older register: two more writers (asked not to
 *   repeat sets 33–60), writing while round 31 was (mutual assistance by the shared-danger formula and the attack
 *   answered as one on oneself; non-alliance by the grouping itself); sealed (b408822, 7b98155) before they were
 *   scored. Session start (bbe9022) → round 30 (2295a16) → round 31 (269a45a): set 61 0.782 / 0.807 → 0.791 /
 *   0.820 → 0.794 / 0.824, rung 83 / 107; set 62 0.714 / 0.766 → 0.728 / 0.784 → unchanged, rung 76 / 95; pooled
 *   (471) 0.749 / 0.788 → 0.760 / 0.803 → 0.762 / 0.805. Per kind now (start in brackets): mutual assistance 0.95 /
 *   0.82 (0.82), consultation 0.94 / 0.83 (0.83), neutrality 1.00 / 0.86 (0.86), non-aggression 0.93 / 0.74
 *   (0.61), non-alliance 0.92 / 0.89 (0.88), peaceful settlement 1.00 / 0.74 (0.74). Round 30's class carried a
 *   second time (7 of 22 non-aggression sentences missed at start); round 31's one sentence.
 * - held-out 63: heldout-63.json — 230 items (111 en, 59 ru, 60 ko), modern register, and
 * - held-out 64: heldout-64.json — 232 items (111 en, 61 ru, 60 ko), older register: two more writers, writing while
 *   round 32 was (consultation by other words of exchanging minds); sealed (9a0d246, ef43b5d) before they were
 *   scored. Session start (bbe9022) → round 30 → round 31 → round 32 (d3d5fa1): set 63 0.741 / 0.783 → 0.749 /
 *   0.792 → 0.750 / 0.796 → unchanged, rung 63 / 89; set 64 0.785 / 0.858 → 0.798 / 0.880 → unchanged, rung 82 /
 *   98; pooled (462) 0.763 / 0.820 → 0.774 / 0.836 → 0.775 / 0.838 → unchanged. Per kind now (start in brackets):
 *   mutual assistance 0.88 / 0.83 (0.83), consultation 0.95 / 0.88 (0.88), neutrality 0.96 / 0.90 (0.90),
 *   non-aggression 0.90 / 0.83 (0.69), non-alliance 0.88 / 0.84 (0.82), peaceful settlement 1.00 / 0.89 (0.89).
 *   Round 30's class carried a third time (7 of 16); rounds 31 and 32 one sentence and none. Set 63's precision is
 *   0.750 exactly (180 / 240): its floor is 0.7, so that one new false reading elsewhere does not fail it.
 * - held-out 65: heldout-65.json — 210 items (100 en, 55 ru, 55 ko), modern register, and
 * - held-out 66: heldout-66.json — 218 items (102 en, 58 ru, 58 ko), older register: two more writers, writing while
 *   round 33 was (neutrality by the neutral's stance in other words); sealed (11f1107, 8c53186) before they were
 *   scored. Session start (bbe9022) → rounds 30–32 (3c9c580) → round 33 (1f412b8): set 65 0.745 / 0.800 → 0.768 /
 *   0.824 → unchanged, rung 70 → 71 / 82; set 66 0.716 / 0.766 → 0.741 / 0.804 → unchanged, rung 82 / 97; pooled
 *   (428) 0.731 / 0.783 → 0.754 / 0.814 → unchanged. Per kind now (start in brackets): mutual assistance 0.90 / 0.85
 *   (0.82), consultation 0.92 / 0.86 (0.83), neutrality 0.95 / 0.80 (0.80), non-aggression 0.93 / 0.82 (0.65),
 *   non-alliance 0.85 / 0.82 (0.80), peaceful settlement 1.00 / 0.80 (0.80). Round 30's class carried a fourth time
 *   (8 of 17); rounds 31 and 32 two sentences each; round 33 none.
 *
 * Prints precision/recall per kind and rung/crisis accuracy for every set. Asserts ≥ 0.9 per kind on
 * the tuned set, and a floor on the held-out sets (see FLOORS) that guards against regressions
 * without pretending the held-out sets are solved.
 */
import { describe, expect, it } from 'vitest';
import { loadLabelled, reportScore, scoreLabelled, type LabelledItem } from './support/obligation-scoring.js';

const sets: Record<string, LabelledItem[]> = {
  tuned: [...loadLabelled('en'), ...loadLabelled('ru'), ...loadLabelled('ko')],
  'held-out 1 (en)': loadLabelled('en-heldout'),
  'held-out 2 (en, ru, ko)': loadLabelled('heldout-2'),
  'held-out 3 (en, ru, ko)': loadLabelled('heldout-3'),
  'held-out 4 (en, ru, ko)': loadLabelled('heldout-4'),
  'held-out 5 (en, ru, ko)': loadLabelled('heldout-5'),
  'held-out 6 (en, ru, ko)': loadLabelled('heldout-6'),
  'held-out 7 (en, ru, ko)': loadLabelled('heldout-7'),
  'held-out 8 (en, ru, ko)': loadLabelled('heldout-8'),
  'held-out 9 (en, ru, ko)': loadLabelled('heldout-9'),
  'held-out 10 (en, ru, ko)': loadLabelled('heldout-10'),
  'held-out 11 (en, ru, ko)': loadLabelled('heldout-11'),
  'held-out 12 (en, ru, ko)': loadLabelled('heldout-12'),
  'held-out 13 (en, ru, ko)': loadLabelled('heldout-13'),
  'held-out 14 (en, ru, ko)': loadLabelled('heldout-14'),
  'held-out 15 (en, ru, ko)': loadLabelled('heldout-15'),
  'held-out 16 (en, ru, ko)': loadLabelled('heldout-16'),
  'held-out 17 (en, ru, ko)': loadLabelled('heldout-17'),
  'held-out 18 (en, ru, ko)': loadLabelled('heldout-18'),
  'held-out 19 (en, ru, ko)': loadLabelled('heldout-19'),
  'held-out 20 (en, ru, ko)': loadLabelled('heldout-20'),
  'held-out 21 (en, ru, ko)': loadLabelled('heldout-21'),
  'held-out 22 (en, ru, ko)': loadLabelled('heldout-22'),
  'held-out 23 (en, ru, ko)': loadLabelled('heldout-23'),
  'held-out 24 (en, ru, ko)': loadLabelled('heldout-24'),
  'held-out 25 (en, ru, ko)': loadLabelled('heldout-25'),
  'held-out 26 (en, ru, ko)': loadLabelled('heldout-26'),
  'held-out 27 (en, ru, ko)': loadLabelled('heldout-27'),
  'held-out 28 (en, ru, ko)': loadLabelled('heldout-28'),
  'held-out 29 (en, ru, ko)': loadLabelled('heldout-29'),
  'held-out 30 (en, ru, ko)': loadLabelled('heldout-30'),
  'held-out 31 (en, ru, ko)': loadLabelled('heldout-31'),
  'held-out 32 (en, ru, ko)': loadLabelled('heldout-32'),
  'held-out 33 (en, ru, ko)': loadLabelled('heldout-33'),
  'held-out 34 (en, ru, ko)': loadLabelled('heldout-34'),
  'held-out 35 (en, ru, ko)': loadLabelled('heldout-35'),
  'held-out 36 (en, ru, ko)': loadLabelled('heldout-36'),
  'held-out 37 (en, ru, ko)': loadLabelled('heldout-37'),
  'held-out 38 (en, ru, ko)': loadLabelled('heldout-38'),
  'held-out 39 (en, ru, ko)': loadLabelled('heldout-39'),
  'held-out 40 (en, ru, ko)': loadLabelled('heldout-40'),
  'held-out 41 (en, ru, ko)': loadLabelled('heldout-41'),
  'held-out 42 (en, ru, ko)': loadLabelled('heldout-42'),
  'held-out 43 (en, ru, ko)': loadLabelled('heldout-43'),
  'held-out 44 (en, ru, ko)': loadLabelled('heldout-44'),
  'held-out 45 (en, ru, ko)': loadLabelled('heldout-45'),
  'held-out 46 (en, ru, ko)': loadLabelled('heldout-46'),
  'held-out 47 (en, ru, ko)': loadLabelled('heldout-47'),
  'held-out 48 (en, ru, ko)': loadLabelled('heldout-48'),
  'held-out 49 (en, ru, ko)': loadLabelled('heldout-49'),
  'held-out 50 (en, ru, ko)': loadLabelled('heldout-50'),
  'held-out 51 (en, ru, ko)': loadLabelled('heldout-51'),
  'held-out 52 (en, ru, ko)': loadLabelled('heldout-52'),
  'held-out 53 (en, ru, ko)': loadLabelled('heldout-53'),
  'held-out 54 (en, ru, ko)': loadLabelled('heldout-54'),
  'held-out 55 (en, ru, ko)': loadLabelled('heldout-55'),
  'held-out 56 (en, ru, ko)': loadLabelled('heldout-56'),
  'held-out 57 (en, ru, ko)': loadLabelled('heldout-57'),
  'held-out 58 (en, ru, ko)': loadLabelled('heldout-58'),
  'held-out 59 (en, ru, ko)': loadLabelled('heldout-59'),
  'held-out 60 (en, ru, ko)': loadLabelled('heldout-60'),
  'held-out 61 (en, ru, ko)': loadLabelled('heldout-61'),
  'held-out 62 (en, ru, ko)': loadLabelled('heldout-62'),
  'held-out 63 (en, ru, ko)': loadLabelled('heldout-63'),
  'held-out 64 (en, ru, ko)': loadLabelled('heldout-64'),
  'held-out 65 (en, ru, ko)': loadLabelled('heldout-65'),
  'held-out 66 (en, ru, ko)': loadLabelled('heldout-66'),
};

/**
 * Floors for the held-out sets: micro-averaged precision/recall and rung accuracy, each a single
 * untouched measurement rounded down to 0.05 (set 4 after round 2; set 5 after round 3; set 6 after
 * round 4; set 7 after round 5; set 8 after round 6; set 9 after round 7; set 10 after round 8; set 11 after round 9; sets 12 and 13 after round 10; set 14 after round 11; sets 15 and 16 after round 12; sets 17 and 18 after round 13; sets 19 and 20 after round 14; sets 21 and 22 after round 15; sets 23 and 24 after round 16; sets 25 and 26 after round 17; sets 27 and 28 after round 18; sets 29 and 30 after round 19; sets 31 and 32 after round 20; sets 33 and 34 after round 21; sets 35 and 36 after round 22; sets 37 and 38 after round 23; sets 39 and 40 after round 24; sets 41 and 42 after round 25; sets 43 and 44 after session 15; sets 45 and 46 after session 16's round 23; sets 47 and 48 after its round 24; sets 49 and 50 after its round 25; sets 51 and 52 after its round 26; sets 53 and 54 after session 17's round 27; sets 55 and 56 after its round 28; sets 57 and 58 after its round 29; sets 59 and 60 after session 18's round 30; sets 61 and 62 after its round 31; sets 63 and 64 after its round 32; sets 65 and 66 after its round 33). They guard
 * against regressions; they are not the issue's target of 0.9.
 */
const FLOORS: Record<string, { micro: number; rung: number }> = {
  'held-out 1 (en)': { micro: 0.8, rung: 0.6 },
  'held-out 2 (en, ru, ko)': { micro: 0.7, rung: 0.5 },
  'held-out 3 (en, ru, ko)': { micro: 0.65, rung: 0.6 },
  'held-out 4 (en, ru, ko)': { micro: 0.85, rung: 0.7 },
  'held-out 5 (en, ru, ko)': { micro: 0.75, rung: 0.85 },
  'held-out 6 (en, ru, ko)': { micro: 0.75, rung: 0.85 },
  'held-out 7 (en, ru, ko)': { micro: 0.75, rung: 0.85 },
  'held-out 8 (en, ru, ko)': { micro: 0.8, rung: 0.75 },
  'held-out 9 (en, ru, ko)': { micro: 0.85, rung: 0.85 },
  'held-out 10 (en, ru, ko)': { micro: 0.8, rung: 0.75 },
  'held-out 11 (en, ru, ko)': { micro: 0.8, rung: 0.75 },
  'held-out 12 (en, ru, ko)': { micro: 0.75, rung: 0.8 },
  'held-out 13 (en, ru, ko)': { micro: 0.8, rung: 0.85 },
  'held-out 14 (en, ru, ko)': { micro: 0.55, rung: 0.8 },
  'held-out 15 (en, ru, ko)': { micro: 0.75, rung: 0.85 },
  'held-out 16 (en, ru, ko)': { micro: 0.65, rung: 0.65 },
  'held-out 17 (en, ru, ko)': { micro: 0.65, rung: 0.75 },
  'held-out 18 (en, ru, ko)': { micro: 0.7, rung: 0.8 },
  'held-out 19 (en, ru, ko)': { micro: 0.65, rung: 0.75 },
  'held-out 20 (en, ru, ko)': { micro: 0.6, rung: 0.75 },
  'held-out 21 (en, ru, ko)': { micro: 0.65, rung: 0.8 },
  'held-out 22 (en, ru, ko)': { micro: 0.5, rung: 0.7 },
  'held-out 23 (en, ru, ko)': { micro: 0.75, rung: 0.85 },
  'held-out 24 (en, ru, ko)': { micro: 0.7, rung: 0.85 },
  'held-out 25 (en, ru, ko)': { micro: 0.7, rung: 0.7 },
  'held-out 26 (en, ru, ko)': { micro: 0.6, rung: 0.75 },
  'held-out 27 (en, ru, ko)': { micro: 0.7, rung: 0.85 },
  'held-out 28 (en, ru, ko)': { micro: 0.7, rung: 0.8 },
  'held-out 29 (en, ru, ko)': { micro: 0.75, rung: 0.85 },
  'held-out 30 (en, ru, ko)': { micro: 0.7, rung: 0.85 },
  'held-out 31 (en, ru, ko)': { micro: 0.6, rung: 0.8 },
  'held-out 32 (en, ru, ko)': { micro: 0.7, rung: 0.8 },
  'held-out 33 (en, ru, ko)': { micro: 0.75, rung: 0.7 },
  'held-out 34 (en, ru, ko)': { micro: 0.7, rung: 0.7 },
  'held-out 35 (en, ru, ko)': { micro: 0.75, rung: 0.75 },
  'held-out 36 (en, ru, ko)': { micro: 0.65, rung: 0.65 },
  'held-out 37 (en, ru, ko)': { micro: 0.7, rung: 0.75 },
  'held-out 38 (en, ru, ko)': { micro: 0.7, rung: 0.75 },
  'held-out 39 (en, ru, ko)': { micro: 0.65, rung: 0.65 },
  'held-out 40 (en, ru, ko)': { micro: 0.75, rung: 0.7 },
  'held-out 41 (en, ru, ko)': { micro: 0.75, rung: 0.8 },
  'held-out 42 (en, ru, ko)': { micro: 0.75, rung: 0.8 },
  'held-out 43 (en, ru, ko)': { micro: 0.75, rung: 0.75 },
  'held-out 44 (en, ru, ko)': { micro: 0.7, rung: 0.8 },
  'held-out 45 (en, ru, ko)': { micro: 0.75, rung: 0.8 },
  'held-out 46 (en, ru, ko)': { micro: 0.75, rung: 0.8 },
  'held-out 47 (en, ru, ko)': { micro: 0.65, rung: 0.75 },
  'held-out 48 (en, ru, ko)': { micro: 0.7, rung: 0.75 },
  'held-out 49 (en, ru, ko)': { micro: 0.7, rung: 0.75 },
  'held-out 50 (en, ru, ko)': { micro: 0.7, rung: 0.75 },
  'held-out 51 (en, ru, ko)': { micro: 0.75, rung: 0.8 },
  'held-out 52 (en, ru, ko)': { micro: 0.75, rung: 0.75 },
  'held-out 53 (en, ru, ko)': { micro: 0.7, rung: 0.75 },
  'held-out 54 (en, ru, ko)': { micro: 0.6, rung: 0.7 },
  'held-out 55 (en, ru, ko)': { micro: 0.75, rung: 0.8 },
  'held-out 56 (en, ru, ko)': { micro: 0.6, rung: 0.7 },
  'held-out 57 (en, ru, ko)': { micro: 0.65, rung: 0.8 },
  'held-out 58 (en, ru, ko)': { micro: 0.65, rung: 0.8 },
  'held-out 59 (en, ru, ko)': { micro: 0.7, rung: 0.7 },
  'held-out 60 (en, ru, ko)': { micro: 0.65, rung: 0.8 },
  'held-out 61 (en, ru, ko)': { micro: 0.75, rung: 0.75 },
  'held-out 62 (en, ru, ko)': { micro: 0.7, rung: 0.8 },
  'held-out 63 (en, ru, ko)': { micro: 0.7, rung: 0.7 },
  'held-out 64 (en, ru, ko)': { micro: 0.75, rung: 0.8 },
  'held-out 65 (en, ru, ko)': { micro: 0.75, rung: 0.85 },
  'held-out 66 (en, ru, ko)': { micro: 0.7, rung: 0.8 },
};

describe('obligation classifier on tuned and held-out sets', () => {
  /** Minimum sizes of the held-out sets (total, en, ru, ko): a set too small measures nothing. */
  const SIZES: Record<string, [number, number, number, number]> = {
    'held-out 2 (en, ru, ko)': [90, 60, 15, 15],
    'held-out 4 (en, ru, ko)': [40, 25, 8, 7],
    'held-out 5 (en, ru, ko)': [100, 60, 20, 20],
    'held-out 6 (en, ru, ko)': [130, 70, 25, 25],
    'held-out 7 (en, ru, ko)': [150, 80, 30, 30],
    'held-out 8 (en, ru, ko)': [170, 90, 35, 35],
    'held-out 9 (en, ru, ko)': [190, 110, 40, 40],
    'held-out 10 (en, ru, ko)': [170, 100, 35, 35],
    'held-out 11 (en, ru, ko)': [160, 90, 35, 35],
    'held-out 12 (en, ru, ko)': [170, 95, 35, 35],
    'held-out 13 (en, ru, ko)': [160, 65, 45, 45],
    'held-out 14 (en, ru, ko)': [160, 80, 40, 40],
    'held-out 15 (en, ru, ko)': [160, 85, 40, 40],
    'held-out 16 (en, ru, ko)': [160, 80, 40, 40],
    'held-out 17 (en, ru, ko)': [170, 80, 45, 45],
    'held-out 18 (en, ru, ko)': [170, 80, 40, 45],
    'held-out 19 (en, ru, ko)': [165, 80, 40, 40],
    'held-out 20 (en, ru, ko)': [170, 80, 40, 45],
    'held-out 21 (en, ru, ko)': [175, 85, 45, 40],
    'held-out 22 (en, ru, ko)': [170, 85, 40, 40],
    'held-out 23 (en, ru, ko)': [175, 85, 45, 40],
    'held-out 24 (en, ru, ko)': [185, 90, 45, 45],
    'held-out 25 (en, ru, ko)': [165, 80, 40, 40],
    'held-out 26 (en, ru, ko)': [165, 80, 40, 40],
    'held-out 27 (en, ru, ko)': [166, 80, 40, 40],
    'held-out 28 (en, ru, ko)': [162, 78, 40, 40],
    'held-out 29 (en, ru, ko)': [162, 80, 40, 40],
    'held-out 30 (en, ru, ko)': [164, 80, 40, 40],
    'held-out 31 (en, ru, ko)': [173, 85, 40, 40],
    'held-out 32 (en, ru, ko)': [174, 80, 45, 45],
    'held-out 33 (en, ru, ko)': [243, 115, 60, 60],
    'held-out 34 (en, ru, ko)': [234, 110, 60, 60],
    'held-out 35 (en, ru, ko)': [213, 95, 55, 55],
    'held-out 36 (en, ru, ko)': [230, 110, 55, 55],
    'held-out 37 (en, ru, ko)': [230, 110, 55, 55],
    'held-out 38 (en, ru, ko)': [227, 110, 55, 55],
    'held-out 39 (en, ru, ko)': [225, 110, 55, 55],
    'held-out 40 (en, ru, ko)': [215, 105, 55, 54],
    'held-out 41 (en, ru, ko)': [227, 110, 55, 55],
    'held-out 42 (en, ru, ko)': [212, 95, 55, 55],
    'held-out 43 (en, ru, ko)': [203, 96, 54, 53],
    'held-out 44 (en, ru, ko)': [203, 99, 55, 49],
    'held-out 45 (en, ru, ko)': [217, 103, 59, 55],
    'held-out 46 (en, ru, ko)': [221, 101, 60, 60],
    'held-out 47 (en, ru, ko)': [230, 105, 63, 62],
    'held-out 48 (en, ru, ko)': [211, 95, 59, 57],
    'held-out 49 (en, ru, ko)': [231, 115, 58, 58],
    'held-out 50 (en, ru, ko)': [214, 103, 55, 56],
    'held-out 51 (en, ru, ko)': [212, 92, 61, 59],
    'held-out 52 (en, ru, ko)': [212, 99, 57, 56],
    'held-out 53 (en, ru, ko)': [220, 101, 59, 60],
    'held-out 54 (en, ru, ko)': [267, 112, 75, 80],
    'held-out 55 (en, ru, ko)': [215, 103, 57, 55],
    'held-out 56 (en, ru, ko)': [219, 103, 59, 57],
    'held-out 57 (en, ru, ko)': [223, 101, 63, 59],
    'held-out 58 (en, ru, ko)': [244, 115, 67, 62],
  };
  for (const [label, [total, en, ru, ko]] of Object.entries(SIZES)) {
    it(`${label} has ≥ ${total} items: ≥ ${en} English, ≥ ${ru} Russian and ≥ ${ko} Korean`, () => {
      const h = sets[label]!;
      expect(h.length).toBeGreaterThanOrEqual(total);
      const count = (lang: string) => h.filter((i) => i.lang === lang).length;
      expect([count('en'), count('ru'), count('ko')].map((n, k) => n >= [en, ru, ko][k]!)).toEqual([true, true, true]);
    });
  }

  it('tuned set: precision and recall ≥ 0.9 per kind', () => {
    const s = scoreLabelled(sets.tuned!);
    reportScore('tuned set', sets.tuned!.length, s);
    for (const k of s.kinds) {
      expect(k.precision, `${k.kind} precision`).toBeGreaterThanOrEqual(0.9);
      expect(k.recall, `${k.kind} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });

  for (const [label, floor] of Object.entries(FLOORS)) {
    it(`${label}: micro precision/recall ≥ ${floor.micro}, rung accuracy ≥ ${floor.rung}`, () => {
      const items = sets[label]!;
      const s = scoreLabelled(items);
      reportScore(label, items.length, s);
      expect(s.microP).toBeGreaterThanOrEqual(floor.micro);
      expect(s.microR).toBeGreaterThanOrEqual(floor.micro);
      expect(s.rung[0] / s.rung[1]).toBeGreaterThanOrEqual(floor.rung);
    });
  }
});
