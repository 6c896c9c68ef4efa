// General English knowledge the extractors lean on: which words name a role, which introduce speech,
// which capitalised words are not names. Nothing here is about a particular article.

// Nouns that make a phrase a person's role ("mayor of Shanghai", "a senior research fellow").
const ROLE_NOUNS =
  'mayor|chief of staff|under-?secretary|president|vice[- ]president|council ?(?:wo)?member|council ?(?:wo)?man|alder(?:man|woman|person)|assembly ?(?:wo)?member|selectman|selectwoman|premier|chancellor|rector|vice[- ]rector|regent|minister|secretary|governor|senator|congress(?:wo)?man|representative|ambassador|consul(?:[- ]general)?|envoy|diplomat|spokes(?:person|man|woman)|official|officer|chief|ceo|cfo|cto|coo|chair(?:man|woman|person)?|director|manager|head|founder|co-founder|owner|partner|executive|president|leader|expert|analyst|economist|scholar|professor|lecturer|researcher|research fellow|fellow|scientist|dean|principal|teacher|student|engineer|editor|reporter|correspondent|journalist|commissioner|supervisor|member|deputy|adviser|advisor|consultant|lawyer|attorney|judge|general|colonel|captain|mp|mep|lawmaker|legislator|delegate|superintendent|administrator|coordinator|organizer|organiser|curator|artist|author|writer|investor|entrepreneur|businessman|businesswoman|athlete|coach|player|secretary-general|party secretary|historian|specialist|strategist|commentator|observer|activist|architect|designer|doctor|physician|planner|founder|president|consultant|professor emeritus|harbou?r ?master|port ?master|provost|vice[- ]provost|trustee|treasurer|registrar|warden|comptroller|controller|auditor|clerk|sheriff';
/** A role noun in a text. */
export const ROLE_NOUN = new RegExp(`\\b(?:${ROLE_NOUNS})\\b`, 'i');
/** A role noun at the end of a text, whatever stands before it. */
export const ROLE_NOUN_AT_END = new RegExp(`(?:${ROLE_NOUNS})$`, 'i');

/** Capitalised titles that can stand before a name ("Vice President Han Zheng"). Longest first. */
export const TITLES = [
  'Mayor Pro Tempore',
  'Mayor Pro Tem',
  'President Pro Tempore',
  'President Pro Tem',
  'Vice President',
  'Vice Premier',
  'Vice Mayor',
  'Deputy Mayor',
  'Prime Minister',
  'Foreign Minister',
  'Chief Minister',
  'First Minister',
  'Party Secretary',
  'Secretary-General',
  'Secretary General',
  'Secretary of State',
  'Treasury Secretary',
  'Commerce Secretary',
  'Consul General',
  // (The officer's titles before their short form: "Brask Chief Executive Officer Lene Vik".)
  'Chief Executive Officer',
  'Chief Operating Officer',
  'Chief Financial Officer',
  'Chief Technology Officer',
  'Chief Commercial Officer',
  'Chief Marketing Officer',
  'Chief Information Officer',
  'Chief Executive',
  'County Executive',
  'County Judge',
  'Borough President',
  'Municipal President',
  'First Selectman',
  'Executive Mayor',
  'Executive Director',
  'Managing Director',
  'General Manager',
  'State Councilor',
  'President',
  'Premier',
  'Chancellor',
  'Mayor',
  'Governor',
  'Minister',
  'Secretary',
  'Senator',
  'Ambassador',
  'Consul',
  'Chairman',
  'Chairwoman',
  'Chair',
  'Director',
  'Professor',
  'CEO',
  'Chief',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Representative',
  'Rep.',
  'Sen.',
  'Gov.',
  'Ald.',
  'Speaker',
  'Commissioner',
  'Auditor',
  'Controller',
  'Comptroller',
  'Treasurer',
  'Attorney General',
  'Inspector General',
  'Sheriff',
  'Supervisor',
  'Councilor',
  'Councillor',
  'Councilmember',
  'Councilwoman',
  'Councilman',
  'Council Member',
  'Alderman',
  'Alderwoman',
  'Alderperson',
  'Assemblymember',
  'Assemblywoman',
  'Assemblyman',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'General',
  'Admiral',
  'Judge',
  'Justice',
];

