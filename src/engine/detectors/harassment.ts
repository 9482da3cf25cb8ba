// harassment: abusive, threatening, discriminatory or defamatory language
// AIMED at people (colleagues, parents, students, the public). An insult
// needs a person as its target; "this printer is stupid" is not harassment
// and "you killed it!" is praise.

import { add, spanOf, type Ctx, type Detection, type Span } from '../context';
import { has, inCharRange, near, type Hit } from '../lexicon';
import { refsNear } from '../people';
import { schoolContext } from '../school';
import { sentenceFirst } from '../text';

export const WORDS = {
  insult: [
    'idiot', 'idiots', 'piece of garbage', 'piece of trash', 'chismosa', 'chismoso', 'cheating piece', 'waste of space', 'waste of oxygen', 'waste of air', 'burro', 'burra', 'ignorantes', 'moron', 'morons', 'stupid', 'dumb', 'dumbass', 'dumbest', 'loser', 'losers', 'pathetic',
    'trash', 'garbage', 'worthless', 'incompetent', 'clown', 'clowns', 'imbecile', 'bitch', 'bitches', 'asshole',
    'assholes', 'jackass', 'retard', 'retarded', 'brainless', 'clueless', 'useless', 'lazy', 'ignorant', 'scum',
    'piece of shit', 'pos', 'dipshit', 'dickhead', 'douchebag', 'douche', 'witch', 'psycho', 'crazy lady', 'nutjob',
    'white trash', 'ghetto', 'ratchet', 'trailer trash', 'deadbeat', 'deadbeats', 'snowflake', 'karen', 'ugly', 'fat',
    'disgusting', 'liar', 'liars', 'thief', 'thieves', 'crook', 'fraud', 'pervert', 'creep', 'pedophile', 'predator',
    'drunk', 'druggie', 'crackhead', 'racist', 'bully', 'hypocrite', 'coward', 'spoiled brats', 'brat', 'brats',
    'little shit', 'little shits', 'demon', 'demons', 'animals', 'feral', 'savages', 'heathens', 'monsters',
    'idiota', 'idiotas', 'estupido', 'estupida', 'pendejo', 'pendeja', 'pendejos', 'imbecil', 'inutil', 'inutiles',
    'tonto', 'tonta', 'baboso', 'babosa', 'naco', 'naca', 'corriente', 'ignorante', 'mentiroso', 'mentirosa',
    'ladron', 'ladrona', 'cabron', 'cabrona', 'pinche', 'mugroso', 'floja', 'flojo', 'gorda', 'gordo', 'fea', 'feo',
    'weasel', 'weasels', 'nutcase', 'airhead', 'dimwit', 'nitwit', 'halfwit', 'buffoon', 'cretin', 'lowlife', 'scumbag',
    'degenerate', 'dirtbag', 'sleazebag', 'slimeball', 'parasite', 'parasites', 'leech', 'leeches', 'vermin', 'subhuman',
    'hag', 'bimbo', 'gremlins', 'future felons', 'future inmates', 'future criminals', 'felons', 'thugs', 'thug',
    'a disgrace', 'disgrace to', 'ashamed of yourself', 'ashamed of themselves', 'joke of a', 'clown show', 'unhinged',
    'deranged', 'psychotic', 'spineless', 'snake', 'rat', 'pig', 'slob', 'dumbest', 'dumbest human', 'zero brain cells',
    "couldn't run a lemonade stand", 'vibora', 'bruja', 'payaso', 'payasa', 'zangano', 'huevon', 'huevona', 'mamon',
    'culero', 'culera', 'perra', 'zorra', 'cerda', 'lambiscon', 'lambiscona', 'hyenas', 'vultures', 'vipers', 'sharks',
    'snakes', 'rats', 'pigs', 'cows', 'sheep', 'menace', 'menaces', 'hienas', 'buitres', 'vivoras',
    // Comparisons and verdicts on someone as a person or a parent.
    'dumb as a rock', 'dumb as rocks', 'dumb as a box of rocks', 'dumb as a brick', 'thick as a brick', 'laziest',
    'terrible mother', 'terrible father', 'terrible parent', 'terrible parents', 'horrible mother', 'horrible father',
    'horrible parent', 'bad mother', 'bad father', 'bad parent', 'worst parent', 'worst parents', 'worst mother',
    'pesima madre', 'mala madre', 'mal padre',
  ],
  // Accusations of misconduct, defamatory when aimed at a named person.
  defame: [
    'pocketing', 'embezzl*', 'skimming', 'stealing money', 'stole money', 'steals money', 'stealing from', 'steals from',
    'having an affair', 'cheating on his wife', 'cheating on her husband', 'sleeping with', 'is on drugs', 'are on drugs', 'are all on drugs', 'are on meth', 'is on meth', 'are crackheads', 'are drunks',
    'shows up drunk', 'shows up high', 'comes to work drunk', 'comes to work high', 'se roba', 'se robo el dinero',
    // Taking what belongs to the kids or the school: "takes home the food that's meant for the kids".
    ...['takes home', 'took home', 'taking home', 'steals', 'stole', 'stealing', 'pockets', 'pocketed', 'walks off with', 'walked off with', 'helps herself to', 'helps himself to']
      .flatMap((verb) => ['food', 'money', 'supplies', 'donations', 'funds', 'gift cards', 'snacks', 'fundraiser money'].flatMap((what) => [`${verb} the ${what}`, `${verb} ${what}`, `${verb} our ${what}`])),
    'cooks the books', 'falsifies', 'falsified', 'se lleva la comida', 'se roba la comida',
  ],
  // Laughing at someone: with a named student and a failing, a public mockery.
  laugh: ['lmao', 'lmfao', 'lol', 'lolol', 'rofl', 'haha', 'hahaha', 'jajaja', 'jaja', "i can't even", 'i cant even', 'bless his heart', 'bless her heart'],
  ridicule: [
    'failed', 'fails', 'failing', 'flunked', 'flunking', 'worst', 'dumbest', 'slowest', 'excuses',
    "can't read", 'cant read', "can't spell", 'cant spell', "couldn't spell", "can't even", 'still thinks', 'actually thought',
    'reprobo', 'reprobando', 'no sabe leer',
  ],
  // Heritage months and celebrations: a group named to honour it.
  celebration: [
    'heritage', 'history month', 'celebrate', 'celebrating', 'proud', 'awareness', 'pride month', 'herencia', 'orgullo',
  ],
  // Reproaches aimed at someone: "Grow up.", "if you parented your kid".
  attack: [
    'grow up', 'get a life', 'parented your', 'if you parented', 'if you raised your', 'learn to parent', 'try parenting',
    'do your job', 'shut up', 'how dare you', 'shame on you', 'get over yourself', 'madura', 'callate', 'eduque a su',
    'eduquen a sus', "don't bother coming back", 'dont bother coming back', "don't come back", 'medicate him',
    'medicate her', 'medicate your', 'medicate them', 'keep him home', 'keep her home', 'do not email me',
  ],
  threat: [
    "i'll kill", 'i will kill', 'gonna kill', 'going to kill', 'kill you', 'kill him', 'kill her', 'beat your ass',
    'beat his ass', 'beat her ass', 'kick your ass', 'kick his ass', 'kick her ass', 'punch you', 'punch him',
    'punch her', 'slap you', 'slap him', 'slap her', 'watch your back', "you'll regret", 'you will regret', 'shut his mouth', 'shut her mouth', 'see what happens when', 'when i find you', 'when i find u', 'someone should key', 'end him', 'end her', 'end you', 'i will end', "i'll end", 'try me',
    'hurt you', 'make you pay', 'come for you', 'pull up on', 'find out where you live', 'know where you live',
    'shut your mouth', 'make sure he regrets', 'make sure she regrets', 'make sure you regret', "he'll regret",
    "she'll regret", 'he will regret', 'she will regret', 'make him pay', 'make her pay', 'te voy a matar', 'lo voy a matar', 'la voy a matar', 'te voy a pegar', 'me las vas a pagar',
    'te vas a arrepentir', 'cuidate', 'ya veras', 'and see what happens', 'y vas a ver',
    'catch these hands', 'catch hands', 'throw hands', 'fist to the face', 'fist in the face', 'in an ambulance',
    'in a body bag', 'knock his teeth', 'knock her teeth', 'knock your teeth', 'knock him out', 'knock her out',
    'knock you out', 'beat him up', 'beat her up', 'beat you up', 'smack him', 'smack her', 'smack you', 'put hands on',
    'square up with', 'te voy a romper', 'le voy a romper', 'le parto la cara', 'te parto la cara', 'un madrazo',
    'le voy a dar', 'te voy a dar un',
    'make him regret', 'make her regret', 'make you regret', 'make them regret', 'se va a arrepentir',
    'se van a arrepentir', 'me la va a pagar', 'me la vas a pagar', 'me las va a pagar', 'me la van a pagar',
  ],
  discrimination: [
    'go back to your country', 'que se regresen', 'que se regresen a su pais', 'ni hablan ingles', "women shouldn't", 'women should not', 'women don\'t belong', "men shouldn't be teaching", 'those kind of people', 'go back where you came from', 'illegals', 'these people', 'those people',
    'anchor babies', 'regresate a tu pais', 'that religion', 'those immigrants', 'tranny', 'faggot',
    'fag', 'dyke', 'wetback', 'beaner', 'spic', 'chink', 'towelhead', 'sand n', 'raghead',
    'learn to speak english', 'should speak english', 'need to speak english', 'must speak english', 'this is america',
    'from across the border', 'across the border', 'these immigrants', 'those immigrants', 'go back to mexico',
    'go back where u came from', 'go back to where you came from', 'go back where they came from',
    'go back to their country', 'go back to ur country',
  ],
  // Immigration status as a slur on people ("their parents are probably illegal").
  status: ['illegal', 'ilegales', 'ilegal', 'undocumented', 'sin papeles', 'mojados', 'mojado'],
  // Groups of people, and what a stereotype says about them.
  group: [
    'mexican', 'mexicans', 'mexicanos', 'hispanic', 'hispanics', 'latino', 'latinos', 'latina', 'latinas', 'asian',
    'asians', 'chinese', 'muslim', 'muslims', 'jewish', 'jews', 'arab', 'arabs', 'african', 'africans', 'immigrant',
    'immigrants', 'inmigrantes', 'refugee', 'refugees', 'migrants', 'foreign', 'foreigners', 'ell kids', 'esl kids',
    'gay', 'gays', 'lesbians', 'trans', 'transgender', 'queer', 'black kids', 'black people', 'white people',
    'indian', 'indians', 'native', 'natives', 'somali', 'haitian', 'haitians', 'section 8', 'welfare', 'negros',
    'gringos', 'across the border', 'from the apartments', 'those families', 'these families', 'new families',
    "don't speak english", 'dont speak english', "can't speak english", 'cant speak english', 'no hablan ingles',
    'que no hablan ingles', 'no saben ingles',
  ],
  gender: ['girls', 'women', 'ladies', 'females', 'boys', 'men', 'males', 'mujeres', 'ninas'],
  stereotype: [
    "don't care", 'dont care', "just don't", 'just dont', "don't even try", 'dont even try', "can't learn", 'cant learn',
    "won't learn", 'wont learn', "don't want to learn", 'are all the same', 'all the same', 'ruin', 'ruining', 'ruined',
    "don't belong", 'dont belong', "shouldn't be here", 'should go back', 'go back', 'the problem', 'bring down',
    'dragging down', 'drag down', 'learn english', 'why should i bother', 'why bother', 'are all', 'no quieren',
    'expect handouts', 'handouts', 'never learn', "won't even try", 'freeloaders', 'leeching', 'take our jobs',
    'the language', 'breed like', 'are criminals', 'are dangerous', 'no aprenden',
    'no les importa', 'flojos', 'no sirven', 'ni hablan', 'no pertenecen', 'no deberian estar',
    'hold everyone back', 'holding everyone back', 'hold the class back', 'holding the class back', 'slow everyone down',
    'slowing everyone down', 'atrasar', 'atrasan', 'vienen a atrasar', 'nomas atrasan',
  ],
  target: [
    'you', 'ur', "you're", 'youre', 'u', 'he', 'she', 'they', "he's", "she's", "they're", 'him', 'her', 'them',
    'parent', 'parents', 'mom', 'moms', 'dad', 'dads', 'mother', 'father', 'student', 'students', 'kid', 'kids',
    'child', 'children', 'teacher', 'teachers', 'colleague', 'colleagues', 'coworker', 'coworkers', 'principal',
    'admin', 'administration', 'boss', 'supervisor', 'superintendent', 'board', 'board members', 'coach', 'staff',
    'neighbor', 'lady', 'guy', 'woman', 'man', 'people', 'family', 'families', 'freshmen', 'seniors', 'class',
    'this class', 'my class', 'padres', 'padre', 'madre', 'mama', 'papa', 'alumnos', 'alumno', 'alumna', 'maestra',
    'maestro', 'maestros', 'directora', 'director', 'jefe', 'jefa', 'compañero', 'companera', 'companero', 'ese',
    'esa', 'esos', 'esas', 'tu', 'usted', 'ustedes', 'ella', 'el', 'mr', 'mrs', 'ms', 'miss', 'these', 'those',
    'that', 'this', 'este', 'esta', 'who', 'senora', 'senor', 'vieja', 'viejo', 'sub', 'substitute', 'member',
    'ap', 'para', 'everyone', 'nurse', 'counselor', 'secretary', 'neighbors', 'families', 'kiddo',
    'son', 'daughter', 'grandson', 'granddaughter', 'hijo', 'hija', 'nieto', 'nieta',
    'manager', 'cafeteria manager', 'custodian', 'janitor', 'bookkeeper', 'treasurer', 'registrar', 'aide',
    'vice principal', 'assistant principal', 'librarian', 'bus driver',
  ],
  // Words that make an insult word a figure of speech or self-directed.
  softener: [
    "i'm so stupid", 'im so stupid', 'i am so stupid', 'my stupid', 'stupid me', 'i feel stupid', 'dumb question',
    'stupid question', 'i was dumb', 'so dumb of me', 'i\'m an idiot', 'im an idiot', 'i am an idiot', 'i\'m such an idiot',
    'trash day', 'take out the trash', 'taking out the trash', 'garbage day', 'garbage truck', 'trash can', 'trash bags',
    'talking trash', 'fat tuesday', 'low fat', 'fat free', 'body fat', 'lazy sunday', 'lazy saturday', 'lazy day',
    'lazy morning', 'lazy weekend', 'ugly sweater', 'ugly christmas', 'ugly cry', 'ugly crying', 'crazy hair day',
    'anti-bullying', 'anti bullying', 'bully prevention', 'no bullying', 'stop bullying', 'bullying awareness',
    'racist comments', 'fight racism', 'against racism', 'drunk driver', 'spoiled rotten', 'demon slayer',
    'cookie monster', 'monster truck', 'monster energy', 'monsters inc', 'little monsters', 'my little monsters',
    'animal crossing', 'party animals', 'garbage disposal', 'white trash bag', 'karen\'s', 'soy una tonta',
    'que tonta', 'que tonto soy', 'ugly duckling', 'class clown', 'rodeo clown', 'clown costume', 'scared of clowns',
    "i'm unhinged", 'im unhinged', 'feeling unhinged', 'unhinged energy', 'lab rat', 'gym rat', 'rat race', 'pig out',
    'guinea pig', 'pig latin', 'snake plant', 'corn snake', 'pet snake', 'snake in the', 'ahead of the',
  ],
  // Affection that turns "monsters", "gremlins", "little demons" into teasing.
  affection: [
    'love them', 'love em', "love 'em", 'love these', 'love my', 'but i love', 'bless them', 'gotta love', 'so cute',
    'adorable', 'los quiero', 'las quiero', 'los amo', 'las amo',
  ],
} as const;

