/**
 * Russian cue lexicon: the five security kinds, cooperation and final clauses.
 *
 * JavaScript's `\b` is ASCII-only, so word starts are written as `(?<!\p{L})` with the `u` flag;
 * endings are left open (`\p{L}*`) to cover case and aspect forms.
 *
 * @module
 */
import type { BackoffLexicon, BindingTest, ObligationLexicon } from '../types.js';
import { nominalUndertaking } from '../cues.js';
import { CRISIS_TRIGGERS, conditionalEvent, roleFrames } from '../roles.js';
import type { RoleLexicon } from '../types.js';

const W = String.raw`(?<!\p{L})`;
/** The armed forces as the ones who cooperate, whatever the task ("Вооружённые силы Сторон взаимодействуют при ликвидации последствий бедствий"): defence cooperation. */
const FORCES_TOGETHER = String.raw`${W}вооруж[её]нн\p{L}*\s+сил\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:взаимодейств|сотруднич)\p{L}*`;
/** A present state, not an undertaking: "ни одна из них не связана в настоящее время … обязательствами". */
const NOT_BOUND = String.raw`${W}не\s+связан[аоы]?(?!\p{L})`;
/** Verbs of passing word, and what word of a danger names ("безопасность" is none): the informing frame's slots and gates. */
const TELL = /уведом|извещ|осведом|информир|оповещ|в курсе|на связь/iu;
const DANGER = new RegExp(String.raw`${W}(?:угро[зж]|опасн|нападе|агресс|враждебн|подготовк|вторже)`, 'iu');
/** A definition binds no one: "под «агрессией» … понимается …", "термин «…» означает …". */
const DEFINITION = String.raw`${W}под\s+(?:«[^»]{1,50}»|\p{L}+)\s+(?:[^.;«]{0,40}?\s)?понима(?:ет|ют)ся(?!\p{L})|«[^»]{1,50}»\s+означа(?:ет|ют)(?!\p{L})`;
/** "не колеблясь", "не откажет в помощи" are no negation. */
const NOT_POSITIVE = String.raw`(?!\s+(?:колеблясь|медля|преминет|замедлит|откаж|отказыва|реже|позднее|позже|менее|исключая|исключены|исключено)\p{L}*)`;
const NEG = String.raw`${W}(?:не${NOT_POSITIVE}|ни|никогда|воздерж\p{L}*\s+от)`;
/** International questions as the topic of consultation: "международных проблем", "внешней политики", "разоружения", "ООН". */
const F_INTERNATIONAL = String.raw`${W}международн\p{L}*\s+(?:проблем|вопрос|отношени|обстановк|организаци|конференц|форум|дел|положени|жизн)\p{L}*|${W}миров\p{L}*\s+(?:событи|политик|дел|проблем)\p{L}*|${W}внешнеполитич\p{L}*|${W}внешн\p{L}*\s+политик\p{L}*|${W}разоружени\p{L}*|${W}ООН(?!\p{L})`;
/**
 * A negator occurs ("не", "ни", "никогда" as words, "воздерж…", "отказ…", "ненападени…", and the verbs of renouncing
 * "отрек…", "отверг…", "исключ…"): the gate shared
 * (one test per sentence) by the cues that open with {@link NEG} and by every negated frame.
 */
const NEG_GATE = /(?<!\p{L})(?:не|ни|никогда)(?!\p{L})|воздерж|отказ|откаж|отрек|отрёк|отверг|исключ|ненападени/iu;
/** Verbs and nouns of driving off an attack: "отразить", "отражения", "отпор", "дать отпор". */
const REPEL = String.raw`(?:отра[зж]\p{L}*)`;
/** An adverbial of manner between a negation and its verb: "не будет каким-либо образом содействовать". */
const ADV = String.raw`(?:(?:каким-либо|никоим)\s+образом\s+|ни\s+прямо,?\s+ни\s+косвенно,?\s+)?`;
/** Help negated by its determiner: "никакой помощи", "ни малейшей поддержки". */
const NO_HELP = String.raw`${W}(?:никак\p{L}*)\s+(?:[\p{L}-]+\s+){0,4}?(?:помощ|поддержк|содействи)\p{L}*`;

/**
 * Acts named by a noun, for undertakings stated as a noun and a predicate ("применение силы … исключается",
 * "исключается участие … в союзах", "отказ от любой поддержки агрессора"): the same acts the verbal rules read.
 */
const FORCE_ACT = String.raw`${W}(?:(?:применени|угроз)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:сил|оружи)\p{L}*|агресси\p{L}*|сил\p{L}*\s+оружи\p{L}*|нападени\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?на\s+друг\p{L}*|(?:военн|вооруж[её]нн|враждебн|агрессивн)\p{L}*\s+(?:действи|акци|акт)\p{L}*)`;
const ALIGN_ACT = String.raw`${W}(?:участи|вступлени|присоединени)\p{L}*[^.;]{0,60}?(?:союз|коалици|блок|пакт|группировк)\p{L}*`;
/** A predicate that excludes or forbids an act: "исключается", "запрещено", "недопустимо", "не допускается". */
const RENOUNCED = String.raw`${W}(?:исключа(?:ется|ются)|исключен[оаы]?|запрещ(?:ается)|воспрещ(?:ается|аются|ены?|ено)|недопустим\p{L}*|не\s+допуска(?:ется|ются))(?!\p{L})`;
/** Every nominal undertaking has a forbidding predicate or a noun of refraining: one gate for the cues of all three kinds. */
const NOMINAL_GATE = new RegExp(String.raw`${W}(?:исключа|исключен|запрещ|воспрещ|недопустим|допуска|отказ)`, 'iu');
/** A nominal undertaking not to do `act`: the act and a forbidding predicate in either order, or a noun of refraining before it. */
const nominal = (act: string): string =>
  String.raw`${act}[^.;]{0,100}?${RENOUNCED}|${RENOUNCED}\s+(?:[\p{L}-]+\s+){0,2}?${act}|${W}(?:отказ)\p{L}*\s+(?:от|в)\s+(?:[\p{L}-]+\s+){0,3}?${act}`;

/** Bodies and groups whose contacts are cooperation between peoples, not consultation: "контакты между парламентами". */
const PEOPLES = String.raw`(?:парламент|молод[её]ж|регион|культурн|граждан|вуз)\p{L}*`;
/** Help aimed at the capacity to resist attack is defence cooperation: "способность противостоять вооружённому нападению". */
const CAPACITY_TO_RESIST = String.raw`${W}(?:способност|потенциал|готовност)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:противосто)\p{L}*`;


/* Frame lexicons (see FrameCue): slots of the order-free frames, each a class of words. */
const F_FORCE = String.raw`${W}(?:угроз\p{L}*\s+(?:[\p{L}-]+\s+)?(?:сил|оружи)\p{L}*|(?:применени|использовани)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:сил|оружи)\p{L}*|(?:примен|использ)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:сил|оружи)\p{L}*|вооруж[её]нн\p{L}*\s+сил\p{L}*|войн\p{L}*|агресси\p{L}*|нападени\p{L}*|(?:военн|вооруж[её]нн|враждебн|насильственн|силов)\p{L}*\s+(?:действи|акци|операци)\p{L}*|насили\p{L}*|ракет\p{L}*|войск\p{L}*|оружи\p{L}*|удар\p{L}*|бряца\p{L}*|вторг\p{L}*|вторжени\p{L}*|набег\p{L}*|нал[её]т\p{L}*|обстрел\p{L}*|бомбард\p{L}*|(?:военн|силов)\p{L}*\s+(?:средств|метод|мощ)\p{L}*|с\s+оружием\s+в\s+руках)`;
const F_OTHER = String.raw`${W}(?:против|на|в\s+отношении)\s+(?:[\p{L}-]+\s+){0,8}?(?:друг\s+друга|друг\p{L}*\s+Сторон\p{L}*|друг\p{L}*\s+Договаривающ\p{L}*|друг(?:ой|ую|ого)(?=[,.;])|не[её]|него|сосед\p{L}*|партн[её]р\p{L}*)(?!\p{L})|${W}(?:границ|рубеж|земл|предел)\p{L}*\s+(?:[\p{L}-]+\s+)?друг\p{L}*|${W}в\s+(?:е[её]|его)\s+предел\p{L}*|${W}(?:против|на)\s+(?:[\p{L}-]+\s+){0,3}?(?:Королевств|Республик|Федераци|Импери|Княжеств)\p{L}*|${W}друг\s+перед\s+другом|${W}(?:спор|разноглас)\p{L}*\s+между\s+собой|${W}друг\s+(?:против|на|с|к)\s+друг\p{L}*|${W}отношени\p{L}*\s+(?:друг\s+с\s+другом|между\s+собой)|${W}взаимн\p{L}*\s+отношени\p{L}*|${W}взаимоотношени\p{L}*|${W}в\s+(?:сво\p{L}*|их)\s+отношени\p{L}*|${W}между\s+собой(?!\p{L})`;
/*
 * Round 30 (session 18, from the misses of used sets 2-58): force named by the armed bodies that carry it and the
 * deeds they do ("воинский отряд … не вступит на землю другой Стороны", "не будут пересекать их вооружёнными
 * отрядами", "не начнёт боевых действий против другой", "не допускают демонстрации военной силы", "военное
 * давление", "не откроет огонь по … другой Стороны"), the other by "по" or as its plain case ("грозить другой"),
 * the common frontier, the relations between the Parties; forsworn by "исключают", "отрекается", "отвергая" or
 * forbidden ("запрещается"). Its own frame, so what the first frame reads is unchanged.
 */
const F_ARMED_BODY_RU = String.raw`${W}(?:отряд|солдат|военнослужащ|подразделени|воинск\p{L}*\s+(?:част|формировани)|дивизи|полк(?:и|а|ов|ам)?(?!\p{L})|эскадр|флот|военн\p{L}*\s+(?:корабл|самол[её]т|авиаци)|боев\p{L}*\s+(?:техник|корабл|самол[её]т)|войск|вооруж[её]нн\p{L}*\s+(?:сил|формировани))\p{L}*`;
const F_DEED_RU = String.raw`${W}(?:(?:военн|силов)\p{L}*\s+давлени|давлени\p{L}*\s+(?:[\p{L}-]+\s+)?(?:сил|оружи)|демонстрац\p{L}*\s+(?:[\p{L}-]+\s+)?(?:сил|мощ)|боев\p{L}*\s+действи|вооруж[её]нн\p{L}*\s+(?:противоборств|провокаци|инцидент)|огонь|огня|посяга|посягательств|пересека|пересеч|вторг|вторжени|блокад|устрашени|шантаж|обращ\p{L}*\s+к\s+(?:сил|оружи)|(?:пуска|пущ|пуст)\p{L}*\s+(?:[\p{L}-]+\s+)?в\s+ход|грози|угрожа|сил[аыуе]?(?!\p{L}))\p{L}*`;
const F_CROSSED_RU = String.raw`${W}по\s+(?:[\p{L}-]+,?\s+){0,5}?друг(?:ой|ому)(?!\s+(?:держав|государств|стран|наци|народ))(?!\p{L})|${W}(?:против|грози\p{L}*|чин\p{L}*|нанос\p{L}*|устрашени\p{L}*)\s+друг(?:ой|ого|ому)(?!\s+(?:держав|государств|стран|наци|народ))(?!\p{L})|${W}(?:общ|совместн)\p{L}*\s+(?:государственн\p{L}*\s+)?границ\p{L}*|${W}границ\p{L}*\s+(?:[\p{L}-]+\s+)?с\s+друг\p{L}*|${W}(?:пересека|пересеч|переход|переш)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:их|е[её]|границ\p{L}*|рубеж\p{L}*|лини\p{L}*)(?!\p{L})|${W}за\s+(?:е[её]|их)\s+предел\p{L}*|${W}(?:земл|вод|территори|границ|рубеж|предел)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:Королевств|Республик|Федераци|Импери|Княжеств)\p{L}*|${W}между\s+(?:Республик|Королевств|Федераци|Импери)\p{L}*\s+и\s+(?:Республик|Королевств|Федераци|Импери)\p{L}*|${W}двусторонн\p{L}*\s+(?:дел|отношени)\p{L}*|${W}отношени\p{L}*\s+между\s+(?:[\p{L}-]+\s+){0,2}?Сторон\p{L}*|${W}друг\s+с\s+другом`;
/** Forswearing and forbidding of round 30's frame, with the frame negators: "исключают", "отрекается", "отвергая", "запрещается". */
const FORSWEAR_NEG_RU = new RegExp(String.raw`${W}(?:исключа\p{L}*|исключ(?:ат|ит)|отрека\p{L}*|отрек(?:ут|ся|лись)|отверга\p{L}*|отвергн\p{L}*|отказыва\p{L}*\s+от|откаж\p{L}*\s+от|запрещ\p{L}*|воспрещ\p{L}*)(?!\p{L})`, 'iu');
const F_HELP = String.raw`${W}(?:направл\p{L}*|войск\p{L}*|поддерж\p{L}*|облегч\p{L}*|преимуществ\p{L}*|помощ\p{L}*|помога\p{L}*|помо[чж]\p{L}*|содейств\p{L}*|предоставл\p{L}*|постав\p{L}*|снабж\p{L}*|оруж\p{L}*|финансир\p{L}*)`;
const F_ATTACKER = String.raw`${W}(?:агрессор|нападающ|напавш)\p{L}*`;
const F_ATTACKED = String.raw`${W}(?:подвергш)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:нападени|агресси)\p{L}*|${W}жертв\p{L}*\s+(?:[\p{L}-]+\s+)?(?:агресси|нападени)\p{L}*`;

/*
 * Role classes of the role-based frames (src/classify/roles.ts): word families by stem, so every case
 * and aspect form of a word fills its role.
 */
