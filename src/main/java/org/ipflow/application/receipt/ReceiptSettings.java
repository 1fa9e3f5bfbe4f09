package org.ipflow.application.receipt;

import org.ipflow.application.ReceiptLinks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the receipt promises and where it points ({@code ipflow.receipt.*}).
 *
 * @param workingDays   working days the office takes to decide, corrections and public notice not counted
 * @param correctionDays calendar days an enterprise has to answer a correction request
 * @param issuer        the office that issues the receipt
 * @param publicUrl     the office's public address, where the progress look-up is
 */
@ConfigurationProperties("ipflow.receipt")
record ReceiptSettings(@DefaultValue("20") int workingDays, @DefaultValue("15") int correctionDays,
        @DefaultValue("内蒙古自治区知识产权局") String issuer, @DefaultValue("http://localhost:8080") String publicUrl)
        implements ReceiptLinks {

    @Override
    public String progressUrl() {
        return base() + "/public/progress";
    }

    @Override
    public String receiptPdfUrl(long applicationId) {
        return base() + "/applications/" + applicationId + "/receipt.pdf";
    }

    private String base() {
        return publicUrl.replaceAll("/+$", "");
    }
}
