package org.ipflow.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The twelve leagues and cities of Inner Mongolia, keyed by their GB/T 2260 codes. */
public enum Region {
    HOHHOT("150100", "呼和浩特市", "Hohhot"),
    BAOTOU("150200", "包头市", "Baotou"),
    WUHAI("150300", "乌海市", "Wuhai"),
    CHIFENG("150400", "赤峰市", "Chifeng"),
    TONGLIAO("150500", "通辽市", "Tongliao"),
    ORDOS("150600", "鄂尔多斯市", "Ordos"),
    HULUNBUIR("150700", "呼伦贝尔市", "Hulunbuir"),
    BAYANNUR("150800", "巴彦淖尔市", "Bayannur"),
    ULANQAB("150900", "乌兰察布市", "Ulanqab"),
    HINGGAN("152200", "兴安盟", "Hinggan League"),
    XILINGOL("152500", "锡林郭勒盟", "Xilingol League"),
    ALXA("152900", "阿拉善盟", "Alxa League");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    Region(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The region's name in the reader's language. */
    public String name(Locale locale) {
        return new Bilingual(nameZh, nameEn).in(locale);
    }

    /** The Camunda group whose reviewers work this region's regional steps. */
    public String reviewerGroup() {
        return "reviewer-" + code;
    }

    public static Optional<Region> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
