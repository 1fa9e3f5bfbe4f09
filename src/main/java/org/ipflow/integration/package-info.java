/**
 * IPFlow for the systems around it: event webhooks. An administrator registers subscribers (a URL on an
 * allow-listed host, HTTPS outside loopback, the events wanted); when an application is submitted, returned,
 * approved, rejected or paid, or a certificate is issued or expires, one delivery per subscriber is written to
 * the notification module's outbox in the transaction of the event, and the outbox's sender POSTs it later,
 * signed with the subscriber's secret ({@link org.ipflow.integration.WebhookSignature}), with the outbox's
 * retries and resend. The user's request never waits for a subscriber.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"application", "certificate", "notification", "shared"})
package org.ipflow.integration;