/** Not the attack itself: a threat, danger or prevention of one ("угроза нападения", "предотвращение агрессии"). */
const R_NOT_ACTUAL = String.raw`(?<!${W}(?:угроз|опасност|риск|предотвращ|предупрежд|сдержива|жертвам)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?)`;
/** Attack events: нападение, агрессия, вторжение, военные действия, война, жертва агрессии — not "ненападение". */
const R_ATTACK = String.raw`(?=напад|агресс|вторж|вторг|атак|военн|боев|вооруж|войн|жертв|посяга)${W}${R_NOT_ACTUAL}(?:нападени|посягательств|напад[аеуёи]|агресси|агрессор|вторжени|вторг|атак|(?:военн|боев)\p{L}*\s+действи|(?:военн|вооруж[её]нн)\p{L}*\s+конфликт|войн(?!\p{L}*\s+(?:ветеран|мемориал|памят))(?<!(?:миров|холодн|Отечественн|гражданск)\p{L}*\s+войн)|жертв\p{L}*\s+(?:[\p{L}-]+\s+)?(?:агресси|нападени))\p{L}*`;
/**
 * The first gate of the help and neutrality role frames: the attack words themselves and an anaphoric
 * "в таком случае", not "действия" or "случае" alone (a sentence that passes it and names help is read
 * by the frame).
 */
const R_ATTACK_GATE = new RegExp(String.raw`(?:воюющ|совершивш|развязавш|посяга|напад|агресс|вторж|вторг|атак|(?:военн|боев)\p{L}*\s+действи|(?:военн|вооруж[её]нн)\p{L}*\s+конфликт|войн|жертв)`, 'iu');
/** A party, named directly or indirectly: другая Сторона, каждая из них, союзник, она, её. */
const R_PARTY = String.raw`${W}(?:друг\p{L}*|Сторон\p{L}*|территори\p{L}*|границ\p{L}*|государств\p{L}*|союзник\p{L}*|партн[её]р\p{L}*|участник\p{L}*|кажд\p{L}*|обе\p{L}*|люб\p{L}*\s+из|одн\p{L}*\s+из|е[её]|его|ей|ему|ней|нему|ним|них|им|их|она|оно|они|стран\p{L}*|Республик\p{L}*|Федераци\p{L}*|Королевств\p{L}*|сосед\p{L}*|жертв\p{L}*)(?!\p{L})`;
/** Acts of help: помощь, содействие, поддержка, защита, отпор, отражение нападения, выступить на стороне. */
const R_HELP = String.raw`${W}(?:помощ|помог|помоч|помога|содейств|поддерж|выруч|защит|защищ|оборон(?!\p{L}*\s+(?:сотрудничеств|промышленн|потенциал|способност|ведомств|политик|отрасл|технологи))|отра[зж]|отпор|отбит|отбива|выступ\p{L}*\s+на\s+(?:е[её]\s+|его\s+|их\s+)?сторон|подкреплени|спас|изгна|вытесн)\p{L}*`;
const R_HELP_GATE = /помощ|помог|помоч|содейств|поддерж|выруч|защит|защищ|оборон|отра|отпор|отби|выступ|плечом|бок|подкреплен|спас|изгна|сраж|воев|воюе|бороть|борол/iu;
/** Where a help word is no act of help: deliberated on, withheld, built up as a capacity, owed to the aggressor or to peoples. */
const R_NOT_HELP = new RegExp(
  String.raw`${W}(?:учени|отработк|подготовк|тренир|систем|согласов|координ|консульт|обсужд|обсуд|совещ|переговор|рассматр|рассмотр|встреч|(?<!не\s)отка[зж]|лиш|прекра|способност|потенциал|готовност|гуманитарн|экономическ|финансов|техническ|правов|народ(?!н)|нейтралитет|нейтральн)\p{L}*|${W}Совет\p{L}*\s+Безопасности|${W}определ\p{L}*\s+(?:как|каки|характер|объ[её]м)|${W}(?:агрессору|нападающему|напавшему|напавшей)(?!\p{L})|${CAPACITY_TO_RESIST}`,
  'iu',
);
/** Whom the territory serves or what a grouping aims at: hostile forces, the other's enemy, acts against the other. */
const R_HOSTILE = String.raw`${W}(?:враждебн|противник|враг|вражеск|подрывн|агрессор|нападающ|напавш|банд|мятежн)\p{L}*|${W}вооруж[её]нн\p{L}*\s+(?:отряд|формировани|групп)\p{L}*|${W}(?:нападени|агресси|вторжени|удар|атак|набег)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:на|против|к)\s+(?:[\p{L}-]+\s+){0,3}?(?:друг\p{L}*|не[её]|него|сосед\p{L}*)(?!\p{L})|${W}(?:против|в\s+ущерб|во\s+вред|угрожа\p{L}*)\s+(?:[\p{L}-]+\s+){0,6}?(?:друг\p{L}*\s+(?:Сторон|Договаривающ)\p{L}*|друг\s+друга|не[её]|него|них|каждой|любой\s+из|партн[её]р\p{L}*|союзник\p{L}*|сосед\p{L}*)(?!\p{L})|${W}(?:воюющ\p{L}*|наход\p{L}*\s+в\s+состоянии\s+войны)\s+с\s+(?:друг|не[йё]|ним)`;

/** Events a conditional names that are no crisis (the negative event test shared by the structural readings). */
const S_NOT_CRISIS_RU = String.raw`(?<!\p{L})(?:законодат|поправк|толкова|пересмотр|просьб|запрос|обрат|спор|разноглас|наруш|невыполн|неисполн|консульт|эконом|финанс|торгов|санкц|эмбарго|блокад|бедстви|стихийн|землетряс|наводнен|эпидем|чрезвычайн|катастроф|авари|выбор|взнос|задерж|нехватк|дефицит|топлив|энерг|продовол|болезн|эпизоот|эпидеми|здрав|заседан|совещан|сесси|делегац|председат|граждан|виз|налог|долг|кредит|платеж|платёж|валют|цен|рын|экспорт|импорт|инвест|судн|загрязн|пожар|неспособ|намер|жела|предлож|реш|сочт|счита|уведом|информ|денонс|прекрат|выход|выйд|выйти|заключ|нужда|потребн|приня|соглас|нейтрал|не(?!\p{L}))`;
/** A threat alone: a crisis, but no attack on a party. */
const S_THREAT_RU = String.raw`(?<!\p{L})(?:угроз|угрож|опасн)`;
/** The conditionals that open the structural event reading. */
const S_IF_RU = String.raw`(?<!\p{L})(?:если|ежели|в\s+случае(?:,?\s+если)?|буде|коль\s+скоро|когда)`;
/** A party named as one of the Parties: "одна из Сторон", "любая из них". */
const S_ONE_PARTY_RU = String.raw`(?<!\p{L})(?:одн(?:а|о|у|ой|ого|ому|им)|люб(?:ая|ое|ой|ую|ого|ому)|кака(?:я|ое)-(?:либо)|каждая|каждое)\s+из(?!\p{L})`;
/** The region or the peace an event may befall (the crisis event reading). */
const S_REGION_RU = String.raw`(?<!\p{L})(?:регион|район|границ|рубеж|мир(?:а|у|е)?(?!\p{L})|безопасност|спокойстви|стабильност|независимост|суверенитет|положени|обстановк|ситуаци|кризис|инцидент|конфликт|военн\p{L}*\s+действи|войн)`;
/** A predicate of meeting or exchange (consultation read from structure). */
const S_MEET_RU = String.raw`(?<!\p{L})(?:(?:проводи|провед)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:консультаци|переговор|встреч|совещани)|(?:про)?консультир|совещ|встреч|собира|соберутся|съезж|съед|обмен\p{L}*\s+(?:[\p{L}-]+\s+)?(?:мнени|взгляд|оценк)|согласов\p{L}*\s+(?:[\p{L}-]+\s+)?позици|вступ\p{L}*\s+в\s+(?:совещани|сношени|контакт|консультаци|переговор)|держать\s+совет)\p{L}*`;
/** Structural reading of mutual assistance ({@link RoleLexicon.structural}). */
const RU_STRUCTURAL: NonNullable<RoleLexicon['structural']> = {
  ifParty: conditionalEvent({ opener: S_IF_RU, subject: S_ONE_PARTY_RU, notEvent: `(?:${S_NOT_CRISIS_RU}|${S_THREAT_RU})`, flags: 'iu' }),
  ifGate: /если|ежели|случае|буде|коль|когда/iu,
  otherActs: new RegExp(
    String.raw`(?<!\p{L})(?:друг(?:ая|ое|ой|ие)|союзни\p{L}*|остальн\p{L}*)(?!\p{L})(?![^;.]{0,60}?(?<!\p{L})(?:не(?!\p{L})|консульт|информ|уведом|обсу|рассмотр|нейтрал|вправе|мож|свобод|воздерж|запрещ|запрет|отка|напомин|сообща|извещ|приглаш|возмещ|оплач|замен))[^;.]{0,100}?(?<!\p{L})(?:ему|ей|ним|ней|нему|его|её|ее|защит\p{L}*|оборон\p{L}*|подвергш\p{L}*|пострадавш\p{L}*)(?!\p{L})`,
    'iu',
  ),
  otherGate: /друг|союзни|остальн/iu,
  crisis: new RegExp(
    conditionalEvent({ opener: String.raw`(?:${S_IF_RU}|(?<!\p{L})при(?= ))`, subject: `(?:${S_ONE_PARTY_RU}|${S_REGION_RU})`, notEvent: S_NOT_CRISIS_RU, flags: 'iu' }).source +
      String.raw`|(?<!\p{L})(?:всяк|люб|кажд)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:событи|происшеств|инцидент|случа|нарушени)\p{L}*[^;.]{0,60}?(?:могущ|способн|грозящ|угрожающ)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:наруш|угрож|постав|привест|вызва|осложн|повлеч)\p{L}*`,
    'iu',
  ),
  // What every `crisis` match contains, its subject (a party, the region) or its event noun's harm: rarer than its conditionals.
  crisisGate: new RegExp(`${S_ONE_PARTY_RU}|${S_REGION_RU}|могущ|способн|грозящ|угрожающ`, 'iu'),
  consult: new RegExp(
    String.raw`(?<!\p{L})(?:Стороны|Правительства|министры|представители|они|обе|оба|Совет|Комиссия)(?!\p{L})(?:\s+(?!мог|вправе)[\p{L}-]+){0,4}?\s+${S_MEET_RU}|(?<!\p{L})(?:консульт|совещ|встреч|обмен|информир|извещ|извест(?!н)|осведомл|уведом|оповещ|связ(?!анн)|сноси|снес[ёу]|сообщ(?!а(?!\p{L}))|сговор|контакт)\p{L}*[^,;.]{0,40}?(?<!\p{L})(?:друг\s+(?:с\s+)?друг\p{L}*|одн[оа]\s+друг\p{L}*|между\s+(?:соб(?:ой|ою)|(?:обеими\s+)?Сторонами))(?!\p{L})`,
    'iu',
  ),
  consultGate: /консульт|совещ|встреч|собира|соберутся|съезж|съед|обмен|согласов|вступ|совет|курсе|информир|извещ|извест|осведомл|уведом|оповещ|связ|сноси|снес|сообщ|сговор|контакт/iu,
  topic: new RegExp(String.raw`(?<!\p{L})(?:международн|миров|глобальн|регионал|внешнеполитическ|внешн\p{L}*\s+политик|стратегическ|разоружени)\p{L}*|(?<!\p{L})(?:переговор|соглашени|договор)\p{L}*[^.;]{0,60}?(?<!\p{L})со?\s+треть\p{L}*\s+(?:государств|держав|стран)`, 'iu'),
  topicGate: /международн|миров|глобальн|регионал|внешн|стратегическ|разоружени|интерес|с треть/iu,
  military: new RegExp(String.raw`(?<!\p{L})(?:вооруж[её]нн\p{L}*\s+сил|арми|войск|штаб|офицер|военн\p{L}*\s+(?!мер|действ|шаг)\p{L}+|оборонн\p{L}*\s+(?:план|промышлен|систем|потенциал)|план\p{L}*\s+обороны|вооружени|боеприпас|разведывательн|разведк|флот|противовоздушн)\p{L}*`, 'iu'),
  militaryGate: /вооруж|арми|войск|штаб|офицер|военн|оборон|боеприпас|разведыв|разведк|флот|противовоздушн/iu,
  joint: new RegExp(String.raw`(?<!\p{L})(?:совместн|объедин[её]нн|единн|согласов|координ|друг\s+(?:с\s+)?друг|между\s+соб|учред|созда|образу|формир|провод|обмен|подготовк|обучени|постав)\p{L}*`, 'iu'),
  notJoint: new RegExp(String.raw`(?<!\p{L})(?:(?:не|ни)(?!\p{L})|бедстви|чрезвычайн|спасат|гуманитарн|памят|захоронени|могил|погибш|останк|культурн|историческ|напад|агресс|вторж|враждебн|против|сокращ|огранич|вывод|разоруж|запрещ|уничтож|ликвид|никогда|воздерж|уважа|суверенит|спор|провер|незаконн|контрабанд|наркот|преступн|угроз)\p{L}*`, 'iu'),
  foe: new RegExp(String.raw`(?<!\p{L})(?:агрессор|нападающ|напавш|воюющ|противник|неприятел|враг)\p{L}*|(?<!\p{L})(?:находящ\p{L}*\s+в\s+состоянии\s+войны|вед(?:ущ|ёт|ет)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:войну|военные\s+действия)|(?:совершивш|развязавш|прибегнувш)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:агресси|нападени|войн|военн|сил|оружи)\p{L}*|находящ\p{L}*\s+в\s+(?:[\p{L}-]+\s+)?конфликте\s+с\s+(?:одной|другой)|(?:государств|держав|стран)\p{L}*,?\s+котор\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:напад|вторг)\p{L}*)`, 'iu'),
  foeGate: /агрессор|нападающ|напавш|воюющ|противник|неприятел|враг|войн|военн|совершивш|развязавш|конфликт|напад/iu,
  // Round 18: support of any kind, negated or withheld, to one an attack relation designates.
  backing: new RegExp(String.raw`(?<!\p{L})(?:помощ|помога|поддерж|содейств|пособнич|снабж|постав|вооружени|оружи|займ|кредит|денег|деньг|финанс|войск)\p{L}*`, 'iu'),
  close: /(?<!\p{L})(?:закр(?:о|ыва|ыт)|(?:вос|за)прещ)\p{L}*/iu,
  cutOff: /(?:прекра|приостан|разорв|сверн|свёрты|замора)\p{L}*\s+(?:[\p{L}-]+,?\s+){0,4}?(?:сотрудничеств|связ|отношени|торгов|контакт)/iu,
  withhold: new RegExp(String.raw`(?<!\p{L})(?:отка(?:з|жет|жут)\p{L}*|запрещ\p{L}*)`, 'iu'),
  notNeutral: new RegExp(String.raw`(?<!\p{L})(?:пока|считать\p{L}*|счита\p{L}*|определ\p{L}*|мир(?:а|е|у)?|перемири\p{L}*|союз\p{L}*|коалици\p{L}*|блок\p{L}*|группировк\p{L}*|призна\p{L}*|территори\p{L}*|транзит\p{L}*|проход\p{L}*|порт\p{L}*|баз\p{L}*|аэродром\p{L}*|пространств\p{L}*|прекра\p{L}*|переговор\p{L}*|нейтралитет\p{L}*)(?!\p{L})|(?<!\p{L})(?:не|воздерж\p{L}*\s+от)\s+(?:[\p{L}-]+\s+){0,2}?(?:напад(?!ающ)|применя|примен|вступ|присоедин|участв|заключ)\p{L}*`, 'iu'),
  onAll: new RegExp(String.raw`(?:напад|агресс|вторж|посяга)\p{L}*[^.;]{0,90}?(?:рассматрива|расценива|счита)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:как\s+)?(?:напад|агресс|посягательств|направленн)\p{L}*\s+(?:на|против)\s+(?:об[аеи]|все|Союзн|кажд\p{L}*\s+из\s+(?:них|Сторон|государств)|н(?:её|ее|его)\s+сам\p{L}*|себя)`, 'iu'),
  allGate: /рассматрива|расценива|счита/iu,
  // Round 15: something aimed at the other, under a negator: non-alliance, whatever the verb.
  aimed: new RegExp(String.raw`(?<!\p{L})(?:против|ущерб\p{L}*|(?:во\s+)?вред\p{L}*|ущемл\p{L}*|на\s+подрыв|враждебн\p{L}*|(?:подрыв|подорв|ослаб|изоляци|противореч)\p{L}*)\s+(?:[\p{L}-]+,?\s+){0,4}?(?:друг(?:ой|ую)(?!\s+(?:держав|государств|стран|наци|народ))|друг\s+друга|одной\s+из\s+(?:них|Сторон)|любой\s+из\s+(?:них|Сторон)|н(?:её|ее|его)|партн[её]р\p{L}*)(?!\p{L})`, 'iu'),
  aimedGate: /против|ущерб|вред|ущемл|подрыв|подорв|ослаб|изоляци|противореч|враждебн/iu,
  // Round 20: a prohibition stated after (or before) the act: "Участие … не допускается", "Запрещается …".
  banned: new RegExp(String.raw`(?<!\p{L})(?:не\s+(?:допуска(?:ет|ют)ся|мо(?:жет|гут)\s+иметь\s+места)|исключ(?:а(?:ет|ют)ся|ен[оаы]?)|(?:вос|за)прещ(?:а(?:ет|ют)ся|ен[оаы]?))(?!\p{L})`, 'iu'),
  notAimed: new RegExp(String.raw`(?<!\p{L})(?:военн\p{L}*\s+действ|напад|агресс|сил[аыуе]?(?!\p{L})|войн|войск|вооруж|оружи|ракет|враждебн\p{L}*\s+(?:[\p{L}-]+\s+)?(?:действ|акци|выпад)|насили|вторж|угроз|претензи|помощ|содейств|поддерж|помога|постав|кредит|финансир|снабж|воюющ|напав)`, 'iu'),
  // Round 16: a party bound not to use force of any kind against the other: non-aggression.
  strike: new RegExp(String.raw`${W}(?:сил|оружи|войск|войн|военн|вооруж|агресс|напад|удар|меч|угроз|грози|вторг|насили|ракет)`, 'iu'),
  struck: new RegExp(String.raw`${W}(?:против|на|по)\s+(?:[\p{L}-]+\s+){0,3}?(?:друг(?:ой|ую)(?!\s+(?:держав|государств|стран))|друг\s+друга|не[её])(?!\p{L})`, 'iu'),
  struckGate: /против|на другую|на другой|по другой/iu,
  notStrike: new RegExp(String.raw`${W}(?:нейтралитет|помощ|поддерж|содейств|постав|кредит|союз|блок|территори|трет|котор|ведущ|воюющ|напавш|совершивш|развязавш|готовящ|земл|обвин|торгов|санкц|объединени|группиров|коалиц|пакт|альянс|баз|иностран|нацеленн|направленн|предназначенн)`, 'iu'),
  // Round 16: a dispute settled or referred by peaceful means: peaceful settlement.
  dispute: new RegExp(String.raw`${W}(?:спор(?:ы|ов|ам|ах)?(?!\p{L})|разноглас|несоглас|(?:спорн|пограничн)\p{L}*\s+вопрос|вопрос\p{L}*(?=,?\s+(?:[\p{L}-]+\s+){0,4}?(?:границ|толковани|не\s+урегулир|по\s+котор))|расхождени\p{L}*)`, 'iu'),
  disputeGate: /споры|споров|спорам|спорах|разноглас|несоглас|спорн|пограничн|границ|толковани|урегулир|по котор|расхождени/iu,
  settle: /разреш|урегулир|улажива|устран|реша|переда|подлеж|снима|вынос/iu,
  means: new RegExp(String.raw`${W}(?:мирн|переговор|дипломатическ|посредничеств|арбитраж|третейск|согласительн|смешанн|суд(?!н))`, 'iu'),
  // Round 16: help given each other or jointly against aggression, no conditional: mutual assistance.
  together: /друг\s+друг|совместн|взаимн/iu,
  repel: new RegExp(String.raw`${W}(?:(?:в|при)\s+(?:[\p{L}-]+\s+){0,2}?(?:отражени|отпор)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:агресс|нападени|вторжени|враг|интервенц)|(?:против|(?<=(?:защищ|защит|оборон)[^.;]{0,60})от)\s+(?:[\p{L}-]+\s+){0,2}?(?:агресс|нападени|вторжени|враг)|в\s+(?:[\p{L}-]+\s+)?войне)`, 'iu'),
  repelGate: /отражени|отпор|агресс|нападени|вторжени|враг|войне/iu,
  notTogether: /эпидем|бедстви|катастроф|чрезвычайн|террор|преступн|наркот|международн|восстановл|пострадавш|жертв/iu,
  neutralStance: new RegExp(String.raw`(?<!\p{L})(?:соблюд|сохран|держ|хран)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:нейтралитет\p{L}*|нейтральн\p{L}*\s+(?:статус|позици)\p{L}*)|(?<!\p{L})(?:оста\p{L}*|быть|объяв\p{L}*\s+себя)\s+(?:[\p{L}-]+\s+)?нейтральн\p{L}*`, 'iu'),
};

