// official-capacity: speaking as the district's spokesperson, announcing
// "official" news, or using the district's logo, from a personal account.
// Pointing people to the district's own official page is not.

import { add, spanOf, type Ctx, type Detection } from '../context';
import { inCharRange, inTokenRange, near } from '../lexicon';
import { tokenAt } from '../text';

export const WORDS = {
  spokesperson: [
    'on behalf of', 'speaking for the district', 'speaking for the whole district', 'speaking for all of', 'speaking on behalf', 'as the spokesperson', 'as spokesperson',
    'district spokesperson', 'official spokesperson', 'as a representative of', 'representing the district',
    'i can officially', 'i am authorized to', "i'm authorized to", 'authorized to announce', 'authorized to say',
    'the district wants you to know', 'the district asked me to', 'speaking for the school', 'en nombre del distrito',
    'en nombre de la escuela', 'a nombre del distrito', 'de parte del distrito', 'de parte de la escuela', 'como vocero', 'como vocera', 'portavoz',
    'speaking as', 'as the representative', 'as its representative', 'representative of', 'i represent',
    'hablando como', 'en representacion de', 'speaking for', 'en nombre de', 'hablando en nombre de', 'a nombre de',
    'spokesperson for', 'our statement as', 'statement as', 'responding for', 'answering for', 'replying for', 'respondiendo por',
    "district's rep", 'rep for', 'as the rep', 'as a rep',
  ],
  officialWord: [
    'official', 'officially', 'official announcement', 'official publication', 'official statement', 'official update', 'official news',
    'officially announcing', 'announcing', 'announces', 'announcement', 'press release', 'statement from',
    'i can confirm', 'we can confirm', 'it is official', "it's official", 'its official', 'breaking',
    'anuncio oficial', 'aviso oficial', 'comunicado oficial', 'oficial', 'oficialmente', 'anunciamos', 'comunicado',
    // The register of an announcement.
    'official response', 'official position', 'official comment', 'official word', 'attention families',
    'attention parents', 'attention', 'please share', 'share widely', 'please spread the word', 'important update',
    'update from', 'more details soon', 'more details to come', 'details to follow', 'more information to come',
    'stay tuned for details', 'aviso', 'atencion familias', 'atencion padres', 'compartan', 'mas detalles pronto',
    'spread the word', 'pass it on', 'important', 'share with everyone', 'share with your', 'please share with',
    'more details coming soon', 'details coming soon', 'please rt', 'please retweet', 'aviso importante', "it's confirmed", 'its confirmed', 'this is confirmed', 'confirmed',
  ],
  officialReference: [
    'official page', 'official account', 'official website', 'official site', 'official facebook', 'official twitter',
    'official instagram', 'official app', 'official channels', 'official sources',
    'check the official', 'according to the official', 'per the official', 'see the official',
    'the district announced', 'the district has announced', 'the district posted', 'district posted',
    'district just announced', 'the district\'s', 'pagina oficial', 'cuenta oficial', 'sitio oficial',
    'official stats', 'officially retired', 'officially summer', 'officially fall', 'officially on break',
    'officially a', 'officially an', 'officially done', 'officially finished', 'officially over', 'officially moved',
    'officially engaged', 'officially married', 'officially official', "it's official we", "it's official i",
    'its official i', 'it is official i', 'official member', 'official taste tester', 'officially the', 'officially in',
    'officially started', 'officially begun', 'officially begins', 'officially here', 'officially back',
  ],
  districtNews: [
    'school is closed', 'schools are closed', 'schools will be closed', 'school will be closed', 'school closed',
    'no school', 'classes are canceled', 'classes are cancelled', 'class is canceled', 'canceled classes',
    'snow day', 'closing', 'closed tomorrow', 'cancelled tomorrow', 'canceled tomorrow', 'late start', 'early release',
    'delayed start', 'two hour delay', '2 hour delay', 'start time', 'new superintendent', 'new principal',
    'the board voted', 'board voted', 'will be closing', 'are closing', 'calendar change', 'policy change',
    'no habra clases', 'se cancelan las clases', 'escuelas cerradas', 'la escuela estara cerrada',
    'has decided', 'have decided', 'decided to', 'will move', 'is moving', 'will be moving', 'will not be raising',
    'will be raising', 'tuition', 'the allegations', 'allegations are false', 'no hay clases', 'no hay escuela',
    'se cancelan', 'cerrada', 'cerradas', 'is canceled', 'is cancelled', 'are canceled', 'are cancelled', 'postponed',
    'rescheduled', 'will close', 'will be held', 'new start time', 'bond', 'will start school', 'start school',
    'school will start', "it's final", 'its final', 'it is final', 'spread the word', "that's final", 'thats final',
    'will not be', 'will no longer', 'opens', 'enrollment', 'lockdown', 'partnership', 'cambia el horario', 'nuevo horario', 'inscripciones',
  ],
  // Creating a presence: "Just made an Instagram for the ... band".
  presence: [
    'just made', 'made an', 'made a', 'created', 'just created', 'i created', 'started', 'just started', 'launched',
    'set up', 'welcome to the', 'welcome to our', 'this is the official', 'cree', 'hice una', 'abri una',
  ],
  institutionalVoice: [
    'is proud to announce', 'are proud to announce', 'is pleased to announce', 'are pleased to announce', 'is excited to announce',
    'are excited to announce', 'is happy to announce', 'se complace en anunciar', 'se enorgullece en anunciar', 'anuncia con orgullo',
  ],
  logo: ['district logo', 'school logo', 'our logo', 'the logo', 'logo', 'logotipo', 'el logo'],
} as const;

