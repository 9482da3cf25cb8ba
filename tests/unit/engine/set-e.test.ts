// Weaknesses found by set E (drafts written from the contracts only): each
// test pairs a phrasing that must fire with a near miss that must not.

import { describe, expect, it } from 'vitest';
import { categories } from './helpers';

const IC = 'inappropriate-content';
const toStudent = (text: string) => ({ text, surface: 'message' as const, action: 'message' as const, recipient: { name: 'Kayla', handle: 'kayla.m', bio: 'c/o 2028' } });

describe('inappropriate-content: grooming-style messages', () => {
  it('secrecy from parents plus a lure is reported', () => {
    expect(categories('metro-tech', toStudent("wanna hang out this weekend just the two of us? your parents don't need to know 😉"))).toContain(IC);
    expect(categories('oklahoma-city-ps', toStudent('Mi niña hermosa 😍 esto es nuestro secreto, no le digas a nadie'))).toContain(IC);
    expect(categories('moore-norman-tc', toStudent('I get you better than your parents do. Delete these messages after you read them'))).toContain(IC);
  });
  it('two lures in a private message are reported; in a post they are not', () => {
    const text = 'send me a pic of your outfit for the dance 😍 actually send one without it lol';
    expect(categories('moore-norman-tc', toStudent(text))).toContain(IC);
    expect(categories('moore-norman-tc', { text })).not.toContain(IC);
  });
  it('one secret alone (a surprise, office gossip) is not', () => {
    expect(categories('metro-tech', toStudent("Don't tell your mom but I got you the Lego set for your birthday 🎁"))).not.toContain(IC);
    expect(categories('metro-tech', { text: 'heads up, the schedule is changing next week, keep it between us 🤐' })).not.toContain(IC);
  });
});

describe('inappropriate-content: drinking and drugs', () => {
  it('a count after "a drink", bottomless drinks until one cannot see straight', () => {
    expect(categories('yelm-cs', { text: 'tbh i need a drink... or 6 🍻🍻 after this staff meeting' })).toContain(IC);
    expect(categories('yelm-cs', { text: "Bottomless margs till we can't see straight 🍹" })).toContain(IC);
    expect(categories('yelm-cs', { text: 'I need a drink of water and a nap' })).not.toContain(IC);
  });
  it('pills with a way to get them; a report card is not a report on drugs', () => {
    expect(categories('yelm-cs', { text: 'Anyone know where I can get some addy to get through report cards?' })).toContain(IC);
    expect(categories('yelm-cs', { text: 'My son takes his ADHD meds every morning before school' })).not.toContain(IC);
  });
  it('Spanish: a joint, cocaine, drinking until sunrise', () => {
    expect(categories('metro-tech', { text: 'Me fumé un churro con mis primos 😂🌿' })).toContain(IC);
    expect(categories('metro-tech', { text: '¿Alguien sabe dónde conseguir coca para la fiesta?' })).toContain(IC);
    expect(categories('metro-tech', { text: 'Esta noche se bebe hasta que salga el sol 🥃🥃' })).toContain(IC);
    expect(categories('metro-tech', { text: 'Churros con chocolate en la feria 😋' })).not.toContain(IC);
  });
  it('encouraging illegal acts: tolls and jury summons', () => {
    expect(categories('metro-tech', { text: 'if you never pay the toll they cannot do anything lol. Also ignore the jury summons' })).toContain(IC);
    expect(categories('metro-tech', { text: 'Got my jury summons today, reporting Monday' })).not.toContain(IC);
  });
});

