// Whether the author identifies as an employee of THIS district (its names,
// abbreviations or schools next to a first-person job statement), and
// personal-disclaimer: such a post without a "views are my own" line.

import { add, spanOf, type Ctx, type Detection, type Span } from '../context';
import { districtLexicon } from '../district';
import { has, inTokenRange } from '../lexicon';
import { schoolContext } from '../school';
import { normalize, prepare } from '../text';
import { mentionsAny, recipientStatus } from './studentConnection';
import { detectWorkplaceComplaint } from './workplace';

export const WORDS = {
  employment: [
    'i teach at', 'i teach in', 'i teach for', 'i teach', 'i work at', 'i work for', 'i work in', 'i coach at',
    'i coach', 'teacher at', 'teacher in', 'teacher for', 'teaching at', 'teaching in', 'educator at', 'counselor at',
    'nurse at', 'instructor at', 'librarian at', 'principal at', 'coach at', 'staff at', 'employee of', 'employee at',
    'work for', 'works for', 'as a teacher', 'as an educator', 'as an employee', 'as a staff member', 'as an instructor',
    'as a counselor', 'as a coach', 'counselor', 'librarian', 'paraprofessional', 'as a proud', 'proud teacher', 'proud educator', 'proud employee', 'proud instructor',
    'teacher here', 'educator here', 'my students at', 'my kids at', 'my classroom at', 'my school', 'our school',
    'my campus', 'my district', 'our district', 'my job at', 'my years at', 'years at', 'years teaching',
    'years with', 'i have taught', "i've taught", 'i am a teacher', "i'm a teacher", 'im a teacher', 'i am an instructor',
    "i'm an instructor", 'im an instructor', "i'm a", 'i am a', 'im a', 'teacher', 'teachers', 'instructor', 'staff',
    'employee', 'employees', 'faculty', 'educator', 'educators', 'bus driver', 'para', 'aide', 'doy clases en', 'trabajo en', 'trabajo para',
    'maestra en', 'maestro en', 'maestra de', 'maestro de', 'maestras de', 'maestros de', 'maestras en', 'maestros en', 'soy maestra', 'soy maestro', 'soy profesora',
    'soy profesor', 'mis alumnos de', 'mi escuela', 'enseno en', 'trabajo como', 'soy instructora', 'soy instructor',
    'instructora en', 'instructor en', 'year at', 'years at', 'yr at', 'my planning period', 'my classroom',
    'my class at', 'my students', 'my kids at', 'pulling me from', 'vida de maestra en', 'vida de maestro en',
    'been at', 'been teaching', 'been teaching at', 'our principal', 'my principal', 'our admin', 'my admin',
    'our building', 'my building', 'instructor here', 'i teach first', 'como maestra', 'como maestro', 'soy maestra de',
    'soy maestro de', 'trabajo en la', 'mi director', 'mi directora', 'nuestro director', 'nuestra directora',
    'instructora de', 'instructor de', 'como instructora', 'como instructor', 'profesora de', 'profesor de',
    'como profesora', 'como profesor',
    // The author's own working life: facts only an employee states about themselves.
    'our planning period', 'our plan period', 'on our plan', 'my plan period', 'my paycheck', 'our paychecks',
    'my certification', 'our dept head', 'our department head', 'my dept head', 'my department head',
    'my evaluation', 'my lesson plans', 'my teaching contract',
  ],
  // Views, judgements and calls to act: what a disclaimer is for. Pride,
  // reminders and news are not opinions.
  opinion: [
    'i think', 'i believe', 'i feel like', 'imo', 'imho', 'in my opinion', 'opinion', 'unpopular opinion',
    'hot take', 'change my mind', 'should', 'shouldn\'t', 'should not', 'needs to', 'need to stop', 'must stop',
    'ruining', 'ruin', 'unfair', 'wrong', 'ridiculous', 'disgrace', 'shameful', 'fix it', 'fix this', 'is real',
    'sick of', 'tired of', 'so over', 'fed up', 'the worst', 'terrible', 'awful', 'broken', 'failing our',
    'vote', 'voting', 'policy', 'bill', 'legislature', 'legislators', 'politicians', 'agree', 'disagree',
    'support', 'oppose', 'against', 'pienso que', 'creo que', 'opino', 'en mi opinion', 'deberian', 'deberia',
    'injusto', 'no es justo', 'es una verguenza', 'estoy harta', 'estoy harto', 'why does', 'why do', 'why is',
    'still no', 'keeps', 'burnout', 'unreal', 'insane', 'make it make sense', 'never been this tired', 'pay us', 'underpaid', 'stop', 'no more', 'enough is enough',
    // Positions on public questions: claims, predictions, endorsements, calls to vote.
    "i'll say it", 'ill say it', 'i said what i said', "i'm convinced", 'im convinced', 'i can tell you', 'let me tell you',
    'is a mistake', 'was a mistake', 'are a mistake', 'big mistake', 'huge mistake', 'is a disaster', 'total disaster',
    'best thing to happen', 'worst thing to happen', 'bad idea', 'terrible idea', 'great idea', 'going to gut',
    'going to wipe out', 'going to hurt', 'going to ruin', 'going to destroy', 'will hurt', 'will ruin', 'will destroy',
    'deserve', 'deserves', 'we need more', 'need more funding', 'needs more funding', 'underfunded', 'funding',
    'should be abolished', 'abolish', 'endorse', 'endorsing', 'endorsement', 'city council', 'for mayor', 'for governor',
    'vote for', 'vote no', 'vote yes', 'voting no', 'voting yes', 'did real damage', 'real damage', 'we owe', 'vouchers',
    'my whole platform', 'lawmakers', 'the state needs', 'les digo', 'voten', 'votar', 'propuesta', 'apoyen',
    'un error', 'grave error', 'desastre', 'merecen', 'necesitamos mas', 'va a destruir', 'hay que votar',
    "i'll be honest", 'ill be honest', 'to be honest', 'tbh', 'is garbage', 'is trash', 'a joke', 'unpopular',
    'frankly', 'a waste of', 'is a waste', 'waste of time', 'overrated', 'needs to go', 'has to go',
    'hurting kids', 'hurting our kids', 'hurting students', 'is hurting', 'are hurting', 'push back', 'honestly', 'clunky',
    'hates it', 'everyone hates', 'es injusto', 'no sirve',
    'censorship', 'fight anyone who', 'anyone who says', 'cualquiera que diga',
  ],
  disclaimer: [
    'views are my own', 'views are mine', 'opinions are my own', 'opinions are mine', 'my views', 'my own views',
    'my own opinion', 'my own opinions', 'my opinion only', 'my personal opinion', 'my personal views', 'views my own',
    'opinions my own', 'opinions mine', 'all opinions mine', 'all views mine', 'thoughts are my own', 'thoughts my own',
    'my own thoughts', 'speaking for myself', 'speaking only for myself', 'i speak for myself', 'i speak only for myself',
    'not speaking for', 'not speaking on behalf', 'do not reflect', "don't reflect", 'does not reflect',
    "doesn't reflect", 'do not necessarily reflect', 'does not necessarily reflect', 'not necessarily the views',
    'not the views of', 'not those of', 'not endorsed by', 'not affiliated with', 'personal account',
    'personal views', 'personal opinion', 'views expressed are personal', 'views expressed here are', 'rts are not endorsements',
    'rt not endorsement', 'rts not endorsements', 'mis opiniones son mias', 'mis opiniones son propias',
    'opiniones propias', 'opiniones personales', 'opinion personal', 'mi opinion personal', 'no representa',
    'no representan', 'no reflejan', 'no refleja', 'hablo por mi', 'hablo solo por mi', 'a titulo personal',
    'cuenta personal', 'opiniones son mias',
  ],
} as const;

