trigger CoachingSessionTrigger on Coaching_Session__c(after insert, after update) {
  CoachingSessionTriggerHandler.handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
