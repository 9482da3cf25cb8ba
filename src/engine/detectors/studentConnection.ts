// student-connection: personal-account contact with CURRENT students:
// friend requests, follows, private messages, "text me" offers, and
// encouraging students to create accounts. Relatives, emergencies and
// graduates are exceptions the policies make.

import type { Recipient } from '../../schema';
import { add, spanOf, type Ctx, type Detection } from '../context';
import { has, near } from '../lexicon';
import { prepare } from '../text';

export const WORDS = {
  contactOffer: [
    'dm me', 'dms are open', 'my dms are open', 'message me', 'pm me', 'inbox me', 'text me', 'call me',
    'snap me', 'add me on snap', 'add me on snapchat', 'add me on instagram', 'add me on facebook', 'follow me on',
    'add me', 'friend me', 'hit me up', 'my personal number', 'my cell', 'my number is', 'my snap is', 'my insta is',
    'mandenme dm', 'mandame dm', 'manden dm', 'mandenme un mensaje', 'mandame un mensaje',
    'slide into my dms', 'message me privately', 'reach me privately', 'whatsapp me', 'mandame mensaje',
    'mandenme mensaje', 'escribanme', 'escribeme', 'mandame un dm', 'mandenme un dm', 'agregame', 'agreguenme',
    'siganme', 'sigueme', 'llamame', 'textealo', 'mi numero es', 'mi cel', 'mi celular',
    'shoot me a text', 'shoot me a message', 'shoot me a dm', 'send me a text', 'send me a message', 'send me a dm',
    'drop me a text', 'drop me a dm', 'drop me a line', 'hmu', 'text me at', 'you can text me', 'can always text me',
    'my inbox is open', 'inbox is always open', 'my inbox is always open', 'my dms', 'dms open', 'find me on',
    'follow my page', 'follow my new page', 'follow my account', 'go follow me', 'go follow my', 'follow me at',
    'add me on discord', 'my discord', 'my snapchat', 'my whatsapp', 'me pueden escribir', 'pueden escribirme',
    'me pueden mandar', 'pueden mandarme', 'me pueden llamar', 'me pueden textear', 'escribanme por', 'mandenme un mensaje',
    'mandame un mensaje', 'sigan mi pagina', 'siganme en', 'follow my private', 'my private insta', 'my private account',
    'my personal insta', 'my personal account', 'my personal page', 'my finsta', 'my private page', 'mi cuenta personal',
  ],
  // Who the words are addressed to.
  studentAudience: [
    'students', 'student', 'my students', 'kids', 'my kids', 'scholars', 'class', 'my class', 'seniors',
    'juniors', 'sophomores', 'freshmen', 'kiddos', 'players', 'team', 'my players', 'band', 'graders',
    'hour', 'period', 'kiddo', 'senior year', 'junior year', 'freshman year', 'sophomore year', 'graders', 'book reports',
    'alumnos', 'estudiantes', 'chicos', 'muchachos', 'clase', 'homework', 'assignment', 'answer key', 'the answers', 'test answers', 'tarea',
    'test', 'quiz', 'project', 'tarea', 'examen', 'proyecto', 'grade', 'grades', 'class of',
    'everyone in', "y'all in", 'all my', 'ap', 'honors', 'lab', 'review', 'study guide', 'kiddos', 'studying', 'stuck on',
    'mis alumnos', 'mis estudiantes', 'chicos de', 'de mi clase', 'del proyecto', 'dudas',
  ],
  accountVerb: [
    'make an account', 'make accounts', 'make a account', 'create an account', 'create accounts', 'create a',
    'make a', 'make your own', 'sign up for', 'sign up on', 'get an account', 'get a', 'set up an account',
    'set up a', 'open an account', 'join', 'download', 'crea una cuenta', 'creen una cuenta', 'hagan una cuenta',
    'abran una cuenta', 'descarguen', 'make', 'create', 'haganse una cuenta', 'haganse', 'creen', 'abranse', 'bajense', 'hazte una cuenta', 'create your', 'make your',
    'start a', 'start an', 'start your own', 'start your', 'get on', 'sign up', 'signup', 'empiecen', 'abran',
  ],
  platform: [
    'instagram', 'insta', 'ig', 'tiktok', 'tiktoks', 'tik tok', 'instagrams', 'snapchats', 'snapchat', 'snap', 'facebook', 'fb', 'twitter', 'x account',
    'discord', 'whatsapp', 'account', 'accounts', 'cuenta', 'cuentas',
  ],
  relative: [
    'nephew', 'niece', 'my son', 'my daughter', 'son', 'daughter', 'grandson', 'granddaughter', 'cousin', 'godson',
    'goddaughter', 'stepson', 'stepdaughter', 'family', 'family member', 'relative', 'aunt', 'auntie', 'uncle',
    'tia', 'tio', 'sobrino', 'sobrina', 'hijo', 'hija', 'nieto', 'nieta', 'primo', 'prima', 'mijo', 'mija',
    'familia', 'grandma', 'grandpa', 'abuela', 'abuelo', 'padrino', 'madrina', 'ahijado', 'ahijada', 'mom', 'mama',
  ],
  // Shared faith, civic and social communities (Tulsa Caveat).
  community: [
    'youth group', 'church', 'sunday school', 'vbs', 'bible study', 'mass', 'confirmation class', 'temple', 'mosque',
    'synagogue', 'scouts', 'scout troop', 'troop', '4-h', 'little league', 'rec league', 'lock-in', 'iglesia',
    'grupo de jovenes', 'catecismo', 'misa',
  ],
  emergency: [
    'emergency', 'are you safe', 'everyone is safe', 'bus broke down', 'calling your mom', 'calling your dad',
    'accident', 'llamando a tu mama', 'are you ok', 'are you okay', 'is everyone safe', 'call 911', '911', 'urgent',
    'tornado', 'shelter', 'lockdown', 'evacuat*', 'fire', 'hospital', 'injured', 'hurt', 'missing', 'police',
    'emergencia', 'estas bien', 'estas a salvo', 'urgente', 'hospital',
    // A message passed on at a parent's request (OKCPS C.1.b).
    'asked me to tell you', 'asked me to let you know', 'me pidio que te avisara', 'me pidio que te dijera',
    'gas leak', 'fuga de gas',
  ],
  graduate: [
    'former student', 'graduated', 'graduate of', 'grad of', 'alumni', 'alumnus', 'alumna', 'studied at',
    'went to', 'class of', 'ex alumno', 'ex alumna', 'egresado', 'egresada', 'exalumno', 'exalumna', 'estudio en',
  ],
  adultMarker: [
    'mom of', 'mother of', 'dad of', 'father of', 'mama de', 'papa de', 'parent', 'pta', 'pto', 'works at',
    'teacher at', 'teaches at', 'educator', 'teacher', 'maestra', 'maestro', 'principal', 'coach at', 'retired',
    'married', 'husband', 'wife', 'nurse at', 'manager at', 'owner', 'trabaja en', 'profesor', 'profesora',
    'grandmother', 'grandfather', 'veteran',
  ],
  classTalk: [
    'your grade', 'your grades', 'your homework', 'your assignment', 'your project', 'your essay', 'your test',
    'your quiz', 'in class', 'my class', 'see you in class', 'in my room', 'after school', 'tomorrow in class',
    'missing assignment', 'missing work', 'make up the test', 'makeup test', 'your score', 'tu tarea', 'tu calificacion',
    'en clase', 'tu examen', 'tu proyecto', 'nos vemos en clase', 'your teacher', 'detention', 'office hours',
    'extra credit', 'the quiz', 'the test', 'hour', 'period',
  ],
} as const;