export function detectOfficialCapacity(ctx: Ctx): Detection | null {
  const { hits, doc } = ctx;
  const d: Detection = {};
  const refs = hits.get('officialReference') ?? [];
  // "See the district's official post" points to the district; "Welcome to
  // the NEW official page of ..." creates an official presence.
  const creation = (i: number) => /\b(?:this is|welcome to|created|creating|new|launch\w*|introducing|started|starting)\b[^.!?]{0,24}$/.test(doc.norm.slice(Math.max(0, doc.tokens[i].start - 40), doc.tokens[i].start));
  const pointer = (i: number) =>
    /\b(?:district'?s|school'?s|check|see|read|per|according to|follow|via|their|its|from the|on the)\s+(?:\w+\s+)?$/.test(doc.norm.slice(Math.max(0, doc.tokens[i].start - 30), doc.tokens[i].start)) ||
    // "Check @OKCPS for the official snow day call".
    /\b(?:check|see|follow|watch|visit)\s+@[\w.]{2,30}\s+(?:for|on)\s+(?:the\s+)?$/.test(doc.norm.slice(Math.max(0, doc.tokens[i].start - 48), doc.tokens[i].start));
  const isReference = (s: number, e: number) => {
    const i = tokenAt(ctx.doc, s);
    const inText = i < ctx.doc.tokens.length;
    if (inText && creation(i)) return false;
    // "read the official statement from ...": the pointer is before "official".
    const j = inText && i > 0 && /^(?:official|oficial)$/.test(ctx.doc.tokens[i - 1].text) ? i - 1 : i;
    return inCharRange(refs, s, e).length > 0 || (inText && pointer(j));
  };
  const districtNear = (first: number, last: number, w: number) =>
    inTokenRange(ctx.districtHits, first - w, last + w).length > 0 ||
    /\b(?:the district|our district|el distrito|nuestro distrito|district|distrito)\b/.test(doc.norm.slice(doc.tokens[Math.max(0, first - w)].start, doc.tokens[Math.min(doc.tokens.length - 1, last + w)].end));

  for (const h of hits.get('spokesperson') ?? []) {
    const word = doc.norm.slice(h.start, h.end);
    // "on behalf of my class" is fine; "on behalf of TPS" is not.
    if (/^(?:spokesperson for|our statement as|statement as|responding for|answering for|replying for|respondiendo por|district's rep|rep for|as the rep|as a rep|on behalf of|speaking for|en nombre de|hablando en nombre de|a nombre de|as a representative of|speaking as|as the representative|as its representative|representative of|i represent|hablando como|en representacion de)$/.test(word) && !districtNear(h.first, h.last, 4)) continue;
    add(d, 'spokesperson', [spanOf(h)]);
  }
  // Looked up once per draft, not once per word.
  let programWord: boolean | undefined;
  for (const h of hits.get('officialWord') ?? []) {
    if (isReference(h.start, h.end)) continue;
    const news = near(hits, 'districtNews', h.first, h.last, 12);
    // The district next to the announcement word, or next to the news it announces.
    const district = districtNear(h.first, h.last, 8) || news.some((n) => districtNear(n.first, n.last, 4));
    const word = doc.norm.slice(h.start, h.end);
    // "OFFICIAL Metro Tech update:", "Official: ...": a headline label with the district's name in it.
    const label = /^(?:official|oficial)$/.test(word) && (/^\s*:/.test(doc.norm.slice(h.end, h.end + 3)) || doc.tokens.slice(h.last + 1, h.last + 6).some((t) => /^(?:update|announcement|statement|news|anuncio|aviso|comunicado)$/.test(t.text)));
    // "Official: my new favourite mug" is the author's own verdict.
    const personal = doc.tokens.slice(h.last + 1, h.last + 3).some((t) => /^(?:i|i'm|im|my|me|mi|yo)$/.test(t.text));
    if (label && !personal && !isReference(h.start, h.end) && districtNear(h.first, h.last, 8)) {
      add(d, 'official-announcement', [spanOf(h)]);
      continue;
    }
    const strong = /official (?:announcement|publication|statement|update|news|response|position|comment|word)|officially announcing|anuncio oficial|aviso oficial|comunicado oficial|press release|statement from/.test(word);
    const i = h.first;
    // Creating the official page of the district or one of its programs.
    const pageSoon = doc.tokens.slice(i + 1, i + 6).some((t) => /^(?:page|account|site|website|channel|group|pagina|cuenta)$/.test(t.text));
    if (/^(?:official|oficial)$/.test(word) && creation(i) && pageSoon && (district || (programWord ??= /\b(?:team|club|program|class|department)\b/.test(doc.norm)))) {
      add(d, 'spokesperson', [spanOf(h)]);
      continue;
    }
    if ((strong && (district || news.length)) || (news.length && district) || (/^(?:official|oficial|officially|oficialmente|it'?s official|its official|it is official|i can confirm|we can confirm|it's confirmed|its confirmed|this is confirmed|confirmed)$/.test(word) && news.length)) {
      add(d, 'official-announcement', [spanOf(h)]);
    }
  }
  // The district as the subject of its own announcement: "Yelm Community
  // Schools is proud to announce ...".
  for (const h of hits.get('institutionalVoice') ?? []) {
    if (inTokenRange(ctx.districtHits, h.first - 2, h.first - 1).some((x) => x.last < h.first && x.last >= h.first - 2)) add(d, 'official-announcement', [spanOf(h)]);
  }
  // Two marks of an announcement's register with the district named: "Aviso
  // importante para las familias de Metro Tech ... ¡Compartan!".
  const register = (hits.get('officialWord') ?? []).filter((h) => !isReference(h.start, h.end) && !/^(?:official|oficial|officially|oficialmente|announcing|announces|announcement|important)$/.test(doc.norm.slice(h.start, h.end)));
  if (!d['official-announcement'] && new Set(register.map((h) => doc.norm.slice(h.start, h.end))).size >= 2 && register.some((h) => districtNear(h.first, h.last, 8)) && ctx.districtHits.length) {
    add(d, 'official-announcement', [spanOf(register[0])]);
  }
  // A new page or account for the district, a school or one of its
  // programs: "Welcome to the Metro Tech Welding Program page!", "Just made an
  // Instagram for the Yelm High School band".
  for (const h of hits.get('presence') ?? []) {
    const after = doc.tokens.slice(h.last + 1, h.last + 10);
    const k = after.findIndex((t) => /^(?:page|account|instagram|insta|facebook|tiktok|twitter|channel|group|pagina|cuenta)$/.test(t.text));
    if (k < 0) continue;
    const end = h.last + 1 + k;
    const forDistrict = inTokenRange(ctx.districtHits, h.last + 1, end + 8).some((x) => x.first > h.last && x.first <= end + 8);
    if (forDistrict && !doc.tokens.slice(h.last + 1, end).some((t) => /^(?:my|mi|personal|own)$/.test(t.text))) add(d, 'spokesperson', [[h.start, doc.tokens[end].end]]);
  }
  // The district's logo: in the text next to the district, or an attachment
  // named like it.
  for (const h of hits.get('logo') ?? []) {
    if (districtNear(h.first, h.last, 6) && /\b(?:use|used|using|usé|use el|with|con|made|hice|design|put|added)\b/.test(doc.norm.slice(Math.max(0, h.start - 60), h.end + 40))) {
      add(d, 'logo', [spanOf(h)]);
    }
  }
  for (const a of ctx.draft.attachments ?? []) {
    const name = (a.name ?? '').toLowerCase();
    if (/logo/.test(name) && (ctx.pack.identity.abbreviations.some((ab) => name.includes(ab.toLowerCase())) || /district|school|official/.test(name))) {
      add(d, 'logo', []);
    }
  }
  return Object.keys(d).length ? d : null;
}
