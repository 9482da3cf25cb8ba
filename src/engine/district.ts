// The district's identity as a lexicon: its names, abbreviations and
// schools (from the pack and from settings), plus the pack's own extra
// phrases per rule. Compiled once per pack and school list.

import type { Pack } from '../schema';
import { Lexicon, possessiveStem, type Hit } from './lexicon';
import { normalize, type Doc } from './text';
import { FIRST_NAMES } from './words/names';

export interface DistrictLexicon {
  /** Normalised school names (full and short), for matching profile details. */
  schools: string[];
  /** Mentions of the district or its schools. */
  match(doc: Doc, hits: Map<string, Hit[]>): Hit[];
  /** Mentions of the district's places ("Tulsa"), for "Tulsa teacher". */
  places(doc: Doc): Hit[];
  /** Hits of each rule's extra phrases, keyed by rule id. */
  ruleHits(doc: Doc): Map<string, Hit[]>;
}

const cache = new WeakMap<Pack, Map<string, DistrictLexicon>>();

/** "Memorial High School" is also written "Memorial High" and "Memorial HS". */
function variants(name: string): string[] {
  const out = [name];
  const m = /^(.*?)\s+(high|middle|elementary|junior high)\s+school$/i.exec(name);
  if (m) {
    const short = { high: 'HS', middle: 'MS', elementary: 'ES', 'junior high': 'JHS' }[m[2].toLowerCase()];
    out.push(`${m[1]} ${m[2]}`, `${m[1]} ${short}`);
    // "Nathan Hale High School" is "Hale HS" to its students.
    const surname = personSurname(m[1]);
    if (surname) out.push(`${surname} ${m[2]}`, `${surname} ${short}`);
  }
  return out;
}

const SCHOOL_TYPE =
  /\s+(?:senior high school|junior high school|junior high|high school|middle school|elementary school|elementary|preparatory school|preparatory|prep school|prep|academy|campus|school of advanced studies|sas|school|technology centers?|tech center)$/i;

/** "Nathan Hale" -> "Hale": a school named after a person goes by the surname. */
function personSurname(core: string): string | null {
  const words = core.split(/\s+/);
  if (words.length < 2 || !FIRST_NAMES.has(normalize(words[0]).norm)) return null;
  const last = words[words.length - 1];
  return /^[A-Z][a-z]{2,}$/.test(last) ? last : null;
}

/**
 * The short names people use for a school: "Edison" for "Edison Preparatory
 * School", "Hale" for "Nathan Hale High School". Alone they are ordinary
 * words or other places, so they only count in a school frame (see match).
 */
function shortNames(school: string, places: Set<string>): string[] {
  const core = school.replace(SCHOOL_TYPE, '').replace(/\./g, '').trim();
  if (!core || core === school) return [];
  const out = new Set<string>([core]);
  const surname = personSurname(core);
  if (surname) out.add(surname);
  // "Will Rogers College" -> "Will Rogers"; "Belle Isle Enterprise" -> "Belle Isle".
  const words = core.split(/\s+/);
  if (words.length >= 3 && words[1].length > 1) out.add(words.slice(0, 2).join(' '));
  return [...out].filter((s) => s.length >= 4 && !places.has(normalize(s).norm));
}

/** A school's pupils or teams, after its name: "Hale kids", "Edison cross country" (school.ts reads these as school context). */
export const PUPILS_AND_TEAMS: ReadonlySet<string> = new Set(
  `kids students student football basketball baseball softball soccer volleyball wrestling track band choir
  orchestra cheer cheerleaders dance drumline theater theatre drama robotics team squad seniors juniors
  sophomores freshmen class cross swim golf tennis debate girls boys alumnos estudiantes`
    .split(/\s+/)
    .filter(Boolean),
);

// A short school name counts after a preposition of place or membership, or
// before a word that makes it a school: its pupils and teams, its people,
// places and events ("Hale kids", "Edison staff", "Taft homecoming").
const FRAME_BEFORE = new Set(['at', 'from', 'to', 'for', 'of', 'in', 'en', 'de', 'del', 'vs', 'versus', 'against', 'beat', 'beats', 'go', 'represent', 'representing']);
const FRAME_AFTER = new Set([
  ...PUPILS_AND_TEAMS,
  ...`staff teachers teacher faculty family fam families parents pto pta teams grads graduates alumni alum
  homecoming prom graduation hs ms es jhs high middle elementary prep campus school pride strong nation proud
  mascot game crowd community building admin principal library gym cafeteria yearbook maestros maestras escuela
  ladies lady`
    .split(/\s+/)
    .filter(Boolean),
]);

