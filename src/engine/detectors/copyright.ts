// copyright: hints that the draft reposts someone else's photo, art, music,
// logo or article. The extension cannot know whether permission was given,
// so every pack makes this a `warn`.

import { add, spanOf, type Ctx, type Detection } from '../context';
import { has } from '../lexicon';

export const WORDS = {
  repost: [
    'not my photo', 'not my picture', 'not my pic', 'not my image', 'not my video', 'not my art', 'not my artwork',
    'not my meme', 'not mine', 'found this online', 'found it online', 'found this on google', 'found on google',
    'found on pinterest', 'found this on pinterest', 'from google images', 'google images', 'pulled from google',
    'credit to the owner', 'credit to owner', 'credits to the owner', 'credit to the artist', 'credit goes to',
    'all credit to', 'no copyright intended', 'no copyright infringement', 'no infringement intended',
    'copyright infringement', 'i do not own', "i don't own", 'i dont own', 'rights belong to', 'all rights go to',
    'all rights to', 'rights reserved', 'do not own the rights', 'reposted from', 'repost from', 'reposting from',
    'stole this from', 'stolen from', 'yoinked from', 'screenshotted from', 'screenshot from', 'copied and pasted',
    'copy and pasted', 'copy pasted', 'copypasta', 'full article below', 'full text below', 'pasting the article',
    'pasting the whole article', 'paywall', 'paywalled', 'behind a paywall', 'here is the full article',
    "here's the full article", 'on pinterest', 'no idea who took', "don't know who took", 'dont know who took', 'en pdf', 'in pdf', 'pdf del libro',
    'libro completo', 'ripped', 'off youtube', 'stole it from', 'stole this', 'soundtrack', 'in the bg', 'in the background',
    'over my video', 'full lyrics', 'lyrics below', 'song lyrics', 'lyrics to', 'the lyrics', 'letra completa', 'reposting this', 'reposted this', 'stealing this idea', 'stole this idea', 'screenshot de', 'copio y pego', 'copie y pegue', 'articulo completo', 'el articulo completo', 'the whole article', 'entire article', 'whole book', 'pdf of the book',
    'free pdf', 'pdf of the textbook', 'scanned the book', 'scanned pages', 'uploaded the movie', 'full movie',
    'full episode', 'no es mi foto', 'no es mia', 'no me pertenece', 'encontre en google', 'de google',
    'creditos a su autor', 'creditos al autor', 'derechos reservados', 'sin fines de lucro', 'no soy dueno',
    'no soy duena', 'tomado de internet', 'sacado de internet', 'via pinterest', 'from pinterest',
  ],
} as const;

// "(photo: Tulsa World)", "photo by @kayla.shoots", "📸: Jen": someone else's picture.
const CREDIT = /(?:\b(?:photo|pic|picture|foto|image|video)s? ?(?:by|credit|cred|courtesy of|courtesy|:)|\u{1F4F8} ?:|\bcourtesy of)\s*(?!(?:me|mine|my|myself|yours truly|mi|mis|yo)\b)[@\w]/u;

/** The draft credits its picture to someone other than the author or the author's family. */
export function creditedToOthers(ctx: Ctx): boolean {
  return CREDIT.test(ctx.doc.norm);
}

export function detectCopyright(ctx: Ctx): Detection | null {
  const d: Detection = {};
  for (const h of ctx.hits.get('repost') ?? []) add(d, 'repost', [spanOf(h)]);
  // Someone else's logo on something the author made: "a shirt with the Thunder logo".
  for (const m of ctx.doc.norm.matchAll(/\b(?:with|using|used|put|printed|featuring) (?:the|a|an|their)? ?(?:[\w']{1,20} ){0,2}logos?\b/g)) {
    if (!/\b(?:our|my|district|school|campus)\b/.test(m[0])) add(d, 'repost', [[m.index, m.index + m[0].length]]);
  }
  // "©" followed by someone else's name.
  const c = ctx.doc.norm.indexOf('©');
  if (c >= 0 && !has(ctx.hits, 'ownFamily')) add(d, 'repost', [[c, c + 1]]);
  return Object.keys(d).length ? d : null;
}
