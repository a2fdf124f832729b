// `@salesforce/apex/OpportunityHistoryService.getHistory` in Jest: the demo org's answer (see ./demoOrgApex).
import { apexMock } from './demoOrgApex';

export default apexMock('OpportunityHistoryService.getHistory');
