// inappropriate-content: sexual or obscene content, alcohol or drug use,
// encouraging illegal activity. Figures of speech ("drunk on coffee",
// "shots" at a game) and prevention lessons must not trip it.

import { add, spanOf, type Ctx, type Detection } from '../context';
import { inCharRange, near, type Hit } from '../lexicon';

export const WORDS = {
  alcoholStrong: [
    'wasted', 'hammered', 'shitfaced', 'blackout drunk', 'blacked out', 'hungover', 'hangover', 'so drunk',
    'get drunk', 'getting drunk', 'got drunk', 'drunk af', 'drunk again', 'wine drunk', 'day drinking',
    'day drink', 'drinking all day', 'drinking all weekend', 'drank too much', 'too many drinks', 'too many beers',
    'tipsy', 'beers deep', 'drinks deep', 'shotgunning', 'shotgun a beer', 'shotgunning beers', 'on bottle', 'second bottle',
    'bottle #2', 'bottle number two', 'se me subieron', 'se me subio', 'ya se me subio', 'whole bottle of', 'entire bottle of', 'bottle of tequila', 'bottle of vodka', 'quedar tirada', 'quedar tirado', 'hasta quedar', 'buzzed', 'beer pong', 'keg stand', 'kegger', 'bar crawl', 'pub crawl', 'pregame', 'pregaming',
    'tequila shots', 'jello shots', 'vodka shots', 'shots of tequila', 'shots of vodka', 'shots of whiskey',
    'taking shots', 'doing shots', 'shots shots shots', 'borracho', 'borracha', 'bien pedo', 'bien peda',
    'una peda', 'la peda', 'crudo', 'cruda', 'la cruda', 'pisteando', 'chupando', 'emborrachar*', 'pedisimo',
    'drunk', 'borrach*', 'plastered', 'sloshed', 'blitzed', 'shitfaced', 'pre-gaming', 'pre gaming', 'pregamed',
    'first round on me', 'rounds on me', 'drinks on me', 'shots on me', 'flask in my', 'spiked my', 'spiked the',
    'calling in hungover', 'still drunk', "can't see straight", 'cant see straight', 'till we can\'t see', 'very drunk', 'so wasted', 'bien pedos', 'bien pedas', 'bien borrachos', 'bien borrachas',
  ],
  // What people drink; alone a drink is not a problem, with excess it is.
  drink: [
    'wine', 'wines', 'sangria', 'margarita', 'margaritas', 'beer', 'beers', 'tequila', 'vodka', 'whiskey', 'whisky',
    'rum', 'seltzer', 'seltzers', 'mimosa', 'mimosas', 'cocktail', 'cocktails', 'booze', 'boozy', 'liquor', 'fireball',
    'white claw', 'white claws', 'twisted tea', 'bourbon', 'moonshine', 'flask', 'keg', 'happy hour', 'drinks',
    'drink', 'se bebe', 'a beber', 'margs', 'marg', 'shots', 'cerveza', 'cervezas', 'chela', 'chelas', 'vino', 'tragos', 'copas', 'pisto', 'mezcal', 'micheladas', 'michelada',
  ],
  excess: [
    'too many', "can't feel my face", 'cant feel my face', 'can no longer feel', 'feel my face', 'room is spinning',
    'blackout', 'black out', "don't remember", 'dont remember', 'ni me acuerdo', 'calling in', 'call in sick',
    'called in sick', 'until we forget', 'till we forget', 'til we forget', 'until i forget', 'to forget', 'all night',
    'bottomless', 'chug', 'chugging', 'chugged', 'funnel', 'in my purse', 'in my coffee', 'in my tumbler',
    'in my water bottle', 'before work', 'before school', 'another round', 'next round',
    'first round', 'no regrets', "don't judge", 'dont judge', 'whole bottle', 'second bottle', 'another bottle',
    'bottles', 'pitchers', 'hungover', 'hangover', 'smashed', 'trashed', 'wrecked', 'tanked', 'turnt', 'lit', 'faded',
    'hasta quedar', 'hasta el amanecer', 'toda la noche', 'otra ronda', 'no memory', "can't remember last night",
    'cant remember last night', 'hasta que salga el sol', 'nadie me para', "who's driving", 'whos driving', 'got wild', 'made me do it', 'carry me home', 'got me good', 'no recuerdo nada',
  ],
  drugs: [
    'weed', 'marijuana', 'stoned', 'getting high', 'got high', 'so high', 'high af', 'smoke a blunt', 'blunt',
    'bong', 'edibles', 'edible', 'dab', 'dabs', 'dabbing', 'thc', 'pot brownies', '420', 'shrooms', 'molly',
    'ecstasy', 'acid trip', 'lsd', 'coke', 'cocaine', 'meth', 'xanax bar', 'xanax', 'percs', 'lean', 'mota',
    'marihuana', 'porro', 'fumando mota', 'drogas', 'drogarse', 'pacheco', 'pacheca', 'motorolo', 'toke',
    'rolling a joint', 'roll a joint', 'smoke a joint', 'smoking a joint', 'joint', 'kush', '420 friendly', 'medical card', 'wake and bake', 'own bud', 'some bud', 'the bud', 'smoke sesh', 'sesh', 'cannabis', 'vape pen',
    'wakeandbake', '420friendly', 'rolled up a fatty', 'roll up a fatty', 'rolled a fatty', 'spliff', 'doobie', 'reefer',
    'ganja', 'zaza', 'blazed', 'blazing', 'delta 8', 'delta-8', 'thc gummies', 'shroom*', 'mushroom gummies', 'dab pen',
    'wax pen', 'pre-roll', 'preroll', 'pass a drug test', 'beat a drug test', 'cheat a drug test', 'fake pee',
    'synthetic urine', 'know a plug', 'got a plug', 'need a plug', 'new plug', 'my plug', 'a plug for', 'gummies',
    'baked', 'high as a kite', 'fumando', 'tachas', 'perico', 'wake n bake', 'wake-n-bake', 'wakenbake',
    'hookup for', 'hook me up with', 'the hookup', 'carts', 'thc carts', 'selling carts', 'dab carts',
    // Pills taken without a prescription, and Spanish slang.
    'addy', 'adderall', 'hydrocodone', 'oxy', 'oxycodone', 'vicodin', 'percocet', 'norco',
    'fume un churro', 'fumar un churro', 'fumando un churro', 'me fume un', 'un toque', 'conseguir coca', 'comprar coca', 'linea de coca', 'poquito de perico', 'poco de perico', 'una raya', 'unas rayas', 'high af', 'so stoned',
  ],
  sexual: [
    'sex', 'sexy', 'horny', 'porn', 'porno', 'nudes', 'nude', 'naked', 'boobs', 'tits', 'dick', 'cock', 'pussy',
    'blowjob', 'orgasm', 'hookup', 'hook up', 'one night stand', 'booty call', 'thirst trap', 'onlyfans', 'fuck me',
    'f me', 'dtf', 'smash', 'lingerie', 'stripper', 'strip club', 'sexting', 'desnuda', 'desnudo', 'culo', 'tetas',
    'coger', 'cogiendo', 'verga', 'porno', 'sexo', 'caliente', 'only fans', 'only f', 'uncensored pics',
    'uncensored photos', 'uncensored version', 'uncensored', 'spicy pics', 'spicy content', 'spicy page', 'spicy videos',
    'nsfw', 'x-rated', 'explicit pics', 'fotos sin censura', 'contenido picante', 'strip poker', 'lap dance',
    'body shots', 'stripper pole', 'bend me over', 'bend him over', 'bend her over', 'fotos sin ropa', 'videos sin ropa', 'sin ropa', 'pasa el pack', 'manda el pack', 'mandame el pack', 'send nudes',
  ],
  obscene: ['fuck', 'fucking', 'fucked', 'fuckin', 'motherfucker', 'motherfucking', 'fck', 'fuk', 'stfu', 'gtfo', 'wtf', 'chingada', 'chingar', 'chingado', 'puta madre'],
  illegal: [
    'shoplift', 'shoplifting', 'sneak into', 'hop the fence', 'jump the fence', 'key his car', 'key her car', 'key their car', 'blow past a school bus', 'run the stop arm', 'blow past the stop arm', 'nobody ever gets ticketed', 'never gets ticketed', 'fake id', 'fake ids', 'drive drunk', 'drunk driving', 'buy weed', 'sell weed',
    'sell edibles', 'steal', 'let\'s steal', 'vandalize', 'spray paint the', 'egg his house', 'egg her house',
    'slash his tires', 'slash her tires', 'skip school', 'ditch school', 'cheat on the test', 'cheat on your',
    'dont pay the fine', 'without a license', 'illegal', 'pirated', 'robar', 'vamos a robar', 'manejar borracho',
    'floor it', "cameras don't work", "cameras don't even work", 'cameras dont work', "won't get caught", 'wont get caught',
    "don't get caught", 'without getting caught', 'get away with it', 'irs will never know', 'not report it',
    "don't report it", 'dont report it', 'under the table', 'fake doctors note', "fake doctor's note",
    'no te van a cachar', 'nadie se va a dar cuenta', 'never pay the toll', "don't pay the toll", 'dont pay the toll', 'ignore the jury summons', 'ignore jury duty', 'skip jury duty', 'doctors note template', "doctor's note template", 'forge a', 'forged',
  ],
  // Grooming: an adult asking a young person for secrecy from parents, for
  // time alone, for pictures, or flattering them as older than their age.
  groomSecret: [
    "don't tell your mom", "don't tell your mum", "don't tell your dad", "don't tell your parents", 'dont tell your mom',
    'dont tell your dad', 'dont tell your parents', "parents don't need to know", 'parents dont need to know',
    "mom doesn't need to know", "mom doesnt need to know", "your parents wouldn't understand", 'our little secret', 'our secret',
    'delete these messages', 'delete this message',
    'delete our messages', 'delete our chat', 'delete this after', 'delete after you read', 'nobody gets the wrong idea',
    'no one gets the wrong idea', 'nuestro secreto', 'nuestro secretito', 'no le digas a nadie', 'no le digas a tu mama',
    'no le digas a tus papas', 'no les digas a tus papas', 'borra los mensajes', 'borra este mensaje',
    'i get you better than your parents', 'better than your parents',
  ],
  groomLure: [
    // Secrecy without parents named is a lure, not enough alone ("keep it between us" about gossip).
    'between us', 'just between us', 'keep this between us', 'keep it between us', 'entre nosotros',
    'looked really grown up', 'look so grown up', 'looked so grown up', 'so grown up',
    'mature for your age', 'so mature', 'madura para tu edad', 'maduro para tu edad', 'just the two of us', 'just us two',
    'solo tu y yo', 'tu y yo solos', 'i can pick you up', 'pick you up', 'te recojo', 'paso por ti', 'hang out this weekend',
    'you looked really pretty', 'you looked so pretty', 'you looked beautiful', 'you looked hot', 'so pretty today',
    'mi nina hermosa', 'hermosa', 'mi alumna especial', 'my special student', 'my favorite girl', 'send me a pic', 'send me a picture',
    'send me pics', 'send one without', 'mandame una foto', 'jk unless', 'you can always talk to me',
  ],
  // Words that turn a mention into a lesson, a warning or a figure of speech.
  prevention: [
    'dangers of', 'danger of', 'prevention', 'red ribbon', 'say no', 'drug free', 'drug-free', 'dare program',
    'awareness', 'health class', 'lesson on', 'lesson about', 'talked to my students about', 'stay away from',
    'addiction', 'recovery', 'sober', 'sobriety', 'aa meeting', 'mothers against', 'madd', 'just say no',
    'prevencion', 'no a las drogas', 'peligros de', 'overdose awareness', 'narcan', 'arrested for', 'charged with',
    'news', 'report', 'study', 'law', 'legalize', 'legalization', 'policy', 'vote', 'ballot', 'dispensary tax',
    'sex ed', 'sex education', 'sexual harassment training', 'sexual assault awareness', 'sexual health',
  ],
  figurative: [
    'drunk on coffee', 'drunk on caffeine', 'drunk on power', 'drunk on love', 'drunk on sleep', 'punch drunk',
    'high school', 'high five', 'high fives', 'high-fives', 'so high up', 'high score', 'high scores', 'high marks',
    'flu shots', 'flu shot', 'free throw shots', 'shots on goal', 'three point shots', 'shots fired',
    'photo shots', 'coke zero', 'diet coke', 'coca cola', 'coke float', 'joint effort', 'joint meeting',
    'joint statement', 'joint account', 'joint venture', 'joint pain', 'knee joint', 'joints', 'blunt scissors',
    'blunt about', 'being blunt', 'to be blunt', 'lean on', 'lean in', 'lean protein', 'dab of', 'a dab',
    'smash cake', 'smash burger', 'smash bros', 'sexy new', 'weed out', 'weeding', 'weeds', 'pulling weeds',
    'hangover from', 'sugar high', 'sugar crash', 'on a high', 'molly mae', 'crudo ingles', 'jamon crudo',
    'esta caliente', 'hace calor', 'steal the show', 'stole the show', 'steal a base', 'steals', 'stealing bases',
    'base stealing', 'stole home', 'steal of a deal', 'steal deal', 'dab dance', 'dabbed', 'the dab',
    'report card', 'report cards', 'progress report', 'naked eye', 'naked truth', 'illegal formation', 'illegal procedure', 'illegal shift', 'illegal screen',
  ],
} as const;

