// confidential-data: student education records and personal data, and
// district information not meant for the public. Presidio-style: a pattern,
// a validity check, then context words within a window decide.

import { add, spanOf, type Ctx, type Detection, type Span } from '../context';
import { inTokenRange, near } from '../lexicon';
import { refsNear, studentRefsNear, type PersonRef } from '../people';
import { schoolNear } from '../school';
import { sentenceFirst, tokenAt } from '../text';
import { AMBIGUOUS_NAMES, FIRST_NAMES } from '../words/names';

export const WORDS = {
  // Education-record words: tied to a named student they disclose a record.
  edu: [
    'iep', 'ieps', '504', '504 plan', '504 list', 'iep list', 'special ed', 'special education', 'sped', 'resource room', 'behavior plan',
    'bip', 'suspended', 'suspension', 'expelled', 'expulsion', 'detention', 'iss', 'oss', 'in-school suspension',
    'office referral', 'referral', 'written up', 'absences', 'absent', 'tardies', 'tardy', 'truant', 'truancy',
    'attendance', 'failing', 'failed', 'flunked', 'flunking', 'reading level', 'reading below', 'below grade level',
    'dyslexia', 'dyslexic', 'adhd', 'autism', 'autistic', 'on the spectrum', 'diagnosed', 'diagnosis',
    'medication', 'meds', 'seizure', 'seizures', 'diabetic', 'diabetes', 'allergy', 'allergic', 'epipen', 'asthma',
    'inhaler', 'counseling', 'therapy', 'foster care', 'dhs', 'cps case', 'homeless', 'free lunch', 'reduced lunch',
    'report card', 'gpa', 'grades', 'his grade', 'her grade', 'their grade', 'test score', 'test scores', 'scores',
    'map score', 'map scores', 'state test', 'retained', 'score', 'lowest score', 'highest score', 'sent to the office', 'sent to the principal', 'vaping', 'caught vaping', 'got caught', 'got in a fight', 'kicked out of class', 'examen estatal', 'gradebook', 'grade book', 'held back', 'repeat the grade', 'ell', 'esl', 'evaluated',
    'evaluation', 'accommodations', 'pregnant', 'arrested', 'probation', 'transcript', 'learning disability',
    'disability', 'disabilities', 'mental health', 'depression', 'anxiety', 'self-harm', 'cutting', 'lice',
    'custody', 'custody battle', 'failed the', 'fail the', 'a zero', 'zeros',
    'calificaciones', 'calificacion', 'reprobo', 'reprobando', 'reprobada', 'reprobado', 'suspendido',
    'suspendida', 'expulsado', 'expulsada', 'faltas', 'ausencias', 'ausente', 'diagnostico', 'diagnosticado',
    'diagnosticada', 'medicamento', 'medicina', 'alergia', 'alergico', 'alergica', 'convulsiones', 'educacion especial',
    'plan de educacion individualizado', 'boleta', 'notas', 'promedio', 'castigado', 'castigada', 'reporte',
    'embarazada', 'autismo', 'tdah',
    // Health, family and legal circumstances of a named child.
    'chemo', 'chemotherapy', 'cancer', 'leukemia', 'tumor', 'hospitalized', 'in the hospital', 'surgery', 'concussion',
    'eating disorder', 'anorexia', 'anorexic', 'bulimia', 'suicidal', 'suicide', 'overdosed', 'rehab', 'in jail',
    'in prison', 'incarcerated', 'foster home', 'foster homes', 'foster family', 'foster placement', 'in foster',
    'cps took', 'dhs took', 'removed from the home', 'ankle monitor', 'juvie', 'juvenile detention', 'on probation',
    'special services', 'tested for', 'evaluated for', 'testing for', 'speech therapy', 'occupational therapy',
    'reading level', 'grade level', "can't read", 'cannot read', 'cant read', 'level 1s',
    'adderall', 'ritalin', 'concerta', 'vyvanse', 'focalin', 'strattera', 'intuniv', 'insulin', 'zoloft', 'prozac',
    'lexapro', 'risperdal', 'seroquel', 'abilify', 'lice', 'head lice', 'unexcused', 'dropping out', 'drop out',
    'hasn\'t missed', 'has not missed', 'missed an assignment', 'straight a\'s', 'failing grade',
    'quimioterapia', 'hospitalizado', 'hospitalizada', 'en el hospital', 'en la carcel', 'no sabe leer',
    'no sabe escribir', 'no puede leer', 'nivel de lectura', 'suspendieron', 'suspendio', 'expulsaron', 'expulso',
    'lo suspendieron', 'la suspendieron', 'pelear', 'se pelearon', 'reprobaron', 'hogar temporal', 'orden de proteccion',
    'behavior contract', 'attendance contract', 'safety plan', 'grades below', 'grade levels below', 'years behind',
    'deported', 'undocumented', 'detained by ice', 'no papers', 'deportado', 'deportaron', 'sin papeles',
    'in icu', 'in the icu', 'intensive care', 'car wreck', 'car accident', 'splitting up', 'getting divorced',
    'divorcing', 'divorce', 'parents are separated', 'bombed the', 'se estan divorciando', 'terapia intensiva',
    // Conditions, operations and child-welfare calls.
    'down syndrome', "down's syndrome", 'sindrome de down', 'cerebral palsy', 'paralisis cerebral', 'spina bifida',
    'heart surgery', 'open heart surgery', 'lo operaron', 'la operaron', 'operaron', 'cirugia', 'operacion',
    'called cps', 'called dhs', 'cps got called', 'dhs got called', 'cps was called', 'dhs was called', 'cps came',
    'dhs came', 'reported to cps', 'reported to dhs', 'cps report', 'cps called', 'dhs called', 'cps investigation',
    'off his meds', 'off her meds', 'dui', 'dwi', 'medical leave', 'rehab for',
  ],
  home: ['place', 'house', 'home', 'apartment', 'apt', 'trailer', 'casa', 'carpool', 'car pool', 'pick up', 'pickup', 'drop off', 'rides'],
  scoreVerb: ['scored', 'got', 'gets', 'earned', 'received', 'made', 'saco', 'obtuvo'],
  studentIdCue: [
    'student id', 'student ids', 'id number', 'id #', 'id no', 'student number', 'student #', 'lunch number',
    'lunch pin', 'lunch code', 'student pin', 'id de estudiante', 'numero de estudiante', 'matricula', 'wave id',
    'powerschool id', 'ps id', 'student login', 'id:', 'sid', 'lunch #', 'lunch id', 'lunch account', 'pin #',
    'student pin number', 'numero de lonche', 'numero de almuerzo',
  ],
  dobCue: [
    'dob', 'd.o.b', 'born', 'date of birth', 'born on', 'birthdate', 'birth date', 'fecha de nacimiento', 'nacio el',
    'nacido el', 'nacida el', 'birthday is',
  ],
  ssnCue: ['ssn', 'social security', 'social security number', 'seguro social', 'numero de seguro social', 'ss#'],
  residence: [
    'viven en', 'vive en la', 'viven en la', 'live on', 'lives in the', 'pick up at', 'picks up at',
    'lives at', 'lives on', 'live at', 'home address', 'address is', 'his address', 'her address', 'their address',
    'his house', 'her house', 'their house', 'house is', 'apartment', 'apt', 'vive en', 'su casa', 'direccion',
    'su domicilio', 'domicilio', 'staying at', 'moved to', 'his place', 'her place', 'their place', 'his home',
    'her home', 'his apartment', 'her apartment', 'his trailer', 'her trailer', 'drop off', 'dropped off', 'drop it off',
    'dropped it off', 'dropping off', 'en su casa', 'a su casa',
  ],
  personalContactCue: [
    "mom's number", "mom's cell", "dad's number", "dad's cell", 'his number', 'her number', 'his cell', 'her cell',
    'his phone', 'her phone', "student's phone", "student's number", "student's email", 'his email', 'her email',
    'parent phone', "parent's phone", 'parent email', "parent's email", 'guardian', 'personal number',
    'personal email', 'school email', 'your email', 'your number', 'your cell', 'tu email', 'tu correo', 'tu numero', 'tu celular', 'text him', 'text her', 'call him', 'call her',
    'su numero', 'su celular', 'su correo', 'el numero de su mama', 'numero de su mama', 'numero de su papa',
    'his mom', 'her mom', 'his dad', 'her dad', 'mom is', 'dad is', 'his grandma', 'her grandma', 'his grandmother',
    'her grandmother', 'his aunt', 'her aunt', 'his guardian', 'her guardian', 'foster mom', 'foster dad', 'su abuela',
    'su tia', 'su mama', 'su papa',
  ],
  publicContact: [
    'office', 'front office', 'main office', 'front desk', 'call us', 'call the school', 'enrollment',
    'registration', 'business', 'my classroom', 'questions', 'info', 'information', 'rsvp', 'tickets', 'box office',
    'hotline', 'helpline', 'crisis line', 'communication services', 'for more', 'oficina', 'informacion',
  ],
  // District information not meant for the public.
  secret: [
    'confidential', 'confidentially', 'not public yet', 'not public', "isn't public", 'not announced',
    'not been announced', "hasn't been announced", "haven't announced", 'not yet announced', 'before it is announced',
    "before it's announced", 'before the official announcement', 'before they announce', 'keep this between us',
    'between us', 'between you and me', 'off the record', 'dont share', "don't share", 'do not share',
    "don't tell anyone", 'dont tell anyone', 'not supposed to say', 'not supposed to share', "i'm not supposed to",
    'leaked', 'keep it quiet', 'keep it on the down low', 'no digan nada', 'no le digan a nadie', 'lo anuncian hasta', 'til hr announces', 'until hr announces', 'internal memo', 'internal email', 'heard in the meeting', 'closed session', 'executive session',
    'hush hush', 'on the down low', 'told not to share', 'not to share', 'told not to say', 'not allowed to share',
    'not allowed to say', 'goes public', 'go public', 'before it goes public', "hasn't gone public", "nobody's been told",
    'nobody has been told', 'no one has been told', "no one's been told", "haven't been told", 'not been told yet',
    "they haven't told", 'before they tell', 'entre nos', 'confidencial', 'no lo compartan', 'no compartan', 'no es publico',
    'todavia no es oficial', 'aun no es oficial', 'no lo han anunciado', 'no han anunciado', 'aun no se anuncia',
    'no se supone que',
    // Rumours and inside knowledge.
    "you didn't hear it from me", 'you didnt hear it from me', "didn't hear it from me", 'didnt hear this from me',
    "didn't hear this from me", 'you heard it here first', 'heard it here first', 'trust me', 'inside info', 'insider info',
    'word around the building', 'word around campus', 'rumor has it', 'rumour has it', 'the rumor is', 'closed-door',
    'closed door meeting', 'behind closed doors', "nobody's supposed to know", 'nobody is supposed to know',
    'no one is supposed to know', "no one's supposed to know", 'not supposed to know', "can't say who", 'cant say who',
    "can't name names", 'not allowed to say', 'already decided', 'before it goes public', "before it's public",
    'before they tell', "haven't told", 'have not told', "hasn't been made public", 'not official yet',
    'todavia no lo dicen', 'todavia no lo anuncian', 'no lo han dicho', 'me entere que', 'de buena fuente',
  ],
  personnel: [
    'under investigation', 'being investigated', 'investigated for', 'investigation into', 'administrative leave', 'admin leave', 'put on admin leave', 'pending the investigation', 'despedir',
    'placed on leave', 'put on leave', 'getting fired', 'is being fired', 'was fired', 'got fired', 'being let go',
    'is being terminated', 'was terminated', 'terminated', 'non-renewed', 'nonrenewed', 'not being renewed',
    'resign or be fired', 'forced to resign', 'personnel file', 'written reprimand', 'reprimanded', 'disciplinary action',
    'layoffs', 'laid off', 'rif', 'reduction in force', 'pink slips', 'closing', 'school closures', 'will close',
    'to close', 'consolidat*', 'lawsuit', 'settlement', 'investigacion', 'lo van a despedir', 'la van a despedir',
    'despedido', 'despedida', 'lo corrieron', 'la corrieron', 'cierre', 'van a cerrar', 'recortes', 'despidos',
    'title ix', 'an investigation', 'walked out', 'walked off campus', 'walked off', 'escorted from', 'getting walked out', 'escorted out', 'escorted off', 'pulled from the classroom',
    'removed from the classroom', 'was let go', 'were let go', 'getting let go', 'non-renew*', 'positions get cut', 'positions cut',
    'positions are being cut', 'cutting positions', 'position cut', 'cutting the program', 'being cut', 'getting cut',
    'eliminating', 'being eliminated', 'will be eliminated', 'budget cuts', 'van a correr', 'lo van a correr',
    'la van a correr', 'van a despedir', 'lo quitan', 'la quitan', 'laying off', 'lay off', 'cutting teaching positions',
    'teaching positions',
  ],
  workTopic: [
    'district', 'the board', 'school board', 'superintendent', 'principal', 'assistant principal', 'admin',
    'administration', 'our school', 'the school', 'campus', 'staff', 'teacher', 'teachers', 'coach', 'colleague',
    'coworker', 'counselor', 'budget', 'hr', 'human resources', 'contract', 'contracts', 'central office',
    'building', 'distrito', 'la escuela', 'nuestra escuela', 'director', 'directora', 'maestro', 'maestra',
    'mr', 'mrs', 'ms', 'coworkers', 'colleagues', 'hr', 'positions', 'program', 'programs', 'building', 'subdirector',
    'subdirectora', 'maestros', 'escuela', 'campus', 'department', 'dept',
  ],
} as const;

