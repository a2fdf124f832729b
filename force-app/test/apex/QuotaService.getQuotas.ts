// `@salesforce/apex/QuotaService.getQuotas` in Jest: the demo org's answer (see ./demoOrgApex).
import { apexMock } from './demoOrgApex';

export default apexMock('QuotaService.getQuotas');
