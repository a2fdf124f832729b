/** Names, places and phrases the demo org is written with. Everything is fictional. */

export interface Location {
  city: string;
  country: string;
  timeZone: string;
  currency: 'USD' | 'EUR' | 'GBP';
  locale: string;
  /** Standard UTC offset in hours, for the working hours at which deals change (DST does not matter there). */
  utcOffsetHours: number;
  /** Legal-form suffix of local company names. */
  companySuffix: string;
}

const loc = (
  city: string,
  country: string,
  timeZone: string,
  currency: Location['currency'],
  locale: string,
  utcOffsetHours: number,
  companySuffix: string
): Location => ({ city, country, timeZone, currency, locale, utcOffsetHours, companySuffix });

export const EMEA: readonly Location[] = [
  loc('London', 'United Kingdom', 'Europe/London', 'GBP', 'en_GB', 0, 'Ltd'),
  loc('Berlin', 'Germany', 'Europe/Berlin', 'EUR', 'de_DE', 1, 'GmbH'),
  loc('Paris', 'France', 'Europe/Paris', 'EUR', 'fr_FR', 1, 'SAS'),
  loc('Dublin', 'Ireland', 'Europe/Dublin', 'EUR', 'en_IE', 0, 'Ltd'),
  loc('Singapore', 'Singapore', 'Asia/Singapore', 'USD', 'en_SG', 8, 'Pte Ltd')
];

export const AMERICAS: readonly Location[] = [
  loc('New York', 'United States', 'America/New_York', 'USD', 'en_US', -5, 'Inc.'),
  loc('Chicago', 'United States', 'America/Chicago', 'USD', 'en_US', -6, 'Inc.'),
  loc('Denver', 'United States', 'America/Denver', 'USD', 'en_US', -7, 'LLC'),
  loc('Los Angeles', 'United States', 'America/Los_Angeles', 'USD', 'en_US', -8, 'Inc.'),
  loc('Austin', 'United States', 'America/Chicago', 'USD', 'en_US', -6, 'LLC')
];

/** The seed scenario's people, in generation order (leader, managers, reps by team, admin, former rep). */
export const SEED_NAMES = {
  leader: ['Morgan', 'Ellis'],
  managers: [
    ['Priya', 'Raman'],
    ['Daniel', 'Okafor']
  ],
  reps: [
    ['Sophie', 'Turner'],
    ['Lukas', 'Becker'],
    ['Camille', 'Durand'],
    ['Aoife', 'Byrne'],
    ['Wei Ling', 'Tan'],
    ['Marcus', 'Reed'],
    ['Elena', 'Vasquez'],
    ['Tom', 'Nguyen'],
    ['Rachel', 'Kim']
  ],
  admin: ['Jordan', 'Blake'],
  former: ['Chris', 'Walsh']
} as const;

export const FIRST_NAMES = [
  'Amara',
  'Ben',
  'Chiara',
  'Diego',
  'Emma',
  'Farid',
  'Grace',
  'Hugo',
  'Ines',
  'Jonas',
  'Kavya',
  'Leo',
  'Maya',
  'Nikolai',
  'Olivia',
  'Pedro',
  'Quinn',
  'Rosa',
  'Samir',
  'Tessa',
  'Umar',
  'Vera',
  'Will',
  'Ximena',
  'Yusuf',
  'Zoe',
  'Anton',
  'Bianca',
  'Carlos',
  'Dana',
  'Erik',
  'Fatima',
  'Gabriel',
  'Hana',
  'Ivan',
  'Julia',
  'Kenji',
  'Lena'
];

export const LAST_NAMES = [
  'Adler',
  'Brennan',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Hughes',
  'Ibrahim',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Novak',
  "O'Neill",
  'Petrov',
  'Quinlan',
  'Rossi',
  'Santos',
  'Takahashi',
  'Ueda',
  'Varga',
  'Weber',
  'Xu',
  'Yilmaz',
  'Zimmer',
  'Alvarez',
  'Bauer',
  'Chen',
  'Dalton',
  'Evans',
  'Ferreira',
  'Gupta',
  'Hoffmann'
];

export const COMPANY_WORDS = [
  'Northwind',
  'Bluefin',
  'Cobalt',
  'Driftwood',
  'Ember',
  'Foxglove',
  'Granite',
  'Harbor',
  'Ironbark',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Meridian',
  'Nimbus',
  'Orchard',
  'Pinnacle',
  'Quarry',
  'Redwood',
  'Summit',
  'Tidewater',
  'Upland',
  'Vantage',
  'Willow',
  'Yardley',
  'Zephyr',
  'Aurora',
  'Beacon',
  'Cedar',
  'Delta',
  'Evergreen',
  'Falcon',
  'Glacier',
  'Horizon',
  'Indigo',
  'Jasper',
  'Keystone',
  'Larkspur',
  'Monarch',
  'Nova',
  'Obsidian'
];

export const COMPANY_TRADES = [
  'Logistics',
  'Analytics',
  'Foods',
  'Health',
  'Energy',
  'Robotics',
  'Retail',
  'Media',
  'Insurance',
  'Capital',
  'Manufacturing',
  'Pharma',
  'Telecom',
  'Software',
  'Mobility',
  'Hotels',
  'Construction',
  'Biotech',
  'Freight',
  'Learning',
  'Security',
  'Aerospace',
  'Textiles',
  'Water',
  'Farms'
];

