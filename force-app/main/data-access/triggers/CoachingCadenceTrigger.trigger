trigger CoachingCadenceTrigger on Coaching_Cadence__c(before insert, before update, after insert, after update) {
  CoachingCadenceTriggerHandler.handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
