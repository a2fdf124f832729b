// `@salesforce/apex/CoachingSettingsService.getSettings` in Jest: the demo org's answer (see ./demoOrgApex).
import { apexMock } from './demoOrgApex';

export default apexMock('CoachingSettingsService.getSettings');