// Record words that also describe adults ("Sarah was absent from book club",
// "praying for my friend's surgery"): they need school context close by.
const WEAK_RECORD =
  /^(?:absent|ausente|tardy|grades|scores|counseling|therapy|anxiety|depression|pregnant|custody|evaluation|evaluated|referral|lice|head lice|disability|disabilities|meds|medication|medicina|reporte|notas|promedio|diagnosed|diagnosis|allergy|allergic|asthma|inhaler|diabetes|diabetic|chemo|chemotherapy|cancer|leukemia|tumor|hospitalized|in the hospital|surgery|concussion|rehab|in jail|in prison|incarcerated|tested for|evaluated for|testing for|hasn't missed|has not missed|dropping out|drop out|pelear|se pelearon|en el hospital|en la carcel|hospitalizad[oa]|quimioterapia|insulin|speech therapy|occupational therapy|overdosed|suicid\w*|deported|undocumented|no papers|deportado|deportaron|sin papeles|years behind|in icu|in the icu|intensive care|car wreck|car accident|splitting up|getting divorced|divorcing|divorce|parents are separated|se estan divorciando|terapia intensiva|operaron|lo operaron|la operaron|cirugia|operacion|heart surgery|open heart surgery|medical leave|rehab for)$/;

const EMPLOYEE_PRIVATE = /^(?:dui|dwi|medical leave|cancer|chemo|chemotherapy|rehab|rehab for|arrested|in jail|on probation|probation|overdosed|pregnant|divorce|divorcing|getting divorced|mental health|depression|leukemia|tumor|diagnosed|diagnosis)$/;
// Staff who need to know: a message to the nurse or counselor about a student is care, not disclosure.
const NEED_TO_KNOW = /\b(?:nurse|counselor|counsellor|social worker|school psychologist|enfermera|enfermero|consejera|consejero)\b/;
const WEAK_SECRET = /^(?:you heard it here first|heard it here first|trust me|rumou?r has it|the rumor is|word around the building|word around campus)$/;

// Kin of the author: "my niece Lily" is family news, not a student's record.
const OWN_KIN = /\b(?:my|mi|our)\s+(?:(?:little|baby|oldest|youngest|middle|big|sweet)\s+)?(?:niece|nephew|son|daughter|grandson|granddaughter|cousin|stepson|stepdaughter|godson|goddaughter|sobrin[oa]|hij[oa]|niet[oa]|prim[oa]|ahijad[oa])\s*,?\s*$/;

// "a high score on Wordle", "a 90 in Canvas": a capitalised word after a
// preposition is a thing or a place, not the student the record is about.
function afterPreposition(ctx: Ctx, p: PersonRef): boolean {
  const t = ctx.doc.tokens[p.index];
  // "in Jaylen's IEP meeting", "from Kaylee:": a possessive or a plain first
  // name after the preposition is a person, not a place.
  if (p.kind === 'name' && (t.text.endsWith("'s") || (FIRST_NAMES.has(t.text) && !AMBIGUOUS_NAMES.has(t.text)))) return false;
  return /^(?:on|in|at|via|from|en)$/.test(ctx.doc.tokens[p.index - 1]?.text ?? '');
}

function ownRelative(ctx: Ctx, p: PersonRef): boolean {
  const t = ctx.doc.tokens[p.index];
  return OWN_KIN.test(ctx.doc.norm.slice(Math.max(0, t.start - 32), t.start));
}

const SUBJECTLESS = /^(?:reads|writes|can't|cant|cannot|has|had|still|also|failed|fails|scored|scores|got|gets|needs|missed|misses|tested|qualifies|lives|takes|sees|goes|went|is|was|refuses|won't)$/;
const PRONOUN = /^(?:he|she|his|her|him|he's|she's|hes|shes|el|ella)$/;

/**
 * A student named earlier that a pronoun next to [i, j] refers back to; only
 * in drafts about school, and only the nearest name (no other name between).
 */
function antecedent(ctx: Ctx, i: number, j: number): PersonRef | null {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[i].sentence;
  let pronoun = -1;
  for (let k = Math.max(0, i - 6); k <= Math.min(tokens.length - 1, j + 6); k++) {
    if (tokens[k].sentence === sentence && PRONOUN.test(tokens[k].text)) {
      pronoun = k;
      break;
    }
  }
  // "Caden is failing. Reads at a 3rd grade level.": a sentence that opens
  // with a verb has dropped its subject, the person of the sentence before.
  if (pronoun < 0 && tokens[i].sentence > 0) {
    const k = sentenceFirst(ctx.doc, i);
    if (SUBJECTLESS.test(tokens[k].text)) pronoun = k;
  }
  if (pronoun < 0) return null;
  const before = refsNear(ctx, pronoun - 30, pronoun - 30, 30).filter((p) => p.index < pronoun);
  const last = before[before.length - 1];
  if (!last || last.adult || last.kind !== 'name' || ownRelative(ctx, last)) return null;
  return schoolNear(ctx, last.index, pronoun, 60) ? last : null;
}

// Patterns: bounded quantifiers only, so no catastrophic backtracking.
const SSN = /\b(\d{3})[- ](\d{2})[- ](\d{4})\b/g;
const NINE_DIGITS = /\b\d{9}\b/g;
const PHONE = /(?:\+?1[-. ]?)?(?:\(\d{3}\)|\b\d{3})[-. ]?\d{3}[-. ]\d{4}\b/g;
const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)';
const SPELLED_ID = new RegExp(`^(?:${DIGIT_WORD}[ ,-]{1,2}){3,9}${DIGIT_WORD}\\b`);
const ID_NUMBER = /^#?\s?:?\s?([a-z]{0,2}\d{5,10})\b/;
const DATE_NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/g;
const DATE_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6},? \d{4}\b|\b\d{1,2} de [a-z]{4,10} (?:de|del) \d{4}\b/g;
const ADDRESS =
  /\b\d{1,6} (?:[nsew]\.? )?(?:[a-z0-9']{1,20} ){0,3}(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|ct|court|way|pl|place|ter|terrace|cir|circle|pkwy|parkway|hwy|trl|trail)\b\.?(?: (?:apt|unit|#) ?\w{1,5})?/g;
// "1412 N Birch" without a street type: only right after a home word.
// Found from "on"/"at" (rare) rather than from every number.
const ADDRESS_BARE = /\b(?:on|at|en) (\d{2,6} (?:[nsew]\.? )?[a-z]{3,20})\b/g;
// "Ty's place", "his house": whose home the address is.
const HOME_OF = /(?:[a-z]'s|\bhis|\bher|\btheir|\bsu) (?:place|house|home|apartment|apt|trailer|casa)\b/;
// "Marisa's grandma at (918) ...": a relative of someone named.
const RELATIVE_OF = /\b[a-z]{2,}'s (?:mom|mama|dad|papa|mother|father|grandma|grandpa|grandmother|grandfather|aunt|uncle|guardian|parents?|foster (?:mom|dad|parents?))\b/;
// Student mail domains: "katie.nguyen@students.tulsaschools.org".
const STUDENT_DOMAIN = /^(?:[a-z0-9-]+\.)*(?:students?|stu|alumnos|estudiantes)\./;
// "emma.j2029@": a first name and a class year still in school is a student's own address.
const CLASS_YEAR_LOCAL = /^([a-z]{2,})[._-]?[a-z]{0,3}[._-]?(?:20)?(2[6-9]|3[0-9])$/;
function studentLocalPart(local: string): boolean {
  const m = CLASS_YEAR_LOCAL.exec(local);
  return m !== null && FIRST_NAMES.has(m[1]);
}
const EMAIL_CHAR = /[a-z0-9._%+-]/;
const EMAIL_DOMAIN = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,24}/;
// "got a 42", "scored 58%", "got an F", "sacó 98", "pasó con 61". A letter
// grade needs its article ("got a B"), so "had a great day" is not a grade.
const SCORE =
  /\b(?:got|gets|scored|earned|made|received|has|had|with|saco|saca|sacar|obtuvo|paso con|tiene)(?: an?| un| una)? \d{1,3}(?:\.\d)?(?: ?%| percent| por ciento| ?\/ ?\d{1,3})?(?=$|[\s.,!?;:)])|\b(?:got|gets|earned|received|made|has|saco|sacar)(?: an (?:a|f)| a (?:b|c|d))[+-]?(?=$|[\s.,!?;:)])/g;
