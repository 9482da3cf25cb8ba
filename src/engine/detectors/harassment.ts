// harassment: abusive, threatening, discriminatory or defamatory language
// AIMED at people (colleagues, parents, students, the public). An insult
// needs a person as its target; "this printer is stupid" is not harassment
// and "you killed it!" is praise.

import { add, spanOf, type Ctx, type Detection } from '../context';
import { near } from '../lexicon';
import { refsNear } from '../people';

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
  ],
  threat: [
    "i'll kill", 'i will kill', 'gonna kill', 'going to kill', 'kill you', 'kill him', 'kill her', 'beat your ass',
    'beat his ass', 'beat her ass', 'kick your ass', 'kick his ass', 'kick her ass', 'punch you', 'punch him',
    'punch her', 'slap you', 'slap him', 'slap her', 'watch your back', "you'll regret", 'you will regret', 'shut his mouth', 'shut her mouth', 'see what happens when', 'when i find you', 'when i find u', 'someone should key', 'end him', 'end her', 'end you', 'i will end', "i'll end", 'try me',
    'hurt you', 'make you pay', 'come for you', 'pull up on', 'find out where you live', 'know where you live',
    'shut your mouth', 'te voy a matar', 'lo voy a matar', 'la voy a matar', 'te voy a pegar', 'me las vas a pagar',
    'te vas a arrepentir', 'cuidate', 'ya veras',
  ],
  discrimination: [
    'go back to your country', 'que se regresen', 'que se regresen a su pais', 'ni hablan ingles', "women shouldn't", 'women should not', 'women don\'t belong', "girls can't", 'girls shouldnt', "girls shouldn't", "men shouldn't be teaching", 'those kind of people', 'go back where you came from', 'illegals', 'these people', 'those people',
    'speak english', 'anchor babies', 'regresate a tu pais', 'that religion', 'those immigrants', 'tranny', 'faggot',
    'fag', 'dyke', 'wetback', 'beaner', 'spic', 'chink', 'towelhead', 'sand n', 'raghead',
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
    'that', 'this', 'este', 'esta', 'who',
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
  ],
} as const;

export function detectHarassment(ctx: Ctx): Detection | null {
  const { hits, doc } = ctx;
  const d: Detection = {};
  const soft = hits.get('softener') ?? [];
  const softened = (s: number, e: number) => soft.some((h) => h.start <= e && h.end >= s);

  for (const h of hits.get('threat') ?? []) {
    if (softened(h.start, h.end)) continue;
    // "kill it" / "killing me" are not listed; "cuidate" and "ya veras" need a target.
    const word = doc.norm.slice(h.start, h.end);
    if (/^(?:cuidate|ya veras)$/.test(word) && !near(hits, 'insult', h.first, h.last, 8).length) continue;
    add(d, 'threat', [spanOf(h)]);
  }
  for (const h of hits.get('discrimination') ?? []) {
    const word = doc.norm.slice(h.start, h.end);
    // "these people" is only discriminatory next to an insult.
    if (/^(?:these people|those people)$/.test(word) && !near(hits, 'insult', h.first, h.last, 6).length) continue;
    add(d, 'discrimination', [spanOf(h)]);
  }
  for (const h of hits.get('insult') ?? []) {
    if (softened(h.start, h.end)) continue;
    const targets = near(hits, 'target', h.first, h.last, 8).filter((t) => doc.tokens[t.first].sentence === doc.tokens[h.first].sentence);
    // "The IT guy ... Absolutely useless.": an intensified verdict right after a person.
    if (!targets.length && /\b(?:absolutely|totally|completely|utterly)\s+$/.test(doc.norm.slice(Math.max(0, h.start - 14), h.start))) {
      targets.push(...near(hits, 'target', h.first, h.last, 16).filter((t) => !/^(?:this|that|these|those|who)$/.test(doc.norm.slice(t.start, t.end))));
    }
    const named = refsNear(ctx, h.first, h.first, 5).some((p) => doc.tokens[p.index].sentence === doc.tokens[h.first].sentence);
    if (!targets.length && !named) continue;
    const word = doc.norm.slice(h.start, h.end);
    // Mild words ("lazy", "fat", "ugly", "crazy lady") count only with a
    // second insult or an explicit "is/are" aimed at someone.
    const mild = /^(?:lazy|fat|ugly|drunk|clueless|useless|ignorant|bully|karen|liar|liars|racist|witch|demon|demons|animals|monsters|brat|brats|floja|flojo|gorda|gordo|fea|feo|corriente|ignorante|burro|burra|chismosa|chismoso|dumb|stupid|trash|garbage|pathetic|disgusting|creep|crazy lady)$/.test(word);
    if (mild) {
      const aimed = /\b(?:you(?:'re| are)?|ur|he'?s|she'?s|they'?re|is|are|was|were|such an?|so|what an?|eres|es|son|bunch of|pack of|just as|absolutely|totally|completely|utterly)\s+(?:an?\s+|so\s+|such\s+|complete\s+|total\s+|absolute\s+|fucking\s+|freaking\s+|bien\s+|muy\s+|un\s+|una\s+)?$/.test(
        doc.norm.slice(Math.max(0, h.start - 30), h.start),
      );
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
