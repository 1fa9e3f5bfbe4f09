package org.ipflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** IPFlow: the funding programmes of an intellectual-property office, run as BPMN processes. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class IpflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(IpflowApplication.class, args);
    }
}
