// The district's identity as a lexicon: its names, abbreviations and
// schools (from the pack and from settings), plus the pack's own extra
// phrases per rule. Compiled once per pack and school list.

import type { Pack } from '../schema';
import { Lexicon, type Hit } from './lexicon';
import { normalize, type Doc } from './text';

export interface DistrictLexicon {
  /** Normalised school names, for matching profile details. */
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
  }
  return out;
}

export function districtLexicon(pack: Pack, extraSchools: readonly string[] = []): DistrictLexicon {
  const key = extraSchools.join('\n');
  let byKey = cache.get(pack);
  if (!byKey) cache.set(pack, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;

  const schools = [...pack.identity.schools, ...extraSchools];
  const names = new Lexicon()
    .add('name', [...pack.identity.names, ...schools.flatMap(variants)])
    .add('abbr', pack.identity.abbreviations)
    // "#TPSproud", "@MNTC": hashtags and handles that start with the abbreviation.
    .add('abbr-tag', pack.identity.abbreviations.flatMap((a) => [`#${a}*`, `@${a}*`]));
  const abbreviations = new Set(pack.identity.abbreviations.map((a) => normalize(a).norm));

  const places = new Lexicon().add('place', pack.identity.places ?? []);
  const rules = new Lexicon();
  for (const rule of pack.rules) if (rule.phrases?.length) rules.add(rule.id, rule.phrases);

  const lexicon: DistrictLexicon = {
    schools: [...schools, ...pack.identity.names].map((s) => normalize(s).norm),
    match(doc) {
      const found = names.match(doc);
      const out: Hit[] = [...(found.get('name') ?? []), ...(found.get('abbr-tag') ?? [])];
      // Abbreviations count when written in capitals ("TPS", not "tps").
      for (const h of found.get('abbr') ?? []) {
        const raw = doc.raw.slice(doc.map ? doc.map[h.start] : h.start, doc.map ? doc.map[h.end - 1] + 1 : h.end);
        if (raw === raw.toUpperCase() && abbreviations.has(normalize(raw).norm)) out.push(h);
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
