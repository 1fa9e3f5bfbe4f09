package org.ipflow.enterprise;

import org.ipflow.shared.CreditCode;
import org.ipflow.shared.Region;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprises of the demo users {@code enterprise1} and {@code enterprise2}, with complete profiles; only
 * in the demo profile.
 * Runs after the demo users exist (order 1) and leaves existing rows alone, so restarts on a file
 * database change nothing.
 */
@Component
@Profile("demo")
@Order(2)
class DemoEnterprises implements ApplicationRunner {

    static final String HOHHOT_CREDIT_CODE = "91150100MA0QCKJ01L";
    static final String BAOTOU_CREDIT_CODE = "91150200MA0BTXC02X";

    private final EnterpriseRepository repository;

    DemoEnterprises(EnterpriseRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long hohhot = seed("enterprise1", "呼和浩特青城科技有限公司", HOHHOT_CREDIT_CODE, Region.HOHHOT, "张青",
                "0471-6661234");
        profile(hohhot, "张建国", "内蒙古自治区呼和浩特市赛罕区敕勒川大街 1 号", "中国工商银行呼和浩特新华支行",
                "0602001109200012345");
        long baotou = seed("enterprise2", "包头稀土新材料有限公司", BAOTOU_CREDIT_CODE, Region.BAOTOU, "李钢",
                "13904721234");
        profile(baotou, "王志强", "内蒙古自治区包头市稀土高新区黄河大街 8 号", "中国建设银行包头分行",
                "15050170560800000678");
    }

    private long seed(String username, String name, String creditCode, Region region, String contact, String phone) {
        long id = repository.findByCreditCode(creditCode).map(Enterprise::id)
                .orElseGet(() -> repository.insert(name, new CreditCode(creditCode).value(), region.code(), contact,
                        phone, username + "@example.org"));
        if (!repository.isMember(username)) {
            repository.addMember(username, id);
        }
        return id;
    }

    /** A complete profile, so that the demo enterprises apply for paying programmes at once; an edited one stays. */
    private void profile(long id, String legalRepresentative, String address, String bank, String accountNumber) {
        EnterpriseProfile profile = repository.profile(id).orElseThrow();
        if (!profile.complete()) {
            repository.updateProfile(id, new ProfileForm(legalRepresentative, profile.contactName(),
                    profile.contactPhone(), profile.email(), address, bank, profile.name(), accountNumber));
        }
    }
}
