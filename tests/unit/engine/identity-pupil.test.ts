// Tulsa Employees h applies to employees who identify themselves as such: a
// private message to a current pupil of the district's schools about the
// author's own class identifies the author as that pupil's teacher.

import { describe, expect, it } from 'vitest';
import { categories } from './helpers';

const IC = 'inappropriate-content';
const message = (text: string, bio: string) => ({ text, surface: 'message' as const, action: 'message' as const, recipient: { name: 'Ava R', handle: 'ava.r', bio } });
const lure = "you looked so pretty after class today 😍 let's keep our chats between us ok? don't tell your mom";

describe('tulsa-ps inappropriate-content in a message to the teacher\'s own pupil', () => {
  it('is reported when the pupil is at a Tulsa school and the message talks about the class', () => {
    expect(categories('tulsa-ps', message(lure, 'Booker T. Washington High School | class of 2028'))).toContain(IC);
  });
  it('is not reported when nothing ties the recipient to the district, or nothing to the class', () => {
    expect(categories('tulsa-ps', message(lure, 'class of 2028 | Norman North'))).not.toContain(IC);
    expect(categories('tulsa-ps', message("you looked so pretty at the game 😍 let's keep our chats between us ok? don't tell your mom", 'Booker T. Washington High School | class of 2028'))).not.toContain(IC);
  });
  it('asks for no personal disclaimer in such a message', () => {
    const text = 'I think you did great in 3rd period today, honestly the best essay in my class';
    expect(categories('tulsa-ps', message(text, 'Booker T. Washington High School | class of 2028'))).not.toContain('personal-disclaimer');
  });
});