/** The Russian role classes ({@link RoleLexicon}). */
const RU_ROLES: RoleLexicon = {
  attack: new RegExp(R_ATTACK, 'iu'),
  attackGate: R_ATTACK_GATE,
  party: new RegExp(R_PARTY, 'iu'),
  // A party before its attack is linked by the verb between ("Сторона подвергнется нападению"); no postposed form.
  eventLinkAfter: /^(?!)/u,
  condition: { before: new RegExp(String.raw`${W}(?:таком|этом|указанном|подобном|данном)\s+$|${W}(?:если|в\s+случае|при|когда|как\s+только|пока)\s+(?:[\p{L}-]+\s+){0,3}?$`, 'iu') },
  eventLink: new RegExp(String.raw`${W}(?:на|против|в\s+отношении|со\s+стороны|подверг\p{L}*|жертв\p{L}*|объект\p{L}*|если|в\s+случае|при|когда|окаж\p{L}*|совершен\p{L}*|начат\p{L}*|развязан\p{L}*)(?!\p{L})`, 'iu'),
  help: new RegExp(R_HELP, 'iu'),
  helpGate: R_HELP_GATE,
  notHelp: R_NOT_HELP,
  contact: new RegExp(String.raw`${W}(?:консульт|совещ|переговор|информир|уведом|извещ|извест(?!н)|установлени\p{L}*\s+связ|оповещ|встреч|контакт|обмен\p{L}*\s+(?:мнени|сведени)|созыв|собира|собер|обсужд|обсуд|согласовыва|согласу|свер|сопостав|диалог)\p{L}*`, 'iu'),
  contactGate: /консульт|совещ|переговор|информир|уведом|извещ|извест|связ|оповещ|встреч|контакт|обмен|созыв|собира|собер|обсу|согласовыва|согласу|свер|сопостав|диалог/iu,
  crisisGate: /угроз|опасн|кризис|чрезвычайн|напад|агресс|вторж|войн|конфликт|военн|посяга|обостр|инцидент|столкнов/iu,
  notContact: new RegExp(String.raw`${W}(?:спор|разноглас|ратиф)\p{L}*|${W}Совет\p{L}*\s+Безопасности|${W}ООН(?!\p{L})|${W}Организаци\p{L}*\s+Объедин`, 'iu'),
  neutral: new RegExp(String.raw`${W}(?:нейтрал|беспристраст)\p{L}*(?<!(?:уважа|признава|призна|наруш)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?нейтрал\p{L}*)`, 'iu'),
  attacker: new RegExp(String.raw`${W}(?:агрессор|нападающ|напавш|воюющ)\p{L}*|${W}(?:совершивш|развязавш|начавш)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:агресси|нападени|войн|военн)\p{L}*`, 'iu'),
  attackerRef: new RegExp(String.raw`${W}(?:эт[оиу]|т(?:ой|ую|от|ому))\p{L}*\s+(?:треть\p{L}*\s+)?(?:государств|держав|стран|войн)\p{L}*`, 'iu'),
  permit: new RegExp(String.raw`${W}(?:позвол|приют|деятельност|прим[еу]т|приним|обращ|сбор|разреш|допуск|допуст|предостав|использ|размещ|дислоцир|пропуск|пропуст|транзит|пролет|проход|вступ|участв|участи|присоедин|заключ|созда|служ|станов|стать|превращ)\p{L}*`, 'iu'),
  // One's own territory lent, not the other's aimed at ("территорию другой Стороны").
  asset: new RegExp(String.raw`${W}(?:территори|воздушн\p{L}*\s+пространств|акватори|порт|аэродром|баз|инфраструктур|плацдарм|гаван|аэродром|пут\p{L}*\s+сообщени|земл|союз|коалици|блок|пакт|группировк|альянс)\p{L}*(?!\s+друг\p{L}*\s+(?:Сторон|Договаривающ))`, 'iu'),
  // Word starts; no "порт" (its literal opens the frames on "спорт", "транспорт"): ports come with a territory.
  assetGate: new RegExp(String.raw`${W}(?:территори|воздушн|акватори|аэродром|баз(?:[аыуе]|ами|ах)?(?!\p{L})|инфраструктур|плацдарм|гаван|пути сообщения|порты|портов|портам|портах|земл|союз|коалици|блок|пакт|группировк|альянс)`, 'iu'),
  hostile: new RegExp(R_HOSTILE, 'iu'),
  deny: new RegExp(String.raw`${W}(?:запрещ|запрет|пресек|пресеч)\p{L}*`, 'iu'),
  structural: RU_STRUCTURAL,
};

/*
 * The backoff reading (round 23): broad classes of meaning, read together in a sentence no cue or frame
 * placed (see BackoffLexicon). The classes are the role classes above, read here by co-occurrence
 * alone, and a few stems more (old spelling too).
 */
const S = RU_STRUCTURAL;
const R = RU_ROLES;
/** A hostile event the role class leaves out: an invasion, a seizure, arms raised. */
const HOSTILE = /(?<!\p{L})(?:вторг|захвач|посягательств|(?:подним|подня)\p{L}*\s+оруж)/iu;
/** Aimed at the other, and passing word (besides the role classes). */
const AIMED = /(?<!\p{L})(?:против|враждебн|ущемляющ|сверж|сдерживан)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:друг|одной\s+из|любой\s+из)/iu;
const TELL_B = /(?<!\p{L})(?:сов[еѣ]щ|увѣдомл|оповещ|сообщ|сверя|снос|связь|в\s+курс)/iu;
/** The consultation cue's gate: words of passing word, not an exchange of information (cooperation's). */
const TELL_GATE = /консульт|сов[еѣ]щ|информир|ув[еѣ]дом|извещ|оповещ|сообщ|встреч|контакт|сверя|снос|связь|курс|мнени|оценк|взгляд/iu;
/**
 * Round 24: what an act or grouping is aimed at, besides AIMED — a word of enmity or harm and the other
 * party, "другой Стороны" or a party by its name, capitalised ("несовместимых с интересами обороны другой
 * Стороны", "для нападения на Федерацию", "угрожающих Союзу"); and joining or admitting (вступать,
 * присоединяться, участвовать, заключать, допускать, размещать; обязательства, плацдарм).
 */
