// `@salesforce/apex/FiscalPeriodService.getQuarters` in Jest: the demo org's answer (see ./demoOrgApex).
import { apexMock } from './demoOrgApex';

export default apexMock('FiscalPeriodService.getQuarters');
