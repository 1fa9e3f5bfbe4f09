package org.ipflow.certificate;

import java.util.Locale;

/** The two levels the office certifies. */
public enum CertificateLevel {
    PILOT("知识产权试点企业", "IP pilot enterprise"),
    DEMONSTRATION("知识产权示范企业", "IP demonstration enterprise");

    private final String nameZh;
    private final String nameEn;

    CertificateLevel(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
