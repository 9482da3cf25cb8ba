// colleague-media (photos of or tags of fellow employees without their
// permission) and workplace-complaint (airing complaints about supervisors,
// personnel or working conditions).

import { add, isMedia, spanOf, type Ctx, type Detection } from '../context';
import { has, inCharRange, near } from '../lexicon';
import { personRefs } from '../people';
import { sentenceFirst, sentenceLast, tokenAt } from '../text';

export const WORDS = {
  permission: [
    'with permission', 'with their permission', 'with her permission', 'with his permission', 'shared with permission',
    'posted with permission', 'they said i could', 'she said i could', 'he said i could', 'they said ok',
    'she said ok', 'he said ok', 'permission granted', 'con permiso', 'con su permiso', 'me dieron permiso',
    'me dio permiso', 'said i could post', 'said i could', 'said it was ok', 'said it was okay', 'said yes to posting', 'everyone said yes', 'ok to post', 'okay to post', 'okayed',
    'approved this post', 'approved this pic', 'they approved',
    'got the ok', 'got the okay', 'ok from everyone', 'okay from everyone', 'permission from everyone', 'everyone said ok',
    'everyone said okay', 'they all said', 'all said go ahead', 'said go ahead', 'gave me the ok', 'gave the ok',
    'blessing to post', 'approved by everyone', 'me dieron el ok', 'todas dijeron que si', 'todos dijeron que si',
    'thumbs up to share', 'thumbs up to post', 'gave me the thumbs up', 'ok to share', 'okay to share',
    'said i could share', 'permission to share', 'permission to post', 'said post it', 'said to post', 'everyone said',
  ],
  complaint: [
    'underpaid', 'overworked', 'underappreciated', 'unappreciated', 'undervalued', 'not paid enough',
    "don't pay us enough", 'dont pay us enough', 'pay us nothing', 'no raise', 'no raises', 'pay cut', 'pay freeze',
    'toxic admin', 'toxic administration', 'toxic workplace', 'toxic work environment', 'toxic environment',
    'toxic principal', 'toxic leadership', 'hate my job', 'hate this job', 'hate working', 'worst boss',
    'worst principal', 'worst admin', 'worst administration', 'micromanag*', 'no planning period', 'lost my planning',
    'no plan time', 'covering classes again', 'cover classes again', 'no sub', 'no subs', 'useless pd',
    'pointless pd', 'useless meeting', 'pointless meeting', 'another pointless', 'another useless', 'waste of time',
    'doesnt care about teachers', "doesn't care about teachers", "don't care about teachers", 'dont care about teachers',
    'does not support', "doesn't support", 'never supports', 'no support from', 'zero support', 'thrown under the bus',
    'threw us under the bus', 'throw us under the bus', 'fed up', 'sick of', 'tired of', 'burned out', 'burnt out',
    'quit', 'quitting', 'want to quit', 'unfair', 'ridiculous', 'a joke', 'is a joke', 'clueless', 'incompetent',
    'disrespected', 'disrespect', 'nobody listens', 'no one listens', 'they never listen', 'bad leadership',
    'poor leadership', 'terrible leadership', 'favoritism', 'unpaid', 'for free', 'more work', 'extra duties',
    'class sizes', '40 kids', '35 kids', 'no air conditioning', 'no ac', 'broken ac', 'no heat', 'moldy', 'mold',
    'could have been an email', "could've been an email", 'couldve been an email', 'so over this', 'so over it',
    'without a sub', 'cover classes', 'pulling me from my planning', 'pulled from my planning', 'burnout', 'burnout is real',
    'writes you up', 'wrote me up', 'writes me up', 'double standard', 'hypocrite', 'mandatory fun', 'sin paga',
    "don't need weekends", 'dont need weekends', 'on a saturday', 'on saturday', 'en sabado', 'fix it', 'fix this',
    'make it make sense', 'unreal', 'insane', 'never been this tired', 'exhausted', 'agotada', 'agotado', 'otra vez',
    "i'm done", 'im done', 'nobody from', 'nadie de', 'less than last year', 'taking home less', 'pay us',
    'nos quitaron', 'no hay subs', 'keeps saying', 'w/o working', 'without working', 'no working',
    'understaffed', 'short staffed', 'short-staffed', 'nos pagan poco', 'mal pagados', 'mal pagada', 'mal pagado',
    'sin aumento', 'no nos apoyan', 'no nos apoya', 'estoy harta', 'estoy harto', 'injusto', 'una burla',
    'no les importa', 'nos explotan', 'sobrecargados', 'pesimo', 'horrible', 'terrible', 'the worst', 'sucks',
    // Grievances: things taken, cut, ignored, left undone or paid for by the teacher.
    'could have been a memo', "could've been a memo", 'couldve been a memo', 'got cut', 'was cut', 'were cut',
    'cut in half', 'slashed', 'took away', 'taken away', 'take away our', 'nobody bothered', 'no one bothered',
    'nobody told us', 'no one told us', 'without telling us', 'zero communication', 'no communication',
    'lack of communication', 'humiliating', 'humiliated', 'treats us like', 'treat us like', 'paying for my own',
    'buying my own', 'out of my own pocket', 'out of pocket', 'my own money', 'ran out', 'lost my paperwork',
    'paycheck is short', 'short on my paycheck', 'still waiting', 'been waiting', 'keeps ignoring', 'ignoring my emails',
    'ignores my emails', 'nobody answers', 'no one answers', 'actually answers', "still haven't", "still hasn't",
    'still no', 'every single day', 'another mandatory', 'mandatory', 'third one this week', 'i have a family',
    'a disaster', 'total disaster', 'a mess', 'nightmare', 'no second adult', 'no aide', 'no para', 'no help',
    'nos trata como', 'nos tratan como', 'como ninos', 'inventa', 'regla nueva', 'ya no aguanto', 'no aguanto', 'inutil',
    'nos quitan', 'sin avisar', 'nadie nos dijo', 'seguimos esperando', 'nobody upstairs', 'no one upstairs',
    'made us stay', 'makes us stay', 'made us', 'makes us', 'forced us', 'forcing us', 'stay until', 'stay late',
    'meeting about meetings', 'i wish i were joking', 'i wish i was joking', 'not even joking', 'garbage', 'trash',
    'cut our', 'cutting our', 'cuts to our', 'unbelievable', 'still nothing', 'years of asking', 'months of asking',
    'still asking', 'a waste of', 'waste of everyone', 'nos cortaron', 'seguimos sin',
    "haven't had a real", 'havent had a real', 'running on empty',
    // Set E: duties piled on, no backing, unpaid hours, nobody caring.
    'piled on', 'zero extra pay', 'no extra pay', 'without extra pay', 'so done with', 'done with this place',
    'never backs us up', 'never back us up', "doesn't back us up", 'doesnt back us up', "won't back us up",
    'why do i even bother', 'sin pagarnos', 'sin pagar', 'horas extra', 'que abuso', 'nos tiene trabajando',
    'nobody cares', 'no one cares', 'nobody in the front office cares', 'time this week', 'disorganized',
    'no one tells us', 'nobody tells us', 'no comp time', 'driving good teachers out', 'driving teachers out',
    'need to vent', 'rant over', 'if we don\'t like it', 'we can quit',
  ],
  workSubject: [
    'principal', 'assistant principal', 'admin', 'administration', 'administrators', 'district', 'central office',
    'superintendent', 'board', 'school board', 'boss', 'supervisor', 'hr', 'human resources', 'our pay', 'my pay',
    'pay', 'paycheck', 'salary', 'salaries', 'raise', 'contract', 'stipend', 'pd', 'professional development',
    'staff meeting', 'staff meetings', 'faculty meeting', 'duty', 'duties', 'lunch duty', 'bus duty', 'workload',
    'planning period', 'planning time', 'evaluation', 'evaluations', 'observation', 'this job', 'my job', 'teaching',
    'teachers', 'department head', 'coworkers', 'colleagues', 'the school', 'our school', 'this school', 'work',
    'directora', 'director', 'distrito', 'administracion', 'sueldo', 'salario', 'pago', 'jefe', 'jefa', 'trabajo',
    'junta', 'juntas', 'mi chamba', 'la chamba', 'insurance', 'pacing calendar', 'portable', 'caseload', 'office',
    'planning period', 'administracion', 'ap', 'the new ap', 'super', "super's", 'ac', 'air conditioning', 'my classroom', 'my planning period', 'sub', 'subs', 'meeting',
    'after-school meeting', 'teachers', 'weekends', 'our district', 'tps', 'okcps', 'mntc', 'ycs', 'mtc',
    'department', 'dept', 'budget', 'supplies', 'copy paper', 'grading policy', 'bell schedule', 'master schedule',
    'duty schedule', 'stipend', 'certification', 'paperwork', 'emails', 'meetings', 'duty-free', 'class size',
    'the jobs', 'positions', 'openings', 'coverage', 'planeacion', 'tiempo de planeacion', 'reglas', 'regla',
    'la administracion', 'esta administracion', 'jefes', 'sueldos', 'cheque', 'aumento', 'planning day', 'pd day',
    'upstairs', 'subdirectora', 'subdirector', 'vice principal', 'vp',
  ],
} as const;

