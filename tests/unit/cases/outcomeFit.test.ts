import { describe, expect, it } from 'vitest';
import { caseOutcomes, caseTypes, labourOutcomes, outcomesByType, outcomesFor } from '../../../electron/shared/caseVocabulary';

describe('the outcomes that fit a case', () => {
  it('offers a child-labour case the labour outcomes first, and child marriage averted only among the others', () => {
    const { fitting, others } = outcomesFor(['child_labour']);
    expect(fitting.slice(0, labourOutcomes.length)).toEqual([...labourOutcomes]);
    expect(fitting).toContain('returned_to_school');
    expect(fitting).not.toContain('marriage_averted');
    expect(others).toContain('marriage_averted');
  });

  it('offers a child marriage case "marriage averted" first, and no labour outcome', () => {
    const { fitting, others } = outcomesFor(['child_marriage']);
    expect(fitting[0]).toBe('marriage_averted');
    for (const o of labourOutcomes) expect(others).toContain(o);
  });

  it('joins the fits of a case of two types, in the order of its types, each once', () => {
    const { fitting } = outcomesFor(['child_labour', 'dropped_out']);
    expect(fitting[0]).toBe('withdrawn_from_work_enrolled');
    expect(fitting).toContain('family_migrated');
    expect(new Set(fitting).size).toBe(fitting.length);
  });

  it('puts every outcome in exactly one of the two lists, for every type, with "not substantiated" and "other" always fitting', () => {
    for (const type of caseTypes) {
      const { fitting, others } = outcomesFor([type]);
      expect([...fitting, ...others].sort()).toEqual([...caseOutcomes].sort());
      expect(fitting.filter((o) => others.includes(o))).toEqual([]);
      expect(fitting).toContain('not_substantiated');
      expect(fitting.at(-1)).toBe('other');
      // Each type's own list names only outcomes that exist.
      for (const o of outcomesByType[type]) expect(caseOutcomes).toContain(o);
    }
  });
});