// Evidence that a profile belongs to a current K-12 / tech-center student.
const CLASS_OF = /\b(?:class of|c\/o|co|grad|promocion|generacion|clase)\s*'?(\d{4}|\d{2})\b|\b(\d{4}) grad\b|'(\d{2})\b/g;
const GRADE = /\b(?:(\d{1,2})(?:st|nd|rd|th) (?:grade(?:r)?|grd|gr)|grade (\d{1,2})|(\d{1,2})(?:o|vo|mo|ro|do|to|no) grado)\b/;
const YEAR_LEVEL = /\b(?:freshman|sophomore|junior|senior|freshmen|jr|soph|9th grader|estudiante de (?:secundaria|preparatoria|prepa))\b|\b(?:choir|band|theater|drama) kid\b/;
const K12 = /\b(?:high school|middle school|junior high|elementary|academy|hs|jhs|ms|secundaria|preparatoria|prepa|primaria|technology center|tech center|technology centers|career tech|campus)\b/;
const HIGHER_ED = /\b(?:university|universidad|college(?! (?:hs|high|prep|preparatory))|community college|ou|osu|uco|tcc|occc|byu|uw|tech university|grad school|law school|med school)\b/;
const AGE = /\b(1[0-8]|[5-9]) ?(?:y\/?o|years? old|anos|yrs)\b/;
const PAST_STUDY = /\b(?:studied at|went to|attended|graduated|former|alumni|alumnus|alumna|alums?|ex-?alumn|egresad|estudio en)\b/;
const PRESENT_STUDY = /\b(?:studies|studying|student at|goes to|attends|estudia en|estudiante en|estudiante de)\b|\bstudent\b|\b(?:jr|sr|soph|junior|senior|freshman|sophomore) at\b/;
const ADULT_LINE = /\b(?:mom|dad|teaches|dog mom|mother|father|parent|pta|pto|teacher|teaches|educator|instructor|works at|working at|employee|staff|retired|married|husband|wife|mama de|papa de|maestr[oa]|profesor[a]?|principal|counselor|coach at|nurse at|director)\b/;