// "de 42 a 88", "from 42 to 88", "missed 23 days".
const SCORE_CHANGE = /\b(?:\d{1,3} ?(?:→|->|=>|➡️?|⇒) ?\d{1,3}|de \d{1,3} a \d{1,3}|from (?:an? )?\d{1,3} to (?:an? )?\d{1,3}|missed (?:\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:[- ]\w{3,5})?) (?:days|classes|assignments)|\d{1,3} (?:unexcused |excused )?(?:absences|tardies|faltas))\b/g;
// "a 31 on her essay", "an 88 in the benchmark": a number graded on a piece of work.
// Starts at the number; the article before it is checked after the match.
const SCORE_ON_WORK = /\b\d{1,3}(?:\.\d)? ?(?:%|percent)? (?:on|in|for) (?:his|her|their|the|this|that|a|my)? ?(?:[a-z]{2,12} )?(?:test|quiz|exam|essay|project|assignment|benchmark|final|midterm|paper|lab|report|map|act|sat|eoc|rubric|retake|retest|unit test|reading test|math test)s?\b/g;
const PERCENT_ON = /\b\d{1,3} ?(?:%|\/ ?\d{1,3}) (?:on|in|en) /g;
// Scores in words ("scored a forty-one", "a twelve out of fifty") and as
// "a 38%", "a 4.0", "3/20" right after a name.
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const NUM_WORD = `(?:zero|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|(?:${TENS})(?:[- ](?:${UNITS}))?|cero|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien)`;
const NUMBER = `(?:\\d{1,3}|${NUM_WORD}|${UNITS})`;
// Matched right after a score verb found by the lexicon ("scored", "got").
const SCORE_WORDS = new RegExp(` (?:an? |un |una )?${NUM_WORD}(?: percent| por ciento)?(?=$|[\\s.,!?;:)])`, 'y');
// Checked around each " out of " / " de " found by indexOf, not over the whole text.
const OUT_OF_BEFORE = new RegExp(`\\b${NUMBER}$`);
const OUT_OF_AFTER = new RegExp(`^${NUMBER}\\b`);
// Starts at the digit (a fast scan); the article before it is checked after.
const SCORE_BARE = /\b\d{1,3} ?(?:%|percent|por ciento)|\b[0-4]\.\d{1,2}\b(?: (?:gpa|average|promedio)\b)?|\bgpa (?:of |is |was )?[0-4]\.\d/g;
const ARTICLE_BEFORE = /\b(?:an?|his|her|their|su) $/;
const FRACTION = /\b\d{1,3} ?\/ ?\d{1,3}\b/g;

