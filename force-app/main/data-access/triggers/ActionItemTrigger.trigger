trigger ActionItemTrigger on Action_Item__c(after insert, after update) {
  ActionItemTriggerHandler.handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