// Loose job words ("teacher", "staff", "i'm a") only count right next to a
// district or school name; explicit job phrases may be a little further.
const LOOSE = /^(?:teacher|teachers|counselor|librarian|paraprofessional|instructor|bus driver|driver|para|aide|staff|employee|employees|faculty|educator|educators|i'm a|i am a|im a|year at|years at|yr at|my students|my classroom|my planning period|pulling me from)$/;
const WORKPLACE_PHRASE = /^(?:our principal|my principal|our admin|my admin|our building|my building|my school|our school|my campus|our planning period|our plan period|on our plan|my plan period|my paycheck|our paychecks|my certification|(?:our|my) (?:dept|department) head|my evaluation|my lesson plans|my teaching contract)$/;
const JOB = /^(?:teacher|teachers|educator|educators|instructor|instructors|maestra|maestro|coach|counselor|nurse|staff|employee|para|librarian)$/;

export function employeeIdentity(ctx: Ctx): Span[] | null {
  const spans: Span[] = [];
  const tokens = ctx.doc.tokens;
  for (const h of ctx.hits.get('employment') ?? []) {
    const word = ctx.doc.norm.slice(h.start, h.end);
    const loose = LOOSE.test(word);
    // Loose words: "TPS teacher" (right before) or "years at Webster" (right after), same sentence.
    // Every case below lies within 6 tokens before and 20 after the phrase.
    const d = inTokenRange(ctx.districtHits, h.first - 6, h.last + 20).find((x) =>
      loose
        ? tokens[x.first].sentence === tokens[h.first].sentence && ((x.last < h.first && x.last >= h.first - 3) || (x.first > h.last && x.first <= h.last + 2))
        : x.last >= h.first - 6 && x.first <= h.last + 6 ||
          // "Our principal ... Fun times at Central.": a workplace phrase and the school named a little later.
          (WORKPLACE_PHRASE.test(word) && x.first > h.last && x.first <= h.last + 20),
    );
    if (d) spans.push([Math.min(h.start, d.start), Math.max(h.end, d.end)]);
  }
  // "Tulsa teacher here": the district's city right before a job word.
  for (const p of districtLexicon(ctx.pack).places(ctx.doc)) {
    const next = tokens[p.last + 1];
    if (next && JOB.test(next.text)) spans.push([p.start, next.end]);
  }
  // "#TulsaTeachers": the district's city and a job word in one hashtag.
  const places = (ctx.pack.identity.places ?? []).map((p) => normalize(p).norm.replace(/\s+/g, ''));
  for (const t of tokens) {
    if (t.text.charCodeAt(0) !== 35 /* # */) continue;
    const tag = t.text.slice(1);
    if (places.some((p) => tag.startsWith(p)) && /(?:teachers?|educators?|staff|teaching|teaches|maestras?|maestros?)$/.test(tag)) spans.push([t.start, t.end]);
  }
  // "#TPSproud teacher", "#MNTCstaff": a district hashtag plus a job word.
  for (const d of ctx.districtHits) {
    const t = ctx.doc.norm.slice(d.start, d.end);
    if (t.startsWith('#') && /(?:proud|staff|teacher|family|strong)$/.test(t)) spans.push(spanOf(d));
  }
  if (spans.length) return spans;
  return teacherToOwnPupil(ctx) ? [] : null;
}

// "today in 4th hr", "after class": the author's own lessons.
const OWN_CLASS = /\b\d{1,2}(?:st|nd|rd|th) (?:hr|hour|period|block)\b|\b(?:in|after|before) class\b|\bmy class\b/;

/**
 * A private message to a current pupil of one of the district's schools about
 * the author's own class: to its reader the author is the pupil's teacher, so
 * it identifies the author as a district employee (Tulsa Employees h) even
 * though no name of the district is written. Its identity has no span: the
 * draft's words do not say it, the recipient's profile and the class talk do.
 */
function teacherToOwnPupil(ctx: Ctx): boolean {
  const { draft } = ctx;
  if (draft.surface !== 'message' || !draft.recipient) return false;
  if (!OWN_CLASS.test(ctx.doc.norm) && !has(ctx.hits, 'classTalk') && !schoolContext(ctx).length) return false;
  if (recipientStatus(draft.recipient, ctx.now, ctx.schools) !== 'current') return false;
  const profile = prepare([draft.recipient.bio ?? '', ...(draft.recipient.details ?? [])].join('\n')).norm;
  return mentionsAny(profile, ctx.schools);
}

export function detectDisclaimer(ctx: Ctx): Detection | null {
  // An identity without a span comes from a private message to a pupil, not a post: no disclaimer to ask for.
  if (!ctx.employeeIdentity?.length || has(ctx.hits, 'disclaimer')) return null;
  // A view: opinion words, or a complaint about work (itself a view of the district).
  if (!has(ctx.hits, 'opinion') && !detectWorkplaceComplaint(ctx)) return null;
  const d: Detection = {};
  add(d, 'no-disclaimer', ctx.employeeIdentity.slice(0, 1));
  return d;
}

