package org.ipflow.application;

/**
 * Where an enterprise finds a submission's receipt and the public progress look-up outside IPFlow's pages, such as
 * in the e-mail that acknowledges a submission ({@code ipflow.receipt.public-url}).
 */
public interface ReceiptLinks {

    /** The public progress look-up, where the number and query code are typed. */
    String progressUrl();

    /** The receipt's PDF of one application (its enterprise's users reach it after login). */
    String receiptPdfUrl(long applicationId);
}
