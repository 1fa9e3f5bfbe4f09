package org.ipflow.application.notice;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param contact where objections may also be raised by telephone or mail, printed on every notice */
@ConfigurationProperties("ipflow.public-notice")
record NoticeSettings(String contact) {
}