describe('official-capacity', () => {
  const OC = 'official-capacity';
  it('the district as the subject of "is proud to announce"; the author proud of a new job is not', () => {
    expect(categories('yelm-cs', { text: 'Yelm Community Schools is proud to announce our new STEM partnership! 🎉' })).toContain(OC);
    expect(categories('yelm-cs', { text: "I'm proud to announce I'm joining Yelm High School as the new biology teacher!" })).not.toContain(OC);
  });
  it('two marks of an announcement with the district named (Spanish aviso + compartan)', () => {
    expect(categories('metro-tech', { text: 'Aviso importante para las familias de Metro Tech: cambia el horario de entrada. ¡Compartan!' })).toContain(OC);
    expect(categories('metro-tech', { text: 'Please share: my daughter lost her blue backpack at the Metro Tech parking lot' })).not.toContain(OC);
  });
  it('responding, confirming or giving a statement for the district', () => {
    expect(categories('oklahoma-city-ps', { text: 'Responding for OKCPS since nobody else will: the bus delays are being fixed.' })).toContain(OC);
    expect(categories('moore-norman-tc', { text: "Here's our statement as Moore Norman Tech regarding the incident yesterday:" })).toContain(OC);
    expect(categories('metro-tech', { text: 'Yes, this is confirmed — school WILL start two hours late tomorrow.' })).toContain(OC);
    expect(categories('metro-tech', { text: 'Confirmed: tacos are the best dinner after a long week' })).not.toContain(OC);
  });
  it('"Official statement from <district>" posted by the author; "read the official statement from" points to it', () => {
    expect(categories('metro-tech', { text: 'Please RT: Official statement from Metro Technology Centers regarding the lockdown. All students are safe.' })).toContain(OC);
    expect(categories('metro-tech', { text: 'Read the official statement from Metro Technology Centers on their page.' })).not.toContain(OC);
  });
});

describe('copyright', () => {
  const CR = 'copyright';
  it('scanning or downloading a published work; scanning one\'s own notes is not', () => {
    expect(categories('metro-tech', { text: "Scanned chapters 4-7 of the Savvas Algebra 1 textbook, here's the PDF" })).toContain(CR);
    expect(categories('metro-tech', { text: "Here's the whole answer key AND chapter 6 from the Pearson textbook" })).toContain(CR);
    expect(categories('metro-tech', { text: 'Scanned my own notes from the review session' })).not.toContain(CR);
  });
  it('downloaded brand clips in a video', () => {
    const video = [{ kind: 'video' as const, name: 'intro.mp4', mimeType: 'video/mp4' }];
    expect(categories('yelm-cs', { text: 'Downloaded a bunch of Disney clips for my class intro video', attachments: video })).toContain(CR);
  });
  it('"read the full article here" points to it', () => {
    expect(categories('yelm-cs', { text: 'Read the full article here (link) — great piece from Education Week.' })).not.toContain(CR);
  });
  it("the district's own logo is official-capacity, not copyright; a team's logo on shirts for sale is copyright", () => {
    expect(categories('oklahoma-city-ps', { text: 'Using the OKCPS logo as my profile pic so parents know where to get district news' })).not.toContain(CR);
    expect(categories('oklahoma-city-ps', { text: 'Put the Nike swoosh and the Chiefs logo on the shirts for our booster club sale' })).toContain(CR);
  });
});

describe('workplace-complaint and personal-disclaimer (Tulsa)', () => {
  it('duties piled on without pay, no backing from admin, unpaid hours in Spanish', () => {
    expect(categories('tulsa-ps', { text: 'Admin never backs us up on discipline. Why do I even bother' })).toContain('workplace-complaint');
    expect(categories('tulsa-ps', { text: 'Mi directora nos tiene trabajando hasta las 6 sin pagarnos las horas extra.' })).toContain('workplace-complaint');
    expect(categories('tulsa-ps', { text: 'Huge shoutout to our principal for covering my class today 💛' })).not.toContain('workplace-complaint');
  });
  it('"our principal" with the school named later in the post identifies the author', () => {
    const got = categories('tulsa-ps', { text: "Lol our principal really scheduled 'mandatory fun' on a Saturday. Unpaid. At Carver." });
    expect(got).toContain('personal-disclaimer');
  });
});
