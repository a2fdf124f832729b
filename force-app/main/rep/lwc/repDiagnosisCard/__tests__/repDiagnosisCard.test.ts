import RepDiagnosisCard from 'c/repDiagnosisCard';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

const GAPS = [
  {
    code: 'SLIPPAGE',
    title: 'Slippage: deals move from quarter to quarter',
    skill: 'Close planning',
    confidence: 'Confidence 80%',
    isMain: true,
    evidence: [{ key: 'slip', label: 'Open deals pushed or past due', value: '45%', teamMedian: '20%' }],
    questions: [{ key: 'q', text: 'What has to be true for this to close on the new date?' }]
  },
  {
    code: 'DEAL_SIZE',
    title: 'Deal size below the team',
    skill: 'Value selling',
    confidence: 'Confidence 40%',
    isMain: false,
    evidence: [],
    questions: []
  }
];

describe('c-rep-diagnosis-card', () => {
  afterEach(cleanup);

  it('shows the main gap first with its evidence against the team median', async () => {
    const el = mount('c-rep-diagnosis-card', RepDiagnosisCard, { gaps: GAPS });
    await flushPromises();
    const gaps = allById(el, 'gap');
    expect(gaps).toHaveLength(2);
    expect(gaps[0].querySelector('[data-id="main-badge"]')).not.toBeNull();
    expect(gaps[1].querySelector('[data-id="main-badge"]')).toBeNull();
    const cells = byId(el, 'evidence')!.querySelectorAll('tbody td');
    expect([...cells].map((c) => c.textContent)).toEqual(['45%', '20%']);
    expect(byId(el, 'gap-subtitle')!.textContent).toBe('c.Coaching_Rep_Focus_Skill: Close planning · Confidence 80%');
    await expect(el).toBeAccessible();
  });

  it('says there is not enough history when no gap can be named', async () => {
    const el = mount('c-rep-diagnosis-card', RepDiagnosisCard, { gaps: [] });
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('shows "No data" team medians (a peer field hidden) without dropping the row', async () => {
    const el = mount('c-rep-diagnosis-card', RepDiagnosisCard, {
      gaps: [{ ...GAPS[0], evidence: [{ key: 'wr', label: 'Win rate', value: '18%', teamMedian: 'No data' }] }]
    });
    await flushPromises();
    expect(byId(el, 'evidence')!.textContent).toContain('No data');
    await expect(el).toBeAccessible();
  });

  it('renders a gap whose evidence, questions, skill and a team median are absent (fields hidden)', async () => {
    const el = mount('c-rep-diagnosis-card', RepDiagnosisCard, {
      gaps: [
        { code: 'SLIPPAGE', title: GAPS[0].title, isMain: true, confidence: 'Confidence 80%' },
        { ...GAPS[1], evidence: [{ key: 'size', label: 'Average won deal', value: '$40K' }] }
      ]
    });
    await flushPromises();
    const gaps = allById(el, 'gap');
    expect(gaps).toHaveLength(2);
    expect(gaps[0].querySelector('[data-id="evidence"]')).toBeNull();
    expect(gaps[0].querySelector('[data-id="gap-subtitle"]')!.textContent).toBe('Confidence 80%');
    const cells = gaps[1].querySelectorAll('tbody td');
    expect([...cells].map((c) => c.textContent)).toEqual(['$40K', 'No data']);
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('copes with invalid data: a list of the wrong type, gaps without a title, NaN figures', async () => {
    const el = mount('c-rep-diagnosis-card', RepDiagnosisCard, { gaps: 'error' });
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    el.gaps = [
      null,
      { code: 'X', title: undefined, evidence: [] },
      {
        ...GAPS[0],
        skill: Number.NaN,
        confidence: null,
        isMain: 'yes',
        evidence: [{ key: 'slip', label: 'Open deals pushed or past due', value: Number.NaN, teamMedian: {} }],
        questions: 'not a list'
      }
    ];
    await flushPromises();
    const gaps = allById(el, 'gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0].querySelector('[data-id="main-badge"]')).toBeNull();
    expect(byId(el, 'gap-subtitle')).toBeNull();
    const cells = byId(el, 'evidence')!.querySelectorAll('tbody td');
    expect([...cells].map((c) => c.textContent)).toEqual(['No data', 'No data']);
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });
});
