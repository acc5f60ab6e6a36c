/**
 * Korean cue lexicon: the five security kinds, cooperation and final clauses.
 *
 * Written for both North Korean (조선어: 련합, 립장, 조률, 원조) and South Korean spelling (연합,
 * 입장, 조율, 지원), and for texts that drop spaces (`체약일방이`). Korean negates after the verb
 * (`참가하지 않는다`), so negative kinds carry the negation inside their cue and negated mentions
 * of positive kinds are found by {@link ObligationLexicon.negationAfter}.
 *
 * @module
 */
import type { BackoffLexicon, BindingTest, ObligationLexicon } from '../types.js';
import { nominalUndertaking } from '../cues.js';
import { CRISIS_TRIGGERS, conditionalEvent, roleFrames } from '../roles.js';
import type { RoleLexicon } from '../types.js';

/** The armed forces as the ones who cooperate, whatever the task ("양국 군대는 … 구호를 위하여 서로 협력한다"): defence cooperation. */
const FORCES_TOGETHER = String.raw`(?:^|\s)(?:군|군대|무력)(?:은|는|이|가)\s[^.]{0,40}?(?:협력|협조)`;
/** A present state, not an undertaking: "… 약정에도 구속되어 있지 아니함을 확인한다". */
const NOT_BOUND = String.raw`(?:구속|얽매)\S*\s?있지\s?(?:아니|않)`;
/** Verbs of passing word and words of a danger: the informing frame's slots and gates. */
const TELL = /통[보지고]|알[리린려]|[연련]락/u;
const DANGER = /(?<!방)위협|위험|침략|침공|공격|적대|준비|긴장/u;
/** How often a meeting is held: 해마다, 매년, 정기적으로, 년 2회; round 27 (session 17): 반기마다, 격년으로, 2년에 한 번씩, 번갈아. */
const KO_PERIODICITY = String.raw`(?:해마다|매년|매해|정기적으로|년\s?[1-4일두한]\s?(?:회|차례|번)|반기마다|반년마다|분기마다|격년으로|[0-9일이삼두세]\s?년에\s?(?:한|1)\s?번씩?|교대로|번갈아)`;
/** A definition binds no one: '이 조약에서 "영역"이란 … 말한다', '"무력공격"이라 함은 … 뜻한다'. */
const DEFINITION = String.raw`["'“‘《「][^"'”’》」]{1,30}["'”’》」]\s?(?:이?란|(?:이)?라\s?함은)\s[^.]*(?:말|뜻|의미)한다`;
const NOT = String.raw`(?:지\s?(?:않|아니|말)|지\s?못)`;
/** A prohibition: "제공하여서는 아니 된다", "도와서는 안 된다". */
const MUST_NOT = String.raw`(?:(?:여|아|어)?서는\s?(?:아니|안)\s?(?:된|되))`;

/** Help aimed at the capacity to resist attack is defence cooperation: "무력 공격에 저항하기 위한 … 능력". */
const CAPACITY_TO_RESIST = String.raw`(?:공격|침략|침공)에\s?(?:저항|대처)(?:하기\s?위한)\s?(?:[^\s.]+\s?){0,3}?(?:능력|역량|태세)`;
/**
 * Acts named by a noun, for undertakings stated as a noun and a predicate ("무력의 사용이나 무력에 의한
 * 위협은 금지된다", "… 동맹에 대한 어느 일방의 참가는 배제된다"): the same acts the verbal rules read.
 */
const FORCE_ACT = String.raw`(?:무력(?:의)?\s?(?:사용|행사|위협)|(?:침략|공격|적대)(?:적)?\s?(?:군사\s?)?(?:행위|행동))`;
const ALIGN_ACT = String.raw`(?:동맹|련합|연합|블럭|블록|집단|기구|조약|협정)[^.]{0,30}?(?:참가|가담|가입|참여|체결)`;
/** A predicate that forbids or excludes the act before it: "금지된다", "배제된다", "허용되지 아니한다". */
const RENOUNCED = String.raw`(?:금지(?:된다|되고|한다)|배제(?:된다|한다)|(?:허용|용납)되지\s?(?:아니|않))`;
/** One gate for the nominal cues of the three kinds. */
const NOMINAL_GATE = /금지|배제|허용되지|용납되지/u;
/** A nominal undertaking not to do `act`: the act named as a noun before a forbidding predicate (Korean puts the predicate last). */
const nominal = (act: string): string => String.raw`${act}[^.]{0,60}?${RENOUNCED}`;

/** Bodies and groups whose contacts are cooperation between peoples, not consultation ("의회 … 간의 교류와 접촉"). */
const PEOPLES = String.raw`(?:의회|국회|사회\s?단체|청년|청소년|언론|보도\s?기관|지방|도시|대학|학술|체육|인민|국민|여성|근로\s?단체|기업)`;


/* Frame lexicons (see FrameCue): slots of the order-free frames, each a class of words. Korean puts the negator after the act. */
const F_FORCE = String.raw`(?:군사적\s?수단|군사력|무력|군대|군함|군용\s?비행기|타격|동원|침략|공격|침공|침범|침입|적대\s?행위|적대적\s?행동|군사\s?행동|군사적\s?행동|전쟁|무장\s?력|무장력|미싸일|미사일)`;
// (Round 29, session 17: or the other by its title, with the particle that makes it the target: "왕국을", "공화국에 대하여".)
const F_OTHER = String.raw`(?:상대방|상대측|상대편|상대국|타방|서로|호상|상호\s?관계|다른\s?(?:일방|체약)|(?:왕국|공화국|연방|제국)(?:을|를|에\s?대하여|에\s?대한|에게|의\s?(?:영토|령토|국경|영역|령역)))`;
/*
 * Round 30 (session 18, from the misses of used sets 2-58): force by the troops that carry it and the deeds they do
 * (병력을 진격시키는, 포격, 폭격, 봉쇄, 점령, 발포, 월경, 무력시위, 압박, 선제공격, 군사작전), the other as "타 당사국" or
 * "상대 당사국", a title before its territory ("공화국 영토"), or the dispute force would settle ("분쟁을 무력으로
 * 해결하지 아니하며"); forsworn by 배제, 자제, "…하는 일이 없도록", "…할 수 없다" or forbidden (금지). Its own frame.
 */
/**
 * What makes a clause with force and the other no non-aggression (help, territory lent, groupings joined, a truce, a
 * stance, the other's attacker, one's own soil; exercises and relief): both non-aggression frames' exclusions.
 */
const KO_NOT_FORCE = String.raw`중립|파견|파병|협력|협조|지원|원조|도움|돕|도와|도울|도우|지지|인정|승인|공급|제공|허용|허락|용인|참가|참여|가담|가입|동맹|블럭|블록|주둔|발판|내어주|주저|지체|망설|정전|휴전|강화를|받아|받는|받을|당하|말려|끼여들|끼어들|립장|입장|(?:한|는|킨|인|온|눈|린)\s*(?:나라|국가|세력)|(?:자기|자국|제)\s?(?:의\s?)?(?:령토|영토)|훈련|연습|재난|재해|구조`;
const F_DEED_KO = String.raw`(?:병력|국경\s?수비대|포격|폭격|봉쇄|점령|발포|월경|진격|무력\s?시위|압박|선제\s?공격|군사\s?작전|힘으로)`;
const F_CROSSED_KO = String.raw`(?:(?:타|상대|다른)\s?(?:당사국|체약국|회원국|체약\s?당사국)|(?:왕국|공화국|연방|제국)\s?(?:영토|령토|영역|령역|국경)|(?:분쟁|분규|이견|견해\s?차이|갈등)(?:도|을|를|은|는)?)`;
const FORSWEAR_NEG_KO = /배제|자제|금지|일이\s?없(?:도록|을|다|게)|수\s?없(?:다|으며|고)/u;
const F_HELP = String.raw`(?:파견|파병|군대|협력|협조|가담|지원|원조|도움|돕|지지|공급|제공|방조|편의|무기|자금|물자|통과|군사\s?기지)`;
const F_ATTACKER = String.raw`(?:침략|공격|침공)(?:자|국)|(?:상대방|다른\s?일방|상대측|타방)(?:과|와)\s?(?:전쟁|교전|적대\s?행위|무력\s?충돌|군사\s?충돌)\s?(?:중인|을\s?하는|을\s?벌이는|상태에\s?있는|에\s?처한)\s?(?:[^\s.]+\s)?(?:나라|국가|측|세력|제3국)|(?:침략|공격|침공)(?:한|하는|해온|을\s?감행한|을\s?감행하는)\s?(?:[^\s.]+\s)?(?:국가|나라|측|제3국|세력)`;
const F_ATTACKED = String.raw`(?:무력\s?)?(?:침략|공격|침공)(?:을|를)\s?(?:당한|받은|받는|당하는)\s?(?:체약\s?)?(?:일방|측|나라|국가|상대방|체약국|당사국)|피침|피해국`;
/** The gate every negated frame shares (tested once per sentence): a negator occurs. */
const NEG_GATE = /지\s?(?:않|아니|말|못)|포기|삼가|삼간|서는\s?(?:아니|안)/u;

/*
 * Role classes of the role-based frames (src/classify/roles.ts): stems, so a particle or an ending
 * after them (공격을, 공격받는, 침략당한) does not matter, in North and South Korean spelling.
 */
