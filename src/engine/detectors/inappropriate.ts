// inappropriate-content: sexual or obscene content, alcohol or drug use,
// encouraging illegal activity. Figures of speech ("drunk on coffee",
// "shots" at a game) and prevention lessons must not trip it.

import { add, spanOf, type Ctx, type Detection } from '../context';
import { near, type Hit } from '../lexicon';

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
    'drunk',
  ],
  drugs: [
    'weed', 'marijuana', 'stoned', 'getting high', 'got high', 'so high', 'high af', 'smoke a blunt', 'blunt',
    'bong', 'edibles', 'edible', 'dab', 'dabs', 'dabbing', 'thc', 'pot brownies', '420', 'shrooms', 'molly',
    'ecstasy', 'acid trip', 'lsd', 'coke', 'cocaine', 'meth', 'xanax bar', 'xanax', 'percs', 'lean', 'mota',
    'marihuana', 'porro', 'fumando mota', 'drogas', 'drogarse', 'pacheco', 'pacheca', 'motorolo', 'toke',
    'rolling a joint', 'roll a joint', 'smoke a joint', 'smoking a joint', 'joint', 'kush', '420 friendly', 'medical card', 'wake and bake', 'own bud', 'some bud', 'the bud', 'smoke sesh', 'sesh', 'cannabis', 'vape pen',
  ],
  sexual: [
    'sex', 'sexy', 'horny', 'porn', 'porno', 'nudes', 'nude', 'naked', 'boobs', 'tits', 'dick', 'cock', 'pussy',
    'blowjob', 'orgasm', 'hookup', 'hook up', 'one night stand', 'booty call', 'thirst trap', 'onlyfans', 'fuck me',
    'f me', 'dtf', 'smash', 'lingerie', 'stripper', 'strip club', 'sexting', 'desnuda', 'desnudo', 'culo', 'tetas',
    'coger', 'cogiendo', 'verga', 'porno', 'sexo', 'caliente',
  ],
  obscene: ['fuck', 'fucking', 'fucked', 'fuckin', 'motherfucker', 'motherfucking', 'fck', 'fuk', 'stfu', 'gtfo', 'wtf', 'chingada', 'chingar', 'chingado', 'puta madre'],
  illegal: [
    'shoplift', 'shoplifting', 'sneak into', 'hop the fence', 'jump the fence', 'key his car', 'key her car', 'key their car', 'blow past a school bus', 'run the stop arm', 'blow past the stop arm', 'nobody ever gets ticketed', 'never gets ticketed', 'fake id', 'fake ids', 'drive drunk', 'drunk driving', 'buy weed', 'sell weed',
    'sell edibles', 'steal', 'let\'s steal', 'vandalize', 'spray paint the', 'egg his house', 'egg her house',
    'slash his tires', 'slash her tires', 'skip school', 'ditch school', 'cheat on the test', 'cheat on your',
    'dont pay the fine', 'without a license', 'illegal', 'pirated', 'robar', 'vamos a robar', 'manejar borracho',
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
    'naked eye', 'naked truth', 'illegal formation', 'illegal procedure', 'illegal shift', 'illegal screen',
  ],
} as const;

function overlapping(hit: Hit, others: Hit[] | undefined): boolean {
  return !!others?.some((o) => o.start <= hit.start && o.end >= hit.end);
}

export function detectInappropriate(ctx: Ctx): Detection | null {
  const { hits } = ctx;
  const d: Detection = {};
  const figurative = hits.get('figurative');
  const keep = (h: Hit, window: number) => !overlapping(h, figurative) && !near(hits, 'prevention', h.first, h.last, window).length;

  for (const h of hits.get('alcoholStrong') ?? []) {
    // "drunk" alone: a figure of speech unless nothing softens it.
    if (ctx.doc.norm.slice(h.start, h.end) === 'drunk' && /drunk (?:on|with|from|off) (?!(?:tequila|vodka|beer|wine|whiskey|rum|margaritas?|mimosas?|seltzers?)\b)/.test(ctx.doc.norm.slice(h.start, h.end + 40))) continue;
    if (keep(h, 8)) add(d, 'alcohol', [spanOf(h)]);
  }
  for (const h of hits.get('drugs') ?? []) {
    const word = ctx.doc.norm.slice(h.start, h.end);
    // Ambiguous words need a use verb or a second drug word nearby.
    if (/^(?:coke|lean|joint|dab|dabs|molly|acid trip|thc|420|toke|blunt|edible|edibles)$/.test(word)) {
      const use = /\b(?:smok|roll|hit|snort|sip|sipp|pass|light|lit|high|stoned|baked|blaze|did|doing|took|taking|eat|ate|blaze)\w*/.test(
        ctx.doc.norm.slice(Math.max(0, h.start - 40), h.end + 40),
      );
      if (!use && (hits.get('drugs')?.length ?? 0) < 2) continue;
    }
    if (keep(h, 10)) add(d, 'drugs', [spanOf(h)]);
  }
  for (const h of hits.get('sexual') ?? []) {
    const word = ctx.doc.norm.slice(h.start, h.end);
    // Mild or ambiguous words only count with a second sexual word.
    if (/^(?:sexy|caliente|smash|naked|nude|hook up|hookup|sex|sexo|culo)$/.test(word) && (hits.get('sexual')?.length ?? 0) < 2) continue;
    if (keep(h, 6)) add(d, 'sexual', [spanOf(h)]);
  }
  for (const h of hits.get('obscene') ?? []) {
    if (!overlapping(h, figurative)) add(d, 'sexual', [spanOf(h)]);
  }
  for (const h of hits.get('illegal') ?? []) {
    const word = ctx.doc.norm.slice(h.start, h.end);
    // "illegal" and "steal" alone are news or sport; they need an invitation.
    if (/^(?:illegal|steal|robar)$/.test(word) && !/\b(?:let'?s|we should|you should|go|vamos|come|how to)\b/.test(ctx.doc.norm.slice(Math.max(0, h.start - 30), h.start))) continue;
    if (keep(h, 6)) add(d, 'illegal', [spanOf(h)]);
  }
  return Object.keys(d).length ? d : null;
}
