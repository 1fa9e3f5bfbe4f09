/**
 * Certificates of the pilot / demonstration enterprise certification programme (知识产权试点/示范企业认定):
 * what a model cannot express of that programme. The building block {@code issueCertificateDelegate}
 * issues one certificate per application with an unguessable verification code; the certificate is
 * rendered as a PDF with an embedded Chinese font, and anyone can check a code on a public page or API.
 * Expiry is computed from the dates. The module depends on {@code application} (never the other way: the
 * application detail reads certificates through {@link org.ipflow.application.ApplicationCertificates}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "application", "enterprise"})
package org.ipflow.certificate;