/** Attack events: 무력공격, 침략, 침공, 전쟁, 적대행위 — not a threat or danger of one, not 불가침. */
const R_ATTACK = String.raw`(?=쳐들어|기습|무력|공격|침략|침공|침입|침범|습격|피습|전쟁|교전|적대|군사|피침|경우)(?<!불가?)(?:쳐들어|기습|무력\s?공격|무력\s?습격|공격|침략|침공|침입|침범|습격|피습|전쟁|교전|적대\s?행위|무력\s?충돌|피침)(?!의?\s?(?:위협|위험|가능성|방지|예방|억제))(?<!(?:위협|위험|방지|예방|억제)\S*\s(?:무력\s?)?\S+)`;
/** The first gate of the help and neutrality role frames: the attack words, not "경우" ("…하는 경우" is everywhere; "이러한 경우" is read where another attack word opens the gate). */
const R_ATTACK_GATE = /쳐들어|기습|공격|침략|침공|침입|침범|습격|피습|전쟁|교전|적대|무력\s?충돌|피침/u;
/** A party, named directly or indirectly: 상대방, 다른 일방, 체약국, 동맹국, 자국. */
const R_PARTY = String.raw`(?:(?<=[은는된한]\s?)측|상대방|상대측|상대편|상대국|타방|다른\s?(?:한\s?)?(?:일방|체약|측|쪽|당사|나라)|일방|쌍방|체약\s?(?:일방|쌍방|당사국|국)|당사국|동맹국|동맹|우방|자국|그\s?나라|그\s?국가|공화국|연방|양국|두\s?나라|(?:한|어느|각)\s?나라|이웃|동반자|령토|영토|본토|서로|타방|타국)`;
/** Acts of help: 원조, 지원, 도움, 구원, 방위, 격퇴, 편에 서다, 함께 싸우다. */
const R_HELP = String.raw`(?:원조|지원|도움|도와|돕|방조|구원|구조|방위(?!\s?(?:협력|산업|능력|력|비|정책|교류|분야|기술))|방어(?!\s?(?:능력|력|협력))|격퇴|물리치|물리칠|막아|반격|원병|원군|파병|증원|공급|무기|탄약|군대를\s?보내|대응|편에\s?서|곁에\s?서|함께\s?싸우|공동으로\s?대처|보위|수호|몰아내|몰아낼|쫓아내|섬멸)`;
const R_HELP_GATE = /공급|무기|탄약|보내|대응|원군|원조|지원|도움|도와|돕|방조|구원|구조|방위|방어|격퇴|물리치|물리칠|막아|반격|원병|파병|증원|편에|곁에|싸우|대처|보위|수호|몰아내|몰아낼|쫓아내|섬멸/u;
/** Where a help word is no act of help: deliberated on, refused, built up as a capacity, owed to the aggressor. */
const R_NOT_HELP = new RegExp(
  String.raw`훈련|연습|체계|자조|강화|증강|협의|협상|논의|토의|검토|회의|회담|거부|거절|중단|중지|능력(?!\s?(?:범위|한도|껏))|역량|태세|인도적|인도주의|경제적|재정|기술적|의료|영사|중립|민족\s?해방|(?:침략|공격|침공)(?:자|국)(?:에게|에|를|을)\s?(?:\S+\s)?(?:원조|지원|도움|돕)|${CAPACITY_TO_RESIST}`,
  'u',
);
/** Whom the territory serves or what a grouping aims at: hostile forces, the other's enemy, acts against the other. */
const R_HOSTILE = String.raw`(?:(?:그|이)\s?(?:제3국|나라|국가)\s?(?:의\s?)?(?:군대|무력|병력)|무장\s?(?:집단|단체|세력)|적대|적국|적군|침략자|침략국|공격국|침공국|반대(?:하|되)는|겨냥|해치는|침해하는)|(?:상대방|상대측|상대편|상대국|타방|다른\s?(?:한\s?)?(?:일방|체약\S*))(?:\s?(?:당사국|체약국))?(?:을|를|에\s?대한|에\s?대하여|에|\s?[령영]내로|\s?[령영]토로)\s?(?:\S+\s?){0,2}?(?:공격|침략|침공|습격|침입|적대|반대|겨냥)`;