/** Whether one of `spans` (in text order, not overlapping) contains `at`: binary search. */
function containing(spans: Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && spans[lo - 1][1] > at;
}

function validSsn(a: string, g: string, s: string): boolean {
  const area = Number(a);
  return area !== 0 && area !== 666 && area < 900 && g !== '00' && s !== '0000';
}

export function detectConfidential(ctx: Ctx): Detection | null {
  const d: Detection = {};
  const { doc, hits } = ctx;
  const norm = doc.norm;

  // SSNs: the shape and a validity check suffice; nine bare digits need a cue.
  for (const m of norm.matchAll(SSN)) {
    if (validSsn(m[1], m[2], m[3])) add(d, 'ssn', [[m.index, m.index + m[0].length]]);
  }
  if (hits.has('ssnCue')) {
    for (const m of norm.matchAll(NINE_DIGITS)) {
      const i = tokenAt(doc, m.index);
      if (near(hits, 'ssnCue', i, i, 5).length && validSsn(m[0].slice(0, 3), m[0].slice(3, 5), m[0].slice(5))) {
        add(d, 'ssn', [[m.index, m.index + m[0].length]]);
      }
    }
  }

  // Student ID numbers right after a cue ("student ID 20451877").
  for (const h of hits.get('studentIdCue') ?? []) {
    const after = norm.slice(h.end, h.end + 24);
    const rest = after.replace(/^[\s:#.-]{0,4}(?:is|es|was|=)?[\s:#]{0,3}/, '');
    // "lunch PIN is five eight two one": the digits spelled out.
    const spelled = SPELLED_ID.exec(norm.slice(h.end, h.end + 80).replace(/^[\s:#.-]{0,4}(?:is|es|was|=)?[\s:#]{0,3}/, ''));
    if (spelled && /pin|code|number|numero|#|id/.test(norm.slice(h.start, h.end))) {
      add(d, 'student-id', [[h.start, norm.indexOf(spelled[0], h.end) + spelled[0].length]]);
      continue;
    }
    const m = ID_NUMBER.exec(rest);
    if (m) {
      const start = norm.indexOf(m[1], h.end);
      // A cue like "id:" alone needs a student nearby; explicit cues don't.
      const explicit = h.last > h.first || /student|estudiante|lunch|matricula|sid/.test(norm.slice(h.start, h.end));
      const i = tokenAt(doc, start);
      if (explicit || studentRefsNear(ctx, i, i, 8).length || near(hits, 'school', i, i, 10).length) {
        add(d, 'student-id', [[h.start, start + m[1].length]]);
      }
    }
  }

  // Dates of birth: a full date with a cue close by.
  if (hits.has('dobCue')) {
    for (const re of [DATE_NUMERIC, DATE_WORDS]) {
      for (const m of norm.matchAll(re)) {
        const i = tokenAt(doc, m.index);
        const cue = near(hits, 'dobCue', i, i, 6);
        if (cue.length && !near(hits, 'ownFamily', i, i, 12).length) {
          add(d, 'date-of-birth', [[Math.min(cue[0].start, m.index), Math.max(cue[0].end, m.index + m[0].length)]]);
        }
      }
    }
  }

  // Phone numbers, e-mails and home addresses are a student's or family's
  // personal data only with personal context; a school office number is not.
  const personalNear = (start: number, end: number, window: number) => {
    const i = tokenAt(doc, start);
    const j = Math.max(i, tokenAt(doc, end) - 1);
    if (near(hits, 'publicContact', i, j, 6).length) return false;
    // The author's own number offered ("text me 360-555-0142", "mi número es") is not a student's data.
    if (/\b(?:me|my|mi)\b(?:\s+\S+){0,3}\s*$/.test(norm.slice(Math.max(0, start - 24), start))) return false;
    const around = norm.slice(Math.max(0, start - 48), Math.min(norm.length, end + 24));
    return (
      near(hits, 'personalContactCue', i, j, 8).length > 0 ||
      RELATIVE_OF.test(around) ||
      (studentRefsNear(ctx, i, j, window).length > 0 && near(hits, 'school', i, j, 20).length > 0) ||
      near(hits, 'residence', i, j, 6).length > 0
    );
  };
  for (const m of norm.matchAll(PHONE)) {
    if (personalNear(m.index, m.index + m[0].length, 8)) add(d, 'phone', [[m.index, m.index + m[0].length]]);
  }
  for (let at = norm.indexOf('@'); at >= 0; at = norm.indexOf('@', at + 1)) {
    // Walk back over the local part by hand: an anchored regex would rescan it.
    let start = at;
    while (start > 0 && at - start < 64 && EMAIL_CHAR.test(norm[start - 1])) start--;
    if (start === at) continue;
    const domain = EMAIL_DOMAIN.exec(norm.slice(at + 1, at + 256));
    if (!domain) continue;
    const end = at + 1 + domain[0].length;
    if (STUDENT_DOMAIN.test(domain[0]) || studentLocalPart(norm.slice(start, at)) || personalNear(start, end, 8)) add(d, 'email', [[start, end]]);
  }
  const homeNear = (start: number, i: number) =>
    near(hits, 'residence', i, i + 4, 6).length > 0 || HOME_OF.test(norm.slice(Math.max(0, start - 48), start));
  // Addresses only matter next to a home word: skip the scans without one.
  const homeWords = hits.has('residence') || hits.has('home');
  for (const m of homeWords ? norm.matchAll(ADDRESS) : []) {
    const i = tokenAt(doc, m.index);
    // "Avery (1900 W Main), Brooks (221 Elm St)": a student's name right before the address.
    const named = studentRefsNear(ctx, i, i, 3).some((p) => p.index < i && p.kind === 'name');
    if ((homeNear(m.index, i) || named) && !near(hits, 'publicContact', i, i + 4, 4).length) {
      add(d, 'address', [[m.index, m.index + m[0].length]]);
    }
  }
  // A bare house number and street only right after whose home it is ("his house ... on 1412 N Birch"),
  // unless it is part of a street address found above (in text order, not overlapping).
  const streets = [...(d.address ?? [])];
  for (const m of homeWords ? norm.matchAll(ADDRESS_BARE) : []) {
    const start = m.index + m[0].length - m[1].length;
    if (containing(streets, start)) continue;
    if (HOME_OF.test(norm.slice(Math.max(0, start - 44), start))) add(d, 'address', [[start, m.index + m[0].length]]);
  }

  // Education records: a named (non-adult) person close to a record word or
  // an individual score.
  const recordSpans: Span[] = [];
  for (const h of hits.get('edu') ?? []) recordSpans.push(spanOf(h));
  for (const re of [SCORE, PERCENT_ON, SCORE_CHANGE]) for (const m of norm.matchAll(re)) recordSpans.push([m.index, m.index + m[0].length]);
  for (const m of norm.matchAll(SCORE_ON_WORK)) {
    if (ARTICLE_BEFORE.test(norm.slice(Math.max(0, m.index - 6), m.index))) recordSpans.push([m.index, m.index + m[0].length]);
  }
  // "a 38%", "a 4.0", "a 3.2 GPA": a bare score needs its article or the word GPA.
  for (const m of norm.matchAll(SCORE_BARE)) {
    if (/gpa|average|promedio/.test(m[0]) || ARTICLE_BEFORE.test(norm.slice(Math.max(0, m.index - 6), m.index))) recordSpans.push([m.index, m.index + m[0].length]);
  }
  for (const h of hits.get('scoreVerb') ?? []) {
    SCORE_WORDS.lastIndex = h.end;
    const m = SCORE_WORDS.exec(norm);
    if (m) recordSpans.push([h.start, h.end + m[0].length]);
  }
  // "twelve out of fifty", "22 out of 100", "18 de 20".
  for (const sep of [' out of ', ' de ']) {
    for (let at = norm.indexOf(sep); at >= 0; at = norm.indexOf(sep, at + 1)) {
      const before = OUT_OF_BEFORE.exec(norm.slice(Math.max(0, at - 14), at));
      const after = OUT_OF_AFTER.exec(norm.slice(at + sep.length, at + sep.length + 14));
      if (!before || !after || (sep === ' de ' && !/^\d/.test(before[0] + after[0]))) continue;
      if (sep === ' de ' && !(/\d$/.test(before[0]) && /^\d/.test(after[0]))) continue;
      recordSpans.push([at - before[0].length, at + sep.length + after[0].length]);
    }
  }
  // "Jordyn 3/20. Mateo 4/20.": a fraction right after a name is a score.
  if (norm.indexOf('/') >= 0) {
    for (const m of norm.matchAll(FRACTION)) {
      const i = tokenAt(doc, m.index);
      if (refsNear(ctx, i, i, 2).some((p) => !p.adult && p.kind === 'name' && p.index < i)) recordSpans.push([m.index, m.index + m[0].length]);
    }
  }
  // A dose anywhere in the draft ("10 mg"): looked up once, not per record word.
  let dose: boolean | undefined;
  const recipient = ctx.draft.recipient;
  const toStaff = ctx.draft.surface === 'message' && recipient !== undefined && NEED_TO_KNOW.test(`${recipient.name ?? ''} ${recipient.bio ?? ''}`.toLowerCase());
  for (const [s, e] of toStaff ? [] : recordSpans) {
    const i = tokenAt(doc, s);
    const j = Math.max(i, tokenAt(doc, e) - 1);
    // "IEP meeting training" or "grades are due" without a person is not a record.
    const word = norm.slice(s, e);
    const farReaching = /^(?:iep|ieps|504|504 plan|504 list|iep list|adhd|autism|autistic|diabetes|diabetic|seizures?|special ed|special education|sped|educacion especial|diabetes)$/.test(word);
    // Same sentence (grammar, not distance, ties a name to its record), or
    // the whole neighbourhood for words that only ever describe a person.
    const refs = studentRefsNear(ctx, i, j, farReaching ? 25 : 12, !farReaching).filter((p) => !ownRelative(ctx, p) && !afterPreposition(ctx, p));
    // "He's in sixth grade and reading at a second grade level": a pronoun
    // pointing back to a student named earlier in a draft about school.
    if (refs.length === 0) {
      const back = antecedent(ctx, i, j);
      if (back) refs.push(back);
    }
    // "this kid's IEP", "my student's 504": one student, pointed at.
    if (refs.length === 0 && farReaching) {
      for (let k = Math.max(0, i - 3); k < i; k++) {
        if (/^(?:kid|student|boy|girl|kiddo|child|alumno|alumna)'s$/.test(doc.tokens[k].text) && k > 0 && /^(?:this|that|one|a|my)$/.test(doc.tokens[k - 1].text)) {
          refs.push({ index: k, kind: 'name', adult: false });
          break;
        }
      }
    }
    // A reply to a parent about "your son": the student is identifiable.
    if (refs.length === 0 && (ctx.draft.surface === 'comment' || ctx.draft.surface === 'message')) {
      const sentence = doc.tokens[i].sentence;
      for (let k = Math.max(0, i - 12); k < Math.min(doc.tokens.length - 1, j + 12); k++) {
        const t = doc.tokens[k];
        if (t.sentence === sentence && /^(?:your|tu|su)$/.test(t.text) && /^(?:son|daughter|kid|child|boy|girl|student|hijo|hija)$/.test(doc.tokens[k + 1].text)) {
          refs.push({ index: k + 1, kind: 'name', adult: false });
          break;
        }
      }
    }
    if (refs.length === 0) {
      // A colleague's health or legal trouble ("Ms. Lee is out because of her
      // DUI") is a personnel matter the district keeps confidential.
      if (EMPLOYEE_PRIVATE.test(word) && refsNear(ctx, i, j, 10).some((p) => p.adult && doc.tokens[p.index].sentence === doc.tokens[i].sentence)) {
        add(d, 'district-confidential', [[s, e]]);
      }
      continue;
    }
    // A name alone next to "absent" is weak when the draft is about the author
    // ("Sarah was absent from book club"): require some school context or a
    // strong record word.
    const strong = !WEAK_RECORD.test(word) && !(/^meds$/.test(word) && !(dose ??= /\b\d{1,4} ?mg\b/.test(norm)));
    // "my student Jesús" says school by itself.
    const pupil = refs.some((p) => /^(?:student|students|alumno|alumna|estudiante|kiddo)$/.test(doc.tokens[p.index - 1]?.text ?? ''));
    if (!strong && !pupil && !schoolNear(ctx, i, j, 25) && !hits.has('studentIdCue')) continue;
    const ref = refs[0];
    const t = doc.tokens[ref.index];
    add(d, 'education-record', [[Math.min(t.start, s), Math.max(t.end, e)]]);
  }

  // A screenshot of a gradebook, roster or IEP is a record even without a name.
  const recordDoc = /\b(?:gradebook|caseload|iep list|grade book|roster|report cards?|iep|powerschool|attendance sheet|grade sheet|progress report|calificaciones|boletas?)\b/;
  for (const a of ctx.draft.attachments ?? []) {
    const name = (a.name ?? '').toLowerCase();
    if (a.faces !== undefined && a.faces > 0) continue;
    const pictureOfDoc = /screen ?shot|captura|scan/.test(name) || /screen ?shot|captura|pic of the list|photo of the list|caseload list|class list|roster/.test(norm);
    if (pictureOfDoc && recordDoc.test(norm + ' ' + name)) add(d, 'education-record', []);
  }

  // District information not meant for the public.
  for (const h of hits.get('secret') ?? []) {
    // "You heard it here first", "trust me", "rumor has it" make news a leak
    // only next to a personnel matter or a closure.
    if (WEAK_SECRET.test(norm.slice(h.start, h.end))) {
      if (near(hits, 'personnel', h.first, h.last, 20).length) add(d, 'district-confidential', [spanOf(h)]);
      continue;
    }
    if (near(hits, 'workTopic', h.first, h.last, 15).length || near(hits, 'personnel', h.first, h.last, 15).length || ctx.districtHits.length) {
      add(d, 'district-confidential', [spanOf(h)]);
    }
  }
  for (const h of hits.get('personnel') ?? []) {
    const topic = near(hits, 'workTopic', h.first, h.last, 10);
    // "My friend got fired from Target" is not district information.
    const districtNear = inTokenRange(ctx.districtHits, h.first - 12, h.last + 12).length > 0;
    if (!topic.length && !districtNear) continue;
    // Closures and layoffs are news unless something says they are not public yet.
    const newsLike = /^(?:closing|school closures|will close|to close|consolidat|layoffs|laid off|rif|reduction in force|pink slips|lawsuit|settlement|cierre|van a cerrar|recortes|despidos)/.test(
      norm.slice(h.start, h.end),
    );
    if (newsLike && !hits.has('secret')) continue;
    add(d, 'district-confidential', [spanOf(h)]);
  }

  return Object.keys(d).length ? d : null;
}