const GENERIC_SUBJECT = /^ (?:at|doing|during|dancing|singing|playing|after|before|in|on|trying|learning|getting)\b/;

export function detectColleagueMedia(ctx: Ctx): Detection | null {
  const { hits, draft, doc } = ctx;
  if (has(hits, 'permission')) return null;
  const d: Detection = {};
  const colleagues = hits.get('colleagues') ?? [];
  const media = (draft.attachments ?? []).some((a) => isMedia(a) && a.faces !== 0);
  // Without a photo, "our staff" is just talk; "staff" and "teachers" alone
  // are too common to mean "these colleagues are in the picture".
  // A role word ("my principal", "faculty party") only describes who is in
  // the picture when it is a subject: "with my principal", not "don't tell my principal".
  // One face: the author alone.
  const selfOnly = (draft.attachments ?? []).every((a) => !isMedia(a) || a.faces === 1 || a.faces === 0);
  const inPicture = colleagues.filter((h) => {
    const word = doc.norm.slice(h.start, h.end);
    // "teachers at PD doing the Cha Cha Slide": a generic word is who is in
    // the picture when it is the caption's subject doing something.
    if (/^(?:staff|teachers|department|faculty)$/.test(word)) return !selfOnly && GENERIC_SUBJECT.test(doc.norm.slice(h.end, h.end + 24)) && (h.first === 0 || doc.tokens[h.first].sentenceStart || /^(?:the|our|my|some|all|these)$/.test(doc.tokens[h.first - 1].text));
    const before = doc.norm.slice(Math.max(0, h.start - 12), h.start);
    if (/\b(?:tell|told|ask|asked|email|call|text)\s+$/.test(before)) return false;
    if (/(?:principal|counselor|librarian|nurse|secretary|admin|faculty|staff)$/.test(word) && doc.tokens[h.last + 1] && /^(?:party|meeting|lounge|room|office|christmas|holiday|potluck|training)$/.test(doc.tokens[h.last + 1].text)) return false;
    return true;
  });
  // "Coach Ramirez", "Mr. Hale": titled adults named next to a photo.
  const titled = personRefs(ctx).filter((p) => p.adult && p.kind === 'name');
  if (media && (inPicture.length || titled.length)) {
    add(d, 'photo', [...inPicture.map(spanOf), ...titled.map((p) => [doc.tokens[p.index].start, doc.tokens[p.index].end] as [number, number])].slice(0, 3));
  }
  // Tagging colleagues: "@mrs.garcia" with colleague words, or "tagging my coworkers".
  for (const h of hits.get('tagVerb') ?? []) {
    const near1 = near(hits, 'colleagues', h.first, h.last, 6);
    if (near1.length && /^tag/.test(doc.norm.slice(h.start, h.end))) add(d, 'tag', [spanOf(h)]);
  }
  // Tagged handles of colleagues: "@ms_bryant", "@coachlinz", or any handle next to colleague words.
  const teacherHandle = /^@(?:mr|mrs|ms|miss|coach|profe|maestr[oa]|dr|sr|sra|senor|senora)[._]?[a-z]/;
  const specific = new Set(colleagues.filter((h) => !/^(?:staff|teachers|department|faculty)$/.test(doc.norm.slice(h.start, h.end))));
  // Once per draft, not once per handle.
  let tagWord: boolean | undefined;
  doc.tokens.forEach((t, i) => {
    if (!t.text.startsWith('@') || t.text.length < 3) return;
    // "Replying to @jess_92": the person answered, not someone tagged.
    if (/\breplying to\s*$/.test(doc.norm.slice(Math.max(0, t.start - 14), t.start))) return;
    // Handles run on past dots and underscores ("@ms.oakley.art", "@mr_hendricks").
    const handle = /^@[\w.]{1,30}/.exec(doc.norm.slice(t.start, t.start + 32))?.[0] ?? t.text;
    if ((teacherHandle.test(handle) && (media || colleagues.length || has(hits, 'adults'))) || ((media || (tagWord ??= /\btag/.test(doc.norm))) && near(hits, 'colleagues', i, i, 10).some((h) => specific.has(h)))) {
      add(d, 'tag', [[t.start, t.end]]);
    }
  });
  return Object.keys(d).length ? d : null;
}