/** Events a conditional names that are no crisis (the negative event test shared by the structural readings). */
const S_NOT_CRISIS_KO = '(?:법령|법률|개정|해석|요청|요구|분쟁|위반|불이행|협의|경제|재정|무역|제재|재난|재해|지진|홍수|전염병|비상|선거|회의|참석|부족|연료|에너지|식량|질병|보건|가축|농작물|회비|분담금|연체|채무|대출|지불|통화|가격|시장|수출|수입|투자|선박|오염|화재|없|대표단|의장|국민|비자|세금|희망|원하|제안|결정|통보|통고|폐기|종료|탈퇴|효력|중지|정지|만료|연장|갱신|체결|동의|중립|않)';
/** A threat alone: a crisis, but no attack on a party. */
const S_THREAT_KO = '(?:(?<!방)위협|위태|위험)';
/** A party named as one of the Parties: "어느 한 나라", "일방". */
const S_ONE_PARTY_KO = '(?:어느\\s*(?:한|일방|쪽|하나|체약국|당사국)|일방|한\\s*쪽)';
/** The conditional that ends the event's clause: "…면", "…경우에는", "…때에는". */
const S_IF_KO = '(?:면|경우에?는?|때에?는)(?=[\\s,])';
/** The region or the peace an event may befall (the crisis event reading). */
const S_REGION_KO = '(?:지역|국경|변경|주변|정세|평화|안전|안보|긴장|위기|사태|사건|충돌|전쟁|무력|령토|영토|독립|주권|조선반도|한반도)';
/** A predicate of meeting or exchange (consultation read from structure). */
const S_MEET_KO = '(?:협의|협상|상의|련락|연락|회동|[련연]계를?\\s*가|의견을?\\s*맞[추춘춰췄]|의견을?\\s*교환|의논|토의|회담|회합|회의를?\\s*(?:개최|연|열)|만나|만난|통보|통지|알리|알린|소식을\\s*통|대화\\S*\\s*(?:\\S+\\s*){0,2}?(?:개최|진행|가진|가지|연다|열)|의사를?\\s*소통|(?:견해|의견|정보|립장|입장)\\S*\\s*(?:\\S+\\s*)?(?:주고받|나누|나눈))';
/** Structural reading of mutual assistance ({@link RoleLexicon.structural}): "… 어느 한 나라를 …면 다른 나라는 … 그를 …". */
const KO_STRUCTURAL: NonNullable<RoleLexicon['structural']> = {
  ifParty: conditionalEvent({ subject: S_ONE_PARTY_KO, closer: S_IF_KO, notEvent: `(?:${S_NOT_CRISIS_KO}|${S_THREAT_KO})`, flags: 'u' }),
  ifGate: /면|경우|때/u,
  otherActs: /(?:다른\s*(?:한\s*)?(?:쪽|나라|체약국|당사국|일방|국가|편)|타방|상대방|상대편)(?![^;.]{0,60}?(?:협의|통보|알리|논의|검토|중립|않|못|수\s*있|거부|거절|금지|불허|알리|알려|통지|초청|상환|보상|대신))[^;.]{0,100}?(?:그를|그에게|그\s*나라를|그\s*나라에|이를|방위|방어|수호)/u,
  otherGate: /다른|타방|상대/u,
  crisis: new RegExp(
    conditionalEvent({ subject: `(?:${S_ONE_PARTY_KO}|${S_REGION_KO})`, closer: S_IF_KO, notEvent: S_NOT_CRISIS_KO, flags: 'u' }).source +
      '|(?:위태롭게|위협|해칠|교란|일으킬|악화|파괴|위험에\\s*빠뜨릴)\\S*\\s*(?:할\\s*)?수\\s*있는\\s*(?:\\S+\\s*)?(?:사건|사태|사변|정세|움직임)',
    'u',
  ),
  // What every `crisis` match contains, its subject (a party, the region) or its event noun's harm: rarer than its conditionals.
  crisisGate: new RegExp(`어느|일방|쪽|${S_REGION_KO}|위태롭게|(?<!방)위협|해칠|교란|일으킬|악화|파괴|위험에`, 'u'),
  // Round 17: the subject is looked back for from the verb, so the match is the verb alone: a topic between
  // them ("두 나라 정부는 국제정치의 … 의견을 맞추어") is then a slot of its own, not inside the act.
  consult: new RegExp(`${S_MEET_KO}(?<=(?:양국|양측|쌍방|두\\s*나라|양\\s*당사국|당사국들|체약국들|두\\s*정부|양국\\s*정부|장관들?|대표들?|각\\s*측|서로|호상|상호|함께|공동으로)[^,;.]{0,60})(?!\\S*\\s*수\\s*있)`, 'u'),
  consultGate: /협의|협상|상의|련락|연락|회동|계를|맞추|맞춘|맞춰|맞췄|교환|의논|토의|회담|회합|회의|만나|만난|통보|통지|알리|알린|소식|대화|소통|주고받|나누|나눈/u,
  topic: /(?:국제|세계|지역|대외|외교|전략|(?:호상|상호|공동)\s*관심)/u,
  topicGate: /국제|세계|지역|대외|외교|전략|관심/u,
  military: /(?:군대|군사(?!적\s?조치)|국방|방위(?!\s?조약)|병력|참모|장교|무기|탄약|군수|해군|공군|[륙육]군|함대|방공)/u,
  militaryGate: /군대|군사|국방|방위|병력|참모|장교|무기|탄약|군수|해군|공군|륙군|육군|함대|방공/u,
  joint: /련합|연합|합동|공동|서로|호상|상호|설치|창설|조직|구성|진행|실시|교환|공유|공급|훈련|양성|조정/u,
  notJoint: /재난|재해|구조대|인도주의|인도적|참전|기념|묘지|유해|희생|전사|문화|력사|역사|공격|침략|침공|습격|기습|피습|쳐들어|침입|침범|교전|적대|반대|겨냥|감축|축소|제한|철수|철거|금지|파괴|폐기|않|말|못|삼가|존중|주권|분쟁|사찰|검증|밀수|마약|범죄|불법|위협/u,
  foe: /침략자|침략국|침공국|침범국|공격국|교전국|적국|적군|외적|(?:공격|침략|침공|침범|습격)(?:한|하는)\s*(?:제3국|나라|국가|측|세력)|싸우\S*\s*(?:있는\s*)?(?:제3국|나라|국가|측|세력)|(?:전쟁|전투)을\s*벌이\S*\s*(?:제3국|나라|국가|측|세력)|적대하는\s*(?:나라|국가|측|세력)|(?:과|와)\s?(?:전쟁|교전|무력\s?충돌|적대\s?행위)\S*\s?\S+\s?(?:제3국|나라|국가|세력)/u,
  foeGate: /침략|공격|교전|적국|적군|외적|적대|전쟁|침공|습격|무력|침범|싸우|전투/u,
  // Round 18: support of any kind, negated or withheld, to one an attack relation designates.
  backing: /도움|도와|돕|원조|지원|지지|병력|물자|무기|자금|차관|편[을를]?\s*들|편들|대주|제공/u,
  close: /막|차단|폐쇄|금지/u,
  cutOff: /(?:협력|교류|거래|무역|관계|련계|공급)\S*\s*(?:\S+\s*)?(?:중단|단절|끊|동결|중지)/u,
  withhold: /거부|거절|금지|불허/u,
  onAll: /(?:공격|침략|침공|침입)[^.;]{0,60}?(?:전체|양국|쌍방|모두|두\s*나라)\S*\s*(?:공동의\s*)?(?:을|를|에\s*대한\s*|겨냥한\s*)*(?:공격|침략|침공)\S*(?:으로|로)\s*(?:보|간주|여기|여겨)/u,
  allGate: /간주|보며|본다|여기며|여긴다|여겨/u,
  // Round 15: something aimed at the other, under a negator: non-alliance, whatever the verb.
  aimed: /(?:상대(?:방|국|측)|다른\s*(?:체약\s*)?(?:당사국|당사자|일방|쪽)|타방|서로)\s*(?:을|를|에|에게|의)?\s*(?:반대하|겨냥|노리|노린|적대(?:시|적|하)|적으로\s*삼|뒤엎|(?:(?:안전|안보|리익|이익)(?:을|를)\s*)?해[치칠]|해를\s*끼|손해|(?:\S+\s*){0,2}?(?:독립|안보|안전|안녕|주권|리익|이익|령토|영토|완정|체제)(?:을|를|에)\s*(?:위태롭게|위협하|약화|훼손|손상|저해|침해|어긋|배치|해를?\s?[끼치])|고립|봉쇄|약화)/u,
  aimedGate: /반대하|겨냥|노리|노린|적대시|적대적|적대하|적으로|뒤엎|녕을 해|안전을 해[치칠]|[방측국]을 해[치칠]|안보를 해|익을 해|해를 끼|손해|위태롭게|약화|훼손|손상|저해|침해|어긋|배치|고립|봉쇄/u,
  notAimed: /공격|침략|침공|무력|전쟁|무기|(?<!방)위협|도발|돕|원조|지원|(?<!공동\s?)행위|행동|사격|포격|발사/u,
  notNeutral: /중립|때까지|간주|규정|정의|항구|기지|비행장|[령영]공|[령영]해|평화|휴전|강화|동맹|련합|연합|블록|집단|승인|령토|영토|통과|가입|참가|중단|멈추|(?:공격|침략|침공)하지/u,
  // Round 16: a party bound not to use force of any kind against the other: non-aggression.
  strike: /무력|무기|총|칼|군대|병력|공격|침략|침공|침범|전쟁|적대|(?<!방)위협|을러|포격|사격|도발/u,
  struck: /(?:상대(?:방|국|측)|타방|다른\s*(?:당사국|일방|회원국))(?:을|를|에게|에\s*대한|의\s*[령영]토)|서로/u,
  struckGate: /상대|타방|서로|다른 당사국|다른 일방|다른 회원국/u,
  notStrike: /(?:한|는|킨|인|온|눈|린)\s*(?:나라|국가|세력)|중립|제3국|선전|비방|비난|제재|차별|수출|수입|무역|배상|침략자|적국|공급|도움|지지|편의|파견|인정|정전|강화|제공|허용|동맹|블록|참가|가담|협력|체결|발판|내주|[령영]토를\s*[리이]용|참여|허락|주둔|외국|(?:겨냥|적대시|반대)하는\s*\S/u,
  // Round 16: a dispute settled or referred by peaceful means: peaceful settlement.
  dispute: /분쟁|분규|이견|의견\s?차이|다툼|마찰|현안|(?:견해|의견|해석|립장|입장)(?:가|이)\s?(?:갈[리릴린라]|엇갈|다[르른를])/u,
  disputeGate: /분쟁|분규|이견|의견|다툼|마찰|견해|현안|해석|립장|입장/u,
  settle: /해결|해소|타결|회부|처리|풀(?:어|고|며|ㄴ)|푼다|푸는|결말을?\s?짓|합의점?[을를]?\s?(?:찾|이[루룬룰]|도출)/u,
  means: /평화|협상|교섭|담판|협의|대화|외교|중재|조정|주선|재판|법원|위원회/u,
  // Round 16: help given each other or jointly against aggression, no conditional: mutual assistance.
  together: /서로|호상|상호|공동으로|함께/u,
  repel: /(?:침략|침공|공격|원쑤|적군|적국|외적)\S*\s*(?:격퇴|물리치|반대|맞서|대항)|전쟁에서/u,
  repelGate: /격퇴|물리치|전쟁에서|침략|침공|공격|원쑤/u,
  notTogether: /계획|회합|협의|논의|훈련|재난|재해|테러|범죄|마약|국제|유해|희생|복구|재건/u,
  neutralStance: /중립을?\s*(?:지키|유지|견지|고수)|어느\s*(?:편|쪽)(?:에)?도\s*(?:들지|서지|가담하지)\s*(?:않|아니)/u,
};

/** The Korean role classes ({@link RoleLexicon}). */
const KO_ROLES: RoleLexicon = {
  attack: new RegExp(R_ATTACK, 'u'),
  attackGate: R_ATTACK_GATE,
  party: new RegExp(R_PARTY, 'u'),
  condition: { before: /(?:이|그|그러한|이와\s?같은)\s?$/u, after: /^\S{0,6}\s?(?:\S+\s){0,2}?\S*(?:경우|때|동안|(?:으|하|되|받|당하)면)/u },
  eventLink: /대한|대하여|대해|령토|영토|에게/u,
  eventLinkAfter: /^\S*\s?\S{0,4}(?:당하|당한|당할|받|감행|가해지|가하여지)/u,
  help: new RegExp(R_HELP, 'u'),
  helpGate: R_HELP_GATE,
  notHelp: R_NOT_HELP,
  contact: /협의|협상|회담|회합|대화|통보|통지|알리|련계|련락|연락|의견을\s?교환|만나|론의|논의|토의/u,
  contactGate: /회합|대화|협의|협상|회담|통보|통지|알리|련계|련락|연락|교환|만나|론의|논의|토의/u,
  crisisGate: /(?<!방)위협|위험|위기|긴급|비상|공격|침략|침공|전쟁|충돌|사태/u,
  notContact: /분쟁|의견\s?상이|비준|유엔|국제련합|국제연합/u,
  neutral: /엄정한?\s?(?:립장|입장)|중립(?!\s?(?:국|지대|수역))(?<!(?:존중|인정|보장|침해)\S*\s?\S*\s?중립)/u,
  attacker: /침략자|침략국|공격국|교전국|적국|적군|외적|(?:과|와)\s?(?:전쟁|교전|무력\s?충돌|적대\s?행위)\S*\s?\S+\s?(?:제3국|나라|국가|세력)/u,
  attackerRef: /(?:그|이|그러한|이러한)\s?(?:외부\s?)?(?:제3국|나라|국가|세력)/u,
  permit: /허용|허락|용납|제공|내주|내어|빌려|사용|리용|이용|주둔|배치|설치|통과|경유|비행|가담|가입|참가|참여|체결|결성|조직|내맡|방치/u,
  // One's own territory lent, not the other's aimed at ("상대방의 영토를 목표로" is non-aggression).
  asset: /(?<!(?:상대방|상대측|상대편|상대국|타방|다른\s?(?:한\s?)?일방)의\s?(?:\S{1,4}(?:와|과|및)\s?)?)(?:령토|영토|령역|영역|령공|영공|령해|영해|국토|항구|항만|비행장|공항|기지|시설|기반\s?시설|교두보|발판|동맹|(?<!국제\s?)(?:련합|연합)|블럭|블록|봉쇄|제재)/u,
  assetGate: /령토|영토|령역|영역|령공|영공|령해|영해|국토|항구|항만|비행장|공항|기지|시설|기반|교두보|발판|동맹|련합|연합|블럭|블록|봉쇄|제재/u,
  hostile: new RegExp(R_HOSTILE, 'u'),
  deny: /거부|거절|금지|불허/u,
  structural: KO_STRUCTURAL,
};

