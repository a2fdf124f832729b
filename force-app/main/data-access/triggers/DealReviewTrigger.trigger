trigger DealReviewTrigger on Deal_Review__c(before insert, before update) {
  DealReviewTriggerHandler.handle(Trigger.operationType, Trigger.new);
}
