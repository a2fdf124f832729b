trigger CoachingFeedbackTrigger on Coaching_Feedback__c(before insert, before update, before delete) {
  CoachingFeedbackTriggerHandler.handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
