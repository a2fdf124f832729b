import { WarningLog } from 'c/engineWarnings';
import { aggregateSurvey } from 'c/surveyResults';
import { feedback } from '@test/engine/records';

describe('survey results under k-anonymity (k = 3)', () => {
  it('hides everything below 3 answers from 3 different reps', () => {
    const twoReps = [feedback({ repId: 'a' }), feedback({ repId: 'a' }), feedback({ repId: 'b' })];
    const r = aggregateSurvey(twoReps, 3);
    expect(r.status).toBe('NOT_ENOUGH_RESPONSES');
    expect(r.message).toMatch(/Not enough responses/);
    expect([r.responses, r.distinctReps, r.averages.preparation, r.overallValue]).toEqual([3, 2, null, null]);
  });

  it('averages by hand once 3 reps answered, and never returns the free text', () => {
    const answers = [
      feedback({ repId: 'a', preparation: 5, overallValue: 9, improvement: 'More data please' }),
      feedback({ repId: 'b', preparation: 4, overallValue: 7 }),
      feedback({ repId: 'c', preparation: 3, overallValue: 8 })
    ];
    const r = aggregateSurvey(answers, 3);
    expect(r.status).toBe('OK');
    expect(r.averages.preparation).toBe(4); // (5 + 4 + 3) ÷ 3
    expect(r.overallValue).toBe(8); // (9 + 7 + 8) ÷ 3
    // Framework score: mean of the five dimension averages (4, 4, 4, 4, 4) = 4.
    expect(r.frameworkScore).toBe(4);
    expect(r.improvementCount).toBe(1);
    expect(JSON.stringify(r)).not.toContain('More data');
  });

  it('hides a single dimension with too few valid answers, warning about out-of-range ratings', () => {
    const log = new WarningLog();
    const answers = [
      feedback({ repId: 'a', repAgenda: 9 }),
      feedback({ repId: 'b', repAgenda: null }),
      feedback({ repId: 'c' })
    ];
    const r = aggregateSurvey(answers, 3, log);
    expect(r.averages.repAgenda).toBeNull();
    expect(r.averages.preparation).toBe(4);
    expect(log.counts.INVALID_VALUE).toBe(1);
  });
});
