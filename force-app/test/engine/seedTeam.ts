/**
 * The seed scenario: a manager with 9 reps, each with a $1M quota for the current and the next quarter.
 * Rep i (1–9) has, with today = 2026-11-24 in FY2027 Q4 (2026-11-01 – 2027-01-31):
 * - won this quarter: one deal of 50,000 × i
 * - open this quarter: Commit 200,000; Best Case 100,000; Pipeline 100,000 × i
 * - open next quarter (FY2028 Q1): Pipeline 300,000
 * - trailing four quarters: 2 won deals of 100,000 (60-day cycle) and i lost deals of 100,000
 * Expected figures are derived from these rules in the tests, with the arithmetic beside them.
 */
import type { CoachingDataset, Opportunity } from 'c/coachingModel';
import { dataset, lost, opportunity, quota, user, won } from './records';

export const REPS = [1, 2, 3, 4, 5, 6, 7, 8, 9];
export const repId = (i: number): string => `rep${i}`;

export function seedOpportunities(i: number): Opportunity[] {
  const ownerId = repId(i);
  const open = { ownerId, createdDate: '2026-09-01T12:00:00.000Z' };
  return [
    won({
      ownerId,
      name: `R${i} won Q4`,
      amount: 50_000 * i,
      closeDate: '2026-11-10',
      createdDate: '2026-08-01T12:00:00.000Z'
    }),
    opportunity({
      ...open,
      name: `R${i} commit`,
      amount: 200_000,
      closeDate: '2026-12-15',
      forecastCategory: 'Commit',
      stageName: 'Negotiation/Review',
      probability: 90
    }),
    opportunity({
      ...open,
      name: `R${i} best case`,
      amount: 100_000,
      closeDate: '2027-01-20',
      forecastCategory: 'Best Case',
      stageName: 'Proposal/Price Quote',
      probability: 75
    }),
    opportunity({
      ...open,
      name: `R${i} pipeline`,
      amount: 100_000 * i,
      closeDate: '2027-01-25',
      forecastCategory: 'Pipeline',
      stageName: 'Qualification',
      probability: 20
    }),
    opportunity({
      ...open,
      name: `R${i} next`,
      amount: 300_000,
      closeDate: '2027-03-01',
      forecastCategory: 'Pipeline',
      stageName: 'Prospecting',
      probability: 10
    }),
    ...[1, 2].map((n) =>
      won({
        ownerId,
        name: `R${i} won ${n}`,
        amount: 100_000,
        closeDate: '2026-06-15',
        createdDate: '2026-04-16T12:00:00.000Z'
      })
    ),
    ...Array.from({ length: i }, (_, n) =>
      lost({
        ownerId,
        name: `R${i} lost ${n}`,
        amount: 100_000,
        closeDate: '2026-05-20',
        createdDate: '2026-03-01T12:00:00.000Z'
      })
    )
  ];
}

export function seedTeam(): CoachingDataset {
  return dataset({
    users: [
      user({ id: 'mgr', name: 'Manager' }),
      ...REPS.map((i) => user({ id: repId(i), name: `Rep ${i}`, managerId: 'mgr' }))
    ],
    opportunities: REPS.flatMap(seedOpportunities),
    quotas: REPS.flatMap((i) => [
      quota({ userId: repId(i) }),
      quota({ userId: repId(i), periodStart: '2027-02-01', periodEnd: '2027-04-30' })
    ])
  });
}
