// copyright: hints that the draft reposts someone else's photo, art, music,
// logo or article. The extension cannot know whether permission was given,
// so every pack makes this a `warn`.

import { add, isMedia, spanOf, type Ctx, type Detection } from '../context';
import { has, inCharRange, near } from '../lexicon';

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
    'over my video', 'full lyrics', 'lyrics below', 'song lyrics', 'lyrics to', 'the lyrics', 'letra completa', 'reposting this', 'reposted this', 'stealing this idea', 'stole this idea', 'screenshot de', 'copio y pego', 'copie y pegue', 'articulo completo', 'el articulo completo',  'pdf of the book',
    'free pdf', 'pdf of the textbook', 'scanned the book', 'scanned pages', 'uploaded the movie', 'no es mi foto', 'no es mia', 'no me pertenece', 'encontre en google', 'de google',
    'creditos a su autor', 'creditos al autor', 'derechos reservados', 'sin fines de lucro', 'no soy dueno',
    'no soy duena', 'tomado de internet', 'sacado de internet', 'via pinterest', 'from pinterest',
    'no se de quien es', 'no se quien la tomo', 'no se quien lo hizo', 'encontre en internet', 'la encontre en',
    'lo encontre en', 'wish i took it', "wish i'd taken it", 'wish i had taken it',
  ],
  // Taking something found elsewhere: "found this photo on Google".
  takeVerb: [
    'saw this', 'saw these', 'found this', 'found these', 'found it', 'found on', 'grabbed this', 'grabbed these', 'borrowed this',
    'borrowed these', 'snagged this', 'stole', 'stolen', 'yoinked', 'lifted this', 'pulled this', 'copied', 'copying',
    'pasting', 'pasted', 'reposting', 'reposted', 'repost', 'screenshotted', 'ripped', 'encontre', 'saque',
    'comparto esta', 'comparto este', 'les comparto', 'snatched', 'swiped', 'nabbed', 'jacked', 'downloaded', 'descargue',
  ],
  foreignSource: [
    "someone's", "somebody's", "someone else's", 'teacher page', 'a page i follow', 'page i follow', 'the internet',
    'internet', 'online', 'google', 'pinterest', 'insta', 'instagram', 'tiktok', 'facebook', 'twitter', 'reddit',
    'new yorker', 'nyt', 'new york times', 'washington post', 'newspaper', 'magazine', 'the paper', 'a website',
    'their page', 'her page', 'his page', 'spotify', 'youtube', 'netflix', 'the web', 'a blog', 'etsy',
  ],
  // Works that are copied whole.
  work: [
    'article', 'op-ed', 'oped', 'chapter', 'chapters', 'book', 'textbook', 'workbook', 'movie', 'film', 'episode',
    'episodes', 'album', 'column', 'pdf', 'lyrics', 'season', 'soundtrack', 'novel', 'libro', 'pelicula', 'capitulo',
    'disco', 'serie', 'cartoon', 'comic', 'meme', 'books', 'pdfs', 'novels', 'movies', 'libros', 'bundle', 'answer key',
    'clips', 'cancion',
  ],
  shareWord: [
    'here', "here's", 'heres', 'below', 'share', 'sharing', 'posting', 'posted', 'uploading', 'uploaded', 'scanned', 'scanning', 'attached',
    'link', 'for anyone', 'free', 'les dejo', 'comparto', 'aqui', 'para que', "don't have to buy", 'dont have to buy',
    'without spotify', 'subscription', 'paywall', 'lo suban', 'descarguen', 'for those who', 'who missed',
    'missed it', 'in case you missed',
  ],
  music: ['song', 'songs', 'music', 'track', 'audio', 'soundtrack', 'cancion', 'musica', 'tema'],
  musicUse: [
    'set to', 'as the background', 'in the background', 'background music', 'to the song', 'with the song',
    'using the song', 'used the song', 'with music', 'con la cancion', 'de fondo', 'music by', 'song by',
    'soundtrack to', 'edited to',
  ],
  merch: [
    'shirts', 'shirt', 't-shirts', 'tshirts', 'tees', 'hoodies', 'sweatshirts', 'decals', 'stickers', 'mugs', 'tumblers',
    'banners', 'merch', 'jerseys', 'hats', 'cups', 'playeras', 'camisetas', 'calcomanias', 'tazas',
  ],
  brand: [
    'disney', 'marvel', 'pixar', 'nike', 'adidas', 'nfl', 'nba', 'mlb', 'cowboys', 'chiefs', 'thunder', 'sooners',
    'pokemon', 'mario', 'nintendo', 'harry potter', 'star wars', 'hello kitty', 'sanrio', 'bluey', 'paw patrol',
    'minecraft', 'fortnite', 'roblox', 'barbie', 'looney tunes', 'snoopy', 'peanuts', 'sesame street', 'dr seuss',
    'spongebob', 'characters', 'character', 'logo', 'logos', 'mickey', 'stanley',
  ],
} as const;