/*
 * The backoff reading (round 23): broad classes of meaning, read together in a sentence no cue or frame
 * placed (see BackoffLexicon). The classes are the role classes above, read here by co-occurrence
 * alone, and a few stems more (both spellings).
 */
const S = KO_STRUCTURAL;
const R = KO_ROLES;
/** Aimed at the other: hostile or harmful to it, to overthrow or isolate it. */
const KB_AIMED = /겨냥|적대적|불리한|반대하|해치|해가\s?되|전복|뒤엎|고립|봉쇄|압박|목을\s?조|치려는|공격하려는|공격의\s?발판/u;
/** A hostile event the role class leaves out: foreign troops pouring in, the frontier crossed. */
const HOSTILE = /외적|외군|쳐들어|짓밟|밀려들|국경을\s?넘/u;
/** Passing word (besides the role class). */
const KB_TELL = /협의|의논|상의하|통보|알[리려린]|의견|회합|[련연]계|연락|조[률율]/u;
/**
 * Round 24: joining or admitting (가담, 동참, 가입, 참가, 맺다, 체결, 허용, 용인, 주둔, 내주다, 배치) and what
 * is joined (밀약, 기도); and a target read with its purpose, which names the party itself, by its name or
 * as the other ("련방을 노리는", "연방의 안보를 해칠 목적의", "타방의 존립을 위태롭게 할 목적으로").
 */
const KB_JOIN = /가담|동참|가입|참가|참여|맺|체결|허용|용인|주둔|내주|배치|밀약|기도|시설/u;
const KB_TARGET = /노리|해칠|해치려|위태롭|위협하|차단하려|사정권|적대적인|겨냥한/u;
const KO_BACKOFF: BackoffLexicon = {
  negator: [R.deny, /아니\s?[한된하]|금지|불허|수\s?없/u],
  unless: /해석되|풀이되|뜻하지|인정하지/u,
  cues: [
    // Also beside another security kind (a second undertaking worded as no cue knows; ports or passage denied to the
    // other's attacker are neutrality and non-alliance both), not beside non-aggression, whose war and refusal words
    // its classes share, nor where a grouping is named (joining the other's enemy in an alliance is non-alliance).
    { kind: 'neutrality', gate: S.foeGate!, classes: [[S.backing!, R.asset, /무기|탄약|차관|판매|팔지|통과|항[구만]|비행장|공항|[영령]공|편에도|엄정/u], [R.attacker, S.foe!, /교전|전쟁|싸우|침공한|공격하는|총부리/u]], polarity: 'negated', unless: /정전|휴전|발판|거점|않도록/u, alsoPlaced: { unless: ['non-aggression'], unlessWords: /동맹|블럭|블록|련합|연합|집단|조약|협정/u } },
    { kind: 'non-aggression', gate: S.struckGate!, classes: [S.strike!, [S.struck!, /상대[방편측를]|타방|서로/u]], polarity: 'negated', after: ['neutrality'], unless: [/정전|휴전|발판|거점|기지|영역|[령영]토를|단체|항구|비행장|외국\s?군대|제3국|제삼국|배치|위험|않도록|아끼/u, S.notStrike!] },
    { kind: 'non-alliance', gate: KB_AIMED, classes: [[R.asset, /동맹|블[럭록]|[련연]합|협정|조약|약정|집단|협력체|기지|발판|단체|조직|미사일|조치|행동/u, KB_JOIN], /상대[방편측국]|타방|다른\s?쪽|어느\s?일방/u, KB_AIMED], polarity: 'negated', after: ['neutrality', 'non-aggression'] },
    { kind: 'non-alliance', gate: KB_TARGET, classes: [[R.asset, KB_JOIN, /동맹|블[럭록]|협정|조약|약정|기지|단체|조직/u], KB_TARGET], polarity: 'negated', after: ['neutrality', 'non-aggression'], unless: /(?:제3국|누구)(?:을|를|에게|도)/u },
    { kind: 'consultation', gate: KB_TELL, classes: [[R.contact, KB_TELL], [S.together!, /서로|호상|상호|쌍방|양국|양측|두\s?(?:나라|정부)|상대방에게/u]], polarity: 'affirmed', crisis: [R.crisisGate, HOSTILE], unless: /주민|국민|인민|절차/u },
    { kind: 'mutual-assistance', gate: [R.attackGate, HOSTILE], classes: [[R.help, /원병|구원|도[와울움]|돕|군대|병력|파견|투입|격퇴|몰아내|맞서|대처/u], [R.attack, HOSTILE]], polarity: 'affirmed', after: ['neutrality', 'non-alliance', 'non-aggression'], unless: S.notTogether! },
  ],
};

/**
 * The binding test (round 24, {@link BindingTest}). A saving clause by its plain verb ("해치지 아니한다",
 * "방해하지 않는다") is labelled `other` in the tuned set and sets 30–31: only the interpretive and the
 * intensified forms are read.
 */
const KO_BINDING: BindingTest = {
  definition: /(?:이?란|라\s?함은)\s[^.]*(?:말|뜻|의미)한다|목적상/u,
  // The interpretive and intensified forms; "그 어떤 조항도 … 묶어 두지 않는다": no provision binds anyone.
  saving: /(?:해석|간주)되지\s?(?:아니|않)|조금도\s?(?:제한|변경|영향|해치|손상)|(?:규정|조항)도\s[^.]*(?:묶어\s?두|구속하|요구하)지/u,
  untargeted: /^(?=[^.]*(?:아니|않|없))[^.]*?(?:조약|협정|동맹|관계)(?:은|는)\s[^.]*(?:적대|목표로|겨냥|칼끝|위협이\s?되|침해하려|반대하|동맹을\s?뜻)/u,
  appointment: /전권|(?:서명|약정)하였다|같이\s?합의하였다|체결하기로/u,
  cognition: /(?:인식|견해)을\s?같이|(?:확인|인정|확신|주목|유의)한다/u,
  state: /존재|가지고\s?있다|왔다|회원국이다|긴요하다|맺어진/u,
  duty: /의무|된다|금지|[할될]\s?것/u,
  denial: /아니|않|없|못/u,
};