const B_TARGET = new RegExp(String.raw`${W}(?:против|враждебн\p{L}*|в\s+ущерб|несовместим\p{L}*\s+с|угрожа\p{L}*|(?:для|под)\s+(?:\p{L}+\s+){0,2}?(?:нападени|удар|агресси)\p{L}*\s+(?:на|по|против))\s+(?:\p{L}+\s+){0,3}?(?:друг|одной\s+из|любой\s+из|\p{Lu}\p{L}+)`, 'u');
const B_JOIN = /(?<!\p{L})(?:вступ|присоедин|участ|заключ|допус|размещ|обязательств|договор[её]нност|плацдарм|сосредоточ)/iu;
const RU_BACKOFF: BackoffLexicon = {
  negator: [R.deny, /(?<!\p{L})(?:отрека|запрещ|недопуст)/iu],
  unless: /(?<!\p{L})не\s+(?:требует|обязыва|затрагива|предусм|призна)/iu,
  cues: [
    // Also beside another security kind (a second undertaking worded as no cue knows; ports or passage denied to the
    // other's attacker are neutrality and non-alliance both), not beside non-aggression, whose war and refusal words
    // its classes share, nor where a grouping is named (joining the other's enemy in an alliance is non-alliance).
    { kind: 'neutrality', gate: S.foeGate!, classes: [[S.backing!, R.asset], [R.attacker, S.foe!, /(?<!\p{L})(?:воюющ|развязавш|учинивш|объяв\p{L}*\s+войн|войн[аеуыі])/iu]], polarity: 'negated', alsoPlaced: { unless: ['non-aggression'], unlessWords: /(?<!\p{L})(?:союз|коалици|блок|пакт|группировк|альянс|объединени)/iu } },
    { kind: 'non-alliance', gate: /против|враждебн|ущемл|сверж|сдержив|подрыв|вред|ущерб|несовместим|угрожа|нападени|удар|агресси/iu, classes: [[R.asset, /(?<!\p{L})(?:союз|блок|коалиц|альянс|группировк|соглашен|санкц|формирован|организац)/iu, B_JOIN], [S.aimed!, AIMED, B_TARGET]], polarity: 'negated', after: ['neutrality'], unless: /перемири|сепаратн|(?<!\p{L})мира(?!\p{L})/iu },
    { kind: 'consultation', gate: TELL_GATE, classes: [[R.contact, TELL_B], [S.together!, /(?<!\p{L})(?:Сторон[ыа]|[Оо]ба\s+Правительств)(?!\p{L})/u]], polarity: 'affirmed', crisis: [S.crisis!, R.attack], unless: /посредством|правил/iu },
    { kind: 'mutual-assistance', gate: /напад|агресс|вторж|вторг|атак|войн|посяга|захвач|оруж|жертв/iu, classes: [[R.help, /(?<!\p{L})(?:войск|сил(?:ы|ами)(?!\p{L})|флот|корпус|выстав|двин|отпор|отраж)/iu], [R.attack, HOSTILE]], polarity: 'affirmed', after: ['neutrality', 'non-alliance', 'non-aggression', 'consultation'], unless: [/воздерж|угрожа|опасност|представительств|перемири|террор|потенциал|прекращ|план/iu, S.notTogether!] },
  ],
};

/**
 * The binding test (round 24, {@link BindingTest}). ("Не затрагивает прав и обязательств", "не отменяет и
 * не изменяет" are labelled `other` in the tuned set and set 31: the plain verb of a saving clause is not
 * read, only its interpretive form.)
 */
const RU_BINDING: BindingTest = {
  // The interpretive form, a scope, and "Ничто в настоящем Соглашении не …".
  saving: new RegExp(String.raw`${W}(?:не\s+распространя\p{L}*\s+на|(?:ис)?толков\p{L}*\s+как)\s|^\s*Ничто\s+в\s+настоящ`, 'iu'),
  untargeted: new RegExp(String.raw`^(?=[^.;]*${W}(?:не|ни)\s)[^.;]*?${W}(?:Договор|Соглашени|союз|партн[её]рств|сотрудничеств)[^.;]{0,80}?${W}(?:против|враждебн|в\s+ущерб|остри|характер[^.;]{0,20}союз)`, 'iu'),
  appointment: new RegExp(String.raw`${W}уполномоченны(?:е|ми)(?!\p{L})`, 'iu'),
  cognition: new RegExp(String.raw`${W}(?:отмеча|призна|созна|осозна|счита|исход|убежд|выража)[^.;]{0,50}?${W}что(?!\p{L})`, 'iu'),
  state: new RegExp(String.raw`${W}(?:явля|состо[ия]т|гранич|образу|связыва|существу|име(?:ет|ют)\s+общ)`, 'iu'),
  duty: new RegExp(String.raw`${W}(?:следует|надлежит|запрещ|не\s+вправе|обязательств)`, 'iu'),
};

/** How often: ежегодно, регулярно, периодически, не реже одного раза в год, раз в полгода … */
const RU_PERIODICITY = String.raw`(?:ежегодно|ежеквартально|регулярно|периодически|(?:не\s+реже\s+)?(?:одного\s+|двух\s+)?раз(?:а)?\s+в\s+(?:год|полгода|квартал)` +
  // Round 27 (session 17): every so many years or months, or by turns in the two capitals (a standing meeting).
  String.raw`|(?:по\s+истечении\s+)?кажд(?:ые|ых|ый)\s+(?:[\p{L}\d]+\s+)?(?:год\p{L}*|лет|месяц\p{L}*|полгода)|поочер[её]дно\s+(?:в\s+(?:обеих\s+|каждой\s+из\s+)?столиц\p{L}*|в\s+каждой))`;
/** A meeting predicate: встречаются, собирается, проводят встречи / совещания / заседания / консультации. */
const RU_MEETING = String.raw`(?:встреча\p{L}*|встретятся|собира\p{L}*|соберутся|съезжа\p{L}*|съедутся|созыв\p{L}*|сверя\p{L}*|(?:провод|провед)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:встреч|совещани|заседани|сесси)\p{L}*)`;
/**
 * A meeting at set intervals, the interval before or after it; not of military staffs (штабы, командования),
 * read back from the end of the first word — only where one matched (a look-behind at every position is slow).
 */