// "(photo: Tulsa World)", "photo by @kayla.shoots", "📸: Jen": someone else's picture.
const CREDIT = /(?:\b(?:photo|pic|picture|foto|image|video)s? ?(?:by|credit|cred|courtesy of|courtesy|:)|\u{1F4F8} ?:|\bcourtesy of)\s*(?!(?:me|mine|my|myself|yours truly|mi|mis|yo)\b)[@\w]/u;

/** The draft credits its picture to someone other than the author or the author's family. */
export function creditedToOthers(ctx: Ctx): boolean {
  return CREDIT.test(ctx.doc.norm);
}

const SONG_USE = /\b(?:to|with|using|over|set to) (?:the |a |her |his |their )?(?:new |latest )?(?:[\w']{2,15} ){1,3}(?:song|track|album|cancion)\b/g;
const MAKE = /\b(?:put|sale|print|printing|printed|made|making|make|selling|sell|sold|order|ordering|cricut|\$\s?\d|hice|vendo|vendiendo)/;

// "a frame I found", "the clipart we grabbed": a design right before the take verb.
const DESIGN_BEFORE = /\b(?:frame|template|design|font|clipart|clip art|graphic|graphics|printable|border|artwork|illustration|pattern)s? (?:that )?(?:i|we|someone) $/;
// "this Far Side comic", "a New Yorker cartoon": a published comic named by its title.
const NAMED_COMIC = /^(?:comic|comics|cartoon|cartoons)$/;

export function detectCopyright(ctx: Ctx): Detection | null {
  const d: Detection = {};
  const { hits, doc } = ctx;
  for (const h of hits.get('repost') ?? []) add(d, 'repost', [spanOf(h)]);
  const media = (ctx.draft.attachments ?? []).some((a) => isMedia(a));
  const video = (ctx.draft.attachments ?? []).some((a) => isMedia(a) === 'video') || /\b(?:tiktok|reel|video|slideshow|montage)\b/.test(doc.norm);
  // "Found this photo on Google", "Reposting @natgeo's shot": taken from elsewhere.
  for (const h of hits.get('takeVerb') ?? []) {
    const source = near(hits, 'foreignSource', h.last + 1, h.last + 1, 8).filter((x) => x.first > h.last);
    const handle = doc.tokens.slice(h.last + 1, h.last + 4).some((t) => t.text.startsWith('@'));
    // The thing taken: after the verb ("found this photo on ..."), or a
    // design named just before it ("a frame I found on Etsy").
    const content =
      media ||
      near(hits, 'work', h.first, h.last, 6).length > 0 ||
      /\b(?:photo|pic|picture|image|shot|art|drawing|painting|foto|imagen)\b/.test(doc.norm.slice(h.start, h.end + 40)) ||
      DESIGN_BEFORE.test(doc.norm.slice(Math.max(0, h.start - 30), h.start));
    if ((source.length || handle) && content) add(d, 'repost', [[h.start, source[0]?.end ?? h.end]]);
  }
  // A whole work shared: "the whole NYT op-ed here", "la película completa".
  for (const h of hits.get('work') ?? []) {
    const before = doc.norm.slice(Math.max(0, h.start - 40), h.start);
    const whole = /\b(?:whole|entire|full|complete|all of|all the)\b(?:\s+[\w'-]+){0,4}\s+$/.test(before) || /^ as (?:a )?pdfs?\b/.test(doc.norm.slice(h.end, h.end + 10)) || /^ (?:completa|completo|entera|entero)\b/.test(doc.norm.slice(h.end, h.end + 12));
    // "Read the full article here" points to it.
    if (/\b(?:read|check out|see|watch|listen to)\s+(?:the\s+|this\s+)?(?:whole|entire|full|complete)\b/.test(before)) continue;
    if (whole && (media || near(hits, 'shareWord', h.first, h.last, 10).length)) add(d, 'repost', [spanOf(h)]);
  }
  // Sharing a published comic by its title: "Posting this Far Side comic".
  for (const h of hits.get('work') ?? []) {
    if (!NAMED_COMIC.test(doc.norm.slice(h.start, h.end)) || h.first < 2) continue;
    const t = doc.tokens;
    let k = h.first - 1;
    // Back over the title's words ("Far Side", "Calvin and Hobbes").
    while (k > 0 && h.first - k <= 5 && !t[k].sentenceStart && (t[k].capitalized || (/^(?:and|of|the)$/.test(t[k].text) && t[k - 1].capitalized && k < h.first - 1))) k--;
    const titled = k < h.first - 1 && /^(?:this|that|a|the|these|an|today's|todays)$/.test(t[k].text);
    if (titled && near(hits, 'shareWord', h.first, h.last, 6).length && !/\b(?:my|i drew|i made|mine)\b/.test(doc.norm.slice(t[k].start, h.start))) add(d, 'repost', [[t[k + 1].start, h.end]]);
  }
  // Copying a published work: "Scanned chapters 4-7 of the textbook", "downloaded Disney clips".
  for (const h of hits.get('work') ?? []) {
    const before = doc.norm.slice(Math.max(0, h.start - 50), h.start);
    if (/\b(?:scanned|scanning|photocopied|copied|downloaded|descargue|escanee)\b/.test(before) && !/\b(?:my own|i wrote|i made|mine)\b/.test(before)) add(d, 'repost', [spanOf(h)]);
  }
  for (const h of hits.get('takeVerb') ?? []) {
    const brand = near(hits, 'brand', h.last + 1, h.last + 1, 6).filter((b) => b.first > h.last);
    if (brand.length && (media || near(hits, 'work', h.first, h.last, 8).length)) add(d, 'repost', [[h.start, brand[0].end]]);
  }
  // Someone's song in a video: "set to 'Flowers' by Miley Cyrus", "her new song as the background".
  if (video) {
    // "a slideshow to the new Olivia Rodrigo song".
    for (const m of doc.norm.matchAll(SONG_USE)) add(d, 'repost', [[m.index, m.index + m[0].length]]);
    for (const h of hits.get('musicUse') ?? []) {
      const song = near(hits, 'music', h.first, h.last, 10).length > 0 || /^ ['"]?[a-z][\w' ]{0,30}['"]? by /.test(doc.norm.slice(h.end, h.end + 40)) || /^set to$/.test(doc.norm.slice(h.start, h.end));
      if (song) add(d, 'repost', [spanOf(h)]);
    }
  }
  // Brands and characters on things made to wear or sell.
  for (const h of hits.get('merch') ?? []) {
    // Not the school's own logo or mascot ("our school logo").
    const brand = near(hits, 'brand', h.first, h.last, 8).filter((b) => !/\b(?:our|my|district|school|team|class|club)\s+$/.test(doc.norm.slice(Math.max(0, b.start - 12), b.start)));
    if (brand.length && MAKE.test(doc.norm.slice(Math.max(0, doc.tokens[Math.max(0, h.first - 10)].start), doc.tokens[Math.min(doc.tokens.length - 1, h.last + 10)].end))) {
      add(d, 'repost', [[Math.min(h.start, brand[0].start), Math.max(h.end, brand[0].end)]]);
    }
  }
  // A picture credited to someone else. (The district's own logo is an
  // official-capacity matter, not a copyright one.)
  if (media && creditedToOthers(ctx)) add(d, 'repost', []);
  // Someone else's logo on something the author made: "a shirt with the Thunder logo".
  for (const m of ctx.doc.norm.matchAll(/\b(?:with|using|used|put|printed|featuring) (?:the|a|an|their)? ?(?:[\w']{1,20} ){0,2}logos?\b/g)) {
    const own = inCharRange(ctx.districtHits, m.index, m.index + m[0].length).some((x) => x.start >= m.index && x.end <= m.index + m[0].length);
    if (!own && !/\b(?:our|my|district|school|campus|official)\b/.test(m[0])) add(d, 'repost', [[m.index, m.index + m[0].length]]);
  }
  // "©" followed by someone else's name.
  const c = ctx.doc.norm.indexOf('©');
  if (c >= 0 && !has(ctx.hits, 'ownFamily')) add(d, 'repost', [[c, c + 1]]);
  return Object.keys(d).length ? d : null;
}
