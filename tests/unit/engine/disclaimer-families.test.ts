// personal-disclaimer (Tulsa Employees e, MNTC): the author's own working
// life ("our planning period", "my paycheck") with a school or the district
// named close by identifies an employee; Spanish job titles with "de".

import { describe, expect, it } from 'vitest';
import { categories } from './helpers';

const PD = 'personal-disclaimer';

describe('personal-disclaimer', () => {
  it('own working life, then the school or district named', () => {
    expect(categories('tulsa-ps', { text: 'They moved our plan period to 7am again. Scheduling at Memorial is a joke.' })).toContain(PD);
    expect(categories('tulsa-ps', { text: 'Third month my paycheck is wrong. Payroll at TPS needs to fix this.' })).toContain(PD);
  });
  it('the same without a school or the district, or with a disclaimer, is not', () => {
    expect(categories('tulsa-ps', { text: 'They moved our plan period to 7am again. Scheduling is a joke.' })).not.toContain(PD);
    expect(categories('tulsa-ps', { text: 'Third month my paycheck is wrong. Payroll at TPS needs to fix this. Views are my own.' })).not.toContain(PD);
  });
  it('Spanish job titles with "de", and a stand taken against "anyone who says"', () => {
    expect(categories('moore-norman-tc', { text: 'Como profesora de MNTC creo que el programa de soldadura merece más apoyo.' })).toContain(PD);
    expect(categories('moore-norman-tc', { text: "I teach at Moore Norman Tech and I'll fight anyone who says welding isn't a real career." })).toContain(PD);
  });
});
