trigger CoachingSessionTrigger on Coaching_Session__c(before insert, before update, after insert, after update) {
  CoachingSessionTriggerHandler.handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
