package org.ipflow.notification;

/** Sends one message on one channel; a failure throws, with words for the administrator's list. */
interface Transport {

    Channel channel();

    void send(OutboundMessage message) throws Exception;
}
