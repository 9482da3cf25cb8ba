// student-photo: an image or video that likely shows students, judged from
// the text around it, the file name and (when known) the face count; also
// text that names or tags a student in a photo.

import { add, isMedia, spanOf, type Ctx, type Detection } from '../context';
import { has, near } from '../lexicon';
import { personRefs, refsNear } from '../people';
import { schoolContext } from '../school';
import { creditedToOthers } from './copyright';
import { FIRST_NAMES } from '../words/names';

export const WORDS = {
  virtualInstruction: [
    'virtual instruction', 'virtual learning', 'virtual class', 'virtual classroom', 'distance learning',
    'remote learning', 'google classroom', 'canvas course', 'district learning platform', 'clase virtual',
    'aprendizaje a distancia',
  ],
  tagVerb: ['tagged', 'tagging', 'pictured', 'in this photo', 'in the photo', 'in this pic', 'in the pic',
    'in the video', 'in this video', 'left to right', 'l to r', "that's u in", 'thats u in', "that's you in", 'front row', 'back row', 'far left',
    'far right', 'in the middle', 'de izquierda a derecha', 'en la foto', 'aparece'],
  screenshot: ['screenshot', 'screen shot', 'captura', 'meme', 'infographic', 'flyer', 'poster'],
  scenery: [
    'sunset', 'sunrise', 'view', 'landscape', 'lake', 'beach', 'mountains', 'my dog', 'my cat', 'puppy', 'kitty',
    'garden', 'flowers', 'coffee', 'latte', 'dinner', 'lunch', 'recipe', 'my classroom setup', 'classroom setup',
    'bulletin board', 'room is ready', 'room reveal', 'decor', 'my desk', 'atardecer', 'amanecer', 'mi perro',
    'mi gato', 'paisaje', 'comida', 'cafe', 'bulletin', 'anchor chart', 'lesson plan', 'worksheet', 'sky',
  ],
} as const;

const SCHOOL_FILE_WORDS = /(?:field.?trip|class|school|student|grad|prom|homecoming|recess|team|pep.?rally|assembly|science.?fair|classroom|kinder|senior|fieldday|field.?day|excursion|escuela|alumnos)/;

