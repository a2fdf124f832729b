// `@salesforce/apex/CoachingFeedbackAggregateService.getTeamFeedbackSummary` in Jest: the demo org's answer (see ./demoOrgApex).
import { apexMock } from './demoOrgApex';

export default apexMock('CoachingFeedbackAggregateService.getTeamFeedbackSummary');