const COLLEAGUE_ROLE = /(?:principal|admin|administration|boss|supervisor|superintendent|coach|teacher|colleague|coworker|manager|custodian|janitor|secretary|bookkeeper|treasurer|registrar|aide|librarian|counselor|nurse|para|ap|director|directora|jefe|jefa|maestra|maestro|bus driver)$/;
const CUTS = /\b(?:cutting|cut|cuts|eliminating|eliminated|slashing|recortando|recortaron) (?:\d{1,3} |our |the |more |another |(?:teaching|support|staff|aide|para|counseling|teacher) )*(?:positions|jobs|teachers|teaching jobs|staff|aides|paras|counselors|programs|electives|puestos|plazas|maestros)\b/g;
const OWN_WORKPLACE = /\b(?:our|my|nuestra|mi) (?:school|building|campus|department|dept|site|escuela)\b/;
const CLASS_SIZE = /\b[3-5]\d (?:kids|students) in (?:a|my|one|the) (?:room|class|classroom|portable)\b/g;
const SARCASM_EMOJI = /\u{1F643}|\u{1F644}|\u{1F612}|\u{1F921}/gu;

/**
 * "My principal reads our emails out loud at staff meetings. Humiliating.":
 * a one- to three-word verdict right after a sentence about work.
 */