export function detectStudentPhoto(ctx: Ctx): Detection | null {
  const { hits, draft } = ctx;
  const d: Detection = {};
  const media = (draft.attachments ?? []).map((a) => ({ a, kind: isMedia(a) })).filter((x) => x.kind);
  const school = schoolContext(ctx);
  const consent = has(hits, 'consent');
  if (consent || has(hits, 'noStudents')) return null;

  // The author's own children, or the author in an old photo.
  // "my babies", "my kiddos" are also what teachers call their class: with
  // school words or parents asked to tag their kids, they are students.
  const teacherEndearment = (h: { start: number; end: number }) => /^my (?:babies|baby|kiddos?)$/.test(ctx.doc.norm.slice(h.start, h.end));
  const toParents = /\b(?:parents|families),|\btag your (?:kid|kiddo|child|student)/.test(ctx.doc.norm);
  const family = (hits.get('ownFamily') ?? []).some((h) => !(teacherEndearment(h) && (school.length > 0 || toParents))) || has(hits, 'ownPast');
  // "my daughter's class party": the own child's school event, with classmates.
  const familyEvent = !has(hits, 'ownPast') && (hits.get('ownFamily') ?? []).some((h) => /'s$/.test(ctx.doc.tokens[h.last].text)) && school.length > 0;
  // Titled adults ("Mr. Hale") and teacher handles ("@mrs.kowalski") in the
  // picture make it a staff photo unless the text is plainly about students.
  const titled = personRefs(ctx).some((p) => p.adult) || /(?:^|\s)@(?:mr|mrs|ms|miss|coach|profe|dr)[._]?[a-z]/.test(ctx.doc.norm);
  const adults = has(hits, 'adults') || has(hits, 'colleagues') || titled;
  // Someone else's picture ("not my photo, found on Pinterest") shows no one of ours.
  const reposted = has(hits, 'repost');
  const scenery = has(hits, 'scenery');

  // A named student ("Jayden's face"; handles only with a class year: "@kaylee.m27").
  const namedStudent = personRefs(ctx).some((p) => {
    const text = ctx.doc.tokens[p.index].text;
    return !p.adult && (p.kind === 'handle' ? /(?:20)?(?:2[5-9]|3[0-9])$/.test(text) : text.endsWith("'s") && FIRST_NAMES.has(text.slice(0, -2)));
  });
  const selfie = /selfie|\bme\b/.test(ctx.doc.norm) && !/student|alumn/.test(ctx.doc.norm);
  const talkingHead = /#?storytime|\bstory time\b|\bpov\b|replying to|#teachertok|#teachersoftiktok|#teacherlife|\bgrwm\b|get ready with me|#ootd/.test(ctx.doc.norm);
  // A photo credited to someone else (a newspaper, a photographer) is theirs,
  // not a picture the author took of students.
  const credited = creditedToOthers(ctx);

  for (const { a, kind } of media) {
    const faces = a.faces;
    const name = (a.name ?? '').toLowerCase();
    const screenshot = /screen ?shot|captura|scan|meme/.test(name) || has(hits, 'screenshot');
    const fileSays = SCHOOL_FILE_WORDS.test(name);
    if (faces === 0) continue; // scenery, a worksheet, a room: no one shown
    if (reposted && !faces) continue;
    if (credited) continue;
    if (screenshot && faces === undefined) continue;
    // The district's own school names count as school context when faces show people.
    const districtPeople = ctx.districtHits.length > 0 && (faces ?? 0) > 0 && !ctx.employeeIdentity;
    const strongSchool = school.length > 0 || fileSays || ((districtPeople || namedStudent) && !family);
    let likely = false;
    if (strongSchool) {
      // Own children and adults only: "my daughter's soccer team" is family,
      // unless the text is plainly about the class.
      // A crowd of faces at a school event is not just the own child ("my
      // daughter's 2nd grade party ... these kids").
      if (family && school.length < 2 && !fileSays && !(familyEvent && (faces ?? 0) >= 4)) likely = false;
      // One face and a teacher named or tagged ("Caught @mr.tatum asleep"): the colleague is the picture.
      else if (faces === 1 && titled && !namedStudent) likely = false;
      else if (adults && !school.some(([s, e]) => /student|alumn|estudiant|kiddo|kids|ninos|babies|class|clase|graders|scholar|learners|pep rally|assembly|field trip|recess|graduation|prom|homecoming|band|choir|chaperon|dance/.test(ctx.doc.norm.slice(s, e)))) likely = false;
      // A one-face picture that is a selfie of the teacher, or a video of the
      // teacher talking to the camera ("storytime", "POV", a reply video).
      else if (faces === 1 && (selfie || talkingHead)) likely = false;
      else if (scenery && faces === undefined && school.length < 2) likely = false;
      else likely = true;
    } else if (faces !== undefined && faces >= 5 && !family && !adults && !scenery) {
      // A group photo with a silent caption: a teacher's crowd of young faces.
      likely = true;
    }
    if (likely) add(d, kind === 'video' ? 'video' : 'image', []);
  }

  // Text that names or tags a student in a photo ("Pictured: Jayden and Mia").
  const tags = hits.get('tagVerb') ?? [];
  for (const h of tags) {
    const refs = refsNear(ctx, h.first, h.last, 8).filter((p) => !p.adult && p.index >= h.first - 3 && p.index <= h.last + 8);
    if (!refs.length) continue;
    const photoNear = media.length > 0 || near(hits, 'photoWords', h.first, h.last, 10).length > 0;
    const positional = /front row|back row|far left|far right|in the middle|that'?s (?:u|you) in/.test(ctx.doc.norm.slice(h.start, h.end));
    const schoolNear = school.length > 0 || positional || ctx.districtHits.length > 0 || media.some(({ a }) => SCHOOL_FILE_WORDS.test((a.name ?? '').toLowerCase()));
    if (photoNear && schoolNear) {
      const t = ctx.doc.tokens[refs[refs.length - 1].index];
      add(d, 'named-in-photo', [[h.start, Math.max(h.end, t.end)]]);
    }
  }
  return Object.keys(d).length ? d : null;
}

