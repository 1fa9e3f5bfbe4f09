package org.ipflow.notification;

/**
 * Sends one message on one channel; a failure throws, with words for the administrator's list. Other modules
 * add a channel by making a bean of this type.
 */
public interface Transport {

    Channel channel();

    void send(OutboundMessage message) throws Exception;
}
