// copyright: a published comic shared by its title, and a design taken from
// a shop or a board ("a template I found on Pinterest"); own work is not.

import { describe, expect, it } from 'vitest';
import { categories } from './helpers';

const C = 'copyright';

describe('copyright', () => {
  it('a comic or cartoon named by its title and shared', () => {
    expect(categories('yelm-cs', { text: 'Sharing this Calvin and Hobbes comic with every teacher I know 😂' })).toContain(C);
    expect(categories('yelm-cs', { text: 'Had to post today\'s Peanuts cartoon here, so true' })).toContain(C);
  });
  it('the author\'s own comic, or a comic without a title, is not', () => {
    expect(categories('yelm-cs', { text: 'Sharing this comic I drew about grading season 😂' })).not.toContain(C);
    expect(categories('yelm-cs', { text: 'Posting my Friday comic again, drawn by me' })).not.toContain(C);
  });
  it('a design found on a shop or a board', () => {
    expect(categories('oklahoma-city-ps', { text: 'Our class newsletter uses a template I found on Pinterest 🙌' })).toContain(C);
    expect(categories('oklahoma-city-ps', { text: 'Our class newsletter uses a template I made myself 🙌' })).not.toContain(C);
    expect(categories('oklahoma-city-ps', { text: 'The earring I lost was found on the playground!' })).not.toContain(C);
  });
});