/** Whether `line` names one of `names` as whole words ("hale", not "whale"). */
export function mentionsAny(line: string, names: string[]): boolean {
  for (const name of names) {
    for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
      const before = at > 0 ? line[at - 1] : ' ';
      const after = line[at + name.length] ?? ' ';
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    }
  }
  return false;
}

export type StudentStatus = 'current' | 'graduate' | 'adult' | 'relative' | 'unknown';

/** Whether a recipient's profile shows a current student, as of `when`. */
export function recipientStatus(recipient: Recipient | undefined, when: Date, schools: string[]): StudentStatus {
  if (!recipient) return 'unknown';
  // Bios write "student @ Metro Tech" and "jr @ memorial": read "@ " as "at ".
  const lines = [recipient.bio ?? '', ...(recipient.details ?? []), recipient.handle ?? '', recipient.name ?? '']
    .filter(Boolean)
    .flatMap((l) => prepare(l).norm.replace(/(^|\s)@\s/g, '$1at ').split(/\s*[|•·]\s*/));
  const all = lines.join('\n');
  // The district's or a school's own account is an institution, not a pupil.
  if (/\b(?:official account|official page|public schools|school district|schools|pta|pto|booster club)\b/.test(prepare(`${recipient.name ?? ''} ${recipient.handle ?? ''}`).norm) || /\bofficial account of\b/.test(all)) return 'adult';
  if (/\b(?:nephew|niece|son|daughter|grandson|granddaughter|cousin|godson|goddaughter|family member|relative|sobrin[oa]|hij[oa]|niet[oa]|prim[oa]|ahijad[oa])\b/.test(all) && /\b(?:my|mi|your|tu|family|familia|relative)\b/.test(all)) {
    return 'relative';
  }
  // The school year of `when`: students of the class of Y are current until
  // the end of May of year Y (graduation).
  const year = when.getUTCFullYear();
  const lastCurrentClass = when.getUTCMonth() >= 5 ? year + 1 : year; // June onwards: this year's class has left
  let current = false;
  // A bare school name in the details is weaker than a class year or a grade.
  let weakCurrent = false;
  let graduate = false;
  for (const line of lines) {
    CLASS_OF.lastIndex = 0;
    for (let m = CLASS_OF.exec(line); m; m = CLASS_OF.exec(line)) {
      const raw = m[1] ?? m[2] ?? m[3];
      if (!raw) continue;
      // "'28" alone is too loose unless the line is plainly about school.
      if (m[3] && !/class|grad|senior|junior|hs|high|school|prep/.test(line) && !lines.some((l) => K12.test(l) || mentionsAny(l, schools))) continue;
      const y = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
      if (y < 1950 || y > year + 14) continue;
      if (y >= lastCurrentClass) current = true;
      else graduate = true;
    }
    const past = PAST_STUDY.test(line);
    // "Instructor at Metro Tech", "PTA at Wilson Elementary": an adult's line.
    const adultLine = ADULT_LINE.test(line) && !/\bstudent\b|\bestudiante\b/.test(line);
    // "7th grade science @ Taft MS" is a teacher's bio, not a pupil's.
    const teachesGrade = /\b\d{1,2}(?:st|nd|rd|th) grade (?:science|math|ela|english|reading|history|social studies|teacher|team|sped|writing|art|music)\b/.test(line);
    const grade = adultLine || teachesGrade ? null : GRADE.exec(line);
    if (grade) {
      const n = Number(grade[1] ?? grade[2] ?? grade[3]);
      if (n >= 1 && n <= 12) current = true;
    }
    if (!past && YEAR_LEVEL.test(line) && !HIGHER_ED.test(line)) current = true;
    if (!past && !adultLine && PRESENT_STUDY.test(line) && K12.test(line) && !HIGHER_ED.test(line)) current = true;
    if (!past && !adultLine && PRESENT_STUDY.test(line) && mentionsAny(line, schools)) current = true;
    // A details line that is just a school's name ("Northwest Classen High School").
    if (!past && !adultLine && (K12.test(line) || mentionsAny(line, schools)) && !HIGHER_ED.test(line) && line.split(' ').length <= 6 && !ADULT_LINE.test(all)) weakCurrent = true;
    if (past && (K12.test(line) || mentionsAny(line, schools))) graduate = true;
    if (/\b(?:studies at|student at|estudia en)\b/.test(line) && HIGHER_ED.test(line)) graduate = true;
    const age = AGE.exec(line);
    if (age && Number(age[1]) <= 18) current = true;
  }
  if (weakCurrent && !graduate && !/\b(?:\d{1,2}(?:st|nd|rd|th) grade (?:science|math|ela|english|reading|history|teacher))\b/.test(all)) current = true;
  if (current && !graduate) return 'current';
  if (graduate && !current) return 'graduate';
  if (current && graduate) {
    // "Class of 2024 from Douglass, studies at OU": the newest fact wins.
    return /\b(?:university|universidad|college|ou|osu|uco|tcc)\b/.test(all) ? 'graduate' : 'current';
  }
  if (/\b(?:mom|dad|mother|father|parent|teacher|educator|works at|retired|married|husband|wife|mama de|papa de|maestr[oa]|profesor[a]?)\b/.test(all)) {
    return 'adult';
  }
  return 'unknown';
}

