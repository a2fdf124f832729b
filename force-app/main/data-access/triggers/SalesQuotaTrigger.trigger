trigger SalesQuotaTrigger on Sales_Quota__c(before insert, before update) {
  SalesQuotaTriggerHandler.handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