/** Verbs (and phrases) that attribute speech to their subject. */
export const SPEECH_VERB =
  /\b(?:said|says|say|added|adds|noted|notes|told|tells|stated|states|stressed|explained|emphasi[sz]ed|remarked|commented|continued|asked|wrote|recalled|warned|urged|argued|insisted|acknowledged|announced|declared|observed|pointed out|put it|was quoted as saying|said in a statement|expressed|hoped|answered|replied|responded)\b/;

/** Capitalised words that start sentences or name things, never a person's given name or surname. */
export const NOT_NAME = new Set(
  `The A An This That These Those It Its He She They We I You Our Their His Her When Where While After Before During Why What Who How Which
  Since Until As At In On Of For From By With Without About Both Also But And Or If Then However Meanwhile Recalling
  Despite Although Though Because Such Many Some Most Several Each Every Other Another More Local Observers Mayors
  There Here Now Later Earlier Still Yet Instead Indeed Overall Afterward Afterwards Together
  Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
  June July August September October November December Photo PHOTO American US USA UK EU UN Mr Mrs Ms Dr Sir Madam Lady Lord Visiting Former Current Acting New North South East West Central Greater
  Bay Area City State Province County District University Council Federation Association Chamber Commerce Academy
  Institute Agency Ministry Department Office Bank Group Company Corporation Inc Ltd Times Daily News Post Global
  Center Centre Committee Party Government Congress Summit Forum Expo Republic Kingdom People
  Meeting Session Minutes Agenda Hearing Order Recess Adjournment`.split(/\s+/),
);

/** Words that mark a capitalised phrase as an organisation or place, never a person. */
export const ORG_WORD =
  /\b(?:Council|Federation|Association|Chamber|Commerce|Academy|Institute|Agency|Ministry|Department|Office|Bank|Group|Company|Corporation|Inc|Ltd|Times|Daily|News|Post|Center|Centre|Committee|Party|Government|University|College|School|Area|Province|City|County|District|Intelligent|Technology|Technologies|Holdings|Airlines|Airport|Museum|Hotel|Club|Foundation|Fund|Society|Union|Alliance|Network|Media|Press|Television|Radio|Station|Consortium|Cooperative|Corp|LLC|Systems|Industries|Logistics|Motors|Labs|Partners|Authority|Commission|Bureau|Partnership|Coalition|Board|Trust|Storage|Shipping|Freight|Marine|Works|Terminals?|Cargo|Provisions|Foods|Farms|Fisheries|Steel|Products|Services|Solutions|Ventures|Trading|Supply|Supplies|Brewing|Brewery|Pharmaceuticals|Robotics|Electronics|Mining|Minerals|Valley|Meats|Dairy|Dairies|Seafoods?|Produce|Orchards?|Bakery|Bakeries|Apiary|Creamery|Packers|Vineyards?|Winery|Distillery)\b/;

/** Forms of address that stand before a name but are no role ("Dr. Tom Berg"). */
// Forms of address written before a name, one or several, with or without a stop ("Prof. Dr.",
// "Dr. Ir.", "Hj."); "H.E." (His Excellency) and "H." (Haji) beside them where the shape allows.
export const ADDRESS_FORMS = 'Dr|Prof|Mr|Mrs|Ms|Ir|Drs|Hon|Hj';
export const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Sir|Dame|Madam)\.?$/;

/** A transcript's line, opened by its speaker's name in capitals (the corpus reads it first). */
export { SPEAKER_LABEL } from '../corpus/clean.ts';

/** A trip named as such in a question ("the Ashmore trip", "the mission"). */
export const TRIP_NOUN = /\b(?:trip|visit|mission|tour|journey)\b/i;

/** The hosts' own trip back ("a return delegation", "a return visit"): another trip than the one told. */
export const RETURN_TRIP = /\breturn\s+(?:visit|delegation|trip|mission)\b/i;

/** Offices one person holds for a place, by which a story calls them ("the mayor's flights", "the governor's junket"). */
export const HEAD_OFFICES = 'mayor|governor|premier|president|chancellor|minister|senator|ambassador|secretary';

/** A fact check's line of where and when a claim was made, with no subject of its own: "Said at the growers' dinner, May 9." */
export const SAID_AT = /^(?:Said|Stated|Made|Posted|Written|Told)\s+(?:at|on|in|during|to|by|via)\b/;
