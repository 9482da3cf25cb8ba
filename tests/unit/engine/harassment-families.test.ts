// Harassment phrasing families (threats of consequences, laughing at a named
// student's failings, accusations of taking what belongs to the kids): each
// test pairs phrasings that must fire with near misses that must not.

import { describe, expect, it } from 'vitest';
import { categories, findings } from './helpers';

const H = 'harassment';

describe('harassment: a person, a future and a consequence', () => {
  it('regret, pay and be sorry, however the future is spelled', () => {
    for (const text of [
      "That parent keeps emailing me at midnight. She's going to regret it.",
      "if the new sub touches my desk again he's gonna regret ever walking in here",
      "They're gonna pay for this, trust me",
      'Say that about my kids one more time and you will be sorry.',
      "you'll regret crossing me",
    ]) {
      expect(categories('yelm-cs', { text }), text).toContain(H);
    }
    expect(findings('yelm-cs', { text: "he's going to regret it" })[0].kinds).toContain('threat');
  });
  it('a missed chance, a purchase or one\'s own regret is not a threat', () => {
    for (const text of [
      "You'll regret not coming to the book fair, the sale is amazing!",
      "You're gonna regret missing this sunset",
      'The PTO will pay for the buses to the zoo',
      "I'm gonna regret this second slice of pie",
      "He'll be sorry he missed the pep rally, it was so fun",
      'you will pay for parking at the stadium',
    ]) {
      expect(categories('yelm-cs', { text }), text).not.toContain(H);
    }
  });
});

describe('harassment: laughing at a named student in public', () => {
  it('a laugh, a named student and a failing, in a draft about class', () => {
    expect(categories('tulsa-ps', { text: 'lol my 3rd period is something else, Marcus flunked the vocab quiz for the fourth time 💀' })).toContain(H);
    expect(categories('tulsa-ps', { text: 'Grading essays 🤣 the worst one this year goes to Destiny in 6th hour' })).toContain(H);
  });
  it('praise, a named student without a failing, or a laugh about oneself is not', () => {
    expect(categories('tulsa-ps', { text: 'lol Marcus finally beat me at chess in 3rd period 😂 so proud' })).not.toContain(H);
    expect(categories('tulsa-ps', { text: 'I failed my own vocab quiz demo in 3rd period 😂' })).not.toContain(H);
    expect(categories('tulsa-ps', { text: 'Marcus failed his driving test but he will get it next time 💪' })).not.toContain(H);
  });
});

describe('harassment and workplace-complaint: taking what belongs to the kids', () => {
  it('a colleague accused of taking food or money', () => {
    const text = 'Our custodian walks off with the snacks the PTA buys for the classrooms every week.';
    expect(categories('tulsa-ps', { text })).toEqual(expect.arrayContaining([H, 'workplace-complaint']));
  });
  it('winning or bringing home things is not an accusation', () => {
    expect(categories('tulsa-ps', { text: 'My daughter took home the trophy at the science fair!' })).not.toContain(H);
    expect(categories('tulsa-ps', { text: 'Our cafeteria manager takes home the leftover flyers to recycle.' })).not.toContain(H);
  });
});