/** The Korean cue lexicon. */
export const koreanObligationLexicon: ObligationLexicon = {
  lang: 'ko',
  kinds: [
    {
      kind: 'mutual-assistance',
      pattern: /(?:군사적\s?(?:및\s?기타\s?)?|군사\s?)?(?:원조|지원|원호|援助)(?:와\s?지지|와\s?지원)?(?:를|을)?\s?(?:호상\s?|즉시\s?|즉각\s?)?(?:제공|주|준|하|한|합)|공동(?:의)?\s?(?:위험|위난|위협)에\s?대처/u,
      negated: 'drop',
      requires: ['armed-attack', 'state-of-war'],
      unless: new RegExp(CAPACITY_TO_RESIST, 'u'),
    },
    {
      // Help named by its purpose: action taken to meet the attack ("대처하기 위한 … 조치를 취한다"; measures taken
      // to repel it and help to repel it are read by the role frames); and the collective-defence formula that
      // treats an attack on the other as an attack on oneself ("자국에 대한 공격으로 간주한다").
      kind: 'mutual-assistance',
      pattern: new RegExp(
        String.raw`대처(?:하기\s?위한|하기\s?위하여|하기\s?위해|하는\s?데\s?필요한)\s?(?:[^\s.]+\s?){0,2}?(?:행동|조치)(?:을|를)?\s?취` +
          String.raw`|(?:공격|침략|침공)(?:을|를)?[^.]{0,40}?(?:자국|자기|자신|쌍방|모두|량국|양국)(?:에\s?대한|에\s?대하여)?\s?(?:무력\s?)?(?:공격|침략|침공)(?:으로|이라고)\s?(?:간주|여기|인정|본다)`,
        'u',
      ),
      negated: 'drop',
      requires: ['armed-attack', 'state-of-war'],
      unless: new RegExp(CAPACITY_TO_RESIST, 'u'),
    },
    {
      kind: 'neutrality',
      pattern: new RegExp(String.raw`(?:침략|공격|침공|전쟁)[^.]{0,40}?(?:국가|나라|측|세력|제\s?3\s?국|타국|외국|자)[^.]{0,30}?(?:(?:지원|지지|원조|도움|협조)(?:을|를|도)?\s?(?:주|제공하|하)?(?:${NOT}|${MUST_NOT})|(?:돕|도와|도우)(?:${NOT}|${MUST_NOT}))`, 'u'),
      negated: 'keep',
    },
    {
      kind: 'non-alliance',
      pattern: new RegExp(String.raw`(?:동맹|련합|연합|블럭|블록|협정|조약|행동|조치|활동|집단|기구)[^.]{0,60}?(?:체결|참가|가담|가입|참여|맺|(?:성원|일원|회원국|구성원|성원국)(?:이|으로)?\s?되)(?:하)?${NOT}|(?:체결|참가|가담|가입|참여)(?:하)?${NOT}[^.]{0,10}?의무|(?:영토|령토)(?:를|을)?[^.]{0,40}?(?:리용|이용|사용)[^.]{0,12}?(?:허용|허락)(?:하)?${NOT}` +
        // Territory not handed to a third State for harm to the other: "상대방의 주권을 침해할 목적으로 자국 영토를 제3국에 제공하지 아니한다".
        String.raw`|(?:반대|침해|해치|해칠|겨냥|적대|공격)[^.]{0,40}?(?:영토|령토)(?:를|을)\s?(?:[^\s.]+\s?){0,2}?(?:제공|내주|내어\s?주|빌려\s?주)(?:하)?${NOT}`, 'u'),
      negated: 'keep',
    },
    // Non-alliance stated as a noun: "상대방을 겨냥한 동맹에 대한 어느 일방의 참가는 배제된다".
    nominalUndertaking('non-alliance', new RegExp(nominal(ALIGN_ACT), 'u'), NOMINAL_GATE),
    // Non-aggression stated as a noun: "무력의 사용이나 무력에 의한 위협은 금지된다".
    nominalUndertaking('non-aggression', new RegExp(nominal(FORCE_ACT), 'u'), NOMINAL_GATE),
    {
      kind: 'non-aggression',
      pattern: new RegExp(String.raw`무력(?:을|의)?\s?(?:사용|행사|위협)[^.]{0,30}?(?:하)?${NOT}|에\s?대한\s?(?:[^\s.]+\s)?(?:무력\s?)?(?:침략|공격|침공)(?:\s?행위|\s?행동)?에\s?(?:참가|가담|참여)하${NOT}|불가침|(?:침략|공격|침공|적대|무력)[^.]{0,20}?삼[가간갈감]` +
        // Force or war not resorted to, or resort to it renounced ("무력에 호소하지 아니한다", "전쟁에 호소하는 것을 포기하고",
        // "무력의 위협이나 무력의 행사를 포기한다"); arms not taken up against the other ("무기를 들지 아니한다").
        String.raw`|(?:무력|전쟁|군사적\s?수단|군사\s?수단|병력)(?:에|으로)\s?(?:의하여\s?)?호소(?:하${NOT}|함이\s?없이|하는\s?것을\s?(?:\S+\s)?(?:포기|배격|배제|금지|단념))|무력(?:의|에\s?의한)?\s?(?:사용|행사|위협)(?:이나|과|와|및|또는)?[^.]{0,30}?(?:포기|배격|배제)(?:하|한다|하며|하고)|(?:무기|병기|총칼)를\s?들${NOT}`, 'u'),
      negated: 'keep',
    },
    {
      kind: 'consultation',
      // (And a meeting held at set intervals — "해마다 회의를 가진다", "정기적으로 회의를 개최한다" — whatever its subject, as in
      // English; military staffs meeting to plan are defence cooperation.)
      pattern: new RegExp(String.raw`협의|(?:상호\s?)?접촉|(?:의견|견해|평가)(?:을|를)?\s?(?:서로\s?|호상\s?)?교환|(?:서로|호상|상호)\s?(?:련락|연락)|(?<!(?:참모|사령부|지휘관|군부)[^.]{0,40})${KO_PERIODICITY}[^.]{0,30}?(?:(?:회의|회담|모임|만남)(?:을|를)?\s?(?:가지|가진|갖|개최|소집|진행|연다|열)|회동|만나|만난)|(?<!(?:참모|사령부|지휘관|군부)[^.]{0,40})(?:회의|회담|모임)(?:을|를)?\s?${KO_PERIODICITY}\s?(?:회의를\s?)?(?:개최|소집|연다|열)`, 'u'),
      negated: 'drop',
      // Consultation named as a means of settling disputes is peaceful settlement.
      unless: /(?:분쟁|이견|의견\s?차이|의견\s?상이)[^.]{0,40}?(?:해결|조정)/u,
      // "의회, 청년 및 언론 간의 교류와 접촉" is cooperation between peoples.
      rejectBefore: new RegExp(String.raw`${PEOPLES}[^.]{0,20}?(?:간|사이)(?:의|에)?\s?(?:[^\s.]+\s?){0,2}$`, 'u'),
    },
    {
      kind: 'defense-cooperation',
      pattern: new RegExp(
        String.raw`자조(?:와|및)\s?상호\s?원조|방위\s?능력|국방\s?(?:력|공업|산업|정보)|군사\s?기술(?!\S*\s?(?:방조|원조|지원|도움))|(?:합동|연합)\s?(?:군사\s?)?(?:연습|훈련)` +
          String.raw`|${CAPACITY_TO_RESIST}|(?:군사|국방|방위)\s?(?:분야\s?)?(?:의\s?|에서의?\s?)?(?:협력|협조)|${FORCES_TOGETHER}|군사\s?(?:인원|대표단)(?:의)?\s?(?:교류|교환)|(?:(?:군대|병력|부대|무력)[^.]{0,30}?주둔|주둔(?:군|시키))(?![^.]{0,40}?(?:허용|허락|용납)하지\s?(?:않|아니))`,
        'u',
      ),
      negated: 'drop',
      // The conduct owed by forces already stationed (주둔국의 법령을 존중한다) is their status, not cooperation.
      unless: /법령을\s?존중/u,
    },
    {
      // Session 16, as in English: soldiers in relief work (the relief word first, the soldiers looked for behind it: "양국"
      // and "쌍방" open every sentence), military schools, the defence industry; round 24: joint training with a word
      // between, combined operation plans, joint production. A cue of its own, so that its rarer words are its prefilter.
      kind: 'defense-cooperation',
      pattern: new RegExp(
        String.raw`(?:재난|재해|구조|복구|구호|이재민)(?<=(?:(?:양국|쌍방의?)\s?군(?:대)?(?:은|는|이|가)?|군\s?부대|공병|군\s?수송기|구조\s?헬기)[^.]{0,80}?(?:재난|재해|구조|복구|구호|이재민))|(?:재난|재해|지진|홍수|해일|산불|태풍)(?=[^.]{0,80}?(?:군\s?부대|공병|군\s?수송기|양국\s?군|쌍방의\s?군대))` +
          String.raw`|군사\s?(?:학교|대학|교육)|사관학교|국방\s?대학|방산|군수\s?공업|방위\s?산업|(?:합동|연합)\s?\S+\s?(?:훈련|연습)|(?:연합|공동)\s?작전\s?계획|합작\s?생산|군사\s?정보(?:를|의)?\s?(?:서로\s?)?(?:교환|공유)`,
        'u',
      ),
      negated: 'drop',
    },
    {
      kind: 'peaceful-settlement',
      // (Round 28, session 17: or referred to a court or commission — "… 국제사법재판소의 판단에 맡긴다" — or settled by
      // negotiation, whatever it is called: "모든 문제를 … 협상으로 해결한다", "교섭으로 이를 풀어 나간다".)
      pattern: /평화적\s?(?:방법|수단|해결)|평화적으로\s?(?:해결|풀)|(?:분쟁|다툼|이견|(?:의견|견해)\s?(?:차이|상이|대립))(?:은|는|을|를|이|가)?[^.]{0,40}?(?:해결|조정|풀|중재|대화로|재판소|위원회|교섭|협상|판정)|(?:협상|교섭|담판)(?:을\s?통(?:하여|해|한)|으로|에\s?의하여|에\s?의해)\s?(?:\S+\s?){0,2}?(?:해결|풀)/u,
      negated: 'drop',
    },
    {
      kind: 'cooperation',
      pattern: /협력|협조|교류|함께\s?건설|동반자\s?관계|(?:범죄|테러|마약|밀수|국경|세관|방역|재난|환경)[^.]{0,30}?정보(?:를|을)?\s?(?:서로\s?|호상\s?)?교환|(?:경제|문화|과학|무역)(?:적)?\s?(?:련계|관계|교류)|사법\s?공조|범죄인\s?인도/u,
      negated: 'drop',
      // Military(-technical) and defence cooperation is defence cooperation, not general cooperation.
      unless: new RegExp(String.raw`(?:군사|국방|방위)(?:\s?기술)?\s?(?:분야|령역|영역)?\s?(?:의|에서의?)?\s?(?:협력|협조|교류)|군사\s?(?:기술\s?|분야\s?|적\s?)?(?:협력|협조|교류)|${FORCES_TOGETHER}`, 'u'),
    },
    {
      // Help with no attack or war in view is cooperation, not mutual assistance.
      kind: 'cooperation',
      pattern: /(?:원조|지원|도움)(?:을|를)?\s?(?:서로\s?|호상\s?)?(?:제공|주|준)/u,
      negated: 'drop',
      excludes: ['armed-attack', 'state-of-war', 'imminent-threat'],
    },
    {
      // Duties owed to the other party (sovereignty, territorial integrity, non-interference) are principles
      // wherever they are named; general footings ("평등", "유엔헌장의 목적과 원칙") are not when named as the footing of
      // another obligation in the same sentence (see `basis`). A principle named as what another
      // obligation protects is not a commitment to it (rejected by what precedes or follows it).
      kind: 'principles',
      // A definition names the sovereign territory, it does not commit to a principle ("'영역'이란 … 주권하에 있는 영토 … 을 말한다").
      unless: /(?:이란|란|라\s?함은|이라\s?함은)\s[^.]*(?:말한다|의미한다|가리킨다)/u,
      pattern: /주권|내정\s?불간섭|내정에\s?대한\s?불간섭|령토\s?(?:완정|불가침)|영토\s?(?:보전|완전성|불가침)|평등|호상\s?존중|상호\s?존중|(?:유엔|국련|국제련합|국제연합)(?:의)?\s?(?:헌장의\s?)?목적과\s?원칙|국제법(?:의)?\s?(?:원칙|우위)|(?:길|제도|체제|진로|운명|정치)(?:을|를)\s?(?:\S+\s?)?(?:정할 권리|선택할 권리|결정할 권리)/u,
      negated: 'drop',
      // What a threat endangers: "영토보전이나 정치적 독립 또는 안전이 외부로부터의 무력공격에 의하여 위협받고".
      rejectAfter: /^(?:(?:,|과|와|및|이나|나|또는)\s?(?:(?![^\s.]*(?:존중|준수|보장|수호|하며|하고|이며|으며))[^\s.]{1,10}\s?){1,2}){0,3}(?:을|를|에|이|가|에\s?대한)?\s?(?:(?![^\s.]*(?:존중|준수|보장|수호|하며|하고|이며|으며)[^\s.]*\s)[^\s.]+\s){0,4}?(?:반대|침해|위협|해치|해칠|해친|해하|해를|위해를|피해를|손상|훼손|침범|저해|위태)/u,
      // A principle named as the footing of another obligation: "평등과 호혜의 원칙에 기초하여 … 발전시킨다".
      basis: {
        after: /^(?:(?!존중|준수|하며|하고|한다)[^.]){0,40}?(?:에\s?기초하여|에\s?기초한|에\s?기초해|에\s?입각하여|에\s?입각한|에\s?따라|에\s?따른|에\s?근거하여|을\s?바탕으로|를\s?바탕으로|에\s?부합되게|에\s?맞게|의?\s?원칙에서|에서\s?출발하여)/u,
        except: /주권|불간섭|령토|영토/u,
      },
    },
    {
      // Non-interference stated as a negative commitment: "내정에 간섭하지 않는다".
      kind: 'principles',
      pattern: new RegExp(String.raw`내정(?:에|에\s?대하여|에\s?대한)?\s?(?:간섭|개입|관여)|외부의\s?간섭|국경을\s?불가침`, 'u'),
      negated: 'keep',
    },
    {
      kind: 'final-clause',
      // (The texts "authentic", 정본, as in the testimonium: "두 본은 동등하게 정본이다".)
      pattern: /비준|효력을\s?(?:가진|가지|발생|상실|중지)|유효하|(?:자동\s?)?연장|폐기|서면으로\s?통지|같은\s?효력|정본(?:이다|이며|으로|\s?(?:각\s?)?[2두]\s?(?:통|부))/u,
      negated: 'drop',
    },
  ],

  frames: [
    {
      // Any act of force, the other party as its target and a negator after it ("상대방에 대하여 어떠한 침략행위나 공격도 감행하지 않는다").
      kind: 'non-aggression',
      frame: { act: new RegExp(F_FORCE, 'u'), target: new RegExp(F_OTHER, 'u') },
      polarity: 'negated',
      gate: [new RegExp(F_FORCE, 'u'), NEG_GATE],
      unless: new RegExp(KO_NOT_FORCE, 'u'),
    },
    {
      // Round 30: force by its troops and deeds, or any act of force, the other or the dispute as its target, under a
      // negator, a word of forswearing or a prohibition after it; the first frame's exclusions.
      kind: 'non-aggression',
      frame: { act: new RegExp(`${F_DEED_KO}|${F_FORCE}`, 'u'), target: new RegExp(`${F_CROSSED_KO}|${F_OTHER}`, 'u') },
      polarity: 'negated',
      negator: FORSWEAR_NEG_KO,
      gate: [new RegExp(`${F_DEED_KO}|${F_FORCE}`, 'u'), /지\s?(?:않|아니|말|못)|포기|삼가|삼간|서는\s?(?:아니|안)|배제|자제|금지|일이\s?없|수\s?없/u],
      unless: new RegExp(String.raw`${KO_NOT_FORCE}|평화\s?유지|동참|합류|몸담|동조|제재|고립|금수|포위|경제\s?봉쇄|기지|외부\s?국가|제3국|제삼국|외국|자국\s?(?:의\s?)?(?:영역|령역|영공|영해)|대주|묵인`, 'u'),
    },
    {
      // Help withheld from the attacker ("상대방을 공격한 나라에 무기, 자금 또는 물자를 공급하지 않는다").
      kind: 'neutrality',
      frame: { act: new RegExp(F_HELP, 'u'), target: new RegExp(F_ATTACKER, 'u') },
      polarity: 'negated',
      gate: [/침략|공격|침공|전쟁|교전|적대|충돌/u, NEG_GATE],
      unless: /주저|지체|망설/u,
    },
    {
      // Allowing or joining what is aimed against the other ("… 반대하는 조직이나 단체가 … 활동하는 것을 허용하지 않는다").
      kind: 'non-alliance',
      frame: {
        // (Round 27: or joined in — 동참, 동조, 관여, 끼어들다, 들다 — and the third States' policy, scheme or concerted action.)
        predicate: /허용|허락|용인|묵인|참가|가담|가입|참여|체결|제공|동참|동조|관여|끼어들|끼여들|끼지|들지|한몫/u,
        act: /동맹|련합|연합|블럭|블록|집단|조직|단체|기구|기지|외국\s?군|군대|령토|영토|전쟁|군사\s?행동|군사\s?작전|패거리|제휴|책동|기도|공동\s?행동|정책|용병/u,
        // Round 20: or whatever is done "against" the other ("다른 당사국을 상대로 … 하는 것을 용인하지 아니한다").
        // (Round 27: or made to overthrow or weaken the other — 뒤엎으려는, 전복을 목적으로, 무장투쟁, 맞서기 위하여, 약화시키려는.)
        target: /반대하는|반대하여|겨냥한|겨냥하는|적대(?:적|하는|시하는)|[을를]\s?상대로|뒤엎|전복|무장\s?투쟁|맞서기|약화시키|훼손하기/u,
      },
      polarity: 'negated',
      gate: [/반대하|겨냥|적대|위한|리용|이용|목적|상대로|뒤엎|전복|투쟁|맞서|약화|훼손/u, NEG_GATE],
    },
    {
      // Help for the attacked party named as such ("침략을 당한 체약 일방에 대한 원조"): the target names the attack.
      kind: 'mutual-assistance',
      frame: { act: /원조|지원|도움|군대|무력/u, target: new RegExp(F_ATTACKED, 'u') },
      polarity: 'affirmed',
      gate: /당한|받은|받는|당하는|피침|피해/u,
      unless: new RegExp(CAPACITY_TO_RESIST, 'u'),
    },
    {
      // Defending the other, or forces sent to help it, once an attack or war is named ("모든 힘을 다하여 그를 방위한다",
      // "자기의 군대를 파견하여 그를 돕는다").
      kind: 'mutual-assistance',
      frame: {
        act: /방위|방어|보위|지켜\s?준|파견|파병|보내/u,
        target: /그를|그\s?나라를|상대방을|다른\s?일방을|피침국|군대|병력|무력/u,
      },
      polarity: 'affirmed',
      gate: [/침략|침공|공격|전쟁|무력|교전/u, /방위|방어|보위|지켜|파견|파병|보내/u, /그를|상대방을|일방을|피침|군대|병력|무력/u],
      requires: ['armed-attack', 'state-of-war'],
      unless: new RegExp(CAPACITY_TO_RESIST, 'u'),
    },
    {
      // Views or positions exchanged or coordinated on international questions, with words between ("견해를 정기적으로 교환한다").
      kind: 'consultation',
      frame: { act: /교환|조률|조율|협의|론의|논의|나누|나눈/u, predicate: /견해|의견|립장|입장|평가|정보|대화|정세/u, target: /국제|외교|유엔|국련|세계/u },
      polarity: 'affirmed',
      gate: [/국제|유엔|국련|세계/u, /교환|조률|조율|협의|론의|논의|나누|나눈/u],
    },
    {
      // Negotiating or agreeing on measures once a threat or attack is named: crisis consultation.
      kind: 'consultation',
      frame: { act: /협상|회담/u },
      polarity: 'affirmed',
      gate: [/위협|침략|침공|공격|전쟁|위기/u, /협상|회담/u],
      requires: CRISIS_TRIGGERS,
    },
    {
      // Meetings at the summit or of the foreign ministries (see the English frame): general consultation.
      kind: 'consultation',
      frame: { act: /정상|수뇌|외무|외교\s?(?:부|장관)|국가\s?수반/u, predicate: /회담|회동|회의|만나|만난|상봉/u },
      polarity: 'affirmed',
      gate: /정상|수뇌|외무|외교부|외교장관|외교 장관|국가수반|국가 수반/u,
    },
    {
      // Round 27 (session 17), as in English: word of a military occurrence passed to the other — troops massing at the
      // frontier, an armed clash or incident, a military movement ("국경 인근에서 제삼국 군대의 집결을 탐지한 체약국은 이를
      // 지체 없이 상대 체약국에 알린다", "모든 무력 충돌 사건을 지체없이 타방에 통보한다"): crisis contact.
      kind: 'consultation',
      frame: {
        act: TELL,
        predicate: /집결|충돌|(?:군사적?|무력|침범|국경)\s?사건|침범|도발|군사\s?동향|병력\s?(?:이동|배치)/u,
        target: /상대방|상대\s?(?:체약국|당사국|국)|타\s?체약국|타방|서로|상호|호상/u,
      },
      polarity: 'affirmed',
      gate: [/집결|충돌|사건|침범|도발|동향|이동|배치/u, TELL],
      crisis: true,
      unless: /무역|통상|투자|관세|비자|영사|분쟁의\s?해결/u,
    },
    {
      // Round 27: sanctions, an embargo or a blockade that third States lay on the other, not joined (see the English
      // frame): "제3국들이 타방에 가하는 통상 금수 조치에 동참하지 아니한다", "타방과의 무역을 끊거나 … 차관을 막는 일에 끼어들지".
      kind: 'non-alliance',
      frame: {
        act: /제재|금수|봉쇄|보이콧|무역을\s?끊|차관을\s?막/u,
        predicate: /동참|가담|참여|참가|끼어들|끼여들|동조|가입|합류/u,
      },
      polarity: 'negated',
      gate: [/제재|금수|봉쇄|보이콧|끊|막/u, NEG_GATE],
      unless: /안전보장이사회|안보리|유엔|국제연합|국련/u,
    },
    {
      // Round 27: armed bands or émigré groups on one's soil, aimed at the other, stopped or broken up (see the English
      // frame): "… 무장단체가 자국 영토에서 훈련하거나 거점을 두는 것을 막는다", "… 용병의 모집, 무장 및 훈련을 … 금지하고 처벌한다".
      kind: 'non-alliance',
      frame: {
        act: /막는다|막으며|막고|막아야|금지하고|금지한다|금지하며|처벌|해산|무장을\s?해제|억류/u,
        predicate: /무장\s?(?:단체|집단|조직|세력)|망명\s?(?:집단|단체|세력)|용병|비정규|단체|집단|조직/u,
        target: /적대|겨냥|반대하|뒤엎|전복|무장\s?(?:투쟁|활동)|습격|침투|침입|상대로/u,
      },
      polarity: 'affirmed',
      gate: [/막|금지|처벌|해산|해제|억류/u, /무장|망명|용병|비정규|단체|집단|조직/u],
      unless: /테러|범죄|마약|해적|밀수|밀매/u,
    },
    {
      // Round 27: an engagement at odds with the treaty or the other's security not assumed (see the English frame):
      // "이 조약에 저촉되는 그 어떤 국제적 의무도 지지 않기로 한다", "타방의 안전을 해할 우려가 있는 어떠한 국제적 약속에도 서명하거나
      // 가입하지 아니한다", "상대국의 안위에 불리한 밀약을 다른 나라와 맺는 일이 없도록 한다".
      kind: 'non-alliance',
      frame: {
        // (Round 31, session 18: and a memorandum, protocol or grouping that harms, opposes or targets the other.)
        act: /의무|협정|약정|약속|조약|밀약|협약|양해각서|의정서|동맹체|책동|공동\s?행동/u,
        predicate: /(?<!가)지(?:지|[는며고])|맺|체결|부담|서명|가입|동참|가담|몸담|한몫/u,
        target: /저촉되는|양립할\s?수\s?없는|어긋나는|반하는|해가\s?되는|불리한|해할|해치는|해치려는|약화시키|상반되는|충돌하|침해하는|훼손하|겨냥하|노리는|적으로\s?상정/u,
      },
      polarity: 'negated',
      // Round 31: "…하는 일이 없도록 한다" and "…할 수 없다" negate as the gate already said (the negator had not).
      negator: /일이\s?없(?:도록|어야|게)|수\s?없/u,
      gate: [/저촉되는|양립할|어긋나는|반하는|해가\s?되는|불리한|해할|해치는|해치려는|약화|상반되는|충돌하|침해하는|훼손하|겨냥하|노리는|적으로/u, /지\s?(?:않|아니|말|못)|없도록|없어야|수\s?없|서는\s?(?:아니|안)/u],
      // A treaty said to harm no third State, or not to be construed against the Charter, forswears no engagement.
      unless: /제\s?3\s?국의\s?(?:리익|이익)|풀이|해석/u,
    },
    {
      // Round 31 (session 18, from used sets 2-60): one's soil, ports or bases not lent to foreign forces or armed groups
      // aimed at the other — "자국 영토가 … 타방 당사국을 공격하는 발판으로 쓰이는 것을 용인하지 아니한다", "연방을 노리는 외국의
      // 병력이 공화국 땅에 머무르는 것을 용납하지 아니한다", "… 발진 기지로도 제공되지 아니한다": non-alliance.
      kind: 'non-alliance',
      frame: {
        act: /발판|기지|근거지|군사\s?시설|요새|비행장|항만|외국\s?(?:군대|함대|병력)|외국의\s?(?:군대|함대|병력)|제3국\s?군대|무장\s?(?:집단|단체|세력)|반란\s?세력|망명\s?(?:단체|세력)/u,
        predicate: /용인|허용|묵인|용납|허락|제공되|제공하|내어주|두지|설치|들어서|자리\s?잡|머무|쓰이|사용되|통과/u,
        target: /(?:타방|상대방|상대국|상대편|타\s?(?:당사국|체약국)|왕국|공화국|연방)\S*\s?(?:\S+\s){0,2}?\S*(?:해치|해하|해를|저해|겨냥|노리|향한|상대로|공격|침략|습격|위협|침해|약화|타도|뒤엎|침투)/u,
      },
      polarity: 'negated',
      negator: /일이\s?없(?:도록|어야|게)|수\s?없|못하도록/u,
      prohibition: /금지된다|금지한다|허용되지\s?(?:아니|않)/u,
      gate: [/발판|기지|근거지|시설|요새|비행장|항만|군대|함대|병력|무장|반란|망명/u, /지\s?(?:않|아니|말|못)|없도록|없어야|수\s?없|못하도록|서는\s?(?:아니|안)|금지/u],
      unless: /테러|범죄|마약|해적|밀수|밀매|재난|구조|훈련/u,
    },
    {
      // Word of a danger passed to the other (see the English frame): "… 군사적 준비에 관한 정보를 … 타방에 통보한다".
      kind: 'consultation',
      frame: { act: TELL, target: /상대방|타방|서로|상호|호상/u, predicate: DANGER },
      polarity: 'affirmed',
      gate: [DANGER, TELL],
      crisis: true,
    },
    // Role-based frames (src/classify/roles.ts) over KO_ROLES: read last, for kinds nothing above read.
    ...roleFrames(KO_ROLES),
  ],
  roles: KO_ROLES,
  backoff: KO_BACKOFF,
  binding: KO_BINDING,
  frameNegator: { pattern: /(?<!아끼)지\s?(?:않|아니|말|못)|포기|삼가|삼간|(?:여|아|어)?서는\s?(?:아니|안)\s?(?:된|되)/u, side: 'after' },
  // A clause ends in a connective before the next predicate ("지지하지 않으며 쌍방은 …").
  clauseBreak: /(?:며|면서|(?:하|되|않|았|었|으)고),?\s/gu,
  triggers: [
    { trigger: 'imminent-threat', pattern: /(?:직접적(?:인)?|임박한|즉각적(?:인)?)\s?위협|(?:무력\s?)?(?:침략|침공|공격)의\s?(?:위협|위험)/u },
    { trigger: 'armed-attack', pattern: /무력\s?(?:침공|공격|침략|습격)(?:을|를|이)?\s?(?:당|받|감행되)|(?:침공|공격|침략|습격)(?:을|를)\s?(?:당|받)|에\s?대한\s?(?:무력\s?)?(?:침공|공격|침략)(?!(?:의)?\s?(?:위협|위험|가능성))|무력\s?(?:공격|침공|침략)(?!(?:의)?\s?(?:위협|위험|가능성)|(?:이|가)?\s?감행될\s?수)|(?:침략|공격|침공)\s?(?:행위)?(?:가|이)\s?(?:감행되|감행된|감행될(?!\s?수)|발생하|발생한|일어나)/u },
    { trigger: 'state-of-war', pattern: /(?:무력\s?충돌|전쟁|교전)\s?(?:상태)?(?:에|로)\s?(?:처하|처한|놓이|놓인|들어가|빠지)|(?:무력\s?충돌|교전|전쟁)\s?상태에\s?있|(?:무력\s?충돌|전쟁|교전|적대\s?행위|군사\s?행동)(?:에|으로|속으로)?\s?(?:휘말리|휘말려|말려들|말려드|말려든|끌려들|끌려드|휩쓸리|개입되)|전쟁\s?상태|전쟁(?:이|에)?\s?(?:발발|일어나|터지|휘말리|말려들)/u },
    { trigger: 'situation-threatening-peace', pattern: /평화(?:와\s?안전)?(?:을|를)?\s?위협하는\s?(?:상황|정세|사태)/u },
    { trigger: 'threat', pattern: /(?<!방)위협|위태|침입하|(?:침략|전쟁|충돌)\S{0,4}\s?(?:\S+\s)?위험|안전에\s?대한\s?위험|위기|긴급/u },
  ],
  responses: [
    { response: 'military-and-other-assistance', pattern: /군사적\s?(?:및\s?기타\s?)(?:원조|지원)|군사적\s?(?:원조|지원)(?:를|을)?\s?포함한|(?:무력|군사력)\s?(?:사용|행사)을\s?포함한/u, kinds: ['mutual-assistance'] },
    { response: 'military-assistance', pattern: /군사적\s?(?:원조|지원)|군사\s?(?:원조|지원)|무력\s?(?:사용|행사)/u, kinds: ['mutual-assistance'] },
    { response: 'assistance', pattern: /원조|지원|원호|도와|도우러/u, kinds: ['mutual-assistance'] },
    { response: 'consult', pattern: /협의|협상|(?:의견|견해|평가|정보)(?:을|를)?\s?(?:서로\s?|호상\s?)?교환/u, kinds: ['consultation'] },
    { response: 'coordinate', pattern: /조[률율]|조정/u, kinds: ['consultation', 'cooperation', 'defense-cooperation'] },
    { response: 'contact', pattern: /접촉|련계|련락|연락|통보|통지|알리|알린|알려|소식을?\s*통/u, kinds: ['consultation'] },
    { response: 'refrain', pattern: new RegExp(NOT, 'u'), kinds: ['non-aggression', 'neutrality', 'non-alliance'] },
    { response: 'cooperate', pattern: /협력|협조|교류|발전|강화|마련/u, kinds: ['cooperation', 'defense-cooperation'] },
    { response: 'settle', pattern: /해결|조정/u, kinds: ['peaceful-settlement'] },
    { response: 'respect', pattern: /존중|기초|입각|준수|수호/u, kinds: ['principles'] },
    { response: 'act', pattern: /비준|효력|연장|폐기|통지|유효/u, kinds: ['final-clause'] },
  ],
  // Instruments named by title ("우호, 협조 및 호상원조에 관한 조약", "불가침 조약"): a name, not a duty of this sentence.
  ignore: /(?:우호|친선|선린|동맹|불가침|중립|상호\s?방위|호상\s?방위|호상원조|상호원조)(?:(?:,\s?|\s?및\s?|\s)(?:우호|친선|선린|협조|협력|동맹|불가침|중립|상호\s?방위|호상\s?방위|호상원조|상호원조|평화))*\s?(?:에\s?관한\s?)?(?:조약|협정|협약|의정서)/gu,
  immediate: /지체\s?없이|즉각(?:적으로)?|즉시|지체함이\s?없이/u,
  means: /(?:자기가\s?보유하고\s?있는\s?)?(?:모든|온갖)\s?(?:수단|힘)(?:으로써|으로|을\s?다하여)?/u,
  modalities: [
    { modality: 'may', pattern: /할\s?수\s?있다|할\s?권리를\s?가진다/u },
    { modality: 'endeavour', pattern: /노력한다|노력할\s?것|지향한다|지향하며/u },
    { modality: 'must', pattern: /(?:하|되)?여야\s?한다|해야\s?한다|하여야\s?한다/u },
    { modality: 'undertake', pattern: /의무를\s?(?:진다|지닌다|지며|지게)|공약한다|약속(?:한다|했다|하였다)|맹세/u },
    { modality: 'will', pattern: /할\s?것이다|갖게\s?된다|하게\s?된다|할\s?것이며/u },
    { modality: 'agree', pattern: /합의(?:한다|하였다|했다)|성명한다/u },
  ],
  conditions: [
    { kind: 'at-request', pattern: /(?:어느\s?)?일방의\s?(?:요구|요청)에\s?따라|(?:요구|요청)(?:이\s?있을\s?경우|에\s?따라|시)/u },
    { kind: 'un-charter-art-51', pattern: /(?:유엔|국련|국제련합|국제연합)\s?헌장\s?제?\s?51\s?조|집단적\s?자위권/u },
    { kind: 'constitutional-processes', pattern: /헌법(?:상|적)?\s?(?:의\s?)?(?:절차|수속|규정)|(?:국회|의회|최고인민회의|입법\s?기관)(?:의)?\s?(?:동의|승인)/u },
    { kind: 'national-law', pattern: /(?:[^\s]{1,40}의\s?)?(?:국내\s?)?법(?:률|령)?(?:에|을)?\s?(?:준해|준하여|따라|따르는|고려하여|부합되게)/u },
    { kind: 'exception', pattern: /다만[^.]{0,120}?(?:그러하지\s?아니하다|제외한다)|(?:경우|때)를\s?제외하고/u },
    { kind: 'region', pattern: /(?:[^\s]{1,20})\s?(?:지역|지대|구역)\s?(?:안|내|에서)|(?:유럽|아시아|아프리카|아메리카|북미|남미|태평양|대서양|극동|중동|북극)\s?(?:지역\s?)?(?:안|내)?에서/u },
    { kind: 'capacity', pattern: /(?:자기|자체|자국|자신)?(?:의)?\s?(?:능력|힘|가능성|역량)(?:이|의)?\s?(?:범위|한도|한계)?\s?(?:내|안)에서|(?:능력|힘|역량)(?:이)?\s?(?:허용|허락|미치|닿)(?:하는|는)\s?(?:한|범위|데까지)|가능한\s?(?:범위|한도)\s?(?:내|안)?에서|(?:능력|힘|역량)(?:에\s?맞게|에\s?따라|껏)/u },
    { kind: 'discretion', pattern: /(?:원조|지원|도움)(?:의|를|을)?\s?(?:형태|규모|방식|방법|범위)[^.]{0,40}?(?:스스로|자체로|자기가|제공하는\s?(?:체약국|일방|측))?\s?(?:이|가)?\s?결정|(?:필요|적절|타당)하다고\s?(?:인정|판단|간주|생각)(?:하는|되는)|자체의\s?판단에\s?따라/u },
    // Round 25: a limit by class — what the party can bear or its circumstances allow, its assembly's approval, help whose form it judges itself or leaves to agreement.
    { kind: 'capacity', pattern: /(?:감당할|할)\s?수\s?있는\s?한도|형편(?:이|에)?\s?(?:허락|허용|맞게)|허락하는\s?(?:한도|만큼)/u },
    { kind: 'discretion', pattern: /스스로\s?(?:적절|적당|헤아)|(?:적절|적당|필요)하다고\s?(?:여기|보)|(?:합의|협의)하여\s?정한|합의에\s?의하여\s?결정|합의하는\s?(?:규모|방식)|결정하는\s?바에\s?따라|합의한\s?다음에/u },
    { kind: 'constitutional-processes', pattern: /헌법(?:과\s?법률)?이\s?(?:정한|정하는|허용하는)|(?:국회|의회)가\s?승인/u },
  ],
  negation: /(?:^|\s)(?:아니|안|못)\s|제외하고|배제하고/u,
  // The gap before the negation may not cross a clause ending in 고 / 며 ("주권을 존중하고 내정에 간섭하지 않는다" is a new clause).
  // "… 원조를 제공할 의무를 부과하는 것으로 해석되지 아니한다", "… 제공할 의무를 지지 아니한다": no duty, no obligation.
  // 앞 문장의 원조를 좁히는 단서 (rv19 2).
  // 다만 alone limits nothing ("다만, 쌍방은 매년 회의를 가진다"): the proviso must take something out (rv20 7).
  reportOutside: /(?:안전보장이사회|안보리|사무총장|총회)에(?:게)?\s*(?:이를\s*)?(?:즉시\s*|지체\s*없이\s*)?(?:보고|통보|알리|통지)/u,
  // Round 25: a sentence referring back to the assistance before it, whose conditions narrow that assistance.
  followOn: /^(?:이|그|위의|상기|전항의)\s?(?:군사\s?)?(?:원조|지원|원호|도움)(?:은|는)/u,
  proviso: /^다만[,\s][^.]*?(?:그러하지\s?아니[하한]|적용(?:하|되)지\s?(?:아니[하한]|않)|포함(?:하|되)지\s?(?:아니[하한]|않)|제외(?:한다|된다|하고)|해당하지\s?(?:아니[하한]|않))|^이\s?(?:의무|원조|지원)는\s[^.]*(?:아니한다|않는다)/u,
  disclaimerAfter: /^[^.]{0,20}?의무(?:를|가)?\s?(?:[^\s.]+\s?){0,3}?(?:해석되지|간주되지|지지|지니지)\s?(?:아니|않)|^[^.]{0,20}?의무(?:가|는)\s?없/u,
  negationAfter: new RegExp(String.raw`^(?:(?!(?:고|며|면서)\s)[^,.]){0,12}?(?:(?:하|되)?(?<!아끼)${NOT}|(?:하)?${MUST_NOT}|(?:은|는|이|가)?\s?(?<!(?:지체|주저|조건|례외|예외|빠짐|차별)\s?)없|(?:이|가)?\s?빠지|(?:을|를)?\s?제외|(?:을|를)?\s?배제)`, 'u'),
  assistancePurpose: /(?:공동|집단적?|련합|연합|공동의)\s?(?:방위|방어|대응|자위)|(?:위협|위험)(?:을|를)?\s?(?:제거|제지|물리치)하는\s?데\s?(?:협조|원조|지원|도움)|(?:협조|원조|지원)(?:를|을)\s?(?:호상|상호)\s?제공|(?:공동으로|함께|련합하여|연합하여)\s?(?:격퇴|물리치|대처|방어)/u,
  // Disclaimers of a duty and the declaration that the treaty is aimed at no third State (only where no cue was found).
  noCommitment: new RegExp(String.raw`(?:의무|책[무임])(?:를|가|을)?\s?(?:[^\s.]+\s?){0,3}?(?:[되지니우]지|부과하지|지는\s?것은)\s?(?:아니|않)|의무(?:가|는)\s?없|(?:제3|제삼|다른\s?(?:어느\s?)?나라[를에도])[^.]{0,30}?(?:(?:겨냥|반대|적으로\s?\S+|목적\S*\s?\S+)하?지\s?(?:않|아니)|것이\s?아니|아님)|적대적인?\s?의도를\s?품지\s?않|${DEFINITION}|${NOT_BOUND}`, 'u'),
  statement: new RegExp(`${DEFINITION}|${NOT_BOUND}`, 'u'),
  recital: { end: /(?:며|면서|하여|고)\s*[,，]\s*$|(?:을|를|것을|음을)\s?상기한다\.?\s*$|다음과\s?같이\s?(?:합의|협정)하였다\.?\s*$/u },
};