const RU_PERIODIC_MEETING = String.raw`${W}(?:${RU_PERIODICITY}(?=[^.;]{0,60}?${W}${RU_MEETING})|${RU_MEETING}(?=[^.;]{0,60}?${W}${RU_PERIODICITY}))(?<!(?:штаб|командовани|командующ|военн)\p{L}*[^.;]{0,80})`;
/** The Russian cue lexicon. */
export const russianObligationLexicon: ObligationLexicon = {
  lang: 'ru',
  kinds: [
    {
      kind: 'mutual-assistance',
      pattern: new RegExp(String.raw`${W}(?:оказ|предостав|окаж)\p{L}*\s+(?:[\p{L}-]+\s+){0,5}?(?:помощь|помощи|поддержку|содействие)|${W}(?:предприм|прим|прин)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:действи|мер)\p{L}*,?\s+(?:котор|как)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:сочт|счита)\p{L}*`, 'iu'),
      negated: 'drop',
      requires: ['armed-attack', 'state-of-war'],
      unless: new RegExp(CAPACITY_TO_RESIST, 'iu'),
    },
    {
      // Help named by its purpose: measures taken to repel the attack ("примет все необходимые меры … для
      // отражения нападения") (helping to repel it, taking part in repelling it, defending the other, standing at its
      // side or supporting it by all means are read by the role frames); and
      // the collective-defence formula ("рассматривает нападение на другую Сторону как нападение на себя").
      kind: 'mutual-assistance',
      pattern: new RegExp(
        String.raw`${W}(?:предприм|прим|прин|использ)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:мер|шаг|действи|сил|средств)\p{L}*[^.;]{0,90}?(?:для|чтобы|в\s+целях|с\s+целью)\s+(?:[\p{L}-]+\s+){0,2}?${REPEL}` +
          String.raw`|${W}(?:рассматрива|расценива|счита)\p{L}*\s+(?:[\p{L}-]+\s+){0,8}?(?:как\s+)?(?:нападени|агресси)\p{L}*\s+(?:на|против)\s+(?:себя|обе\s+Стороны|обеих|всех|каждую)`,
        'iu',
      ),
      negated: 'drop',
      requires: ['armed-attack', 'state-of-war'],
      unless: new RegExp(CAPACITY_TO_RESIST, 'iu'),
    },
    {
      // Neutrality named, or abstention from helping the aggressor (help refused to the attacker is read by the
      // role frames and the structural reading of neutrality, src/classify/roles.ts).
      kind: 'neutrality',
      pattern: new RegExp(String.raw`${W}нейтралитет\p{L}*|${W}от\s+(?:[\p{L}-]+\s+)?(?:поддержк|помощ|содействи)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:агресс|напа[дв])\p{L}*(?<=${W}воздерж\p{L}*\s[^.;]{0,120})`, 'iu'),
      negated: 'keep',
      // Neutrality denied is none: "не соблюдает нейтралитета", "отказывается от нейтралитета" (rv19 1).
      unless: new RegExp(String.raw`${W}(?:не|ни)\s+(?:[\p{L}-]+\s+){0,2}?(?:соблюд|сохран|держ|хран|придерж)\p{L}*\s+(?:[\p{L}-]+\s+)?нейтралитет|${W}(?:отказ\p{L}*\s+от|выход\p{L}*\s+из)\s+(?:сво\p{L}*\s+)?нейтралитет`, 'iu'),
    },
    {
      // Help refused where the attack is named before: "другая Сторона ни в какой форме не будет поддерживать эту державу".
      // A duty that does not exist ("не обязана оказывать помощь") is no refusal.
      kind: 'neutrality',
      pattern: new RegExp(String.raw`${NEG}\s+(?!(?:обязан|должн|обязыва)\p{L}*)(?:[\p{L}-]+\s+){0,2}?${ADV}(?:поддерж|помога|помож|содейств|снабж|(?:оказ|окаж|предостав)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:помощ|поддержк|содействи))\p{L}*`, 'iu'),
      negated: 'keep',
      gate: NEG_GATE,
      requires: ['armed-attack', 'state-of-war'],
    },
    {
      kind: 'non-alliance',
      pattern: new RegExp(String.raw`${NEG}\s+(?:[\p{L}-]+\s+){0,2}?(?:вступ|участв|заключ|присоедин|примыка|принима\p{L}*\s+участи)\p{L}*[^.;]{0,140}?(?:союз|коалици|блок|пакт|соглашени|договор|действи|акци|мероприяти|группировк)\p{L}*|${NEG}\s+(?:[\p{L}-]+\s+){0,2}?(?:пропуст|допуст|допуска)\p{L}*\s+через\s+(?:сво\p{L}*\s+)?(?:территори|воздушн\p{L}*\s+пространств|территориальн\p{L}*\s+вод)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:войск|вооруж[её]нн\p{L}*\s+сил|воинск)\p{L}*|${NEG}\s+(?:станет|будет)\s+(?:член)\p{L}*[^.;]{0,80}?(?:союз|блок|коалици|пакт|группировк)\p{L}*|${NEG}\s+(?:[\p{L}-]+\s+){0,2}?(?:допуска|позволя|предоставля)\p{L}*(?:(?!(?:вторжени|нападени|агресси)\p{L}*\s+(?:[\p{L}-]+\s+)?на\s)[^.;]){0,60}?территори\p{L}*`, 'iu'),
      negated: 'keep',
      gate: NEG_GATE,
    },
    // Non-alliance stated as a noun: "участие … в военных блоках, направленных против другой Стороны, исключается".
    nominalUndertaking('non-alliance', new RegExp(nominal(ALIGN_ACT), 'iu'), NOMINAL_GATE),
    // Non-aggression stated as a noun: "применение силы в отношениях между Сторонами исключается".
    // Not the event a conditional names ("В случае агрессии … предоставление агрессору поддержки исключается": neutrality).
    { ...nominalUndertaking('non-aggression', new RegExp(nominal(FORCE_ACT), 'iu'), NOMINAL_GATE), rejectBefore: new RegExp(String.raw`(?:${S_IF_RU}|для)\s+(?:[\p{L}-]+\s+)?$`, 'iu') },
    {
      kind: 'non-aggression',
      pattern: new RegExp(String.raw`${NEG}\s+(?:[\p{L}-]+\s+){0,2}?(?:примен|прибег|угрожа|подним|подня|обраща)\p{L}*[^.;]{0,60}?(?:сил|оружи)\p{L}*|${NEG}\s+(?:[\p{L}-]+\s+){0,2}?(?:участ|участи|принима\p{L}*\s+участи)\p{L}*\s+(?:в\s+)?(?:[\p{L}-]+\s+){0,2}?(?:нападени|агресси)\p{L}*\s+(?:на|против)\s+(?:другую|друг|другой|одна|одну)(?!\p{L})|${W}воздерж\p{L}*\s+от\s+(?:[\p{L}-]+\s+){0,2}?(?:угроз|применени|действи)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:сил|оружи|агресси)\p{L}*|${NEG}\s+(?:[\p{L}-]+\s+){0,2}?(?:напада(?:ть|ет|ют|ем|ли|л|ла)(?!\p{L})|(?:нападёт)(?!\p{L}))|${W}отказыва\p{L}*\s+от\s+(?:[\p{L}-]+\s+){0,2}?(?:войн|применени\p{L}*\s+силы|агресси)\p{L}*` +
        // Force renounced, rejected or excluded in the parties' dealings with each other ("отрекаются от силы … во взаимных
        // сношениях", "исключают вооружённую силу … в отношении друг друга"); war on the other forsworn ("не станет объявлять
        // войну другой", "не будут воевать друг с другом"); troops not sent against the other.
        String.raw`|${W}(?:отказ|откаж|отрек|отрёк|отверг|исключ)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:войн\p{L}*|сил[аыуе]?|применени\p{L}*\s+(?:[\p{L}-]+\s+)?(?:сил|оружи)\p{L}*|вооруж[её]нн\p{L}*\s+(?:сил|борьб)\p{L}*|нападени\p{L}*|агресси\p{L}*|оружи\p{L}*)(?!\p{L})(?=[^.;]{0,120}?${W}(?:друг|между\s+собой|взаим|одна\s+против))` +
        String.raw`|${NEG}\s+(?:[\p{L}-]+\s+){0,2}?(?:вторга\p{L}*|вторгн\p{L}*|подверга\p{L}*\s+(?:\p{L}+\s+)?нападени\p{L}*)(?=[^.;]{0,60}?${W}(?:друг|территори|границ))|${NEG}\s+(?:[\p{L}-]+\s+){0,2}?(?:воева\p{L}*|объяв\p{L}*\s+(?:[\p{L}-]+\s+)?войн\p{L}*)(?=[^.;]{0,60}?${W}(?:друг|другой|другую|против|сосед))|${NEG}\s+(?:[\p{L}-]+\s+){0,2}?(?:направ|посыла|посла|двига|двину|ввод|введ)\p{L}*\s+(?:сво\p{L}*\s+)?(?:войск|вооруж[её]нн\p{L}*\s+сил)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:против|на\s+территори)`, 'iu'),
      negated: 'keep',
      gate: NEG_GATE,
    },
    {
      kind: 'consultation',
      // (And a meeting held at set intervals — "ежегодно проводят встречи", "собирается не реже одного раза в год" — as
      // in English; military staffs meeting to plan are defence cooperation.)
      pattern: new RegExp(String.raw`${W}консульт\p{L}*|${W}контакт\p{L}*|${W}обмен\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:мнени|взгляд|оценк)\p{L}*|${W}(?:свяжутся|связываются)|${RU_PERIODIC_MEETING}` +
        // Round 32 (session 18, from used sets 2-62): the parties' dealings with each other named by other verbs of
        // communicating — "снесутся между собой", "совещаются", "сверяют свои позиции", "осведомляют друг друга",
        // "держать между собою совет", "делиться своими видами", "поддерживают постоянную связь".
        // (Not military staffs meeting to plan, a look-behind after the word so it runs only where one matched: defence cooperation.)
        String.raw`|${W}(?:снос(?:ятся|ится|иться|ились)|снесут(?:ся)?|(?:совещ|совѣщ)(?:ают|ает|ать|атьс|ани)\p{L}*|сверя\p{L}*\s+(?:[\p{L}-]+\s+)?позици\p{L}*|осведомля\p{L}*\s+друг|совет(?<=держ\p{L}*\s+(?:между\s+собою?\s+)?совет)|(?:видами|соображениями)(?<=дел(?:ят|ит|иться|ятся)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:видами|соображениями))|связь(?<=(?:поддержива|устанавлива|установ)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?связь))(?!\p{L})(?<!(?:штаб|офицер|планир)[^.;]*)(?![^.;]*(?:план|уч[её]б|учени|военн\p{L}*\s+ведомств))`, 'iu'),
      negated: 'drop',
      // "контакты между парламентами и молодёжью" is cooperation between peoples.
      rejectAfter: new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+)?между\s+(?:их\s+)?(?:[\p{L}-]+\s+){0,2}?${PEOPLES}`, 'iu'),
      // Consultation named as a means of settling disputes is peaceful settlement.
      unless: new RegExp(String.raw`${W}(?:спор|разноглас)\p{L}*[^.;]{0,160}?(?:разреша|урегулир|реша)\p{L}*`, 'iu'),
    },
    {
      // Contact named by a verb of communicating or notifying, where a threat, attack or crisis is in view
      // ("немедленно уведомляют друг друга", "связываются друг с другом").
      kind: 'consultation',
      pattern: new RegExp(
        String.raw`${W}(?:сообща|сообщ|информир)\p{L}*\s+(?:[\p{L}-]+\s+)?друг\s+другу`,
        'iu',
      ),
      negated: 'drop',
      requires: CRISIS_TRIGGERS,
    },
    {
      kind: 'defense-cooperation',
      pattern: new RegExp(String.raw`${W}(?<!(?:ущерб|вред|угроз)\p{L}*\s+(?:[\p{L}-]+\s+(?:или\s+|и\s+)?){0,3}?)обороноспособност\p{L}*|${W}военно-техническ\p{L}*|${W}военн\p{L}*\s+сотрудничеств\p{L}*|${FORCES_TOGETHER}|${W}систем\p{L}*\s+(?:[\p{L}-]+\s+)?(?:противовоздушн|противоракетн)\p{L}*\s+оборон|${W}совместн\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:учени|группировк|командовани)\p{L}*|${W}план\p{L}*\s+(?:совместного\s+)?применени\p{L}*\s+(?:[\p{L}-]+\s+)?(?:войск|вооруж[её]нн)\p{L}*|${CAPACITY_TO_RESIST}`, 'iu'),
      negated: 'drop',
    },
    {
      // Session 16, as in English: soldiers in relief work (the relief word first, the soldiers looked for behind it),
      // military schools, intelligence, the defence industry, joint training and patrols. A cue of its own, so its
      // rare words are its prefilter: in the cue above these branches ran at every position of every sentence it
      // opened (Cyrillic under the iu flags is slow to try branch by branch).
      kind: 'defense-cooperation',
      pattern: new RegExp(String.raw`${W}(?:(?:спасат|спасени|поисково-спасат|ликвидаци|стихийн|наводнени|землетрясени|пожар|бедстви|чрезвычайн|восстановлени(?=\p{L}*\s+(?:мост|дорог|жил|здани|объект|разрушенн|инфраструктур|плотин|линий)))\p{L}*(?<=${W}(?:воинск\p{L}*\s+(?:част|контингент|подразделени)|подразделени\p{L}*\s+(?:арми|вооруж)|соединени\p{L}*\s+и\s+част|сап[её]рн|вооруж[её]нн\p{L}*\s+сил|военн\p{L}*\s+(?:част|специалист))\p{L}*[^.;]{0,120}?${W}\p{L}+)|военн\p{L}*\s+(?:учебн\p{L}*\s+заведени|академи|училищ|вуз)|разведывательн\p{L}*\s+(?:данн|информаци|служб)|развединформаци|оборонн\p{L}*\s+(?:предприяти|промышленност|отрасл|комплекс)|(?:оперативн\p{L}*\s+и\s+)?боев\p{L}*\s+подготовк|(?:патрулировани|ман[её]вр)(?<=совместн\p{L}*\s+(?:[\p{L}-]+\s+)?(?:патрулировани|ман[её]вр))|разведывательн\p{L}*\s+сведени|(?:самол[её]т|танк|артиллерийск|боев\p{L}*\s+техник|вооружени)(?<=(?:выпуск|ремонт|производств)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:самол[её]т|танк|артиллерийск|боев\p{L}*\s+техник|вооружени))|совместно\s+осуществляют\s+патрулировани|систем\p{L}*\s+предупреждения\s+о\s+ракетном\s+нападении)\p{L}*`, 'iu'),
      negated: 'drop',
    },
    {
      kind: 'peaceful-settlement',
      pattern: new RegExp(String.raw`${W}мирн\p{L}*\s+(?:средств|урегулировани|путём|путем)\p{L}*|${W}урегулир\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:спор|разноглас)\p{L}*|${W}(?:спор|разноглас|тяжб|расхожд|распр)\p{L}*[^.;]{0,160}?(?:разреша|урегулир|реша|улажива|улад|переда|рассматрива|поступа)\p{L}*\s+(?:на\s+рассмотрение\s+)?(?:[\p{L}-]+\s+){0,3}?(?:мирн|путём|путем|через|в\s+ходе|на\s+добры|арбитраж|в\s+дружеств|суд|смешанн|третейск|согласительн|комисси|по\s+дипломатическ)` +
        // Round 29 (session 17): questions of the treaty's meaning, as a dispute ("вопросы, связанные с пониманием статей … улаживаются …").
        String.raw`|${W}вопрос\p{L}*,?\s+(?:связанн|касающ)\p{L}*\s+(?:с\s+)?(?:толковани|пониманием|применени)\p{L}*[^.;]{0,100}?(?:разреша|урегулир|улажива|рассматрива|переда)\p{L}*`, 'iu'),
      negated: 'drop',
    },
    {
      kind: 'cooperation',
      pattern: new RegExp(String.raw`${W}сотруднич\p{L}*|${W}взаимодейств\p{L}*|${W}координир\p{L}*\s+(?:сво\p{L}*\s+|[\p{L}-]+\s+)?(?:усили|деятельност|работ)\p{L}*|${W}партн[её]рств\p{L}*|${W}(?:экономическ|культурн|торгов)\p{L}*\s+(?:связ|отношени|обмен)\p{L}*|${W}(?:развива|расширя)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:торгов|экономическ|культурн|научн)\p{L}*|${W}(?:развити|расширени)\p{L}*\s+(?:[\p{L}-]+\s+(?:и\s+)?){0,3}?связ\p{L}*|${W}обмен\p{L}*\s+(?:[\p{L}-]+\s+)?информаци\p{L}*(?=[^.;]{0,80}?(?:преступ|террор|наркот|контрабанд|пригранич|таможен|эпидеми|бедстви|экологи)\p{L}*)|${W}совместн\p{L}*\s+(?:(?!военн)[\p{L}-]+\s+)?(?:программ|проект)\p{L}*`, 'iu'),
      negated: 'drop',
      // Military(-technical) cooperation is defence cooperation, not general cooperation.
      // (Nor cooperation as the topic of an exchange of views: "для обмена мнениями о ходе … сотрудничества".)
      unless: new RegExp(String.raw`${W}военн\p{L}*(?:-техническ\p{L}*)?\s+(?:сотрудничеств|взаимодейств)\p{L}*|${FORCES_TOGETHER}|${W}обмен\p{L}*\s+мнени\p{L}*\s+(?:о|об|по)\s+(?:[\p{L}-]+\s+){0,3}?сотрудничеств`, 'iu'),
      // Cooperation to remove a threat or repel an attack is the crisis response of another obligation, not general cooperation.
      rejectAfter: new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?(?:для|в\s+целях|с\s+целью)\s+(?:[\p{L}-]+\s+){0,1}?(?:устранени|отражени|ликвидаци|предотвращени|отпор)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:угроз|агресси|нападени|опасност)`, 'iu'),
    },
    {
      // Help with no attack or war in view is cooperation, not mutual assistance.
      kind: 'cooperation',
      pattern: new RegExp(String.raw`${W}(?:оказ|предостав|окаж)\p{L}*\s+(?:[\p{L}-]+\s+){0,4}?(?:помощь|помощи|содействие)|${W}(?:экономическ|техническ|финансов|правов)\p{L}*\s+помощ\p{L}*`, 'iu'),
      negated: 'drop',
      excludes: ['armed-attack', 'state-of-war', 'imminent-threat'],
    },
    {
      // Contacts and exchanges between peoples (parliaments, public organisations, youth, media) are cooperation, not consultation.
      kind: 'cooperation',
      pattern: new RegExp(String.raw`${W}контакт\p{L}*\s+(?:[\p{L}-]+\s+)?между\s+(?:их\s+)?(?:[\p{L}-]+\s+){0,2}?${PEOPLES}|${W}обмен\p{L}*\s+(?:[\p{L}-]+\s+)?между\s+(?:их\s+)?(?:[\p{L}-]+\s+){0,2}?${PEOPLES}`, 'iu'),
      negated: 'drop',
    },
    {
      // Duties owed to the other party (sovereignty, territorial integrity, non-interference) are principles
      // wherever they are named; general footings ("равноправие", "принципы Устава ООН") are not when named as the footing of
      // another obligation in the same sentence (see `basis`). A principle named as what another
      // obligation protects is not a commitment to it (rejected by what precedes or follows it).
      kind: 'principles',
      pattern: new RegExp(String.raw`${W}суверенитет\p{L}*|${W}невмешательств\p{L}*|${W}территориальн\p{L}*\s+(?:целостност|неприкосновенност)\p{L}*|${W}неприкосновенност\p{L}*\s+(?:[\p{L}-]+\s+)?(?:границ|рубеж)\p{L}*|${W}(?:постороннего)\s+вмешательств\p{L}*|${W}(?:границ|рубеж)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:незыблем)\p{L}*|${W}равноправи\p{L}*|${W}суверенн\p{L}*\s+равенств\p{L}*|${W}(?:нерушимост)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:границ|рубеж)\p{L}*|${W}(?:уважа|чти|чтить|чтут)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?независимост\p{L}*(?!\p{L})(?!\s+(?!друг|обеих|Сторон|государств|стран|е[её]|его|их|и\s)\p{L})|${W}прав\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:выбор|выбира|определя)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:пут|стро|систем|модел|судьб)\p{L}*|${W}(?:цел\p{L}*|принцип\p{L}*)\s+(?:и\s+принцип\p{L}*\s+)?Устава\s+ООН`, 'iu'),
      negated: 'drop',
      // What a threat endangers or an act targets ("угрозы безопасности, территориальной целостности или суверенитету").
      rejectBefore: new RegExp(String.raw`${W}(?:против|угроз\p{L}*|опасност\p{L}*|угрож\p{L}*|нарушени\p{L}*|наруша\p{L}*|ущемл\p{L}*|посяга\p{L}*|подрыв\p{L}*|вред\p{L}*|ущерб\p{L}*)(?:\s+\p{L}+){0,3}(?:\s+(?:её|ее|его|их)(?:\s+\p{L}+){0,3})?\s*$`, 'iu'),
      // What a threat endangers ("если суверенитет … окажется под угрозой"), within the clause (not past ", и …").
      rejectAfter: new RegExp(String.raw`^(?:(?!\s(?:и|а|но)\s)[^;.]){0,100}?${W}(?:(?:будет|окаж\p{L}*|находит\p{L}*|поставлен\p{L}*)\s+под\s+угроз\p{L}*|подвергн\p{L}*\s+(?:угроз|опасност|нападени)\p{L}*|(?:будет|был\p{L}*|окаж\p{L}*)\s+нарушен\p{L}*|угрожа\p{L}*\s+опасност\p{L}*)(?!\p{L})`, 'iu'),
      // A principle named as the footing of another obligation: "развивают связи на основе равноправия",
      // "разрешают споры в соответствии с принципами Устава ООН".
      basis: {
        before: new RegExp(String.raw`(?:${W}на\s+основе|${W}на\s+базе|${W}в\s+соответствии\s+с|${W}согласно|${W}исходя\s+из|${W}в\s+духе|${W}сообразно\s+с|${W}опираясь\s+на|${W}основываясь\s+на|${W}руководствуясь)(?:(?!${W}(?:обязу\p{L}*|согла[сш]\p{L}*|уважа\p{L}*|соблюда\p{L}*)(?!\p{L}))[^.;]){0,100}$`, 'iu'),
        except: /суверенитет|невмешательств|территориальн/iu,
      },
    },
    {
      // Non-interference stated as a negative commitment: "не вмешиваться во внутренние дела друг друга".
      kind: 'principles',
      pattern: new RegExp(String.raw`${W}вмеш(?:ива|ательств)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?во?\s+(?:[\p{L}-]+\s+){0,2}?внутренн\p{L}*\s+(?:дел|жизн)\p{L}*`, 'iu'),
      negated: 'keep',
    },
    {
      kind: 'final-clause',
      pattern: new RegExp(String.raw`${W}ратифик\p{L}*|${W}вступа\p{L}*\s+в\s+силу|${W}вступлени\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?в\s+силу|${W}действ\p{L}*\s+в\s+течение|${W}заключ\p{L}*\s+(?:сроком\s+)?на\s+(?:[\p{L}-]+\s+){0,2}?(?:лет|год\p{L}*)(?!\p{L})|${W}срок\p{L}*\s+действия|${W}денонс\p{L}*|${W}прекращ\p{L}*\s+(?:сво\p{L}*\s+)?действи\p{L}*|${W}продлева\p{L}*|${W}аутентичн\p{L}*|${W}совершено\s+в\s|${W}в\s+двух\s+(?:подлинных\s+)?экземплярах|${W}(?:имеют|имеет|имеющ\p{L}*)\s+одинаков\p{L}*\s+силу|${W}утрачива\p{L}*\s+силу|${W}выход\p{L}*\s+из\s+(?:него)`, 'iu'),
      negated: 'drop',
    },
  ],

  frames: [
    {
      // Any act of force, a negator before it and the other party as its target ("воздерживаться в отношениях друг с другом от угрозы силой").
      kind: 'non-aggression',
      frame: { act: new RegExp(F_FORCE, 'iu'), target: new RegExp(F_OTHER, 'iu') },
      polarity: 'negated',
      gate: [/сил|войн|агресс|нападени|военн|вооруж|враждебн|ракет|войск|оружи|удар|бряца|вторг|вторж|набег|налёт|налет|обстрел|бомбард/iu, NEG_GATE],
      unless: new RegExp(String.raw`${W}(?:помощ|помога|помо[чж]|поддерж|содейств|снабж|постав|позвол|разреш|участ|вступ|(?<!(?:^|[^\p{L}])в\s+)союз|блок|группировк|объединени|коалиц|пакт|нацеленн|предназначенн|иностран|использова(?!ни)|прекрат|прекращ|нейтралитет|оста\p{L}*\s+в\s+стороне)\p{L}*|${W}допуск\p{L}*(?!\p{L})(?!\s+(?:[\p{L}-]+\s+)?(?:вторжени|нападени|агресси|применени|угроз))|${W}сво\p{L}*\s+территори|${W}(?:государств|стран|держав)\p{L}*,?\s+(?:вед|воюющ|напавш|совершивш)\p{L}*`, 'iu'),
    },
    {
      // Round 30: force by its armed bodies and deeds, or any act of force, aimed at the other's ground, under a negator,
      // a word of forswearing or a prohibition; the first frame's exclusions, less those that were the act's own words
      // (forces "не будут использоваться друг против друга", "вступит … в пределы другой", "блокада", "Советский Союз").
      kind: 'non-aggression',
      frame: { act: new RegExp(`${F_ARMED_BODY_RU}|${F_DEED_RU}|${F_FORCE}`, 'iu'), target: new RegExp(`${F_CROSSED_RU}|${F_OTHER}`, 'iu') },
      polarity: 'negated',
      negator: FORSWEAR_NEG_RU,
      gate: [/сил|войн|агресс|нападени|военн|вооруж|враждебн|ракет|войск|оружи|удар|вторг|вторж|набег|налёт|налет|обстрел|бомбард|отряд|солдат|подразделени|воинск|дивизи|полк|эскадр|флот|корабл|боев|давлени|демонстрац|огонь|огня|посяга|пересе|блокад|устрашени|шантаж|пуска|пущ|грози|угрожа/iu, /(?<!\p{L})(?:не|ни|никогда)(?!\p{L})|воздерж|отказ|откаж|отрек|отрёк|отверг|исключ|запрещ|воспрещ/iu],
      unless: new RegExp(
        String.raw`${W}(?:помощ|помога|помо[чж]|поддерж|содейств|снабж|постав|позвол|участ(?!ник)|(?<!(?:^|[^\p{L}])в\s+|Советск\p{L}*\s+)союз(?!\s+ССР)|блок(?!ад)|группировк|объединени|коалиц|пакт|нацеленн|предназначенн|иностран|прекрат|прекращ|нейтралитет|оста\p{L}*\s+в\s+стороне|трет|учени|манёвр|маневр|бедстви|спасат|миротвор|предостав|потерп|терп|убежищ|приют|плацдарм|соучаст|облегч|противник|обвин|пропаганд|торгов|санкц|претензи)\p{L}*|${W}(?:на|в)\s+(?:сво\p{L}*|е[её]|его|их)\s+(?:земл|территори|пространств)\p{L}*` +
          String.raw`|${W}использова(?!ни)\p{L}*(?<!(?:сил|войск)\p{L}*[^.;]{0,80}использова\p{L}*)|${W}разреш(?!\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:спор|разноглас|вопрос|конфликт))\p{L}*|${W}вступ(?!\p{L}*\s+(?:[\p{L}-]+\s+){0,4}?(?:в\s+предел|на\s+(?:земл|территори)))\p{L}*` +
          String.raw`|${W}допуск\p{L}*(?!\p{L})(?!\s+(?:[\p{L}-]+\s+){0,3}?(?:вторжени|нападени|агресси|применени|угроз|демонстрац|провокаци|сосредоточ|пересечени|давлени))|${W}сво\p{L}*\s+территори|${W}(?:государств|стран|держав)\p{L}*,?\s+(?:вед|воюющ|напавш|совершивш)\p{L}*`,
        'iu',
      ),
    },
    {
      // Help withheld from the attacker ("не предоставлять никакой … поддержки государству, совершившему агрессию").
      kind: 'neutrality',
      frame: { act: new RegExp(F_HELP, 'iu'), target: new RegExp(F_ATTACKER, 'iu') },
      polarity: 'negated',
      gate: [/агресс|напа|войн|военн/iu, NEG_GATE],
      unless: new RegExp(String.raw`${W}(?:прекра|отказыва\p{L}*\s+в|медл|колебл)\p{L}*`, 'iu'),
    },
    {
      // Allowing, joining or concluding what is aimed against the other ("не позволит использовать свою территорию для такого нападения").
      kind: 'non-alliance',
      frame: {
        predicate: new RegExp(String.raw`${W}(?:позвол|разреш|допуск|допуст|предостав|вступ|участв|участи|присоедин|заключ|размещ|размест|примкн|примыка|входи|входя|член|вербовк)\p{L}*`, 'iu'),
        act: new RegExp(String.raw`${W}(?:союз|коалици|блок|пакт|группировк|соглашени|баз|войск|вооруж[её]нн\p{L}*\s+сил|территори|организаци|групп|объединени|структур|соединени|отряд|банд|формировани)\p{L}*`, 'iu'),
        target: new RegExp(String.raw`${W}(?:направленн|нацеленн|враждебн|противопоставля|противостояни|предназначенн\p{L}*\s+для\s+вторжени)\p{L}*|${W}анти\p{L}+\s+(?:и\s+|либо\s+|или\s+)?(?:анти\p{L}+\s+)?направленност\p{L}*|${W}для\s+давлени\p{L}*|${W}против\s+(?:[\p{L}-]+\s+){0,3}?(?:безопасности|суверенитета|независимости|интересов|другой|друг)|${W}для\s+(?:[\p{L}-]+\s+){0,2}?(?:нападени|агресси|враждебн)\p{L}*`, 'iu'),
      },
      polarity: 'negated',
      gate: [/направленн|нацеленн|враждебн|против|нападени|агресси|давлени|вторжени/iu, NEG_GATE],
      // Territory as the place an invasion reaches ("не допускать вооружённого вторжения на территорию друг друга") is non-aggression.
      unless: new RegExp(String.raw`${W}(?:вторжени|нападени|агресси)\p{L}*\s+(?:[\p{L}-]+\s+)?на\s+территори`, 'iu'),
    },
    {
      // Help for the attacked party named as such ("помощь подвергшейся нападению Стороне"): the target names the attack.
      kind: 'mutual-assistance',
      frame: { act: new RegExp(String.raw`${W}(?:помощ|поддержк|содейств|мер|вооруж[её]нн\p{L}*\s+сил|войск)\p{L}*`, 'iu'), target: new RegExp(F_ATTACKED, 'iu') },
      polarity: 'affirmed',
      gate: /подверг|жертв/iu,
      unless: new RegExp(CAPACITY_TO_RESIST, 'iu'),
    },
    {
      // Defending the other against any attack ("защищать другую Сторону от любого вооруженного нападения").
      kind: 'mutual-assistance',
      frame: {
        act: new RegExp(String.raw`${W}(?:защищ|защит|оборон(?:я|и))\p{L}*`, 'iu'),
        target: new RegExp(String.raw`${W}от\s+(?:любого|всякого|любой|всякой)\s+(?:[\p{L}-]+\s+)?(?:нападени|агресси|вторжени)\p{L}*`, 'iu'),
      },
      polarity: 'affirmed',
      gate: [/нападени|агресси|вторжени/iu, /защи|оборон/iu],
    },
    {
      // Troops or arms sent to the other once an attack or war is named ("направит ей войска и вооружение").
      kind: 'mutual-assistance',
      frame: {
        act: new RegExp(String.raw`${W}(?:направ|посыл|пошл|постав|предостав)\p{L}*`, 'iu'),
        predicate: new RegExp(String.raw`${W}(?:войск|вооружени|оружи|контингент|военн\p{L}*\s+техник)\p{L}*`, 'iu'),
        target: new RegExp(String.raw`${W}(?:ей|ему|им|друг\p{L}*\s+Сторон\p{L}*|Сторон\p{L}*,?\s+подвергш\p{L}*)(?!\p{L})`, 'iu'),
      },
      polarity: 'affirmed',
      gate: [/нападени|агресси|войн|конфликт/iu, /войск|вооружени|оружи|контингент|техник/iu, /направ|посыл|пошл|постав|предостав/iu],
      requires: ['armed-attack', 'state-of-war'],
      unless: new RegExp(CAPACITY_TO_RESIST, 'iu'),
    },
    {
      // Meetings or consultations on international questions: consultation (not tied to a crisis).
      kind: 'consultation',
      frame: {
        act: new RegExp(String.raw`${W}(?:встреча|обсужд|обсуд|консультац|свер|сопостав|диалог|обмен\p{L}*\s+(?:мнени|сведени|информаци|оценк))\p{L}*`, 'iu'),
        target: new RegExp(F_INTERNATIONAL, 'iu'),
      },
      polarity: 'affirmed',
      gate: [/международн|внешн|разоружени|ООН|миров/iu, /встреча|обсужд|обсуд|консультац|обмен|свер|сопостав|диалог/iu],
      unless: new RegExp(String.raw`${W}(?:оборон|военн)\p{L}*`, 'iu'),
    },
    {
      // Positions, approaches or policy coordinated on international questions — not efforts coordinated
      // to a common end ("координируют усилия … в международных отношениях" is cooperation).
      kind: 'consultation',
      frame: {
        act: new RegExp(String.raw`${W}(?:координир|согласов)\p{L}*`, 'iu'),
        predicate: new RegExp(String.raw`${W}(?:позици|подход|взгляд|мнени|курс|политик|действи|шаг)\p{L}*`, 'iu'),
        target: new RegExp(F_INTERNATIONAL, 'iu'),
      },
      polarity: 'affirmed',
      gate: [/международн|внешн|разоружени|ООН/iu, /координир|согласов|сближ/iu],
      unless: new RegExp(String.raw`${W}(?:оборон|военн)\p{L}*`, 'iu'),
    },
    // Role-based frames (src/classify/roles.ts) over RU_ROLES: read last, for kinds nothing above read.
    {
      // The other's right to choose its own system respected ("уважать право … самостоятельно избирать свой … строй").
      kind: 'principles',
      frame: {
        act: new RegExp(String.raw`${W}(?:уважа|призна|гарантир)\p{L}*`, 'iu'),
        predicate: new RegExp(String.raw`${W}(?:прав[аоу]?|свободн\p{L}*)(?!\p{L})`, 'iu'),
        target: new RegExp(String.raw`${W}(?:выб(?:ира|ра|ор)|избира|определя)\p{L}*\s+(?:[\p{L}-]+,?\s+){0,6}?(?:стро|систем|пут)\p{L}*`, 'iu'),
      },
      polarity: 'affirmed',
      gate: [/выб[иро]|избира|определя/iu, /стро|систем|пут/iu],
    },
    {
      // Meetings at the summit or of the foreign ministries (see the English frame): general consultation.
      kind: 'consultation',
      frame: {
        act: new RegExp(String.raw`${W}(?:глав\p{L}*\s+(?:государств|правительств|внешнеполитическ)|(?:министр|министерств|ведомств)\p{L}*\s+иностранных\s+дел|саммит|на\s+высшем\s+уровне)`, 'iu'),
        predicate: new RegExp(String.raw`${W}(?:встреч|съезжа|съед|совеща|саммит|переговор|собира)`, 'iu'),
      },
      polarity: 'affirmed',
      gate: /главы государств|глав государств|главы правительств|глав правительств|главы внешнеполит|иностранных дел|саммит|высшем уровне/iu,
    },
    {
      // Help against any armed comer (see the English frame): "защищать … от всякого вооружённого посягательства".
      kind: 'mutual-assistance',
      frame: { act: RU_ROLES.help, target: /(?<!\p{L})от\s+(?:любо|всяко|каждо)\p{L}*\s+(?:вооруж[её]нн|внешн|военн)\p{L}*\s+(?:посягательств|нападени|агресси|вторжени)/iu },
      polarity: 'affirmed',
      gate: [/посягательств|нападени|агресси|вторжени/iu, RU_ROLES.helpGate],
      unless: RU_ROLES.notHelp,
    },
    {
      // Round 28 (session 17, from sets 53-54), as in English: a neutral's duties towards one at war with the other —
      // ports and waters closed to its warships, its troops who cross over disarmed and interned, enlistment of
      // volunteers for its army forbidden ("порты … будут закрыты для военных судов государства, находящегося в войне с
      // другой Стороной", "разоружает и интернирует части неприятельской армии"): neutrality.
      kind: 'neutrality',
      frame: {
        act: new RegExp(String.raw`${W}(?:закрыт\p{L}*\s+для|интерн\p{L}*|вербовк\p{L}*\s+(?:[\p{L}-]+\s+)?добровольц\p{L}*)`, 'iu'),
        target: new RegExp(String.raw`${W}(?:неприятел\p{L}*|воюющ\p{L}*\s+(?:с|против)|наход\p{L}*\s+в\s+(?:состоянии\s+)?войн\p{L}*\s+с|вед\p{L}*\s+войну|напавш\p{L}*|агрессор\p{L}*)`, 'iu'),
      },
      polarity: 'any',
      gate: [/закрыт|интерн|вербовк/iu, /неприятел|воюющ|войн|напавш|агрессор/iu],
      unless: new RegExp(String.raw`${W}(?:граждан|рыба|рыбак|карантин|эпидеми|таможен)\p{L}*`, 'iu'),
    },
    {
      // Round 27 (session 17), as in English: word of a military occurrence passed to the other — troops massed near
      // the frontier, an incident at it, an armed enterprise plotted against the other ("о всяком сосредоточении
      // иностранных войск … уведомляют друг друга", "ставят друг друга в известность", "доводится до сведения этой
      // последней"): crisis contact.
      kind: 'consultation',
      frame: {
        act: new RegExp(String.raw`${W}(?:уведом|извещ|оповещ|сообща|информир)\p{L}*|${W}в\s+известность|${W}до\s+сведения`, 'iu'),
        predicate: new RegExp(String.raw`${W}(?:сосредоточени|скоплени|передвижени\p{L}*\s+(?:[\p{L}-]+\s+)?войск|инцидент|столкновени|приготовлени|замышля|злоумышл|мобилизаци|нарушени\p{L}*\s+(?:[\p{L}-]+\s+)?границ)\p{L}*`, 'iu'),
        target: /друг\s+(?:друга|другу)|друг(?:ую|ой)|одно\s+другое|последн/iu,
      },
      polarity: 'affirmed',
      gate: [/сосредоточени|скоплени|передвижени|инцидент|столкновени|приготовлени|замышля|злоумышл|мобилизаци|нарушени/iu, /уведом|извещ|оповещ|сообща|информир|известность|сведения/iu],
      crisis: true,
      unless: new RegExp(String.raw`${W}(?:ратификац|таможен|торгов|инвестиц|споров|спора)\p{L}*`, 'iu'),
    },
    {
      // Round 27: sanctions, an embargo or a blockade that third States lay on the other not joined (see the English
      // frame): "не присоединяются к санкциям, которые третьи страны вводят в отношении любой из них".
      kind: 'non-alliance',
      frame: {
        act: new RegExp(String.raw`${W}(?:санкци|эмбарго|блокад|бойкот)\p{L}*`, 'iu'),
        predicate: new RegExp(String.raw`${W}(?:примкн|примыка|присоедин|участ|поддерж|примен)\p{L}*`, 'iu'),
      },
      polarity: 'negated',
      gate: [/санкци|эмбарго|блокад|бойкот/iu, NEG_GATE],
      unless: new RegExp(String.raw`${W}(?:Совет\p{L}*\s+Безопасности|ООН|Организаци\p{L}*\s+Объедин)`, 'iu'),
    },
    {
      // Round 27: armed bands or émigré bodies on one's soil, aimed at the other, broken up (see the English frame):
      // "эмигрантские комитеты и вооружённые отряды, злоумышляющие против … соседнего государства, подлежат роспуску".
      kind: 'non-alliance',
      frame: {
        act: new RegExp(String.raw`${W}(?:роспуск|распус|разоруж|пресек|пресеч|интерн|выдвор|запрещ)\p{L}*`, 'iu'),
        predicate: new RegExp(String.raw`${W}(?:отряд|банд|формировани|комитет|организаци|групп|эмигрант|на[её]мник)\p{L}*`, 'iu'),
        target: new RegExp(String.raw`${W}(?:против|вторжени|свержени|злоумышл|наб[еѣ]г)\p{L}*`, 'iu'),
      },
      polarity: 'affirmed',
      gate: [/роспуск|распус|разоруж|пресек|пресеч|интерн|выдвор|запрещ/iu, /отряд|банд|формировани|комитет|организаци|групп|эмигрант|наёмник|наемник/iu],
      unless: new RegExp(String.raw`${W}(?:террор|преступн|наркоти|пиратств|контрабанд)\p{L}*`, 'iu'),
    },
    {
      // Round 27: an engagement at odds with the other's security not assumed (see the English frame): "не принимает на
      // себя … обязательств, которые шли бы вразрез с интересами безопасности другой Стороны", "не связана никакими
      // обязательствами, направленными против другой Стороны".
      kind: 'non-alliance',
      frame: {
        predicate: new RegExp(String.raw`${W}(?:принима\p{L}*\s+на\s+себя|прим(?:ет|ут)\s+на\s+себя|брать\s+на\s+себя|связан|заключ|подпис)\p{L}*`, 'iu'),
        act: new RegExp(String.raw`${W}(?:обязательств|соглашени|договор|конвенци|союз)\p{L}*`, 'iu'),
        target: new RegExp(String.raw`${W}(?:вразрез|противореч|несовместим|направленн\p{L}*\s+против|в\s+ущерб|ущемля)\p{L}*`, 'iu'),
      },
      polarity: 'negated',
      gate: [/вразрез|противореч|несовместим|направленн|ущерб|ущемля/iu, NEG_GATE],
      // The treaty said not to conflict with the parties' other engagements, or aimed at no third State: no undertaking.
      unless: new RegExp(String.raw`${W}не\s+(?:противореч|затрагива|направлен|ущемля)\p{L}*|${W}трет\p{L}*\s+(?:государств|стран)\p{L}*[^.;]{0,30}?${W}не\s+направлен`, 'iu'),
    },
    {
      // Word of a danger passed to the other (see the English frame): "уведомляют друг друга о … намерении …
      // предпринять враждебные действия", "держать друг друга в курсе", "выходят на связь друг с другом".
      kind: 'consultation',
      frame: { act: TELL, target: /друг\s+(?:друга|другу|с\s+другом)|друг(?:ую|ой)\s+Сторон|последн/iu, predicate: DANGER },
      polarity: 'affirmed',
      gate: [DANGER, TELL],
      crisis: true,
    },
    ...roleFrames(RU_ROLES),
  ],
  roles: RU_ROLES,
  backoff: RU_BACKOFF,
  binding: RU_BINDING,
  // "Стороны отмечают, что ни одна из них никогда не применяла силу …": a past fact (a past-tense verb), no promise.
  statement: new RegExp(String.raw`^\s*Стороны\s+(?:[\p{L}-]+\s+){0,3}?(?:отмечают|констатируют|признают|подтверждают|напоминают)\s*,?\s+что(?![^.;]*${W}(?:будут|обязуются|обязаны|должны|не\s+будут))[^.;]*${W}\p{L}+(?:ла|ли|ло)(?!\p{L})|${DEFINITION}|${NOT_BOUND}`, 'iu'),
  // ", а если …", ", но …": a contrastive conjunction starts a new clause for the frames.
  clauseBreak: /,(?=\s+(?:а|но)(?!\p{L}))/gu,
  frameNegator: { pattern: new RegExp(String.raw`${W}(?:не${NOT_POSITIVE}|ни|никогда|воздерж\p{L}*|отказ\p{L}*\s+от)(?!\p{L})`, 'iu'), side: 'before' },
  triggers: [
    { trigger: 'imminent-threat', pattern: new RegExp(String.raw`${W}(?:непосредственн|прям)\p{L}*\s+угроз\p{L}*|${W}угроз\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:вооруж[её]нн\p{L}*\s+)?(?:нападени|агресси)\p{L}*`, 'iu') },
    { trigger: 'armed-attack', pattern: new RegExp(String.raw`${W}вооруж[её]нн\p{L}*\s+(?:нападени|агресси|посягательств)\p{L}*|${W}совершен[оаы]?\s+(?:[\p{L}-]+\s+)?(?:нападени|агресси)\p{L}*|${W}жертв\p{L}*\s+(?:[\p{L}-]+\s+)?(?:агресси|нападени|вторжени)\p{L}*|${W}подверг\p{L}*\s+(?:[\p{L}-]+\s+)?(?:нападени|агресси)\p{L}*|${W}нападени\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:со\s+стороны|на)\s|${W}агресси\p{L}*,?\s+(?:[\p{L}-]+\s+)?(?:против|со\s+стороны)\s|${W}объект\p{L}*\s+(?:[\p{L}-]+\s+)?(?:нападени|агресси|вторжени)\p{L}*|${W}вторжени\p{L}*|${W}отражени\p{L}*\s+(?:[\p{L}-]+\s+){0,4}?(?:агресси|нападени|вторжени)\p{L}*`, 'iu') },
    { trigger: 'state-of-war', pattern: new RegExp(String.raw`${W}состояни\p{L}*\s+войны|${W}(?:в\s+случае|при|во\s+время)\s+войны|${W}войн\p{L}*\s+между|${W}(?:вовлеч|втянут|втяну)\p{L}*\s+в\s+(?:войну|военн\p{L}*\s+(?:действи|конфликт)\p{L}*|вооруж[её]нн\p{L}*\s+(?:конфликт)\p{L}*)|${W}(?:начн|нач[ао]|разраз|вспыхн|развяз)\p{L}*\s+(?:[\p{L}-]+\s+)?войн|${W}воен\p{L}*\s+действи\p{L}*\s+(?:против|между|с)`, 'iu') },
    { trigger: 'situation-threatening-peace', pattern: new RegExp(String.raw`${W}ситуаци\p{L}*[^.;]{0,30}?угрож\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:мир|безопасност)\p{L}*|${W}угроз\p{L}*\s+(?:миру|безопасности)|${W}(?:угрож|ставящ)\p{L}*\s+(?:под\s+угрозу\s+)?(?:[\p{L}-]+\s+){0,2}?(?:мир|безопасност|независимост)\p{L}*`, 'iu') },
    { trigger: 'threat', pattern: new RegExp(String.raw`${W}обострени\p{L}*|${W}угрожа\p{L}*|${W}приготовлени\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?к\s+(?:враждебн|военн|агресс|нападени)\p{L}*|${W}привести\s+к\s+(?:вооруж[её]нн\p{L}*\s+)?(?:конфликт|войн)\p{L}*|${W}(?:нан[её]с|нанос|причин)\p{L}*\s+(?:[\p{L}-]+\s+)?ущерб\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?безопасност\p{L}*|${W}угроз\p{L}*|${W}напряж[её]нност\p{L}*|${W}опасност\p{L}*|${W}кризис\p{L}*`, 'iu') },
  ],
  responses: [
    { response: 'military-and-other-assistance', pattern: new RegExp(String.raw`${W}военн\p{L}*\s+и\s+(?:иную|другую|иной|другой|всякую)\s+помощ\p{L}*|${W}(?:помощ|поддержк|мер)\p{L}*[^.;]{0,60}?${W}включая\s+(?:применение\s+)?(?:вооруж[её]нн|военн)\p{L}*`, 'iu'), kinds: ['mutual-assistance'] },
    { response: 'military-assistance', pattern: new RegExp(String.raw`${W}военн\p{L}*\s+(?:помощ|поддержк|средств)\p{L}*|${W}(?:применени|использовани)\p{L}*\s+вооруж[её]нн\p{L}*\s+сил\p{L}*|${W}сво\p{L}*\s+вооруж[её]нн\p{L}*\s+сил\p{L}*`, 'iu'), kinds: ['mutual-assistance'] },
    { response: 'assistance', pattern: new RegExp(String.raw`${W}помощ\p{L}*|${W}поддержк\p{L}*|${W}содействи\p{L}*`, 'iu'), kinds: ['mutual-assistance'] },
    { response: 'consult', pattern: new RegExp(String.raw`${W}консульт\p{L}*|${W}переговор\p{L}*|${W}обмен\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:мнени|взгляд|оценк|информаци)\p{L}*`, 'iu'), kinds: ['consultation'] },
    { response: 'coordinate', pattern: new RegExp(String.raw`${W}(?:сверя|согласов|координир)\p{L}*`, 'iu'), kinds: ['consultation', 'cooperation', 'defense-cooperation'] },
    { response: 'contact', pattern: new RegExp(String.raw`${W}контакт\p{L}*|${W}(?:свяжутся|связываются)|${W}(?:связ|сообща|сообщ|сноси)\p{L}*\s+(?:[\p{L}-]+\s+)?друг\s+(?:с\s+другом|другу)|${W}вступ\p{L}*\s+в\s+(?:сношени|контакт)\p{L}*|${W}(?:уведом|информир|извещ|оповещ)\p{L}*|${W}в\s+известность|${W}до\s+сведения|${TELL.source}`, 'iu'), kinds: ['consultation'] },
    { response: 'refrain', pattern: new RegExp(NEG, 'iu'), kinds: ['non-aggression', 'neutrality', 'non-alliance'] },
    { response: 'cooperate', pattern: new RegExp(String.raw`${W}сотруднич\p{L}*|${W}взаимодейств\p{L}*|${W}развива\p{L}*|${W}укрепл\p{L}*`, 'iu'), kinds: ['cooperation', 'defense-cooperation'] },
    { response: 'settle', pattern: new RegExp(String.raw`${W}урегулир\p{L}*|${W}разреша\p{L}*`, 'iu'), kinds: ['peaceful-settlement'] },
    { response: 'respect', pattern: new RegExp(String.raw`${W}уваж\p{L}*|${W}соблюд\p{L}*|${W}основ\p{L}*|${W}соответстви\p{L}*`, 'iu'), kinds: ['principles'] },
    { response: 'act', pattern: new RegExp(String.raw`${W}ратифик\p{L}*|${W}вступа\p{L}*|${W}действ\p{L}*|${W}уведом\p{L}*|${W}прекращ\p{L}*`, 'iu'), kinds: ['final-clause'] },
  ],
  immediate: new RegExp(String.raw`${W}(?:немедленн|незамедлительн|безотлагательн)\p{L}*|${W}без\s+(?:промедлени)\p{L}*`, 'iu'),
  means: new RegExp(String.raw`${W}всеми\s+(?:имеющимися\s+)?(?:(?:в\s+(?:его|е[её]|их)\s+распоряжении|у\s+(?:него|не[её]|них))\s+)?средствами(?:\s+(?:[\p{L}-]+\s+){0,1}?в\s+(?:его|е[её]|их)\s+распоряжении)?|${W}военн\p{L}*\s+и\s+(?:иную|другую)\s+помощь(?![^.;]{0,60}?${W}всеми\s+(?:имеющимися\s+)?(?:(?:в\s+(?:его|е[её]|их)\s+распоряжении|у\s+(?:него|не[её]|них))\s+)?средствами)`, 'iu'),
  modalities: [
    { modality: 'may', pattern: new RegExp(String.raw`${W}мо(?:жет|гут)(?!\p{L})|${W}вправе(?!\p{L})`, 'iu') },
    { modality: 'endeavour', pattern: new RegExp(String.raw`${W}стрем\p{L}*`, 'iu') },
    { modality: 'must', pattern: new RegExp(String.raw`${W}обязан\p{L}*|${W}должн\p{L}*`, 'iu') },
    { modality: 'undertake', pattern: new RegExp(String.raw`${W}обязу\p{L}*|${W}обеща\p{L}*`, 'iu') },
    { modality: 'will', pattern: new RegExp(String.raw`${W}буд(?:ет|ут)(?!\p{L})`, 'iu') },
    // Not a consent that is a condition ("с согласия парламента", "по взаимному согласию"): the Parties do not agree there.
    { modality: 'agree', pattern: new RegExp(String.raw`${W}(?<!${W}(?:с|по|без)\s+(?:[\p{L}-]+\s+)?)(?:согла[сш]\p{L}*|договорил\p{L}*)`, 'iu') },
  ],
  conditions: [
    { kind: 'at-request', pattern: new RegExp(String.raw`${W}по\s+(?:просьбе|требованию)\s+(?:[\p{L}-]+\s+){0,2}?(?:сторон|государств)\p{L}*`, 'iu') },
    { kind: 'un-charter-art-51', pattern: new RegExp(String.raw`${W}(?:стать\p{L}*|ст\.)\s*51\s+Устава(?:\s+ООН|\s+Организации\s+Объедин[её]нных\s+Наций)?|${W}права?\s+на\s+(?:индивидуальную\s+или\s+)?коллективную\s+самооборону`, 'iu') },
    { kind: 'constitutional-processes', pattern: new RegExp(String.raw`${W}конституционн\p{L}*\s+(?:процедур|порядк)\p{L}*|${W}(?:согласи|санкци)\p{L}*\s+(?:сво\p{L}*\s+|е[её]\s+|их\s+)?(?:парламент\p{L}*|законодательн\p{L}*\s+орган\p{L}*)`, 'iu') },
    { kind: 'national-law', pattern: new RegExp(String.raw`${W}(?:в\s+соответствии\s+с)\s+(?:[\p{L}-]+\s+){0,2}?(?:внутренн\p{L}*\s+)?(?:законодательств|закон|право)\p{L}*|${W}и\s+(?:[\p{L}-]+\s+)?(?:законами|законодательством)`, 'iu') },
    { kind: 'exception', pattern: new RegExp(String.raw`${W}(?:за\s+исключением|кроме)\s+(?:тех\s+)?случа\p{L}*,?[^.;,]{0,120}|${W}если\s+только\s+не${W}[^.;,]{0,120}`, 'iu') },
    { kind: 'region', pattern: new RegExp(String.raw`${W}в\s+(?:Европ|Азии|Африк|Америк|Арктик|Антарктик|Тихоокеанск|Атлантик)\p{L}*|${W}на\s+(?:Дальнем|Ближнем)\s+Востоке|${W}в\s+(?:[\p{L}-]+\s+){0,2}?(?:регион|район|зон)\p{L}*[^,.;]{0,40}|${W}территори\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?сторон\p{L}*`, 'iu') },
    { kind: 'capacity', pattern: new RegExp(String.raw`${W}в\s+(?:том\s+)?(?:объеме|объёме|мере),?\s+в\s+(?:каком)\s+(?:[\p{L}-]+\s+)?(?:сможет|смогут|может|могут)|${W}(?:по\s+мере|в\s+пределах|в\s+меру|исходя\s+из)\s+(?:сво\p{L}*\s+|е[её]\s+|их\s+)?(?:возможност|сил|ресурс|способност)\p{L}*`, 'iu') },
    // Help only to be considered: "рассмотрит вопрос об оказании помощи" (rv20 4).
    { kind: 'discretion', pattern: new RegExp(String.raw`${W}рассмотр\p{L}*\s+(?:вопрос\p{L}*\s+)?(?:об?\s+)?(?:оказани|предоставлени|направлени)\p{L}*`, 'iu') },
    { kind: 'discretion', pattern: new RegExp(String.raw`${W}(?:если|когда)\s+(?:этого|того|это)\s+(?:[\p{L}-]+\s+)?(?:требуют)\s+обстоятельства|${W}(?:как|котор)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:сочт[её]т|сочтут)\s+(?:это\s+)?(?:необходим|целесообразн|нужн)\p{L}*|${W}по\s+своему\s+усмотрению|${W}(?:определя|согласу)\p{L}*\s+по\s+взаимному\s+согласию|${W}(?:возника)\p{L}*\s+(?:лишь|только)\s+(?:после|в\s+случае)`, 'iu') },
    // Round 25: a limit by class — what the party's own forces or means allow, its parliament's approval first, help whose scale it decides itself or leaves to agreement.
    { kind: 'capacity', pattern: new RegExp(String.raw`${W}насколько\s+(?:\p{L}+\s+){0,2}?позвол\p{L}*|${W}в пределах (?:\p{L}+ ){0,4}?(?:сил|ресурс|возможност|средств)\p{L}*|${W}позволя\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:ресурс|сил|средств|возможност)\p{L}*`, 'iu') },
    { kind: 'discretion', pattern: new RegExp(String.raw`${W}по\s+(?:собственному|своему)\s+усмотрению|${W}(?:самостоятельно|сама|сами|само)(?!\p{L})(?<=(?:определя|определ|реша)\p{L}*\s+(?:\p{L}+\s+){0,3}?\p{L}+)|${W}самостоятельно\s+(?:определя|определ|реша)\p{L}*|${W}по\s+взаимному\s+(?:согласию|соглашению)|${W}нужным(?<=(?:признает|найд[её]т|сочт[её]т)\s+(?:\p{L}+\s+)?нужным)|${W}лишь после`, 'iu') },
    { kind: 'constitutional-processes', pattern: new RegExp(String.raw`${W}(?:одобр|санкци)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:парламент|Верховн\p{L}*\s+Совет|Собрани|Дум)\p{L}*|${W}принимает парламент|${W}в порядке,? установленном (?:\p{L}+ ){0,2}?конституци\p{L}*`, 'iu') },
  ],
  ignore: new RegExp(String.raw`${W}(?:Договор|Пакт|Соглашени|Конвенци)\p{L}*\s+о\s+(?:(?:дружбе|сотрудничестве|всеобъемлющем\s+стратегическом\s+партн[её]рстве|взаимной\s+помощи|взаимопомощи|ненападении|нейтралитете|союзе|добрососедстве)(?:,\s*|\s+и\s+|\s+)?){1,6}`, 'giu'),
  negation: new RegExp(String.raw`${W}(?:не${NOT_POSITIVE}|ни|нет|никак\p{L}*|без(?!\s+(?:промедлени))|исключ(?!ительн)\p{L}*|кроме|(?:воздерж|отказ)\p{L}*\s+от)(?!\p{L})`, 'iu'),
  // The gap before the negation may not cross "и", "или", "а", "но": "уважают суверенитет и не вмешиваются" is a new clause.
  negationAfter: new RegExp(String.raw`^(?:(?!${W}(?:и|или|а|но)(?!\p{L}))[^,.;]){0,12}?${W}(?:не${NOT_POSITIVE}|больше\s+не|исключ(?!ительн)\p{L}*)(?!\p{L})`, 'iu'),
  negationWithin: new RegExp(NO_HELP, 'iu'),
  // "Ничто в настоящем Договоре не может толковаться как обязывающее … оказывать помощь", "не обязана оказывать помощь".
  // Предложение, сужающее помощь предыдущего (rv19 2).
  reportOutside: /(?:информир|уведомл|уведом|сообща|сообщ|доклад|донос)[а-яё]*\s+(?:незамедлительно\s+|немедленно\s+)?(?:об\s+этом\s+)?(?:Совет[а-яё]*\s+Безопасности|Генеральн[а-яё]+\s+секретар[а-яё]+|Генеральн[а-яё]+\s+Ассамбле[а-яё]+)/iu,
  // Round 25: a sentence referring back to the assistance before it, whose conditions narrow that assistance.
  followOn: /^(?:(?:Такая|Указанная|Эта|Данная|Означенная|Вышеуказанная|Упомянутая)\s+(?:военная\s+)?помощь|(?:Помощь|Содействие),?\s+(?:предусмотренн|указанн|упомянут)\p{L}*)/iu,
  proviso: /^(?:(?:Такая|Указанная|Эта|Данная|Настоящая)\s+помощь|(?:Настоящее|Указанное|Это|Данное)\s+обязательство)\s+не\s+(?:включает|распространяется|предусматривает|охватывает|применяется)/iu,
  disclaimer: new RegExp(String.raw`${W}(?:(?:толку|толков|истолков|рассматрива)\p{L}*\s+как\s+(?:обязыва|налага|возлага)\p{L}*|не\s+(?:обязан|обязыва)\p{L}*)[^.;]{0,150}$`, 'iu'),
  assistancePurpose: new RegExp(String.raw`${W}совместн\p{L}*\s+(?:устранени|отражени|ликвидаци)\p{L}*|${W}обеспечени\p{L}*\s+(?:сво\p{L}*\s+|их\s+|совместн\p{L}*\s+|общ\p{L}*\s+)?оборон\p{L}*|${W}(?:совместн|коллективн|общ)\p{L}*\s+(?:оборон|отпор|защит|самооборон)\p{L}*|${W}(?:совместн|коллективн)\p{L}*\s+(?:мер|действи)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:по\s+)?${REPEL}|${W}(?:взаимн\p{L}*\s+)?помощ\p{L}*[^.;]{0,40}?(?:устранени|отражени|ликвидаци)\p{L}*`, 'iu'),
  // Disclaimers of a duty and the declaration that the treaty is directed against no third State (only where no cue was found).
  noCommitment: new RegExp(String.raw`${W}не\s+(?:налага|возлага|созда|вытека|следу)\p{L}*[^.;]{0,60}?(?:обяза(?:тельств|нност)|дол[гж])|${W}не\s+пита\p{L}*\s+враждебн|${W}не\s+(?:обязан|обязыва)\p{L}*|${W}(?:(?:ис)?толк|рассм)\p{L}*\s+как\s+(?:обязыва|налага|возлага)\p{L}*|${W}не\s+(?:напр|обра|наце)\p{L}*\s+против(?!\s+(?:друг(?:ой|ую)|одн|н[её]|них))|против\s+(?:кого|как)[^.;]{0,30}?не\s+(?:напр|обра)|${W}не\s+преследу[^.;]{0,22}?цел|${DEFINITION}|${NOT_BOUND}`, 'iu'),
  recital: {
    start: new RegExp(String.raw`^\s*(?:(?:Вновь|Твёрдо|Твердо|Глубоко|Высоко)\s+)?(?:Желая|Стремясь|Руководствуясь|Подтверждая|Заявляя|Считая|Сознавая|Осознавая|Учитывая|Исходя\s+из|Будучи|Отмечая|Признавая|Принимая\s+во\s+внимание|Преисполненн\p{L}*|Придавая|Выражая|Основываясь|Памятуя|Опираясь|Ссылаясь|Убежд[её]нн\p{L}*|Полн\p{L}*\s+решимости|Движим\p{L}*|Воодушевл[её]нн\p{L}*|Дорожа|Оценивая|Приветствуя|Подч[её]ркивая|Полагая|Напоминая|Ценя|Разделяя|Намереваясь)(?!\p{L})`, 'u'),
    end: new RegExp(String.raw`(?:${W}договорились\s+о\s+нижеследующем|${W}решили\s+заключить\s+настоящий\s+Договор)[\s:.,;]*$`, 'iu'),
  },
};