function overlapping(hit: Hit, others: Hit[] | undefined): boolean {
  return inCharRange(others, hit.start, hit.end).some((o) => o.start <= hit.start && o.end >= hit.end);
}

// Emoji are not tokens: drinks and smoke carry meaning on their own.
const DRINK_EMOJI = /\u{1F37A}|\u{1F37B}|\u{1F377}|\u{1F942}|\u{1F378}|\u{1F379}|\u{1F943}|\u{1F37E}/u;
const DRINK_EMOJI_ALL = /\u{1F37A}|\u{1F37B}|\u{1F377}|\u{1F942}|\u{1F378}|\u{1F379}|\u{1F943}|\u{1F37E}/gu;
const SMOKE_EMOJI = /\u{1F33F}|\u{1F343}|\u{1F4A8}|\u{1F344}/u;
const ADULT_EMOJI = /\u{1F51E}/u;
// Slang for drunk that also means "did great" ("smashed it", "lit day").
const DRUNK_SLANG = /^(?:smashed|trashed|wrecked|tanked|turnt|lit|faded)$/;

export function detectInappropriate(ctx: Ctx): Detection | null {
  const { hits } = ctx;
  const d: Detection = {};
  const figurative = hits.get('figurative');
  // A lesson or the news nearby makes it a warning, not a post about oneself;
  // a prevention word inside the phrase itself ("not REPORT it") does not.
  const keep = (h: Hit, window: number) =>
    !overlapping(h, figurative) && !near(hits, 'prevention', h.first, h.last, window).some((p) => (p.end <= h.start || p.start >= h.end) && !overlapping(p, figurative));
  const norm = ctx.doc.norm;
  const drinkEmoji = DRINK_EMOJI.test(norm);
  // Whole-draft facts, computed at most once (not once per hit).
  let drinkEmojiCount: number | undefined;
  let smokeEmoji: boolean | undefined;

  // A drink with excess close by: "sangria pitcher #3 and I can't feel my face".
  for (const h of hits.get('drink') ?? []) {
    if (!keep(h, 8)) continue;
    const excess = near(hits, 'excess', h.first, h.last, 10).filter((x) => !DRUNK_SLANG.test(norm.slice(x.start, x.end)) || x.first > h.last);
    const numbered = /^s? ?(?:#|number |no\.? )?(?:[3-9]|three|four|five|six|seven|eight|nine|ten)\b|^ (?:pitcher|bottle|glass|round)s? ?#?(?:[3-9]|three|four|five|six)\b/.test(norm.slice(h.end, h.end + 16));
    // Three or more drink emoji are a quantity too ("Tequila 🥃🥃🥃").
    const emojiRun = (drinkEmojiCount ??= (norm.match(DRINK_EMOJI_ALL) ?? []).length) >= 3;
    // "I need a drink... or 6": a count right after the drink.
    const orMore = /^[.\s]{0,5}or (?:[3-9]|1\d|three|four|five|six|seven|eight|ten|twelve)\b/.test(norm.slice(h.end, h.end + 16));
    if (excess.length || numbered || emojiRun || orMore) add(d, 'alcohol', [spanOf(h), ...excess.slice(0, 1).map(spanOf)]);
  }
  // "absolutely smashed by 9pm 🍻": drunk slang next to drinks.
  for (const h of hits.get('excess') ?? []) {
    if (!DRUNK_SLANG.test(norm.slice(h.start, h.end))) continue;
    if (/^ (?:it|that|this|the|those|these|my goal|a goal|record)\b/.test(norm.slice(h.end, h.end + 12))) continue;
    if ((drinkEmoji || near(hits, 'drink', h.first, h.last, 8).length) && keep(h, 8)) add(d, 'alcohol', [spanOf(h)]);
  }

  for (const h of hits.get('alcoholStrong') ?? []) {
    // "drunk" alone: a figure of speech unless nothing softens it.
    if (ctx.doc.norm.slice(h.start, h.end) === 'drunk' && /drunk (?:on|with|from|off) (?!(?:tequila|vodka|beer|wine|whiskey|rum|margaritas?|mimosas?|seltzers?)\b)/.test(ctx.doc.norm.slice(h.start, h.end + 40))) continue;
    if (keep(h, 8)) add(d, 'alcohol', [spanOf(h)]);
  }
  for (const h of hits.get('drugs') ?? []) {
    const word = ctx.doc.norm.slice(h.start, h.end);
    // Ambiguous words need a use verb or a second drug word nearby.
    if (/^(?:coke|lean|joint|dab|dabs|molly|acid trip|thc|420|toke|blunt|edible|edibles|gummies|baked|know a plug|got a plug|need a plug|new plug|my plug|a plug for|fumando|perico|hookup for|hook me up with|the hookup|carts|selling carts|addy|adderall|hydrocodone|oxy|oxycodone|vicodin|percocet|norco|un toque|una raya|unas rayas|i know a guy)$/.test(word)) {
      const use = /\b(?:smok|roll|hit|snort|sip|sipp|pass|light|lit|high|stoned|baked|blaze|did|doing|took|taking|eat|ate|blaze|pop|get some|where (?:can|do) i get|anyone (?:got|have|know)|leftover|someone else's)\w*/.test(
        ctx.doc.norm.slice(Math.max(0, h.start - 40), h.end + 40),
      );
      // "baked" is its own use word; it needs a second drug word or smoke emoji.
      const others = (hits.get('drugs') ?? []).some((o) => o.end <= h.start || o.start >= h.end);
      if ((!use || word === 'baked') && !others && !(smokeEmoji ??= SMOKE_EMOJI.test(norm))) continue;
    }
    if (keep(h, 10)) add(d, 'drugs', [spanOf(h)]);
  }
  for (const h of hits.get('sexual') ?? []) {
    const word = ctx.doc.norm.slice(h.start, h.end);
    // Mild or ambiguous words only count with a second sexual word.
    if (/^(?:sexy|caliente|smash|naked|nude|hook up|hookup|sex|sexo|culo|uncensored|only f)$/.test(word) && (hits.get('sexual')?.length ?? 0) < 2 && !ADULT_EMOJI.test(norm) && !/\blink in (?:my )?bio\b/.test(norm)) continue;
    if (keep(h, 6)) add(d, 'sexual', [spanOf(h)]);
  }
  if (ADULT_EMOJI.test(norm) && (hits.get('sexual')?.length || /\b(?:other page|link in (?:my )?bio|pics|version)\b/.test(norm))) add(d, 'sexual', []);
  for (const h of hits.get('obscene') ?? []) {
    if (!overlapping(h, figurative)) add(d, 'sexual', [spanOf(h)]);
  }
  for (const h of hits.get('illegal') ?? []) {
    const word = ctx.doc.norm.slice(h.start, h.end);
    // "illegal" and "steal" alone are news or sport; they need an invitation.
    if (/^(?:illegal|steal|robar)$/.test(word) && !/\b(?:let'?s|we should|you should|go|vamos|come|how to)\b/.test(ctx.doc.norm.slice(Math.max(0, h.start - 30), h.start))) continue;
    if (keep(h, 6)) add(d, 'illegal', [spanOf(h)]);
  }
  // Grooming: secrecy from parents together with a lure, two kinds of
  // secrecy, or two lures in a private message. One alone is a surprise
  // party ("don't tell your mom!") or a compliment.
  const secret = distinct(ctx, hits.get('groomSecret'));
  const lure = distinct(ctx, hits.get('groomLure'));
  if ((secret.length && lure.length) || secret.length >= 2 || (lure.length >= 2 && ctx.draft.surface === 'message')) {
    add(d, 'sexual', [...secret, ...lure].slice(0, 2).map(spanOf));
  }
  return Object.keys(d).length ? d : null;
}

/** Hits with different wording, not inside a figure of speech. */
function distinct(ctx: Ctx, list: Hit[] | undefined): Hit[] {
  const seen = new Set<string>();
  // Hits come in text order, so a kept hit overlaps this one exactly when the
  // furthest end kept so far lies past its start.
  let keptEnd = -1;
  return (list ?? []).filter((h) => {
    const w = ctx.doc.norm.slice(h.start, h.end);
    // Overlapping phrases ("our secret" in "our little secret") are one signal.
    if (seen.has(w) || overlapping(h, ctx.hits.get('figurative')) || keptEnd > h.start) return false;
    keptEnd = Math.max(keptEnd, h.end);
    seen.add(w);
    return true;
  });
}