export const INDUSTRY_OF_TRADE: Readonly<Record<string, string>> = {
  Logistics: 'Transportation',
  Freight: 'Transportation',
  Mobility: 'Transportation',
  Analytics: 'Technology',
  Software: 'Technology',
  Robotics: 'Technology',
  Security: 'Technology',
  Telecom: 'Communications',
  Media: 'Media',
  Foods: 'Food & Beverage',
  Farms: 'Agriculture',
  Health: 'Healthcare',
  Pharma: 'Healthcare',
  Biotech: 'Biotechnology',
  Energy: 'Energy',
  Water: 'Utilities',
  Retail: 'Retail',
  Textiles: 'Apparel',
  Insurance: 'Insurance',
  Capital: 'Finance',
  Manufacturing: 'Manufacturing',
  Aerospace: 'Manufacturing',
  Construction: 'Construction',
  Hotels: 'Hospitality',
  Learning: 'Education'
};

export const PRODUCTS_NEW = ['Platform Pilot', 'Starter Bundle', 'Core Platform', 'Proof of Value', 'Team Licences'];
export const PRODUCTS_EXISTING = [
  'Renewal',
  'Platform Expansion',
  'Analytics Add-on',
  'Enterprise Upgrade',
  'New Region Rollout',
  'Premium Support'
];

export const LEAD_SOURCES = ['Web', 'Outbound', 'Partner Referral', 'Customer Referral', 'Event'];

/** The next step a rep writes at each open stage (by stage index). */
export const NEXT_STEPS: readonly (readonly string[])[] = [
  ['Intro call booked', 'Send case study and book a discovery call'],
  ['Confirm budget and timeline', 'Qualification call with the team lead'],
  ['Discovery workshop with the ops team', 'Map current process and pains'],
  ['Present the business case', 'Share ROI model with the sponsor'],
  ['Meet the economic buyer', 'Map the buying committee'],
  ['Reference call with a customer', 'Technical validation with IT'],
  ['Send the proposal', 'Walk the sponsor through pricing'],
  ['Legal review of the contract', 'Agree final terms with procurement']
];

export const SKIP_REASONS = [
  'Rep on annual leave',
  'Manager travelling to a customer',
  'Quarter-end deal desk review took the slot',
  'Team offsite',
  'Rep out sick'
];

export const RESCHEDULE_REASONS = [
  'Customer meeting clash; moved later in the week',
  'Manager in a forecast call; moved by a day',
  'Rep travelling; moved to the next morning'
];

export const ACTION_TEMPLATES_DEAL = [
  'Confirm the decision process for {deal}',
  'Book a meeting with the economic buyer at {account}',
  'Send the revised proposal to {account}',
  'Re-qualify the close date of {deal}',
  'Get a mutual close plan signed for {deal}',
  'Find a second champion at {account}'
];

export const ACTION_TEMPLATES_ACCOUNT = [
  'Plan a re-engagement call with {account}',
  'Run an account review with {account}',
  'Map new projects at {account}'
];

export const ACTION_TEMPLATES_SKILL = [
  'Build a list of 20 new-logo target accounts',
  'Practise discovery questions with a call recording',
  'Update next steps on every late-stage deal',
  'Shadow a negotiation call with a senior rep',
  'Write the business case template for the team'
];

export const NOTE_OPENERS_STEADY = [
  'Good session; rep came with their own priorities.',
  'Focused 1:1, we went through the deals that carry the quarter.',
  'Solid prep from both sides.',
  'Short on time but covered the risks.'
];

export const NOTE_OPENERS_STRETCHED = [
  'Started late, mostly a status update.',
  'Ran through the pipeline quickly.',
  'Rushed session between forecast calls.',
  'Covered the numbers; little time for coaching.'
];

export const IMPROVEMENTS_STEADY = [
  'More time on skills practice, less on deal status.',
  'Would like role-play before big negotiations.',
  'Keep the agenda; maybe end with one clear focus for the week.'
];

export const IMPROVEMENTS_STRETCHED = [
  'Please share the agenda before the meeting.',
  'Less status update, more coaching on my deals.',
  'Start on time and keep the slot.',
  'I would like to set part of the agenda myself.',
  'Follow up on the actions we agree.'
];

export const REVIEW_NOTES: Readonly<Record<string, readonly string[]>> = {
  Price: ['Buyer chose a cheaper tier from a competitor.', 'Budget approved at 60% of our quote.'],
  Competitor_Fit: ['Incumbent matched our feature set.', 'Lost on integration depth to the market leader.'],
  No_Decision: ['Project parked; no owner after the reorg.', 'Stayed with the spreadsheet process.'],
  Product_Gap: ['Needed on-premise hosting.', 'Missing the local-language interface.'],
  Timing: ['Moved to next fiscal year.', 'Frozen until the merger closes.'],
  Champion_Left: ['Sponsor left the company in the evaluation.', 'Champion moved to another division.'],
  No_Decision_Maker: ['Never got past the team lead to the budget holder.', 'No access to the CFO.'],
  Weak_Business_Case: ['ROI case did not convince finance.', 'Pain not big enough to change now.'],
  Procurement_Legal: [
    'Legal could not accept our data processing terms.',
    'Stuck in procurement past the budget year.'
  ],
  Poor_Qualification: ['Never had budget; should have been disqualified in discovery.', 'Wrong segment for us.'],
  Went_Dark: ['No reply to the last five emails and two calls.', 'Contact stopped responding after the demo.'],
  Other: ['Customer was acquired and standardised on the parent company tools.', 'Office closed in the region.']
};