function capitalised(doc: Doc, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const t = doc.tokens[i];
    if (!t.capitalized && !/^\d/.test(t.text)) return false;
  }
  return true;
}

function rawText(doc: Doc, h: Hit): string {
  return doc.raw.slice(doc.map ? doc.map[h.start] : h.start, doc.map ? doc.map[h.end - 1] + 1 : h.end);
}

export function districtLexicon(pack: Pack, extraSchools: readonly string[] = []): DistrictLexicon {
  const key = extraSchools.join('\n');
  let byKey = cache.get(pack);
  if (!byKey) cache.set(pack, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;

  const schools = [...pack.identity.schools, ...extraSchools];
  const placeNames = new Set((pack.identity.places ?? []).map((p) => normalize(p).norm));
  const fullNames = new Set([...pack.identity.names, ...schools.flatMap(variants)].map((n) => normalize(n).norm));
  const shorts = [...new Set(schools.flatMap((s) => shortNames(s, placeNames)))].filter((s) => !fullNames.has(normalize(s).norm));
  const names = new Lexicon()
    .add('name', [...pack.identity.names, ...schools.flatMap(variants)])
    .add('short', shorts)
    .add('abbr', pack.identity.abbreviations)
    // "#TPSproud", "@MNTC": hashtags and handles that start with the abbreviation.
    .add('abbr-tag', pack.identity.abbreviations.flatMap((a) => [`#${a}*`, `@${a}*`]));
  const abbreviations = new Set(pack.identity.abbreviations.map((a) => normalize(a).norm));

  const places = new Lexicon().add('place', pack.identity.places ?? []);
  const rules = new Lexicon();
  for (const rule of pack.rules) if (rule.phrases?.length) rules.add(rule.id, rule.phrases);

  const lexicon: DistrictLexicon = {
    schools: [...schools, ...pack.identity.names, ...shorts].map((s) => normalize(s).norm),
    match(doc) {
      const found = names.match(doc);
      const out: Hit[] = [...(found.get('name') ?? []), ...(found.get('abbr-tag') ?? [])];
      // Abbreviations count when written in capitals ("TPS", not "tps").
      for (const h of found.get('abbr') ?? []) {
        const raw = rawText(doc, h).replace(/['’]s$/, '');
        if (raw === raw.toUpperCase() && abbreviations.has(normalize(raw).norm)) out.push(h);
      }
      const tokens = doc.tokens;
      const shortHits = found.get('short') ?? [];
      // reach[i]: the furthest token reached by a name found above that starts
      // at or before token i, so "inside a longer name" is one lookup per hit.
      const reach = shortHits.length ? new Int32Array(tokens.length).fill(-1) : null;
      if (reach) {
        for (const x of out) if (x.last > reach[x.first]) reach[x.first] = x.last;
        for (let i = 1; i < reach.length; i++) if (reach[i - 1] > reach[i]) reach[i] = reach[i - 1];
      }
      // Short names kept so far start at or before the current one (text order).
      let shortReach = -1;
      for (const h of shortHits) {
        // Part of a longer full name already found, or of another proper name ("Memorial Day").
        if ((reach && reach[h.first] >= h.last) || shortReach >= h.last) continue;
        if (!capitalised(doc, h.first, h.last)) continue;
        const next = tokens[h.last + 1];
        const nextWord = next ? possessiveStem(next.text) ?? next.text : '';
        const before = tokens[h.first - 1]?.text ?? '';
        const schoolAfter = FRAME_AFTER.has(nextWord) || (!!next && /^\d{2}$/.test(next.text) && doc.norm[next.start - 1] === "'");
        if (next && next.capitalized && next.sentence === tokens[h.last].sentence && !schoolAfter) continue;
        const atBefore = FRAME_BEFORE.has(before) || doc.norm[tokens[h.first].start - 1] === '@' || doc.norm.slice(Math.max(0, tokens[h.first].start - 2), tokens[h.first].start) === '@ ';
        if (schoolAfter || atBefore) {
          out.push(h);
          shortReach = Math.max(shortReach, h.last);
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
    places(doc) {
      return places.match(doc).get('place') ?? [];
    },
    ruleHits(doc) {
      return rules.match(doc);
    },
  };
  byKey.set(key, lexicon);
  return lexicon;
}