const MILD =
  /^(?:lazy|laziest|dumb as a rock|dumb as rocks|dumb as a box of rocks|dumb as a brick|thick as a brick|(?:terrible|horrible|bad|worst) (?:mother|father|parents?)|pesima madre|mala madre|mal padre|fat|ugly|drunk|clueless|useless|ignorant|bully|karen|liar|liars|racist|witch|demon|demons|animals|monsters|brat|brats|floja|flojo|gorda|gordo|fea|feo|corriente|ignorante|burro|burra|chismosa|chismoso|dumb|stupid|trash|garbage|pathetic|disgusting|creep|crazy lady|gremlins|spineless|snake|rat|pig|slob|thug|thugs|felons|inutil|inutiles|bruja|payaso|payasa|disgrace to|hyenas|vultures|vipers|sharks|snakes|rats|pigs|cows|sheep|menace|menaces|hienas|buitres|vivoras)$/;

// "is a", "you're such a total", "es una": the words that aim a mild insult
// at someone, with up to three modifiers between ("is a little demon").
const AIMED =
  /\b(?:you(?:'re| are)?|ur|he'?s|she'?s|they'?re|is|are|was|were|such an?|so|what an?|eres|es|son|bunch of|pack of|just as|absolutely|totally|completely|utterly|raising)\s+(?:(?:an?|the|so|such|honestly|literally|seriously|truly|complete|total|absolute|fucking|freaking|bien|muy|un|una|little|certified|real|straight|utter|big|huge|raging|lazy|spineless|dumb|stupid)\s+){0,3}$/;

// "Girls just don't belong in a welding shop", "women are not built for":
// matched right after a gender word found by the lexicon.
const GENDER_STEREOTYPE =
  /\s+(?:are\s+|were\s+|just\s+|really\s+|simply\s+|honestly\s+){0,2}(?:not built for|not made for|not cut out for|too emotional|can'?t (?:do|handle|lead|teach|weld|understand|drive)|shouldn'?t be (?:in|doing|teaching|leading)|don'?t belong (?:in|on)|belong in the kitchen|no sirven para|no deberian)/y;

const COPULA = /^(?:is|are|was|were|es|son|era|eran)$/;

// "he's gonna regret it", "you'll be sorry", "they'll pay for this": someone,
// a future (however it is spelled) and a consequence, in one sentence.
const THREAT_SUBJECT = /^(?:he|she|they|you|u|he's|she's|they're|you're|youre|hes|shes|theyre|he'll|she'll|they'll|you'll|youll|someone|somebody)$/;
const FUTURE_WORD = /^(?:is|are|will|gonna|gunna|going|to|be|really|definitely|totally|so|seriously|shall)$/;
const FUTURE_MARK = /^(?:will|gonna|gunna|going|shall|he'll|she'll|they'll|you'll|youll)$/;
// What is regretted: the deed ("regret it", "regret crossing me"), not a missed chance ("regret not coming", "regret missing this sale").
const REGRET_DEED = /^(?:it|this|that|the|ever|messing|crossing|coming|touching|talking|opening|saying|putting|laying|doing|everything|what)$/;

function consequenceThreats(ctx: Ctx): Span[] {
  const tokens = ctx.doc.tokens;
  const out: Span[] = [];
  const norm = ctx.doc.norm;
  const inSentence = (k: number, j: number) => j < tokens.length && tokens[j].sentence === tokens[k].sentence;
  // Token j continues the clause of token k: same sentence, no comma or colon between.
  const inClause = (k: number, j: number) => inSentence(k, j) && !/[,;:]/.test(norm.slice(tokens[j - 1].end, tokens[j].start));
  for (let k = 0; k < tokens.length; k++) {
    if (!THREAT_SUBJECT.test(tokens[k].text)) continue;
    let future = FUTURE_MARK.test(tokens[k].text);
    let j = k + 1;
    while (j - k <= 4 && inSentence(k, j) && FUTURE_WORD.test(tokens[j].text)) {
      if (FUTURE_MARK.test(tokens[j].text)) future = true;
      j++;
    }
    if (!future || !inSentence(k, j)) continue;
    const w = tokens[j].text;
    const next = inClause(k, j + 1) ? tokens[j + 1].text : '';
    const after = next && inClause(k, j + 2) ? tokens[j + 2].text : '';
    const threat =
      (w === 'regret' && (next === '' || REGRET_DEED.test(next))) ||
      (w === 'pay' && (next === '' || next === 'dearly' || (next === 'for' && (after === 'what' || (/^(?:this|that|it)$/.test(after) && !inClause(k, j + 3)))))) ||
      (w === 'sorry' && tokens[j - 1].text === 'be' && (next === '' || /^(?:when|if)$/.test(next)));
    if (threat) out.push([tokens[k].start, tokens[j].end]);
  }
  return out;
}

// Laughing in the draft: the words are in the lexicon, the emoji are not tokens.
const LAUGH_EMOJI = /\u{1F602}|\u{1F923}|\u{1F480}/u;

/**
 * "this new evaluation system is garbage" is about a thing: when a mild word
 * follows "is/are", the word before the verb must be a person (a role word,
 * a pronoun or a name), or the sentence must be aimed at "you".
 */
function copulaSubjectIsPerson(ctx: Ctx, h: Hit): boolean {
  const tokens = ctx.doc.tokens;
  let v = h.first - 1;
  // Skip "a", "so", "such a", "total", ... back to the verb.
  while (v >= 0 && h.first - v <= 4 && !COPULA.test(tokens[v].text)) v--;
  if (v < 1 || !COPULA.test(tokens[v].text)) return true;
  if (tokens[v - 1].sentence !== tokens[h.first].sentence) return true;
  // The subject is the clause before the verb ("The new teacher across the
  // hall", "this new evaluation system"), back to a comma or a conjunction.
  let start = v - 1;
  while (start > 0 && v - start < 10 && tokens[start - 1].sentence === tokens[v].sentence && !/[,;:]/.test(ctx.doc.norm.slice(tokens[start - 1].end, tokens[start].start)) && !/^(?:and|but|or|because|y|pero|porque)$/.test(tokens[start - 1].text)) start--;
  // "the software admin picked is garbage": a person doing something inside
  // the subject is a relative clause about a thing, not the subject.
  const relative = (t: Hit) => t.first > start && t.last + 1 < v && /^(?:\w{3,}ed|chose|bought|made|gave|wrote|sent|put|set|got|brought|took)$/.test(tokens[t.last + 1].text);
  const person = near(ctx.hits, 'target', start, v - 1, 0).some((t) => t.first >= start && t.last < v && !relative(t) && !/^(?:this|that|these|those|este|esta|ese|esa|who)$/.test(ctx.doc.norm.slice(t.start, t.end)));
  return person || refsNear(ctx, start, v - 1, 0).some((p) => p.index >= start && p.index < v);
}

function sentenceText(ctx: Ctx, i: number): string {
  const tokens = ctx.doc.tokens;
  return ctx.doc.norm.slice(tokens[sentenceFirst(ctx.doc, i)].start, tokens[i].end);
}

/**
 * "Dr. Patel's leadership is why six teachers quit. Incompetent." and "Good
 * riddance, creep.": a verdict standing alone as a sentence, or called out
 * after a comma at its end, is aimed at the person of the sentence before.
 */
function verdictOnPrevious(ctx: Ctx, h: Hit): boolean {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[h.first].sentence;
  const alone = tokens[h.first].sentenceStart && (h.last + 1 >= tokens.length || tokens[h.last + 1].sentence !== sentence);
  const vocative = /,\s*$/.test(ctx.doc.norm.slice(Math.max(0, h.start - 3), h.start)) && (h.last + 1 >= tokens.length || tokens[h.last + 1].sentence !== sentence);
  if (!alone && !vocative) return false;
  const k = sentenceFirst(ctx.doc, h.first);
  if (k === 0) return false;
  const p = sentenceFirst(ctx.doc, k - 1);
  const personWord = near(ctx.hits, 'target', p, k - 1, 0).some((t) => t.first >= p && t.last < k && !/^(?:this|that|these|those|este|esta|ese|esa|who|you|u|ur)$/.test(ctx.doc.norm.slice(t.start, t.end)));
  return personWord || refsNear(ctx, p, k - 1, 0).some((r) => r.index >= p && r.index < k);
}

export function detectHarassment(ctx: Ctx): Detection | null {
  const { hits, doc } = ctx;
  const d: Detection = {};
  const soft = hits.get('softener') ?? [];
  const softened = (s: number, e: number) => inCharRange(soft, s, e).length > 0;

  for (const h of hits.get('threat') ?? []) {
    if (softened(h.start, h.end)) continue;
    // "she's gonna kill me for posting this": hyperbole about oneself.
    if (/^ (?:me|myself)\b/.test(doc.norm.slice(h.end, h.end + 8))) continue;
    // "kill it" / "killing me" are not listed; "cuidate" and "ya veras" need a target.
    const word = doc.norm.slice(h.start, h.end);
    if (/^(?:cuidate|ya veras)$/.test(word) && !near(hits, 'insult', h.first, h.last, 8).length) continue;
    // "Keep talking about me and see what happens" dares someone; "wait and see what happens" does not.
    if (/^(?:and see what happens|y vas a ver)$/.test(word) && !/^(?:keep|try|say|touch|talk|do that|sigue|vuelve)\b/.test(sentenceText(ctx, h.first))) continue;
    // "you'll regret not coming", "he'll regret missing this": a missed chance, not a threat.
    const next = doc.tokens[h.last + 1]?.text ?? '';
    if (/regret$/.test(word) && (next === 'not' || (next.endsWith('ing') && !REGRET_DEED.test(next)))) continue;
    add(d, 'threat', [spanOf(h)]);
  }
  for (const span of consequenceThreats(ctx)) {
    if (!softened(span[0], span[1])) add(d, 'threat', [span]);
  }
  // Laughing at a named student's failings in public: "lmao especially
  // Brayden who failed every single quiz", "worst excuses 😂 #1 from Kaylee".
  const ridicule = hits.get('ridicule') ?? [];
  if (ridicule.length && (has(hits, 'laugh') || LAUGH_EMOJI.test(doc.norm)) && schoolContext(ctx).length) {
    for (const h of ridicule) {
      const sentence = doc.tokens[h.first].sentence;
      const pupil = refsNear(ctx, h.first, h.last, 8).find((p) => !p.adult && p.kind === 'name' && doc.tokens[p.index].sentence === sentence);
      if (pupil) add(d, 'insult', [[Math.min(h.start, doc.tokens[pupil.index].start), Math.max(h.end, doc.tokens[pupil.index].end)]]);
    }
  }
  for (const h of hits.get('discrimination') ?? []) {
    const word = doc.norm.slice(h.start, h.end);
    // "these people" is only discriminatory next to an insult.
    if (/^(?:these people|those people)$/.test(word) && !near(hits, 'insult', h.first, h.last, 6).length) continue;
    add(d, 'discrimination', [spanOf(h)]);
  }
  // "half my class's parents are probably illegal": status said of people, not of an act.
  for (const h of hits.get('status') ?? []) {
    const before = doc.norm.slice(Math.max(0, h.start - 40), h.start);
    if (!/\b(?:are|is|were|was|son|es|eran)\s+(?:(?:probably|prolly|likely|all|definitely|totally|most|todos|puros)\s+){0,2}$/.test(before)) continue;
    if (copulaSubjectIsPerson(ctx, h) && near(hits, 'target', h.first, h.last, 10).some((t) => t.last < h.first && doc.tokens[t.first].sentence === doc.tokens[h.first].sentence && !/^(?:this|that|these|those|este|esta|ese|esa|who|it)$/.test(doc.norm.slice(t.start, t.end)))) {
      add(d, 'discrimination', [spanOf(h)]);
    }
  }
  // A stereotype about a group: "the Mexican kids in my class just don't care".
  for (const h of hits.get('stereotype') ?? []) {
    const group = near(hits, 'group', h.first, h.last, 8).filter((g) => g.last < h.first && doc.tokens[g.first].sentence === doc.tokens[h.first].sentence);
    if (group.length && !near(hits, 'celebration', h.first, h.last, 12).length) add(d, 'discrimination', [[group[0].start, h.end]]);
  }
  for (const h of hits.get('gender') ?? []) {
    GENDER_STEREOTYPE.lastIndex = h.end;
    const m = GENDER_STEREOTYPE.exec(doc.norm);
    if (m) add(d, 'discrimination', [[h.start, h.end + m[0].length]]);
  }
  // Accusing a named person of misconduct: "Coach Bell has been pocketing booster money".
  for (const h of hits.get('defame') ?? []) {
    const sentence = doc.tokens[h.first].sentence;
    const named = refsNear(ctx, h.first, h.first, 8).some((p) => p.index < h.first && doc.tokens[p.index].sentence === sentence);
    const person = near(hits, 'target', h.first, h.last, 6).some((t) => t.last < h.first && doc.tokens[t.first].sentence === sentence && !/^(?:this|that|these|those|who|you|u|ur)$/.test(doc.norm.slice(t.start, t.end)));
    if (named || person) add(d, 'insult', [spanOf(h)]);
  }
  // Reproaches: "Grow up." on its own, or "if you parented your kid ...".
  for (const h of hits.get('attack') ?? []) {
    if (softened(h.start, h.end)) continue;
    const word = doc.norm.slice(h.start, h.end);
    const imperative = doc.tokens[h.first].sentenceStart || /(?:,|\b(?:just|please|so|maybe|you need to|you should|go|needs to|need to|should|and))\s*$/.test(doc.norm.slice(Math.max(0, h.start - 16), h.start));
    const secondPerson = /^(?:parented your|if you|learn to parent|try parenting|eduque|eduquen)/.test(word);
    const addressee =
      near(hits, 'target', h.first, h.last, 25).some((t) => /^(?:you|ur|u|you're|youre|tu|usted|ustedes|mr|mrs|ms|miss)$/.test(doc.norm.slice(t.start, t.end))) ||
      refsNear(ctx, h.first, h.first, 25).some((p) => p.adult) ||
      // "Linda, your grandson's ADHD ... Medicate him.": the reader is addressed.
      /\b(?:your|you|tu|su hijo|su hija)\b/.test(doc.norm.slice(Math.max(0, h.start - 160), h.start)) ||
      // "That woman at the board meeting needs to sit down and shut up".
      near(hits, 'target', h.first, h.last, 14).some((t) => doc.tokens[t.first].sentence === doc.tokens[h.first].sentence && /^(?:woman|man|lady|guy|mom|dad|parent|parents|moms|dads|families|people|teacher|teachers|principal|admin|coach|she|he|they|senora|senor|padres)$/.test(doc.norm.slice(t.start, t.end)));
    if ((imperative || secondPerson) && addressee) add(d, 'insult', [spanOf(h)]);
  }
  for (const h of hits.get('insult') ?? []) {
    if (softened(h.start, h.end)) continue;
    // The person it is aimed at: in the same sentence ("That mom who
    // screamed at me in the car line is a certified nutcase").
    const targets = near(hits, 'target', h.first, h.last, 12).filter((t) => doc.tokens[t.first].sentence === doc.tokens[h.first].sentence);
    // "The IT guy ... Absolutely useless.": an intensified verdict right after a person.
    if (!targets.length && /\b(?:absolutely|totally|completely|utterly)\s+$/.test(doc.norm.slice(Math.max(0, h.start - 14), h.start))) {
      targets.push(...near(hits, 'target', h.first, h.last, 16).filter((t) => !/^(?:this|that|these|those|who)$/.test(doc.norm.slice(t.start, t.end))));
    }
    let named = refsNear(ctx, h.first, h.first, 5).some((p) => doc.tokens[p.index].sentence === doc.tokens[h.first].sentence);
    if (!targets.length && !named && verdictOnPrevious(ctx, h)) named = true;
    if (!targets.length && !named) continue;
    const word = doc.norm.slice(h.start, h.end);
    const before = doc.norm.slice(Math.max(0, h.start - 40), h.start);
    // "Walter White is UNHINGED": words for a state of mind need a real role
    // (a parent, a colleague), not any name.
    if (/^(?:unhinged|deranged|psychotic)$/.test(word) && !targets.some((t) => !/^(?:this|that|these|those|who|he|she|they|him|her|them|he's|she's|they're|you|u|ur|you're|youre)$/.test(doc.norm.slice(t.start, t.end)))) continue;
    // "He's not 'lazy'": a denied insult defends someone.
    if (/\b(?:not|isn'?t|aren'?t|wasn'?t|never|no es|no son)\s+['"]?$/.test(before)) continue;
    // "Karen" is an insult as "a Karen", not as someone's name.
    if (word === 'karen' && !/\b(?:a|such a|total|typical|full|what a|the|una)\s+$/.test(before)) continue;
    // Mild words ("lazy", "fat", "ugly", "crazy lady") count only with a
    // second insult or an explicit "is/are" aimed at someone.
    const mild = MILD.test(word);
    if (mild && near(hits, 'affection', h.first, h.last, 8).length) continue;
    if (mild && !copulaSubjectIsPerson(ctx, h)) continue;
    if (mild) {
      const aimed = AIMED.test(before) || verdictOnPrevious(ctx, h);
      const others = near(hits, 'insult', h.first, h.last, 10).filter((o) => o !== h).length > 0;
      if (!aimed && !others) continue;
      // "the test was stupid": an aimed mild word still needs a person.
      const personTarget = targets.some((t) => !/^(?:this|that|these|those|este|esta|ese|esa|who)$/.test(doc.norm.slice(t.start, t.end)));
      if (!personTarget && !named) continue;
    }
    add(d, 'insult', [spanOf(h)]);
  }
  return Object.keys(d).length ? d : null;
}