function isException(ctx: Ctx): boolean {
  return (has(ctx.hits, 'emergency') || has(ctx.hits, 'community')) && ctx.draft.surface === 'message';
}

export function detectStudentConnection(ctx: Ctx): Detection | null {
  const { draft, hits } = ctx;
  const d: Detection = {};
  const status = recipientStatus(draft.recipient, ctx.now, ctx.schools);
  // Kinship between author and recipient: "hey nephew", "it's Tía Vero"
  // ("mijo"/"mija" are also what Spanish-speaking teachers call pupils).
  const relativeInText = (hits.get('relative') ?? []).some((h) =>
    /^(?:nephew|niece|son|daughter|grandson|granddaughter|cousin|godson|goddaughter|sobrin|hijo|hija|nieto|nieta|primo|prima|ahijad|aunt|auntie|uncle|tia|tio|padrino|madrina)/.test(ctx.doc.norm.slice(h.start, h.end)),
  );

  // Profile actions and messages to a person whose profile shows a current student.
  const action = draft.action ?? (draft.surface === 'message' ? 'message' : undefined);
  if (action && status === 'current' && !relativeInText && !isException(ctx)) {
    const kind = action === 'friend-request' ? 'friend-request' : action === 'follow' ? 'follow' : 'private-message';
    add(d, kind, []);
  }
  // A message whose text shows it goes to a student of the author, when the
  // profile says nothing either way.
  if (draft.surface === 'message' && (status === 'unknown') && !relativeInText && !isException(ctx)) {
    const talk = hits.get('classTalk') ?? [];
    const secondPerson = /\b(?:you|your|u|tu|te|ustedes)\b/.test(ctx.doc.norm);
    const fromParent = /\b(?:your (?:son|daughter|child|kid)|su hij[oa]|tu hij[oa])\b/.test(ctx.doc.norm);
    if (talk.length && secondPerson && !fromParent) add(d, 'private-message', talk.slice(0, 3).map(spanOf));
  }

  // "DM me / text me" offers addressed to students.
  for (const h of hits.get('contactOffer') ?? []) {
    const audience = near(hits, 'studentAudience', h.first, h.last, 12);
    const school = near(hits, 'school', h.first, h.last, 15);
    if ((audience.length || school.length) && !relativeInText && !isParentAudience(ctx, h.first, h.last)) {
      add(d, 'contact-offer', [spanOf(h)]);
    }
  }
  // Encouraging students to create accounts.
  for (const h of hits.get('accountVerb') ?? []) {
    const platform = near(hits, 'platform', h.first, h.last + 4, 4);
    const audience = near(hits, 'studentAudience', h.first, h.last, 15);
    if (platform.length && audience.length && !isParentAudience(ctx, h.first, h.last)) {
      add(d, 'account-encouragement', [[h.start, platform[platform.length - 1].end]]);
    }
  }
  return Object.keys(d).length ? d : null;
}

function isParentAudience(ctx: Ctx, first: number, last: number): boolean {
  const t = ctx.doc.tokens;
  for (let i = Math.max(0, first - 12); i <= Math.min(t.length - 1, last + 12); i++) {
    if (/^(?:parents|parent|families|padres|familias|guardians)$/.test(t[i].text)) return true;
  }
  return false;
}