function verdictAfter(ctx: Ctx, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const first = sentenceFirst(ctx.doc, i);
  const last = sentenceLast(ctx.doc, i);
  if (last - first > 2 || first === 0) return false;
  const prev = tokens[first - 1].sentence;
  return near(ctx.hits, 'workSubject', first - 1, first - 1, 20).some((s) => tokens[s.first].sentence === prev);
}

export function detectWorkplaceComplaint(ctx: Ctx): Detection | null {
  const { hits, doc } = ctx;
  const d: Detection = {};
  const insults = hits.get('insult') ?? [];
  for (const h of hits.get('complaint') ?? []) {
    // Part of an insult ("a joke of a board member"): the insult path decides.
    if (inCharRange(insults, h.start, h.end).some((x) => x.start < h.end && x.end > h.start && x.last - x.first > h.last - h.first)) continue;
    const word = doc.norm.slice(h.start, h.end);
    // Strong phrases stand alone; generic negative words need a work subject close by.
    const strong = /^(?:underpaid|overworked|underappreciated|undervalued|not paid enough|don'?t pay us enough|pay us nothing|no raises?|pay (?:cut|freeze)|toxic|no (?:ac|air conditioning|heat)|broken ac|could(?:'?ve| have) been (?:an email|a memo)|so over this|without a sub|sin paga|mandatory fun|writes? (?:you|me) up|wrote me up|hate (?:my|this) job|worst (?:boss|principal|admin)|micromanag|no planning period|lost my planning|no plan time|covering classes again|cover classes again|(?:useless|pointless) (?:pd|meeting)|doesn'?t care about teachers|don'?t care about teachers|thrown under the bus|threw us under the bus|understaffed|short.staffed|nobody upstairs|no one upstairs|nos pagan poco|mal pagad|sin aumento|no nos apoya|nos explotan|sobrecargados)/.test(word);
    const subject = near(hits, 'workSubject', h.first, h.last, 8).filter((s) => doc.tokens[s.first].sentence === doc.tokens[h.first].sentence || Math.abs(s.first - h.first) <= 4);
    if (strong || subject.length || verdictAfter(ctx, h.first)) add(d, 'complaint', [spanOf(h)]);
  }
  // "32 kids in a room built for 24": class sizes.
  for (const m of doc.norm.matchAll(CLASS_SIZE)) add(d, 'complaint', [[m.index, m.index + m[0].length]]);
  // Sarcasm at work: "Thanks district 🙃", "love that for us 🙄".
  for (const m of doc.norm.matchAll(SARCASM_EMOJI)) {
    const i = Math.min(doc.tokens.length - 1, Math.max(0, tokenAt(doc, m.index) - 1));
    if (i < 0 || !doc.tokens.length) continue;
    const sentence = doc.tokens[i].sentence;
    const subject = near(hits, 'workSubject', i, i, 8).some((s) => doc.tokens[s.first].sentence === sentence);
    // Mock praise, or one more load piled on ("just added a FOURTH duty 🙃").
    const sweet = /\b(?:thanks|thank you|love|great|cool|awesome|perfect|fantastic|amazing|gracias|just added|added another|another|one more|(?:a|our) (?:third|fourth|fifth|sixth))\b/.test(doc.norm.slice(doc.tokens[Math.max(0, i - 8)].start, m.index));
    if (subject && sweet) add(d, 'complaint', [[doc.tokens[i].start, doc.tokens[i].end]]);
  }
  // Accusing a colleague of misconduct ("Our cafeteria manager takes home the
  // food that's meant for the kids") airs a complaint about personnel; "our"
  // or "my" makes the role the author's own workplace, not any coach in town.
  for (const h of hits.get('defame') ?? []) {
    const sentence = doc.tokens[h.first].sentence;
    const colleague = near(hits, 'target', h.first, h.last, 6).some(
      (t) => t.last < h.first && doc.tokens[t.first].sentence === sentence && COLLEAGUE_ROLE.test(doc.norm.slice(t.start, t.end)) && /^(?:our|my|nuestro|nuestra|mi)$/.test(doc.tokens[t.first - 1]?.text ?? ''),
    );
    if (colleague) add(d, 'complaint', [spanOf(h)]);
  }
  // Jobs, staff or programs cut at the author's own school: "they're cutting
  // 12 teaching positions at our school" (the district's plan debated in
  // public is an opinion on policy, not a complaint about the workplace).
  for (const m of doc.norm.matchAll(CUTS)) {
    const i = tokenAt(doc, m.index);
    const t = doc.tokens;
    if (!t.length) break;
    const around = doc.norm.slice(t[Math.max(0, i - 10)].start, t[Math.min(t.length - 1, i + 12)].end);
    if (OWN_WORKPLACE.test(around) && !/\b(?:plan|plans|proposal|proposes|proposed|vote|voting) to $/.test(doc.norm.slice(Math.max(0, m.index - 16), m.index))) add(d, 'complaint', [[m.index, m.index + m[0].length]]);
  }
  // An insult or a threat aimed at a supervisor or colleague is also a workplace complaint.
  for (const h of [...(hits.get('insult') ?? []), ...(hits.get('threat') ?? [])]) {
    // Supervisors and colleagues, not elected board members or the district as a whole.
    const boss = near(hits, 'workSubject', h.first, h.last, 8).filter((s) => /principal|admin|boss|supervisor|superintendent|director|jefe|jefa|coworker|colleague|\bap\b|\bvp\b|hr\b/.test(doc.norm.slice(s.start, s.end)));
    if (boss.length) add(d, 'complaint', [spanOf(h)]);
  }
  return Object.keys(d).length ? d : null;
}
